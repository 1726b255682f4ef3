package io.github.coplan.domain.history;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One field of an aggregate that a change set: its name and its canonical text before and after
 * ({@link Snapshots}); null where the field had, or has, no value.
 *
 * @param field the field's name, as {@link Snapshots} names it
 * @param before the value before, or null
 * @param after the value after, or null
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {

  /**
   * Checks the change.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if the field is missing, the values
   *     are equal, or a text holds U+0000, U+001E or U+001F
   */
  public FieldChange {
    Validation v = new Validation();
    v.required("field", field);
    v.require(field == null || !field.isEmpty(), "field", Violation.BLANK, "a field has a name");
    v.require(!Objects.equals(before, after), "after", Violation.OUT_OF_RANGE, "nothing changed");
    v.require(storable(field), "field", Violation.MALFORMED, "holds U+0000, U+001E or U+001F");
    v.require(storable(before), "before", Violation.MALFORMED, "holds U+0000, U+001E or U+001F");
    v.require(storable(after), "after", Violation.MALFORMED, "holds U+0000, U+001E or U+001F");
    v.throwIfAny();
  }

  /**
   * Whether a text can be stored by every store: it holds none of U+0000, U+001E and U+001F, which
   * Coplan refuses in every text (the canonical forms escape them inside JSON).
   *
   * @param text the text, or null
   * @return whether it can be stored
   */
  static boolean storable(@Nullable String text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0 || c == 0x1E || c == 0x1F) {
        return false;
      }
    }
    return true;
  }

  /**
   * The fields that differ between two snapshots, by field name.
   *
   * @param before the fields before, empty for a new aggregate
   * @param after the fields after
   * @return the changes, in field-name order
   */
  public static List<FieldChange> between(
      SortedMap<String, String> before, SortedMap<String, String> after) {
    TreeSet<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String name : names) {
      String was = before.get(name);
      String is = after.get(name);
      if (!Objects.equals(was, is)) {
        changes.add(new FieldChange(name, was, is));
      }
    }
    return changes;
  }

  /**
   * Applies changes to a snapshot: each field takes its value after.
   *
   * @param fields the snapshot, changed in place
   * @param changes the changes
   */
  public static void apply(Map<String, String> fields, List<FieldChange> changes) {
    for (FieldChange change : changes) {
      if (change.after() == null) {
        fields.remove(change.field());
      } else {
        fields.put(change.field(), change.after());
      }
    }
  }
}

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
   * @throws io.github.coplan.domain.error.InvalidInputException if the field is missing or the
   *     values are equal
   */
  public FieldChange {
    Validation v = new Validation();
    v.required("field", field);
    v.require(!Objects.equals(before, after), "after", Violation.OUT_OF_RANGE, "nothing changed");
    v.throwIfAny();
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

package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.shared.LocalizedText;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The text forms of the values that are stored in one column. The separators are control characters
 * that Coplan refuses in every text it stores, so no escaping is needed:
 *
 * <ul>
 *   <li>{@link LocalizedText}: the original language tag, then per language (in tag order) U+001E,
 *       the tag, U+001F and the text; for example {@code vi␞en␟Innovation␞vi␟Đổi mới}.
 *   <li>A list of text: its elements joined by U+001E; the empty string for an empty list.
 *   <li>A set of enumeration constants: their names joined by commas.
 *   <li>The {@link FieldChange}s of a history record: per change its field's name, U+001F, its
 *       value before, U+001F and its value after, the changes joined by U+001E; the empty string
 *       for none. A value is {@value #PRESENT} followed by its text, a missing one (null) nothing,
 *       so that null and the empty text differ: {@code title␟={"original":…}␟={"original":…}},
 *       {@code website␟␟=https://…} for a field set for the first time, {@code acronym␟=SIHUB␟} for
 *       one cleared. A field's name or value that holds a separator (or U+0000) cannot be written
 *       ({@link #unwritableAt}); Coplan's canonical values never do.
 *   <li>A {@link Principal}: its text form, {@code person:<id>} or {@code staff:<organisation id>}
 *       ({@link #encodePrincipal}); read back by {@link #decodePrincipal}, which {@link Principal}
 *       itself does not offer.
 *   <li>The content areas of a grant: their numbers, ascending, joined by commas ({@code 1,3}); the
 *       empty string for every area.
 * </ul>
 */
final class Codec {

  static final char RECORD = '\u001E';
  static final char UNIT = '\u001F';

  /** What a value of a {@link FieldChange} begins with, where a missing value has nothing. */
  static final char PRESENT = '=';

  private Codec() {}

  static String encode(LocalizedText text) {
    StringBuilder out = new StringBuilder(text.originalLanguage());
    for (Map.Entry<String, String> e : text.texts().entrySet()) {
      out.append(RECORD).append(e.getKey()).append(UNIT).append(e.getValue());
    }
    return out.toString();
  }

  static @Nullable String encodeOrNull(@Nullable LocalizedText text) {
    return text == null ? null : encode(text);
  }

  static LocalizedText decodeText(String stored) throws SQLException {
    int first = stored.indexOf(RECORD);
    if (first <= 0) {
      throw new SQLException("a stored localized text has no language");
    }
    String original = stored.substring(0, first);
    Map<String, String> texts = decodeTexts(stored);
    return texts.size() == 1
        ? LocalizedText.of(original, texts.values().iterator().next())
        : LocalizedText.of(original, texts);
  }

  /**
   * The texts of a stored localized text by their tags as stored, in stored order, without checking
   * them against the rules of text: what a migration reads, which must not stop at text that the
   * rules of its version refuse.
   */
  static Map<String, String> decodeTexts(String stored) throws SQLException {
    int first = stored.indexOf(RECORD);
    if (first <= 0) {
      throw new SQLException("a stored localized text has no language");
    }
    Map<String, String> texts = new LinkedHashMap<>();
    int start = first + 1;
    while (start <= stored.length()) {
      int end = stored.indexOf(RECORD, start);
      if (end < 0) {
        end = stored.length();
      }
      int unit = stored.indexOf(UNIT, start);
      if (unit < 0 || unit > end) {
        throw new SQLException("a stored localized text is damaged");
      }
      texts.put(stored.substring(start, unit), stored.substring(unit + 1, end));
      start = end + 1;
    }
    return texts;
  }

  static @Nullable LocalizedText decodeTextOrNull(@Nullable String stored) throws SQLException {
    return stored == null ? null : decodeText(stored);
  }

  static String encodeList(Iterable<String> values) {
    StringBuilder out = new StringBuilder();
    for (String value : values) {
      if (out.length() > 0) {
        out.append(RECORD);
      }
      out.append(value);
    }
    return out.toString();
  }

  static List<String> decodeList(String stored) {
    List<String> values = new ArrayList<>();
    if (stored.isEmpty()) {
      return values;
    }
    int start = 0;
    while (true) {
      int end = stored.indexOf(RECORD, start);
      if (end < 0) {
        values.add(stored.substring(start));
        return values;
      }
      values.add(stored.substring(start, end));
      start = end + 1;
    }
  }

  static <E extends Enum<E>> String encodeNames(Iterable<E> values) {
    StringBuilder out = new StringBuilder();
    for (E value : values) {
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(value.name());
    }
    return out.toString();
  }

  static <E extends Enum<E>> EnumSet<E> decodeNames(String stored, Class<E> type)
      throws SQLException {
    EnumSet<E> values = EnumSet.noneOf(type);
    if (stored.isEmpty()) {
      return values;
    }
    for (String name : stored.split(",", -1)) {
      try {
        values.add(Enum.valueOf(type, name));
      } catch (IllegalArgumentException e) {
        throw new SQLException("not a " + type.getSimpleName() + ": " + name, e);
      }
    }
    return values;
  }

  /** What the text form of a person principal begins with. */
  static final String PERSON_PRINCIPAL = "person:";

  /** What the text form of the staff of an organisation begins with. */
  static final String STAFF_PRINCIPAL = "staff:";

  /**
   * The text form of a principal, as {@link Principal#toString()} gives it.
   *
   * @param principal the principal
   * @return {@code person:<id>} or {@code staff:<organisation id>}
   */
  static String encodePrincipal(Principal principal) {
    return principal instanceof Principal.Person p
        ? PERSON_PRINCIPAL + p.id().value()
        : STAFF_PRINCIPAL + ((Principal.StaffOf) principal).id().value();
  }

  /**
   * The principal of a stored text form.
   *
   * @param stored {@code person:<id>} or {@code staff:<organisation id>}, the id in its canonical
   *     form
   * @return the principal
   * @throws SQLException if the text is not a principal's text form
   */
  static Principal decodePrincipal(String stored) throws SQLException {
    try {
      if (stored.startsWith(PERSON_PRINCIPAL)) {
        return Principal.person(PersonId.of(stored.substring(PERSON_PRINCIPAL.length())));
      }
      if (stored.startsWith(STAFF_PRINCIPAL)) {
        return Principal.staffOf(OrganisationId.of(stored.substring(STAFF_PRINCIPAL.length())));
      }
    } catch (InvalidInputException e) {
      throw new SQLException("a stored principal is not one: " + shown(stored), e);
    }
    throw new SQLException("a stored principal is not one: " + shown(stored));
  }

  private static String shown(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }

  /**
   * The text form of a grant's content areas.
   *
   * @param areas the numbers, in any order
   * @return the numbers ascending, joined by commas; the empty string for none (every area)
   */
  static String encodeAreas(Set<Integer> areas) {
    StringBuilder out = new StringBuilder();
    for (Integer area : new TreeSet<>(areas)) {
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(area.intValue());
    }
    return out.toString();
  }

  /**
   * The content areas of a stored text form.
   *
   * @param stored numbers joined by commas, or the empty string
   * @return the numbers, ascending; empty for every area
   * @throws SQLException if the text is not such a form
   */
  static SortedSet<Integer> decodeAreas(String stored) throws SQLException {
    SortedSet<Integer> areas = new TreeSet<>();
    if (stored.isEmpty()) {
      return areas;
    }
    for (String number : stored.split(",", -1)) {
      if (number.isEmpty() || number.length() > 9 || !number.chars().allMatch(Codec::isDigit)) {
        throw new SQLException("stored content areas are not numbers: " + shown(stored));
      }
      areas.add(Integer.parseInt(number));
    }
    return areas;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The text form of a history record's changes.
   *
   * @param changes the changes, whose names and values hold neither separator ({@link
   *     #unwritableAt})
   * @return the text
   */
  static String encodeChanges(List<FieldChange> changes) {
    StringBuilder out = new StringBuilder();
    for (FieldChange change : changes) {
      if (out.length() > 0) {
        out.append(RECORD);
      }
      out.append(change.field()).append(UNIT);
      value(out, change.before());
      out.append(UNIT);
      value(out, change.after());
    }
    return out.toString();
  }

  private static void value(StringBuilder out, @Nullable String value) {
    if (value != null) {
      out.append(PRESENT).append(value);
    }
  }

  /**
   * The changes of a history record's text form.
   *
   * @param stored the text
   * @return the changes, in stored order
   * @throws SQLException if the text is not such a form
   */
  static List<FieldChange> decodeChanges(String stored) throws SQLException {
    List<FieldChange> changes = new ArrayList<>();
    if (stored.isEmpty()) {
      return changes;
    }
    int start = 0;
    while (true) {
      int end = stored.indexOf(RECORD, start);
      if (end < 0) {
        end = stored.length();
      }
      String entry = stored.substring(start, end);
      int first = entry.indexOf(UNIT);
      int second = first < 0 ? -1 : entry.indexOf(UNIT, first + 1);
      if (second < 0 || entry.indexOf(UNIT, second + 1) >= 0) {
        throw new SQLException("a stored change of the history is damaged");
      }
      changes.add(
          new FieldChange(
              entry.substring(0, first),
              valueOf(entry.substring(first + 1, second)),
              valueOf(entry.substring(second + 1))));
      if (end == stored.length()) {
        return changes;
      }
      start = end + 1;
    }
  }

  private static @Nullable String valueOf(String slot) throws SQLException {
    if (slot.isEmpty()) {
      return null;
    }
    if (slot.charAt(0) != PRESENT) {
      throw new SQLException("a stored value of the history is damaged");
    }
    return slot.substring(1);
  }

  /**
   * Where a text holds a character that {@link #encodeChanges} cannot write: a separator, or U+0000
   * (which PostgreSQL's text cannot hold).
   *
   * @param text the text, or null
   * @return the index of the first such character, or -1
   */
  static int unwritableAt(@Nullable String text) {
    if (text == null) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == RECORD || c == UNIT || c == '\u0000') {
        return i;
      }
    }
    return -1;
  }
}

package io.github.coplan.domain.query;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.util.Comparator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The order of an activity search: a field from a fixed list, a direction, and the activity id as
 * the tie-breaker in the same direction.
 *
 * <p>Keys: {@link Field#PLANNED_START} is the planned span's earliest day, {@link
 * Field#PLANNED_END} its latest day ({@link io.github.coplan.domain.shared.DateSpan#OPEN_END} when
 * open), {@link Field#TITLE} the {@linkplain Activity#sortTitle() folded original title} compared
 * by Unicode code point, {@link Field#CREATED} the time-ordered id alone. Ids compare as unsigned
 * 128-bit numbers, the order of their text form.
 *
 * @param field what to sort by
 * @param direction which way
 */
public record ActivitySort(Field field, Direction direction) {

  /** The fields an activity search may be sorted by. */
  public enum Field {
    /** The planned span's earliest day. */
    PLANNED_START("plannedStart"),
    /** The planned span's latest day. */
    PLANNED_END("plannedEnd"),
    /** The folded original title. */
    TITLE("title"),
    /** Creation order: the time-ordered id. */
    CREATED("created");

    private final String key;

    Field(String key) {
      this.key = key;
    }

    /**
     * The name of the field in the text form.
     *
     * @return for example {@code "plannedStart"}
     */
    public String key() {
      return key;
    }
  }

  /** Ascending or descending. */
  public enum Direction {
    /** Smallest first. */
    ASC,
    /** Largest first. */
    DESC
  }

  /** Planned start, earliest first: the default. */
  public static final ActivitySort DEFAULT = new ActivitySort(Field.PLANNED_START, Direction.ASC);

  /**
   * Checks that both parts are present.
   *
   * @throws InvalidInputException if one is missing
   */
  public ActivitySort {
    if (field == null || direction == null) {
      throw InvalidInputException.of(
          "sort", Violation.REQUIRED, "a sort needs a field and a direction");
    }
  }

  /**
   * A sort.
   *
   * @param field the field
   * @param direction the direction
   * @return the sort
   */
  public static ActivitySort by(Field field, Direction direction) {
    return new ActivitySort(field, direction);
  }

  /**
   * Reads the text form {@code field} or {@code field,asc} or {@code field,desc}, with the field
   * names {@code plannedStart}, {@code plannedEnd}, {@code title} and {@code created}.
   *
   * @param text the text form
   * @return the sort
   * @throws InvalidInputException with code {@code malformed} for anything else
   */
  public static ActivitySort parse(@Nullable String text) {
    if (text == null) {
      throw InvalidInputException.of("sort", Violation.REQUIRED, "a sort is required");
    }
    String[] parts = text.split(",", -1);
    if (parts.length > 2) {
      throw malformed(text);
    }
    Field field = null;
    for (Field f : Field.values()) {
      if (f.key.equals(parts[0])) {
        field = f;
      }
    }
    if (field == null) {
      throw malformed(text);
    }
    Direction direction = Direction.ASC;
    if (parts.length == 2) {
      switch (parts[1].toLowerCase(Locale.ROOT)) {
        case "asc" -> direction = Direction.ASC;
        case "desc" -> direction = Direction.DESC;
        default -> throw malformed(text);
      }
    }
    return new ActivitySort(field, direction);
  }

  /**
   * The sort key of an activity for this sort's field, in the form the cursor carries: the epoch
   * day for the date fields, the folded title for {@link Field#TITLE}, empty for {@link
   * Field#CREATED}.
   *
   * @param activity the activity
   * @return the key as text
   */
  public String keyOf(Activity activity) {
    return switch (field) {
      case PLANNED_START -> Long.toString(activity.details().planned().earliestDay().toEpochDay());
      case PLANNED_END -> Long.toString(activity.details().planned().latestDay().toEpochDay());
      case TITLE -> activity.sortTitle();
      case CREATED -> "";
    };
  }

  /**
   * The order this sort puts activities in, the tie-breaker included.
   *
   * @return a comparator
   */
  public Comparator<Activity> comparator() {
    Comparator<Activity> byField =
        switch (field) {
          case PLANNED_START -> Comparator.comparing(a -> a.details().planned().earliestDay());
          case PLANNED_END -> Comparator.comparing(a -> a.details().planned().latestDay());
          case TITLE -> (a, b) -> compareCodePoints(a.sortTitle(), b.sortTitle());
          // ids are time-ordered: the tie-break below is the order of creation
          case CREATED -> (unusedLeft, unusedRight) -> 0;
        };
    Comparator<Activity> order =
        byField.thenComparing((a, b) -> compareIds(a.id().value(), b.id().value()));
    return direction == Direction.ASC ? order : order.reversed();
  }

  /**
   * Compares strings by Unicode code point, the order of their UTF-8 bytes (and of SQL's binary and
   * {@code "C"} collations).
   *
   * @param a one string
   * @param b another
   * @return negative, zero or positive
   */
  public static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  /**
   * Compares UUIDs as unsigned 128-bit numbers: the order of their canonical text form.
   *
   * @param a one id
   * @param b another
   * @return negative, zero or positive
   */
  public static int compareIds(java.util.UUID a, java.util.UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }

  @Override
  public String toString() {
    return field.key + "," + direction.name().toLowerCase(Locale.ROOT);
  }

  private static InvalidInputException malformed(String text) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    return InvalidInputException.of(
        "sort",
        Violation.MALFORMED,
        "sort is one of plannedStart, plannedEnd, title, created, optionally ,asc or ,desc: "
            + shown);
  }
}

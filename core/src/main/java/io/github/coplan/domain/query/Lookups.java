package io.github.coplan.domain.query;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.query.ActivitySort.Direction;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.SearchFolding;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the look-ups of plans, organisations and people share: the text form of their sorts, the
 * checks of their common criteria, and keyset paging over text keys compared by code point with the
 * id as tie-breaker.
 */
final class Lookups {

  private Lookups() {}

  /** The text form of a sort: {@code field,asc} or {@code field,desc}. */
  static String text(String field, Direction direction) {
    return field + "," + direction.name().toLowerCase(Locale.ROOT);
  }

  /** A sort's text form read: the index of its field among the field names, and its direction. */
  record ParsedSort(int field, Direction direction) {}

  /**
   * Reads {@code field}, {@code field,asc} or {@code field,desc} with one of the given field names.
   *
   * @return the index of the field in {@code names}, and the direction
   * @throws InvalidInputException on the path {@code sort} otherwise
   */
  static ParsedSort parseSort(@Nullable String text, List<String> names) {
    if (text == null) {
      throw InvalidInputException.of("sort", Violation.REQUIRED, "a sort is required");
    }
    String[] parts = text.split(",", -1);
    int field = parts.length > 2 ? -1 : names.indexOf(parts[0]);
    Direction direction = Direction.ASC;
    if (field >= 0 && parts.length == 2) {
      switch (parts[1].toLowerCase(Locale.ROOT)) {
        case "asc" -> direction = Direction.ASC;
        case "desc" -> direction = Direction.DESC;
        default -> field = -1;
      }
    }
    if (field < 0) {
      String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
      throw InvalidInputException.of(
          "sort",
          Violation.MALFORMED,
          "sort is one of " + String.join(", ", names) + ", optionally ,asc or ,desc: " + shown);
    }
    return new ParsedSort(field, direction);
  }

  /** Checks the common criteria of a look-up and returns the folded text, or null. */
  static @Nullable String check(
      Validation v, @Nullable Object sort, int pageSize, @Nullable String text) {
    v.required("sort", sort);
    v.require(
        pageSize >= 1 && pageSize <= ActivityQuery.MAX_PAGE_SIZE,
        "pageSize",
        Violation.OUT_OF_RANGE,
        "page size is 1 to " + ActivityQuery.MAX_PAGE_SIZE + ", was " + pageSize);
    if (text == null) {
      return null;
    }
    return v.check("text", () -> SearchFolding.fold(Texts.line("", text)));
  }

  /** Checks a window: each day in the years 1 to 9999, the end not before the start. */
  static void checkWindow(Validation v, @Nullable LocalDate from, @Nullable LocalDate to) {
    v.require(
        from == null || to == null || !to.isBefore(from),
        "to",
        Violation.END_BEFORE_START,
        "the window ends before it starts");
    checkDay(v, "from", from);
    checkDay(v, "to", to);
  }

  /** Checks that a day, if any, lies in the years 1 to 9999. */
  static void checkDay(Validation v, String path, @Nullable LocalDate day) {
    v.require(
        day == null || (day.getYear() >= 1 && day.getYear() <= 9999),
        path,
        Violation.OUT_OF_RANGE,
        "year must be between 1 and 9999");
  }

  /**
   * Whether a span, if known, overlaps a window open at either end; an unknown span overlaps only a
   * window open at both.
   */
  static boolean overlaps(
      @Nullable DateSpan span, @Nullable LocalDate from, @Nullable LocalDate to) {
    if (from == null && to == null) {
      return true;
    }
    return span != null
        && (from == null || !span.latestDay().isBefore(from))
        && (to == null || !span.earliestDay().isAfter(to));
  }

  /**
   * Whether a row of a key and an id comes strictly after the cursor in the direction; true without
   * a cursor.
   */
  static boolean isAfter(String key, UUID id, @Nullable LookupCursor after, Direction direction) {
    if (after == null) {
      return true;
    }
    int cmp = ActivitySort.compareCodePoints(key, after.key());
    if (cmp == 0) {
      cmp = ActivitySort.compareIds(id, after.lastId());
    }
    return direction == Direction.ASC ? cmp > 0 : cmp < 0;
  }

  /**
   * The page of sorted candidate rows after the cursor, of which at most {@code pageSize + 1} need
   * be given: the extra row only tells that there is a next page.
   */
  static <T> Page<T> page(
      List<T> rows, int pageSize, @Nullable Long total, Function<T, LookupCursor> cursorAfter) {
    if (rows.size() <= pageSize) {
      return new Page<>(rows, null, total);
    }
    List<T> items = rows.subList(0, pageSize);
    return new Page<>(items, cursorAfter.apply(items.get(pageSize - 1)).encode(), total);
  }
}

package io.github.coplan.domain.query;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.error.InvalidInputException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A keyset position in an activity search: the sort it belongs to, the last row's sort key and its
 * id. The next page holds the rows strictly after that position in the sort's order.
 *
 * <p>Its text form is opaque to callers (URL-safe Base64 with a checksum); a cursor that is
 * truncated, altered, or made for another sort is refused with an {@link InvalidInputException} on
 * the path {@code cursor}.
 *
 * @param sort the sort the cursor was made for
 * @param key the last row's sort key, as {@link ActivitySort#keyOf} gives it
 * @param lastId the last row's id
 */
public record Cursor(ActivitySort sort, String key, UUID lastId) {

  /**
   * The cursor after an activity.
   *
   * @param sort the sort of the search
   * @param last the last activity of a page
   * @return the cursor
   */
  public static Cursor after(ActivitySort sort, Activity last) {
    return new Cursor(sort, sort.keyOf(last), last.id().value());
  }

  /**
   * The key as an epoch day, for the date fields.
   *
   * @return the epoch day
   */
  public long epochDayKey() {
    return Long.parseLong(key);
  }

  /**
   * The opaque text form.
   *
   * @return URL-safe Base64 text
   */
  public String encode() {
    return CursorText.encode(sort.toString(), key, lastId);
  }

  /**
   * Reads the text form, checking that it was made for {@code expected}.
   *
   * @param text the text form
   * @param expected the sort of the search it is used with
   * @return the cursor
   * @throws InvalidInputException on the path {@code cursor} if the text is not a cursor of that
   *     sort
   */
  public static Cursor decode(@Nullable String text, ActivitySort expected) {
    String[] parts = CursorText.decode(text, expected.toString());
    String key = parts[0];
    switch (expected.field()) {
      case PLANNED_START, PLANNED_END -> {
        try {
          long day = Long.parseLong(key);
          // Long.parseLong also reads other scripts' digits and a leading '+': only the form
          // ActivitySort.keyOf writes is a key.
          if (day < -719_162L || day > 2_932_896L || !Long.toString(day).equals(key)) {
            throw invalid("the cursor is damaged");
          }
        } catch (NumberFormatException e) {
          throw invalid("the cursor is damaged");
        }
      }
      case CREATED -> {
        if (!key.isEmpty()) {
          throw invalid("the cursor is damaged");
        }
      }
      case TITLE -> {
        // any text: it is only ever bound as a parameter
      }
    }
    UUID id = CursorText.id(parts[1]);
    return new Cursor(expected, key, id);
  }

  @Override
  public String toString() {
    return encode();
  }

  private static InvalidInputException invalid(String message) {
    return CursorText.invalid(message);
  }
}

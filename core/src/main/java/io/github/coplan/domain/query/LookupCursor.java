package io.github.coplan.domain.query;

import io.github.coplan.domain.error.InvalidInputException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A keyset position in a look-up of plans, organisations or people: the sort it belongs to, the
 * last row's sort key and its id. The next page holds the rows strictly after that position in the
 * sort's order.
 *
 * <p>Its text form is opaque to callers, as an activity search's {@link Cursor} is (URL-safe Base64
 * with a checksum); a cursor that is truncated, altered, or made for another look-up or sort is
 * refused with an {@link InvalidInputException} on the path {@code cursor}.
 *
 * @param sort the look-up and sort the cursor was made for, for example {@code "plan:code,asc"}
 * @param key the last row's sort key: a plan's code, or a folded title or name
 * @param lastId the last row's id
 */
public record LookupCursor(String sort, String key, UUID lastId) {

  /**
   * The opaque text form.
   *
   * @return URL-safe Base64 text
   */
  public String encode() {
    return CursorText.encode(sort, key, lastId);
  }

  /**
   * Reads the text form, checking that it was made for the look-up and sort {@code expectedSort}.
   * The key is any text: stores only ever bind it as a parameter.
   *
   * @param text the text form
   * @param expectedSort the look-up and sort it is used with, as the sort's {@code cursorName()}
   *     gives it
   * @return the cursor
   * @throws InvalidInputException on the path {@code cursor} if the text is not a cursor of that
   *     sort
   */
  public static LookupCursor decode(@Nullable String text, String expectedSort) {
    String[] parts = CursorText.decode(text, expectedSort);
    return new LookupCursor(expectedSort, parts[0], CursorText.id(parts[1]));
  }

  @Override
  public String toString() {
    return encode();
  }
}

package io.github.coplan.domain.query;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * A keyset position in an activity search: the sort it belongs to, the last row's sort key and its
 * id. The next page holds the rows strictly after that position in the sort's order.
 *
 * <p>Its text form is opaque to callers (URL-safe Base64 with a checksum); a cursor that is
 * truncated, altered, or made for another sort is refused with an {@link InvalidInputException}
 * on the path {@code cursor}.
 *
 * @param sort the sort the cursor was made for
 * @param key the last row's sort key, as {@link ActivitySort#keyOf} gives it
 * @param lastId the last row's id
 */
public record Cursor(ActivitySort sort, String key, UUID lastId) {

  private static final String VERSION = "c1";
  private static final int MAX_TEXT = 4096;

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
    String body = VERSION + '\n' + sort + '\n' + key + '\n' + lastId;
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    ByteBuffer buffer = ByteBuffer.allocate(bytes.length + 4).put(bytes).putInt((int) crc.getValue());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
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
    if (text == null || text.isEmpty() || text.length() > MAX_TEXT) {
      throw invalid("not a cursor");
    }
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw invalid("not a cursor");
    }
    if (raw.length < 5) {
      throw invalid("not a cursor");
    }
    ByteBuffer buffer = ByteBuffer.wrap(raw);
    byte[] bytes = new byte[raw.length - 4];
    buffer.get(bytes);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    if ((int) crc.getValue() != buffer.getInt()) {
      throw invalid("the cursor is damaged");
    }
    String body;
    try {
      body = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw invalid("the cursor is damaged");
    }
    String[] parts = body.split("\n", -1);
    if (parts.length != 4 || !parts[0].equals(VERSION)) {
      throw invalid("not a cursor of this version");
    }
    if (!parts[1].equals(expected.toString())) {
      throw invalid("the cursor was made for another sort");
    }
    String key = parts[2];
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
    UUID id;
    try {
      id = io.github.coplan.domain.internal.Ids.parse(parts[3]);
    } catch (InvalidInputException e) {
      throw invalid("the cursor is damaged");
    }
    return new Cursor(expected, key, id);
  }

  @Override
  public String toString() {
    return encode();
  }

  private static InvalidInputException invalid(String message) {
    return InvalidInputException.of("cursor", Violation.MALFORMED, message);
  }
}

package io.github.coplan.domain.query;

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
 * The text form every keyset cursor shares: a version, the text of the sort it was made for, the
 * last row's key and its id, as URL-safe Base64 with a CRC-32 checksum. {@link Cursor} and {@link
 * LookupCursor} add what their keys may be.
 */
final class CursorText {

  private static final String VERSION = "c1";
  private static final int MAX_TEXT = 4096;

  private CursorText() {}

  /** The text form of a position. */
  static String encode(String sort, String key, UUID lastId) {
    String body = VERSION + '\n' + sort + '\n' + key + '\n' + lastId;
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    ByteBuffer buffer =
        ByteBuffer.allocate(bytes.length + 4).put(bytes).putInt((int) crc.getValue());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
  }

  /**
   * Reads a text form made for the sort {@code expectedSort}: its key and its id, unchecked.
   *
   * @throws InvalidInputException on the path {@code cursor} if the text is not a cursor of that
   *     sort
   */
  static String[] decode(@Nullable String text, String expectedSort) {
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
      body =
          StandardCharsets.UTF_8
              .newDecoder()
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
    if (!parts[1].equals(expectedSort)) {
      throw invalid("the cursor was made for another sort");
    }
    return new String[] {parts[2], parts[3]};
  }

  /** The id of a cursor's text form. */
  static UUID id(String text) {
    try {
      return io.github.coplan.domain.internal.Ids.parse(text);
    } catch (InvalidInputException e) {
      throw invalid("the cursor is damaged");
    }
  }

  /** The error of a text that is not a cursor of the search, on the path {@code cursor}. */
  static InvalidInputException invalid(String message) {
    return InvalidInputException.of("cursor", Violation.MALFORMED, message);
  }
}

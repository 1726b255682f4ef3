package io.github.coplan.domain.query;

import static io.github.coplan.testing.Expect.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.error.Violation;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LookupCursorTest {

  private static final UUID ID = UUID.fromString("ffffffff-1b2c-7d4e-8f60-0123456789ab");

  @Test
  void encodesAndDecodesAnyKey() {
    for (String key :
        new String[] {
          "HCMC-IIA-2018", "", "dong a \uD83D\uDE80 שָׁלוֹם", "o'neil'; drop table plan; --"
        }) {
      LookupCursor cursor = new LookupCursor("plan:title,asc", key, ID);

      String text = cursor.encode();

      assertThat(text).matches("[A-Za-z0-9_-]+");
      assertThat(LookupCursor.decode(text, "plan:title,asc")).isEqualTo(cursor);
      assertThat(cursor).hasToString(text);
    }
  }

  @Test
  void aCursorOfAnotherLookUpOrSortIsRefused() {
    String text = new LookupCursor("plan:code,asc", "HCMC", ID).encode();

    violation(() -> LookupCursor.decode(text, "plan:code,desc"), "cursor", Violation.MALFORMED);
    violation(
        () -> LookupCursor.decode(text, "organisation:name,asc"), "cursor", Violation.MALFORMED);
    violation(() -> Cursor.decode(text, ActivitySort.DEFAULT), "cursor", Violation.MALFORMED);
    violation(
        () ->
            LookupCursor.decode(
                new Cursor(ActivitySort.parse("title"), "x", ID).encode(), "plan:title,asc"),
        "cursor",
        Violation.MALFORMED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "garbage!", "AAAA", "'; DROP TABLE plan; --"})
  void garbageIsRefused(String text) {
    violation(() -> LookupCursor.decode(text, "plan:code,asc"), "cursor", Violation.MALFORMED);
  }

  @Test
  void aDamagedOrForgedCursorIsRefused() {
    String good = new LookupCursor("person:name,asc", "nguyen", ID).encode();
    String altered = good.substring(0, 3) + (good.charAt(3) == 'A' ? 'B' : 'A') + good.substring(4);

    violation(() -> LookupCursor.decode(null, "person:name,asc"), "cursor", Violation.MALFORMED);
    violation(() -> LookupCursor.decode(altered, "person:name,asc"), "cursor", Violation.MALFORMED);
    violation(
        () -> LookupCursor.decode(good.substring(0, good.length() - 2), "person:name,asc"),
        "cursor",
        Violation.MALFORMED);
    violation(
        () -> LookupCursor.decode("x".repeat(5000), "person:name,asc"),
        "cursor",
        Violation.MALFORMED);
    violation(
        () ->
            LookupCursor.decode(forge("c1\nperson:name,asc\nnguyen\nnot-an-id"), "person:name,asc"),
        "cursor",
        Violation.MALFORMED);
    violation(
        () -> LookupCursor.decode(forge("c2\nperson:name,asc\nnguyen\n" + ID), "person:name,asc"),
        "cursor",
        Violation.MALFORMED);
    violation(
        () -> LookupCursor.decode(forge("c1\nperson:name,asc\nnguyen"), "person:name,asc"),
        "cursor",
        Violation.MALFORMED);
    assertThat(LookupCursor.decode(forge("c1\nperson:name,asc\nnguyen\n" + ID), "person:name,asc"))
        .isEqualTo(new LookupCursor("person:name,asc", "nguyen", ID));
  }

  /** The text form of any body, with a good checksum. */
  private static String forge(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            ByteBuffer.allocate(bytes.length + 4).put(bytes).putInt((int) crc.getValue()).array());
  }
}

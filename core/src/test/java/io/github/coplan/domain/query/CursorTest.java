package io.github.coplan.domain.query;

import static io.github.coplan.testing.Expect.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.query.ActivitySort.Direction;
import io.github.coplan.domain.query.ActivitySort.Field;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

  private static final UUID ID = UUID.fromString("ffffffff-1b2c-7d4e-8f60-0123456789ab");
  private static final Activity WEEK =
      ActivitySortTest.activity(
          ID, "2018-Q4/2019-H1", "Tuần lễ Đổi mới sáng tạo \uD83D\uDE80 שָׁלוֹם");

  static Stream<ActivitySort> everySort() {
    List<ActivitySort> sorts = new ArrayList<>();
    for (Field f : Field.values()) {
      for (Direction d : Direction.values()) {
        sorts.add(ActivitySort.by(f, d));
      }
    }
    return sorts.stream();
  }

  @ParameterizedTest
  @MethodSource("everySort")
  void encodesAndDecodesEveryField(ActivitySort sort) {
    Cursor cursor = Cursor.after(sort, WEEK);

    String text = cursor.encode();
    Cursor decoded = Cursor.decode(text, sort);

    assertThat(text).matches("[A-Za-z0-9_-]+");
    assertThat(decoded).isEqualTo(cursor);
    assertThat(decoded.sort()).isEqualTo(sort);
    assertThat(decoded.key()).isEqualTo(sort.keyOf(WEEK));
    assertThat(decoded.lastId()).isEqualTo(ID);
    assertThat(cursor).hasToString(text);
  }

  @Test
  void keysAreTheSortKeysOfTheLastRow() {
    assertThat(Cursor.after(ActivitySort.parse("plannedStart"), WEEK).epochDayKey())
        .isEqualTo(17_805L);
    assertThat(Cursor.after(ActivitySort.parse("plannedEnd,desc"), WEEK).epochDayKey())
        .isEqualTo(18_077L);
    assertThat(Cursor.after(ActivitySort.parse("title"), WEEK).key())
        .isEqualTo("tuan le doi moi sang tao \uD83D\uDE80 שלום");
    assertThat(Cursor.after(ActivitySort.parse("created"), WEEK).key()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("everySort")
  void everyAlteredCharacterIsDetected(ActivitySort sort) {
    String text = Cursor.after(sort, WEEK).encode();
    int accepted = 0;
    for (int i = 0; i < text.length(); i++) {
      for (char replacement : new char[] {'A', 'z', '-', '_', '9'}) {
        if (text.charAt(i) == replacement) {
          continue;
        }
        String forged = text.substring(0, i) + replacement + text.substring(i + 1);
        Throwable thrown = catchThrowable(() -> Cursor.decode(forged, sort));
        if (thrown == null) {
          // Only the unused low bits of the last Base64 character may change without changing a
          // byte.
          assertThat(i).isEqualTo(text.length() - 1);
          assertThat(Cursor.decode(forged, sort)).isEqualTo(Cursor.decode(text, sort));
          accepted++;
        } else {
          assertCursorRefused(thrown);
        }
      }
    }
    assertThat(accepted).isLessThanOrEqualTo(4);
  }

  @ParameterizedTest
  @MethodSource("everySort")
  void truncatedCursorsAreRefused(ActivitySort sort) {
    String text = Cursor.after(sort, WEEK).encode();
    for (int length = 0; length < text.length(); length++) {
      String truncated = text.substring(0, length);
      assertCursorRefused(catchThrowable(() -> Cursor.decode(truncated, sort)));
    }
    assertCursorRefused(catchThrowable(() -> Cursor.decode(text + "A", sort)));
    assertCursorRefused(catchThrowable(() -> Cursor.decode(text + text, sort)));
  }

  @ParameterizedTest
  @MethodSource("everySort")
  void aCursorOfAnotherSortIsRefused(ActivitySort sort) {
    String text = Cursor.after(sort, WEEK).encode();
    everySort()
        .filter(other -> !other.equals(sort))
        .forEach(
            other -> violation(() -> Cursor.decode(text, other), "cursor", Violation.MALFORMED));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "!!!!",
        "'; DROP TABLE activity; --",
        "1 OR 1=1",
        "YzEK",
        "c2VsZWN0ICogZnJvbSBhY3Rpdml0eQ",
        "====",
        "abc=",
        "a+b/c",
        "%00",
        "\u0000",
        "Đổi mới"
      })
  void garbageIsRefused(String text) {
    violation(() -> Cursor.decode(text, ActivitySort.DEFAULT), "cursor", Violation.MALFORMED);
  }

  @Test
  void nullAndHugeTextAreRefused() {
    violation(() -> Cursor.decode(null, ActivitySort.DEFAULT), "cursor", Violation.MALFORMED);
    String huge = "A".repeat(1_000_000);
    violation(() -> Cursor.decode(huge, ActivitySort.DEFAULT), "cursor", Violation.MALFORMED);
    assertThat(catchThrowable(() -> Cursor.decode(huge, ActivitySort.DEFAULT)).getMessage())
        .hasSizeLessThan(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "c1\nplannedStart,asc\nabc\nffffffff-1b2c-7d4e-8f60-0123456789ab",
        "c1\nplannedStart,asc\n99999999\nffffffff-1b2c-7d4e-8f60-0123456789ab",
        "c1\nplannedStart,asc\n-719163\nffffffff-1b2c-7d4e-8f60-0123456789ab",
        "c1\nplannedStart,asc\n1e5\nffffffff-1b2c-7d4e-8f60-0123456789ab",
        "c1\nplannedStart,asc\n\nffffffff-1b2c-7d4e-8f60-0123456789ab",
        "c1\nplannedStart,asc\n17805\nnot-an-id",
        "c1\nplannedStart,asc\n17805\n1-1-1-1-1",
        "c1\nplannedStart,asc\n17805",
        "c1\nplannedStart,asc\n17805\nffffffff-1b2c-7d4e-8f60-0123456789ab\nextra",
        "c2\nplannedStart,asc\n17805\nffffffff-1b2c-7d4e-8f60-0123456789ab",
        "c1\nplannedstart,asc\n17805\nffffffff-1b2c-7d4e-8f60-0123456789ab",
      })
  void aWellChecksummedCursorWithADamagedBodyIsRefused(String body) {
    violation(
        () -> Cursor.decode(encodeRaw(body.getBytes(StandardCharsets.UTF_8)), ActivitySort.DEFAULT),
        "cursor",
        Violation.MALFORMED);
  }

  @Test
  void aCreatedCursorCarriesNoKeyAndATitleCursorAnyText() {
    String withKey =
        encodeRaw(
            "c1\ncreated,asc\n17805\nffffffff-1b2c-7d4e-8f60-0123456789ab"
                .getBytes(StandardCharsets.UTF_8));
    violation(
        () -> Cursor.decode(withKey, ActivitySort.parse("created")), "cursor", Violation.MALFORMED);

    String injection = "x'; DROP TABLE activity; --";
    String title =
        encodeRaw(
            ("c1\ntitle,asc\n" + injection + "\nffffffff-1b2c-7d4e-8f60-0123456789ab")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(Cursor.decode(title, ActivitySort.parse("title")).key()).isEqualTo(injection);
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] body =
        "c1\ntitle,asc\nXX\nffffffff-1b2c-7d4e-8f60-0123456789ab".getBytes(StandardCharsets.UTF_8);
    body[13] = (byte) 0xC3;
    body[14] = (byte) 0x28;

    violation(
        () -> Cursor.decode(encodeRaw(body), ActivitySort.parse("title")),
        "cursor",
        Violation.MALFORMED);
  }

  @Test
  void aCursorFromTheSameBytesAsTheEncoderIsAccepted() {
    String body = "c1\nplannedStart,asc\n17805\nffffffff-1b2c-7d4e-8f60-0123456789ab";

    assertThat(encodeRaw(body.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Cursor.after(ActivitySort.DEFAULT, WEEK).encode());
  }

  /**
   * The documented cursor layout: UTF-8 body, CRC-32 of the body, URL-safe Base64 without padding.
   */
  private static String encodeRaw(byte[] body) {
    CRC32 crc = new CRC32();
    crc.update(body);
    ByteBuffer buffer = ByteBuffer.allocate(body.length + 4).put(body).putInt((int) crc.getValue());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
  }

  private static void assertCursorRefused(Throwable thrown) {
    assertThat(thrown).isExactlyInstanceOf(InvalidInputException.class);
    assertThat(((InvalidInputException) thrown).violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("cursor");
              assertThat(v.code()).isEqualTo(Violation.MALFORMED);
            });
  }
}

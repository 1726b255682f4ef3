package io.github.coplan.domain.shared;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.Cursor;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.CRC32;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The text forms Coplan stores, parses and compares are the same in every default locale: a JVM
 * whose locale writes other digits (Persian, Egyptian Arabic, Thai with Thai digits, Bengali,
 * Marathi) or maps case otherwise (Turkish) prints and reads the ASCII forms.
 */
@ResourceLock(Resources.LOCALE)
class TextFormsUnderEveryLocaleTest {

  private static final List<String> DATES =
      List.of(
          "2018",
          "0001",
          "9999",
          "2018-H1",
          "2018-H2",
          "2018-Q1",
          "2018-Q4",
          "2018-01",
          "2018-11",
          "2018-11-05",
          "2018-12-31",
          "2020-02-29",
          "0001-01-01",
          "9999-12-31",
          "2018~",
          "2018-Q4?",
          "2018-11%",
          "2018-11-05~");

  private static final List<String> SPANS =
      List.of(
          "2018/2021",
          "2018-Q4/2019-H1",
          "2018-11/..",
          "2018-11-05~/2019-01-31?",
          "0001/9999",
          "2018-11");

  private static final UUID ID = UUID.fromString("01890a5d-ac96-7f3a-8c2e-0123456789ab");

  /**
   * The locale, and 2018 as its own number format writes it: proof that the locale is not an ASCII
   * one.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "fa-IR,           ۲۰۱۸",
    "ar-EG,           ٢٠١٨",
    "th-TH-u-nu-thai, ๒๐๑๘",
    "bn-BD,           ২০১৮",
    "mr-IN,           २०१८",
  })
  void partialDatesAndSpansPrintAndParseAsciiForms(String tag, String nativeYear) {
    inLocale(
        tag,
        () -> {
          assertThat(String.format(Locale.getDefault(Locale.Category.FORMAT), "%d", 2018))
              .isEqualTo(nativeYear);

          for (String text : DATES) {
            PartialDate date = PartialDate.parse(text);
            assertThat(date).hasToString(text);
            assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
          }
          assertThat(PartialDate.ofMonth(2018, 11)).hasToString("2018-11");
          assertThat(PartialDate.ofQuarter(2018, 4)).hasToString("2018-Q4");
          assertThat(PartialDate.ofHalfYear(2019, 1)).hasToString("2019-H1");
          assertThat(PartialDate.ofYear(7)).hasToString("0007");
          assertThat(PartialDate.ofDay(LocalDate.of(2018, 1, 9)).uncertain())
              .hasToString("2018-01-09?");
          for (String text : SPANS) {
            DateSpan span = DateSpan.parse(text);
            assertThat(DateSpan.parse(span.toString())).isEqualTo(span);
          }
          assertThat(DateSpan.parse("2018/2021")).hasToString("2018/2021");
          assertThat(DateSpan.parse("2018-Q4/2019-H1")).hasToString("2018-Q4/2019-H1");
          assertThat(DateSpan.parse("2018-11")).hasToString("2018-11");
          assertThat(DateSpan.from(PartialDate.ofMonth(2018, 11))).hasToString("2018-11/..");
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fa-IR", "ar-EG", "th-TH-u-nu-thai", "bn-BD", "mr-IN"})
  void theLocalesOwnDigitsAreNotADate(String tag) {
    inLocale(
        tag,
        () -> {
          Locale locale = Locale.getDefault(Locale.Category.FORMAT);
          String year = String.format(locale, "%04d", 2018);
          String month = String.format(locale, "%04d-%02d", 2018, 11);
          String span = String.format(locale, "%04d/%04d", 2018, 2021);

          violation(() -> PartialDate.parse(year), "", Violation.MALFORMED);
          violation(() -> PartialDate.parse(month), "", Violation.MALFORMED);
          violation(() -> DateSpan.parse(span), "start", Violation.MALFORMED);
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fa-IR", "ar-EG", "th-TH-u-nu-thai", "bn-BD", "mr-IN", "tr-TR"})
  void cursorsSortsCountriesAndMessagesAreTheSameText(String tag) {
    inLocale(
        tag,
        () -> {
          ActivitySort sort = ActivitySort.parse("plannedStart,DESC");
          String key = Long.toString(LocalDate.of(2018, 10, 1).toEpochDay());
          Cursor cursor = new Cursor(sort, key, ID);

          String text = cursor.encode();

          assertThat(sort).hasToString("plannedStart,desc");
          assertThat(key).isEqualTo("17805");
          assertThat(body(text))
              .isEqualTo("c1\nplannedStart,desc\n17805\n01890a5d-ac96-7f3a-8c2e-0123456789ab");
          assertThat(Cursor.decode(text, sort)).isEqualTo(cursor);
          assertThat(Cursor.decode(text, sort).epochDayKey()).isEqualTo(17_805L);
          // Turkish upper-cases "i" to "İ" by default; a country code is upper-cased in Locale.ROOT
          assertThat(CountryCode.of("in")).isEqualTo(new CountryCode("IN"));
          assertThat(invalidInput(() -> Texts.line("title", "a\u0007b")).violations())
              .extracting(Violation::message)
              .containsExactly("text holds control character U+0007 at index 1");
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fa-IR", "ar-EG", "th-TH-u-nu-thai", "bn-BD", "mr-IN"})
  void aCursorWhoseKeyIsWrittenInTheLocalesDigitsIsRefused(String tag) {
    inLocale(
        tag,
        () -> {
          ActivitySort sort = ActivitySort.parse("plannedStart");
          String nativeKey = String.format(Locale.getDefault(Locale.Category.FORMAT), "%d", 17_805);

          violation(
              () -> Cursor.decode(encode("c1\nplannedStart,asc\n" + nativeKey + "\n" + ID), sort),
              "cursor",
              Violation.MALFORMED);
          violation(
              () -> Cursor.decode(encode("c1\nplannedStart,asc\n+17805\n" + ID), sort),
              "cursor",
              Violation.MALFORMED);
          assertThat(Cursor.decode(encode("c1\nplannedStart,asc\n17805\n" + ID), sort).key())
              .isEqualTo("17805");
        });
  }

  /**
   * Runs the check with every category of the default locale set to the tag, then puts them back.
   */
  private static void inLocale(String tag, Runnable check) {
    Locale before = Locale.getDefault();
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));
      check.run();
    } finally {
      Locale.setDefault(before);
      Locale.setDefault(Locale.Category.DISPLAY, display);
      Locale.setDefault(Locale.Category.FORMAT, format);
    }
  }

  /** The body of a cursor's text form, the checksum left off. */
  private static String body(String text) {
    byte[] raw = Base64.getUrlDecoder().decode(text);
    return new String(raw, 0, raw.length - 4, StandardCharsets.UTF_8);
  }

  /** A cursor's text form around a body, with a right checksum. */
  private static String encode(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    ByteBuffer buffer =
        ByteBuffer.allocate(bytes.length + 4).put(bytes).putInt((int) crc.getValue());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
  }
}

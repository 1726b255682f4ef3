package io.github.coplan.domain.shared;

import static io.github.coplan.testing.Expect.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {

  /** "Đổi mới" as a keyboard that decomposes types it: o + circumflex + hook, o + horn + acute. */
  private static final String DOI_MOI_NFD = "\u0110o\u0302\u0309i mo\u031B\u0301i";

  private static final String DOI_MOI_NFC = "\u0110\u1ED5i m\u1EDBi";

  @Test
  void textTypedInNfdIsStoredNfc() {
    assertThat(Normalizer.isNormalized(DOI_MOI_NFD, Normalizer.Form.NFC)).isFalse();
    assertThat(DOI_MOI_NFC).isEqualTo("Đổi mới");

    LocalizedText text = LocalizedText.of("vi", DOI_MOI_NFD);

    assertThat(text.original()).isEqualTo(DOI_MOI_NFC).isEqualTo("Đổi mới");
    assertThat(Normalizer.isNormalized(text.original(), Normalizer.Form.NFC)).isTrue();
    assertThat(text).isEqualTo(LocalizedText.of("vi", "Đổi mới"));
    assertThat(LocalizedText.of("vi", "x").with("en", DOI_MOI_NFD).in("en")).contains(DOI_MOI_NFC);
  }

  @Test
  void textIsTrimmedOfUnicodeWhiteSpace() {
    assertThat(LocalizedText.of("vi", "  Xin chào \n").original()).isEqualTo("Xin chào");
    assertThat(LocalizedText.of("vi", "\u00A0\u3000Xin chào\u2003\uFEFF").original())
        .isEqualTo("Xin chào");
    assertThat(LocalizedText.of("en", "line one\nline two\tend").original())
        .isEqualTo("line one\nline two\tend");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "   ", "\u00A0", "\u3000", "\u2003", "\uFEFF", " \u00A0\u3000\t\n\r "})
  void blankTextIsRefused(String blank) {
    violation(() -> LocalizedText.of("vi", blank), "vi", Violation.BLANK);
  }

  @Test
  void missingTextIsRequired() {
    violation(() -> LocalizedText.of("vi", (String) null), "vi", Violation.REQUIRED);
    violation(() -> LocalizedText.of("vi", "x").with("en", null), "en", Violation.REQUIRED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\u0000b",
        "bell\u0007",
        "\u001B[31mred",
        "del\u007F",
        "nel\u0085",
        "c1\u009F",
        "a\u000Bb",
        "a\u000Cb"
      })
  void controlCharactersAreRefused(String text) {
    violation(() -> LocalizedText.of("en", text), "en", Violation.CONTROL_CHARACTER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc\u202Edef",
        "\u2066x\u2069",
        "a\u200Eb",
        "a\u200Fb",
        "a\u061Cb",
        "a\u202Ab",
        "a\u2067b"
      })
  void bidirectionalControlsAreRefused(String text) {
    violation(() -> LocalizedText.of("he", text), "he", Violation.CONTROL_CHARACTER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\uD800b", "a\uDC00", "\uD83D", "\uDE00\uD83D", "ok\uD83D\uDE00\uD83D"})
  void unpairedSurrogatesAreRefused(String text) {
    violation(() -> LocalizedText.of("en", text), "en", Violation.UNPAIRED_SURROGATE);
  }

  @Test
  void pairedSurrogatesAreKept() {
    assertThat(LocalizedText.of("en", "launch \uD83D\uDE80").original()).isEqualTo("launch 🚀");
  }

  @Test
  void theLengthLimitCountsCodePoints() {
    String emoji = "\uD83D\uDE00";
    String atLimit = emoji.repeat(Texts.PARAGRAPH_LIMIT);
    assertThat(atLimit).hasSize(2 * Texts.PARAGRAPH_LIMIT);

    assertThat(LocalizedText.of("en", atLimit).original()).isEqualTo(atLimit);
    violation(() -> LocalizedText.of("en", atLimit + emoji), "en", Violation.TOO_LONG);

    assertThat(LocalizedText.of("en", " " + "a".repeat(Texts.PARAGRAPH_LIMIT) + " ").original())
        .hasSize(Texts.PARAGRAPH_LIMIT);
    violation(
        () -> LocalizedText.of("en", "a".repeat(Texts.PARAGRAPH_LIMIT + 1)),
        "en",
        Violation.TOO_LONG);
  }

  @Test
  void theLengthLimitIsCountedAfterNormalisation() {
    String decomposedE = "e\u0301";
    assertThat(LocalizedText.of("fr", decomposedE.repeat(Texts.PARAGRAPH_LIMIT)).original())
        .isEqualTo("\u00E9".repeat(Texts.PARAGRAPH_LIMIT));
  }

  @Test
  void requireLineLimitsEveryTranslationToOneLine() {
    LocalizedText fits = LocalizedText.of("vi", "ộ".repeat(Texts.LINE_LIMIT)).with("en", "x");
    assertThat(fits.requireLine("title", Texts.LINE_LIMIT)).isSameAs(fits);

    LocalizedText tooLong =
        LocalizedText.of("vi", "x").with("en", "a".repeat(Texts.LINE_LIMIT + 1));
    violation(() -> tooLong.requireLine("title", Texts.LINE_LIMIT), "title.en", Violation.TOO_LONG);

    LocalizedText twoLines = LocalizedText.of("vi", "dòng một\ndòng hai");
    violation(
        () -> twoLines.requireLine("title", Texts.LINE_LIMIT),
        "title.vi",
        Violation.CONTROL_CHARACTER);

    LocalizedText tab = LocalizedText.of("en", "a\tb");
    violation(
        () -> tab.requireLine("name", Texts.LINE_LIMIT), "name.en", Violation.CONTROL_CHARACTER);
  }

  @Test
  void theFactoriesForAFieldPutItsPathInFront() {
    violation(
        () -> LocalizedText.of("he", "שלום\u0000", "title"),
        "title.he",
        Violation.CONTROL_CHARACTER);
    violation(() -> LocalizedText.of("he", "\u200B\u200D", "title"), "title.he", Violation.BLANK);
    violation(() -> LocalizedText.of("he", (String) null, "title"), "title.he", Violation.REQUIRED);
    violation(
        () -> LocalizedText.of("hebrew!", "x", "title"), "title.language", Violation.MALFORMED);
    violation(
        () -> LocalizedText.of("vi", Map.of("vi", "x", "he", "\u0301"), "summary"),
        "summary.he",
        Violation.BLANK);
    violation(
        () -> LocalizedText.of("he", Map.of("vi", "x"), "summary"),
        "summary.original",
        Violation.REQUIRED);
    violation(() -> LocalizedText.of("vi", Map.of(), "summary"), "summary", Violation.REQUIRED);
    violation(
        () -> LocalizedText.of("vi", "x").with("he", "\u202Ex", "name"),
        "name.he",
        Violation.CONTROL_CHARACTER);
    violation(
        () -> LocalizedText.of("vi", "x").with("he", "a\uD800", "name"),
        "name.he",
        Violation.UNPAIRED_SURROGATE);

    assertThat(LocalizedText.of("he", " שלום ", "title")).isEqualTo(LocalizedText.of("he", "שלום"));
    assertThat(LocalizedText.of("vi", Map.of("vi", "x", "en", "y"), "title"))
        .isEqualTo(LocalizedText.of("vi", Map.of("vi", "x", "en", "y")));
    assertThat(LocalizedText.of("vi", "x").with("he", "y", "title"))
        .isEqualTo(LocalizedText.of("vi", "x").with("he", "y"));
  }

  @Test
  void invisibleTextIsBlankAndInvisibleCodePointsInVisibleTextAreKept() {
    for (String blank :
        java.util.List.of(
            "\u200B",
            "\u200C\u200D",
            "\u2060\uFEFF",
            "\u00AD",
            "\u0301\u0301",
            " \u200B\n\u3164 ")) {
      violation(() -> LocalizedText.of("fa", blank), "fa", Violation.BLANK);
    }
    LocalizedText persian = LocalizedText.of("fa", "می\u200Cخواهم");
    assertThat(persian.original()).isEqualTo("می\u200Cخواهم");
    assertThat(persian.folded()).isEqualTo("میخواهم");
  }

  @Test
  void languageTagsAreCanonical() {
    assertThat(LocalizedText.of("vi", "x").originalLanguage()).isEqualTo("vi");
    assertThat(LocalizedText.of("en", "x").originalLanguage()).isEqualTo("en");
    assertThat(LocalizedText.of("he", "x").originalLanguage()).isEqualTo("he");
    assertThat(LocalizedText.of("pt-BR", "x").originalLanguage()).isEqualTo("pt-BR");
    assertThat(LocalizedText.of("pt-br", "x").originalLanguage()).isEqualTo("pt-BR");
    assertThat(LocalizedText.of("EN", "x").originalLanguage()).isEqualTo("en");
    assertThat(LocalizedText.of("zh-Hant-TW", "x").originalLanguage()).isEqualTo("zh-Hant-TW");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "english!",
        "x",
        "english",
        "en_US",
        "en-",
        "-en",
        "und",
        "e n",
        "vi\n",
        "tiếng",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "en-x",
        "en-u",
        "und-x-y",
        "x-y",
        "i-klingon"
      })
  void malformedLanguageTagsAreRefused(String tag) {
    violation(() -> LocalizedText.of(tag, "x"), "language", Violation.MALFORMED);
  }

  @Test
  void aLanguageTagAloneIsPutInItsCanonicalForm() {
    assertThat(LocalizedText.languageTag("EN")).isEqualTo("en");
    assertThat(LocalizedText.languageTag("pt-br")).isEqualTo("pt-BR");
    assertThat(LocalizedText.languageTag("vi")).isEqualTo("vi");
    violation(() -> LocalizedText.languageTag("english!"), "language", Violation.MALFORMED);
    violation(() -> LocalizedText.languageTag(null), "language", Violation.REQUIRED);
  }

  @Test
  void aMissingLanguageTagIsRequired() {
    violation(() -> LocalizedText.of(null, "x"), "language", Violation.REQUIRED);
    violation(() -> LocalizedText.of("vi", "x").with(null, "y"), "language", Violation.REQUIRED);
  }

  @Test
  void severalLanguagesNeedTheOriginalAmongThem() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("vi", "Đổi mới sáng tạo");
    texts.put("en", "Innovation");

    LocalizedText text = LocalizedText.of("vi", texts);
    assertThat(text.originalLanguage()).isEqualTo("vi");
    assertThat(text.texts())
        .containsExactly(Map.entry("en", "Innovation"), Map.entry("vi", "Đổi mới sáng tạo"));

    violation(() -> LocalizedText.of("he", texts), "original", Violation.REQUIRED);
    violation(() -> LocalizedText.of("vi", Map.of()), "", Violation.REQUIRED);
    violation(() -> LocalizedText.of("vi", (Map<String, String>) null), "", Violation.REQUIRED);
    violation(() -> LocalizedText.of(null, texts), "language", Violation.REQUIRED);
  }

  @Test
  void aLanguageGivenTwiceUnderDifferentCaseIsADuplicate() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("pt-BR", "a");
    texts.put("pt-br", "b");

    violation(() -> LocalizedText.of("pt-BR", texts), "pt-BR", Violation.DUPLICATE);
  }

  @Test
  void badTextInAMapIsRefusedUnderItsLanguage() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("vi", "Đổi mới");
    texts.put("en", "\u00A0");

    violation(() -> LocalizedText.of("vi", texts), "en", Violation.BLANK);
  }

  @Test
  void bestFallsBackToTheOriginalAndInDoesNot() {
    LocalizedText text = LocalizedText.of("vi", "Đổi mới sáng tạo").with("en", "Innovation");

    assertThat(text.best("en")).isEqualTo("Innovation");
    assertThat(text.best("vi")).isEqualTo("Đổi mới sáng tạo");
    assertThat(text.best("he")).isEqualTo("Đổi mới sáng tạo");
    assertThat(text.in("en")).contains("Innovation");
    assertThat(text.in("he")).isEmpty();
    assertThat(text.original()).isEqualTo("Đổi mới sáng tạo");
    assertThat(text).hasToString("Đổi mới sáng tạo");
  }

  @Test
  void withAddsOrReplacesATranslationAndKeepsTheOriginal() {
    LocalizedText vi = LocalizedText.of("vi", "Đổi mới");
    LocalizedText both = vi.with("en", "Innovation");
    LocalizedText replaced = both.with("en", "Renewal");
    LocalizedText newOriginalText = both.with("vi", "Sáng tạo");

    assertThat(vi.texts()).containsOnlyKeys("vi");
    assertThat(both.texts())
        .containsExactly(Map.entry("en", "Innovation"), Map.entry("vi", "Đổi mới"));
    assertThat(replaced.texts())
        .containsExactly(Map.entry("en", "Renewal"), Map.entry("vi", "Đổi mới"));
    assertThat(replaced.originalLanguage()).isEqualTo("vi");
    assertThat(newOriginalText.original()).isEqualTo("Sáng tạo");
    assertThat(both)
        .isNotEqualTo(vi)
        .isEqualTo(LocalizedText.of("vi", "Đổi mới").with("en", "Innovation"));
    assertThat(both.hashCode())
        .isEqualTo(LocalizedText.of("vi", "Đổi mới").with("en", "Innovation").hashCode());
  }

  @Test
  void theOriginalLanguageTakesPartInEquality() {
    Map<String, String> texts = Map.of("vi", "a", "en", "b");

    assertThat(LocalizedText.of("vi", texts)).isNotEqualTo(LocalizedText.of("en", texts));
  }

  @Test
  void foldedJoinsEveryTranslationFolded() {
    LocalizedText text = LocalizedText.of("vi", "Đổi mới sáng tạo").with("en", "Innovation  WEEK");

    assertThat(text.folded()).isEqualTo("innovation week\ndoi moi sang tao");
  }

  @Test
  void theTextsMapCannotBeModified() {
    LocalizedText text = LocalizedText.of("vi", "x");

    assertThat(text.texts()).isUnmodifiable();
  }

  @Test
  void aMalformedTagInAMapIsRefusedBeforeTheTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("english!", "\u0000");
    texts.put("vi", "b");

    violation(() -> LocalizedText.of("vi", texts), "language", Violation.MALFORMED);
  }

  /**
   * Deprecated and grandfathered tags are stored in the form that reading them back gives again.
   */
  @Test
  void oldFormsOfLanguageTagsAreStoredInTheirCurrentForm() {
    assertThat(LocalizedText.of("iw", "x").originalLanguage()).isEqualTo("he");
    assertThat(LocalizedText.of("in", "x").originalLanguage()).isEqualTo("id");
    assertThat(LocalizedText.of("ji", "x").originalLanguage()).isEqualTo("yi");
    assertThat(LocalizedText.of("art-lojban", "x").originalLanguage()).isEqualTo("jbo");
    assertThat(LocalizedText.of("zh-min-nan", "x").originalLanguage()).isEqualTo("nan");
    assertThat(LocalizedText.of("en-GB-oed", "x").originalLanguage()).isEqualTo("en-GB-x-oed");
    assertThat(LocalizedText.of("vi", "x").with("iw", "y"))
        .isEqualTo(LocalizedText.of("vi", "x").with("he", "y"));
  }

  /**
   * Canonical tags are remembered, as given, up to a bound: the same tag read back again and again
   * costs no canonicalisation, and a stream of distinct tags cannot grow the memory without end.
   */
  @Test
  void rememberedTagsStopAtTheirBoundAndGiveTheSameCanonicalForm() {
    for (char a = 'a'; a <= 'z'; a++) {
      for (char b = 'a'; b <= 'z'; b++) {
        for (String region : new String[] {"VN", "IL"}) {
          String tag = "" + a + b + "-" + region;
          String expected =
              new Locale.Builder()
                  .setLanguageTag(tag)
                  .build()
                  .toLanguageTag(); // "iw-VN" is "he-VN"
          assertThat(LocalizedText.of(tag, "x").originalLanguage()).isEqualTo(expected);
          assertThat(LocalizedText.of(tag, "x").originalLanguage()).isEqualTo(expected);
        }
      }
    }
    // 1,352 distinct tags went through; the map kept 1,024 of them and no more
    assertThat(LocalizedText.rememberedTags()).isEqualTo(1_024);
    // a tag remembered in a non-canonical spelling still reads back canonical, the first time and
    // after
    assertThat(LocalizedText.of("iw", "x").originalLanguage()).isEqualTo("he");
    assertThat(LocalizedText.of("iw", "x").originalLanguage()).isEqualTo("he");
  }
}

package io.github.coplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.coplan.domain.error.CoplanException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.SearchFolding;
import java.text.Normalizer;
import java.util.Map;
import java.util.Set;

/**
 * Fuzzes the text rules ({@link Texts}), localized text ({@link LocalizedText}) and search folding
 * ({@link SearchFolding}): accepted text is NFC, trimmed, within its limit, free of control
 * characters and unpaired surrogates, and accepted again unchanged; refused text gets an {@link
 * InvalidInputException} of a documented code; accepted text folds to something a search can find;
 * folding never fails and gives trimmed text without combining marks, default-ignorable code points
 * or runs of white space, which folding again leaves as it is. Nothing else may come out.
 *
 * <p>In a normal build the seed corpus ({@code TextFuzzTestInputs}) is replayed; with {@code
 * JAZZER_FUZZ=1} Jazzer fuzzes one target for 1,000,000 runs (see {@code docs/reliability.md}).
 */
class TextFuzzTest {

  private static final Set<String> TEXT_CODES =
      Set.of(
          Violation.REQUIRED,
          Violation.BLANK,
          Violation.TOO_LONG,
          Violation.CONTROL_CHARACTER,
          Violation.UNPAIRED_SURROGATE);
  private static final Set<String> TAG_CODES =
      Set.of(Violation.REQUIRED, Violation.MALFORMED, Violation.DUPLICATE);

  @DictionaryEntries({
    "\u00A0", "\u3000", "\u202E", "\u2066", "\u200F", "\u061C", "\uFEFF", "\u0301", "\u0323", "đ",
    "Đ", "İ", "ß", "\u200B", "\u200D", "\u00AD", "\uFE0F", "\u3164", "\u00B4", "Ｄ", "\uFB01"
  })
  @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
  void textRulesAndFolding(byte[] input) {
    String text = FuzzInput.text(input);
    int[] limits = {1, 5, Texts.TOKEN_LIMIT, Texts.LINE_LIMIT};
    for (int limit : limits) {
      for (boolean multiLine : new boolean[] {false, true}) {
        checkText(text, limit, multiLine);
      }
    }
    String folded = SearchFolding.fold(text);
    assertFolded(folded);
    assertFolded(SearchFolding.fold(folded));
  }

  @DictionaryEntries({
    "vi",
    "en",
    "he",
    "pt-BR",
    "zh-Hant-TW",
    "und",
    "x-",
    "i-klingon",
    "art-lojban",
    "iw",
    "sgn-BE-FR",
    "-",
    "_"
  })
  @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
  void localizedText(byte[] input) {
    // first line: the original tag; second: another tag; the rest: the text
    String[] parts = FuzzInput.text(input).split("\n", 3);
    String tag = parts[0];
    String other = parts.length > 1 ? parts[1] : "en";
    String text = parts.length > 2 ? parts[2] : "Kế hoạch";
    LocalizedText accepted;
    try {
      accepted = LocalizedText.of(tag, text);
    } catch (CoplanException refused) {
      assertCodes(refused, TAG_CODES, TEXT_CODES);
      return;
    }
    String canonical = accepted.originalLanguage();
    assertThat(LocalizedText.of(canonical, accepted.original()))
        .as("the canonical tag of %s", tag)
        .isEqualTo(accepted);
    assertThat(accepted.original()).isEqualTo(Texts.check("", text, Texts.PARAGRAPH_LIMIT, true));
    assertThat(accepted.texts()).containsOnlyKeys(canonical);
    assertFolded(accepted.folded());
    try {
      accepted.requireLine("title", Texts.LINE_LIMIT);
    } catch (CoplanException refused) {
      assertCodes(refused, Set.of(), TEXT_CODES);
    }
    try {
      LocalizedText both = accepted.with(other, text);
      assertThat(both.originalLanguage()).isEqualTo(canonical);
      assertThat(both.original()).isEqualTo(accepted.original());
      assertThat(LocalizedText.of(canonical, Map.copyOf(both.texts()))).isEqualTo(both);
    } catch (CoplanException refused) {
      assertCodes(refused, TAG_CODES, TEXT_CODES);
    }
    try {
      LocalizedText mapped = LocalizedText.of(tag, Map.of(tag, text, other, text));
      assertThat(mapped.originalLanguage()).isEqualTo(canonical);
    } catch (CoplanException refused) {
      assertCodes(refused, TAG_CODES, TEXT_CODES);
    } catch (IllegalArgumentException sameKeyTwice) {
      // Map.of refuses equal keys itself: the harness's own input, not Coplan's
      assertThat(tag).isEqualTo(other);
    }
  }

  private static void checkText(String text, int limit, boolean multiLine) {
    String accepted;
    try {
      accepted = Texts.check("t", text, limit, multiLine);
    } catch (CoplanException refused) {
      assertThat(refused).isInstanceOf(InvalidInputException.class);
      assertThat(((InvalidInputException) refused).violations())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.path()).isEqualTo("t");
                assertThat(v.code()).isIn(TEXT_CODES);
              });
      return;
    }
    assertThat(accepted).isNotEmpty();
    assertThat(Normalizer.isNormalized(accepted, Normalizer.Form.NFC)).as("NFC").isTrue();
    assertThat(accepted.codePointCount(0, accepted.length())).isLessThanOrEqualTo(limit);
    assertThat(isSpace(accepted.codePointAt(0))).as("leading space").isFalse();
    assertThat(isSpace(accepted.codePointBefore(accepted.length()))).as("trailing space").isFalse();
    accepted
        .chars()
        .forEach(
            c -> {
              assertThat(
                      Character.isISOControl(c)
                          && !(multiLine && (c == '\n' || c == '\r' || c == '\t')))
                  .as("control U+%04X", c)
                  .isFalse();
              assertThat(Character.isSurrogate((char) c) && !isPaired(accepted, c)).isFalse();
            });
    assertThat(Texts.check("t", accepted, limit, multiLine))
        .as("accepted again unchanged")
        .isEqualTo(accepted);
    assertThat(SearchFolding.fold(accepted))
        .as("accepted text folds to something a search finds")
        .isNotEmpty();
  }

  private static boolean isPaired(String s, int unit) {
    // every surrogate of an accepted text is part of a pair: its code points are all valid
    return s.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
  }

  private static void assertFolded(String folded) {
    if (folded.isEmpty()) {
      return;
    }
    assertThat(isSpace(folded.codePointAt(0))).as("folded text is trimmed").isFalse();
    assertThat(isSpace(folded.codePointBefore(folded.length())))
        .as("folded text is trimmed")
        .isFalse();
    assertThat(folded).doesNotContain("  ");
    folded
        .codePoints()
        .forEach(
            cp ->
                assertThat(Character.getType(cp))
                    .as("combining mark U+%04X", cp)
                    .isNotEqualTo((int) Character.NON_SPACING_MARK));
    folded
        .codePoints()
        .forEach(
            cp ->
                assertThat(Texts.isDefaultIgnorable(cp))
                    .as("default-ignorable U+%04X", cp)
                    .isFalse());
    assertThat(SearchFolding.fold(folded)).as("folding again changes nothing").isEqualTo(folded);
  }

  private static void assertCodes(
      CoplanException refused, Set<String> tagCodes, Set<String> textCodes) {
    assertThat(refused).isInstanceOf(InvalidInputException.class);
    assertThat(((InvalidInputException) refused).violations())
        .allSatisfy(
            v ->
                assertThat(v.code())
                    .isIn(
                        v.path().equals("language")
                                || v.path().equals("original")
                                || v.code().equals(Violation.DUPLICATE)
                            ? union(tagCodes, textCodes)
                            : textCodes));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF;
  }
}

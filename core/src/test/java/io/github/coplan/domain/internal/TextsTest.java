package io.github.coplan.domain.internal;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.error.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

  @Test
  void aLineIsTrimmedAndNormalised() {
    assertThat(Texts.line("title", "  Hồ Chí Minh\u3000")).isEqualTo("Hồ Chí Minh");
    assertThat(Texts.line("title", "Ho\u0302\u0300 Chi\u0301 Minh")).isEqualTo("Hồ Chí Minh");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb", "a\rb", "a\tb", "a\r\nb"})
  void aLineRefusesLineBreaksAndTabs(String text) {
    violation(() -> Texts.line("title", text), "title", Violation.CONTROL_CHARACTER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb", "a\rb", "a\tb", "a\r\nb"})
  void multiLineTextKeepsLineBreaksAndTabs(String text) {
    assertThat(Texts.check("description", text, Texts.PARAGRAPH_LIMIT, true)).isEqualTo(text);
  }

  @Test
  void limitsAreCountedInCodePointsAfterTrimming() {
    assertThat(Texts.line("t", "😀".repeat(Texts.LINE_LIMIT))).hasSize(2 * Texts.LINE_LIMIT);
    violation(() -> Texts.line("t", "😀".repeat(Texts.LINE_LIMIT + 1)), "t", Violation.TOO_LONG);
    assertThat(
            Texts.check(
                "code", "  " + "x".repeat(Texts.TOKEN_LIMIT) + "  ", Texts.TOKEN_LIMIT, false))
        .hasSize(Texts.TOKEN_LIMIT);
    violation(
        () -> Texts.check("code", "x".repeat(Texts.TOKEN_LIMIT + 1), Texts.TOKEN_LIMIT, false),
        "code",
        Violation.TOO_LONG);
  }

  @Test
  void absurdlyLongTextIsRefusedWithoutEchoingIt() {
    String huge = "a".repeat(5_000_000);

    assertThat(invalidInput(() -> Texts.check("d", huge, Texts.PARAGRAPH_LIMIT, true)).getMessage())
        .hasSizeLessThan(200);
    violation(() -> Texts.check("d", huge, Texts.PARAGRAPH_LIMIT, true), "d", Violation.TOO_LONG);
  }

  @Test
  void everyRuleReportsOnThePathGiven() {
    violation(() -> Texts.line("a.b[2]", null), "a.b[2]", Violation.REQUIRED);
    violation(() -> Texts.line("a.b[2]", "\u3000"), "a.b[2]", Violation.BLANK);
    violation(() -> Texts.line("a.b[2]", "x\u0000"), "a.b[2]", Violation.CONTROL_CHARACTER);
    violation(() -> Texts.line("a.b[2]", "x\uD800"), "a.b[2]", Violation.UNPAIRED_SURROGATE);
  }

  @Test
  void spaceIsUnicodeWhiteSpace() {
    for (int cp : new int[] {' ', '\t', '\n', 0x00A0, 0x3000, 0x2003, 0x2028, 0xFEFF, 0x1680}) {
      assertThat(Texts.isSpace(cp)).as("U+%04X", cp).isTrue();
    }
    for (int cp : new int[] {'a', '0', 0x05D0, 0x1F600, 0x200B}) {
      assertThat(Texts.isSpace(cp)).as("U+%04X", cp).isFalse();
    }
  }

  /**
   * Unicode's Default_Ignorable_Code_Point ranges (DerivedCoreProperties.txt, Unicode 15.1), first
   * and last.
   */
  private static final int[][] DEFAULT_IGNORABLE = {
    {0x00AD, 0x00AD},
    {0x034F, 0x034F},
    {0x061C, 0x061C},
    {0x115F, 0x1160},
    {0x17B4, 0x17B5},
    {0x180B, 0x180F},
    {0x200B, 0x200F},
    {0x202A, 0x202E},
    {0x2060, 0x206F},
    {0x3164, 0x3164},
    {0xFE00, 0xFE0F},
    {0xFEFF, 0xFEFF},
    {0xFFA0, 0xFFA0},
    {0xFFF0, 0xFFF8},
    {0x1BCA0, 0x1BCA3},
    {0x1D173, 0x1D17A},
    {0xE0000, 0xE0FFF}
  };

  @Test
  void defaultIgnorableIsExactlyUnicodesSet() {
    int count = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = false;
      for (int[] range : DEFAULT_IGNORABLE) {
        expected |= cp >= range[0] && cp <= range[1];
      }
      assertThat(Texts.isDefaultIgnorable(cp)).as("U+%04X", cp).isEqualTo(expected);
      count += expected ? 1 : 0;
    }
    assertThat(count).isEqualTo(4174);
    assertThat(Texts.isDefaultIgnorable(-1)).isFalse();
    assertThat(Texts.isDefaultIgnorable(0)).isFalse();
  }

  @Test
  void everyDefaultIgnorableCodePointAloneIsBlank() {
    for (int[] range : DEFAULT_IGNORABLE) {
      for (int cp = range[0]; cp <= range[1]; cp++) {
        String text = Character.toString(cp);
        violation(() -> Texts.line("t", text), "t", Violation.BLANK);
        violation(
            () -> Texts.check("t", " " + text + "\n" + text, Texts.PARAGRAPH_LIMIT, true),
            "t",
            Violation.BLANK);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u200B",
        "\u200C",
        "\u200D",
        "\u2060",
        "\uFEFF",
        "\u00AD",
        "\u034F",
        "\u115F\u1160",
        "\u17B4\u17B5",
        "\u180B\u180E\u180F",
        "\u3164",
        "\uFE00\uFE0F",
        "\uFFA0",
        "\uD82F\uDCA0",
        "\uD834\uDD73\uD834\uDD7A",
        "\uDB40\uDC01\uDB40\uDC7F",
        " \u200B\u3000\u200D\u00A0",
        "\u200B \u200B",
        "\u0301\u0301",
        "\u0301",
        "\u20DD",
        "\u0903",
        "\u0BCD\u0BBE",
        "\u00B4",
        "\u02D8\u00A8 \u00B8",
        "\u309B",
        "\u200E",
        "\u202E\u202C",
        "\u2066\u2069",
        "\u061C",
        "\u200B\u0301\uFE0F"
      })
  void textWithNothingVisibleIsBlank(String invisible) {
    violation(() -> Texts.line("title", invisible), "title", Violation.BLANK);
    violation(
        () -> Texts.check("description", invisible, Texts.PARAGRAPH_LIMIT, true),
        "description",
        Violation.BLANK);
    violation(
        () -> Texts.check("code", invisible, Texts.TOKEN_LIMIT, false), "code", Violation.BLANK);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "می\u200Cخواهم",
        "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
        "I \u2764\uFE0F Sài Gòn",
        "Inno\u00ADvation",
        "Đổi\u200Bmới",
        "\u200BĐổi mới",
        "Đổi mới\u2060",
        "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F",
        "\u0915\u0903",
        "a\u0301",
        "\u0301a",
        "´a",
        "x",
        "\uD83D\uDE00",
        "\uFB01"
      })
  void invisibleCodePointsBesideVisibleOnesAreKept(String text) {
    assertThat(Texts.line("title", text))
        .isEqualTo(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
  }

  @Test
  void aBidirectionalControlBesideVisibleTextIsAControlCharacterAtItsIndex() {
    assertThat(invalidInput(() -> Texts.line("t", "\u202Ea\u202C")).violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("t");
              assertThat(v.code()).isEqualTo(Violation.CONTROL_CHARACTER);
              assertThat(v.message()).isEqualTo("text holds control character U+202E at index 0");
            });
    assertThat(
            invalidInput(() -> Texts.line("t", "\u200B\u200Ea\u2066"))
                .violations()
                .get(0)
                .message())
        .isEqualTo("text holds control character U+200E at index 1");
    assertThat(
            invalidInput(() -> Texts.line("t", "\uD83D\uDE00\u061C")).violations().get(0).message())
        .isEqualTo("text holds control character U+061C at index 2");
  }

  @Test
  void otherControlCharactersAreRefusedBeforeBlankness() {
    violation(() -> Texts.line("t", "\t"), "t", Violation.CONTROL_CHARACTER);
    violation(() -> Texts.line("t", " \n "), "t", Violation.CONTROL_CHARACTER);
    violation(() -> Texts.line("t", "\u200B\u0000"), "t", Violation.CONTROL_CHARACTER);
    violation(() -> Texts.line("t", "\u0000"), "t", Violation.CONTROL_CHARACTER);
    violation(() -> Texts.line("t", "\u202E\u0007"), "t", Violation.CONTROL_CHARACTER);
    assertThat(invalidInput(() -> Texts.line("t", "\u202E\u0007")).violations().get(0).message())
        .isEqualTo("text holds control character U+0007 at index 1");
    violation(
        () -> Texts.check("t", " \t\n\r ", Texts.PARAGRAPH_LIMIT, true), "t", Violation.BLANK);
    violation(() -> Texts.line("t", "\u200B\uD800"), "t", Violation.UNPAIRED_SURROGATE);
    violation(() -> Texts.line("t", "\u200B\uDC00\u200B"), "t", Violation.UNPAIRED_SURROGATE);
  }

  @Test
  void blankTextSaysSo() {
    assertThat(invalidInput(() -> Texts.line("t", "\u200D")).violations().get(0).message())
        .isEqualTo("text is blank: nothing in it is visible");
  }
}

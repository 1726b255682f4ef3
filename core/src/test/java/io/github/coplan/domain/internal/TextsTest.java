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
    assertThat(Texts.check("code", "  " + "x".repeat(Texts.TOKEN_LIMIT) + "  ", Texts.TOKEN_LIMIT, false))
        .hasSize(Texts.TOKEN_LIMIT);
    violation(() -> Texts.check("code", "x".repeat(Texts.TOKEN_LIMIT + 1), Texts.TOKEN_LIMIT, false), "code", Violation.TOO_LONG);
  }

  @Test
  void absurdlyLongTextIsRefusedWithoutEchoingIt() {
    String huge = "a".repeat(5_000_000);

    assertThat(invalidInput(() -> Texts.check("d", huge, Texts.PARAGRAPH_LIMIT, true)).getMessage()).hasSizeLessThan(200);
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
}

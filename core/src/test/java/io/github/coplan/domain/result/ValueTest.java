package io.github.coplan.domain.result;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.LocalizedText;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The typed values: how quantities, ratios and scores are read and checked, their limits, the
 * number each stands for, and their text.
 */
class ValueTest {

  private static final String MALFORMED_TAIL =
      "\" is not a number: write digits with an optional sign and decimal point, and leave a value"
          + " that is not known unreported rather than writing it in";

  private static final String DIGITS =
      "a number has at most 15 digits before the point and 6 after it, not ";

  // ---- the limits ------------------------------------------------------------------------------

  @Test
  void theLimitsAreFifteenDigitsBeforeThePointSixAfterItAndScoresToAThousand() {
    assertThat(Value.INTEGER_DIGITS).isEqualTo(15);
    assertThat(Value.FRACTION_DIGITS).isEqualTo(6);
    assertThat(Value.MAX_SCORE).isEqualTo(1000);
  }

  // ---- quantities read from text ---------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "42, 42, 0",
    "2.50, 2.5, 1",
    "2.5, 2.5, 1",
    "100, 100, 0",
    "-3.5, -3.5, 1",
    "+7, 7, 0",
    "007, 7, 0",
    "0, 0, 0",
    "0.000, 0, 0",
    "-0, 0, 0",
    "10.000, 10, 0",
    "0.000001, 0.000001, 6",
    "123456789012345, 123456789012345, 0",
    "999999999999999.999999, 999999999999999.999999, 6",
    "-999999999999999.999999, -999999999999999.999999, 6",
    "123456789012345.5, 123456789012345.5, 1",
    "100000000000000, 100000000000000, 0",
    "1.0000000, 1, 0",
    "000000000000000000001, 1, 0"
  })
  void aQuantityIsReadWithoutTrailingZerosAndWithoutAnExponent(
      String text, String plain, int scale) {
    Value.Quantity q = Value.quantity(text);

    assertThat(q.amount().toString()).isEqualTo(plain);
    assertThat(q.amount().toPlainString()).isEqualTo(plain);
    assertThat(q.amount().scale()).isEqualTo(scale);
    assertThat(q.amount()).isEqualTo(new BigDecimal(plain));
    assertThat(q.number()).isEqualTo(new BigDecimal(plain));
    assertThat(q.toString()).isEqualTo(plain);
  }

  @Test
  void twoPointFiftyAndTwoPointFiveAreTheSameQuantity() {
    assertThat(Value.quantity("2.50")).isEqualTo(Value.quantity("2.5"));
    assertThat(Value.quantity("2.50").amount()).isEqualTo(new BigDecimal("2.5"));
    assertThat(Value.quantity("100").amount()).isEqualTo(new BigDecimal("100"));
    assertThat(Value.quantity("100").toString()).isEqualTo("100");
    assertThat(Value.quantity("0.000")).isEqualTo(Value.quantity(0));
  }

  @Test
  void spaceAroundTheNumberIsDropped() {
    assertThat(Value.quantity("  12.30 \t").amount()).isEqualTo(new BigDecimal("12.3"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "N/A",
        "",
        " ",
        "1e5",
        "1E5",
        "1,5",
        "NaN",
        "+",
        "-",
        "1.",
        ".5",
        "unknown",
        "1 000",
        "0x10",
        "--1",
        "+-1",
        "Infinity",
        "1.2.3",
        "١٢",
        "½"
      })
  void anythingButDigitsWithAnOptionalSignAndPointIsMalformed(String text) {
    assertThat(invalidInput(() -> Value.quantity(text)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("amount", Violation.MALFORMED, "\"" + text.strip() + MALFORMED_TAIL));
  }

  @Test
  void aMalformedTextOfFortyCharactersIsShownWholeAndALongerOneCut() {
    String forty = "x".repeat(40);
    String fortyOne = "y".repeat(41);

    assertThat(invalidInput(() -> Value.quantity(forty)).violations())
        .extracting(Violation::message)
        .containsExactly("\"" + forty + MALFORMED_TAIL);
    assertThat(invalidInput(() -> Value.quantity(fortyOne)).violations())
        .extracting(Violation::message)
        .containsExactly("\"" + "y".repeat(40) + "…" + MALFORMED_TAIL);
    assertThat(invalidInput(() -> Value.quantity("  " + forty + "  ")).violations())
        .extracting(Violation::message)
        .containsExactly("\"" + forty + MALFORMED_TAIL);
  }

  @Test
  void aMissingQuantityIsRequired() {
    assertThat(invalidInput(() -> Value.quantity((String) null)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("amount", Violation.REQUIRED, "a number is required"));
  }

  @ParameterizedTest
  @CsvSource({
    "1234567890123456, 1234567890123456",
    "1000000000000000, 1000000000000000",
    "-1000000000000000, -1000000000000000",
    "0.0000001, 0.0000001",
    "1.1234567, 1.1234567",
    "123456789012345.1234567, 123456789012345.1234567",
    "100000000000000000000, 100000000000000000000"
  })
  void aQuantityWithSixteenDigitsBeforeThePointOrSevenAfterItIsOutOfRange(
      String text, String shown) {
    assertThat(invalidInput(() -> Value.quantity(text)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("amount", Violation.OUT_OF_RANGE, DIGITS + shown));
  }

  @Test
  void theDigitsAreCountedWithoutTrailingZeros() {
    assertThat(Value.quantity("1.5000000000").amount()).isEqualTo(new BigDecimal("1.5"));
    assertThat(Value.quantity("123456789012345.000000000").amount())
        .isEqualTo(new BigDecimal("123456789012345"));
  }

  // ---- quantities from numbers -----------------------------------------------------------------

  @Test
  void aQuantityOfALongIsThatAmount() {
    assertThat(Value.quantity(42).amount()).isEqualTo(new BigDecimal("42"));
    assertThat(Value.quantity(100).amount().scale()).isZero();
    assertThat(Value.quantity(100).toString()).isEqualTo("100");
    assertThat(Value.quantity(-5).amount()).isEqualTo(new BigDecimal("-5"));
    assertThat(Value.quantity(0).amount()).isSameAs(BigDecimal.ZERO);
    assertThat(Value.quantity(999_999_999_999_999L).amount())
        .isEqualTo(new BigDecimal("999999999999999"));
  }

  @Test
  void aQuantityOfALongOfSixteenDigitsIsOutOfRange() {
    assertThat(invalidInput(() -> Value.quantity(1_000_000_000_000_000L)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("amount", Violation.OUT_OF_RANGE, DIGITS + "1000000000000000"));
  }

  @Test
  void theCanonicalConstructorChecksAndStripsTheAmount() {
    assertThat(new Value.Quantity(new BigDecimal("3.1400")).amount())
        .isEqualTo(new BigDecimal("3.14"));
    assertThat(new Value.Quantity(new BigDecimal("1E+3")).amount())
        .isEqualTo(new BigDecimal("1000"));
    assertThat(new Value.Quantity(new BigDecimal("0E+5")).amount()).isSameAs(BigDecimal.ZERO);
    assertThat(new Value.Quantity(new BigDecimal("0.00")).amount()).isSameAs(BigDecimal.ZERO);
    assertThat(invalidInput(() -> new Value.Quantity(null)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("amount", Violation.REQUIRED, "a number is required"));
    violation(() -> new Value.Quantity(new BigDecimal("1E+15")), "amount", Violation.OUT_OF_RANGE);
    violation(() -> new Value.Quantity(new BigDecimal("1E-7")), "amount", Violation.OUT_OF_RANGE);
    assertThat(new Value.Quantity(new BigDecimal("1E+14")).amount().toString())
        .isEqualTo("100000000000000");
    assertThat(new Value.Quantity(new BigDecimal("1E-6")).amount().toString())
        .isEqualTo("0.000001");
  }

  // ---- ratios ----------------------------------------------------------------------------------

  @Test
  void aRatioIsReadFromItsNumeratorAndDenominator() {
    Value.Ratio r = Value.ratio("3.0", "10");

    assertThat(r.numerator()).isEqualTo(new BigDecimal("3"));
    assertThat(r.denominator()).isEqualTo(new BigDecimal("10"));
    assertThat(r.number()).isEqualTo(new BigDecimal("30"));
    assertThat(r.toString()).isEqualTo("3/10");
    assertThat(r).isEqualTo(Value.ratio(3, 10));
  }

  @Test
  void theNumberOfARatioIsItsPercentage() {
    assertThat(Value.ratio(1, 4).number()).isEqualTo(new BigDecimal("25"));
    assertThat(Value.ratio(1, 8).number()).isEqualTo(new BigDecimal("12.5"));
    assertThat(Value.ratio(1, 3).number()).isEqualTo(new BigDecimal("33.33333333333333"));
    assertThat(Value.ratio(2, 3).number()).isEqualTo(new BigDecimal("66.66666666666667"));
    assertThat(Value.ratio(5, 5).number()).isEqualTo(new BigDecimal("100"));
    assertThat(Value.ratio(5, 5).number().scale()).isZero();
    assertThat(Value.ratio(3, 1).number()).isEqualTo(new BigDecimal("300"));
    assertThat(Value.ratio(0, 7).number()).isSameAs(BigDecimal.ZERO);
    assertThat(Value.ratio("1.5", "0.5").number()).isEqualTo(new BigDecimal("300"));
    assertThat(Value.ratio("0.1", "1000").number()).isEqualTo(new BigDecimal("0.01"));
  }

  @Test
  void aNumeratorOfZeroIsAcceptedAndOneBelowRefused() {
    assertThat(Value.ratio(0, 1).numerator()).isSameAs(BigDecimal.ZERO);
    assertThat(Value.ratio("0", "1").toString()).isEqualTo("0/1");
    assertThat(invalidInput(() -> Value.ratio(-1, 10)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("numerator", Violation.OUT_OF_RANGE, "a numerator is not below zero"));
    violation(() -> Value.ratio("-0.5", "10"), "numerator", Violation.OUT_OF_RANGE);
  }

  @Test
  void aDenominatorOfZeroIsRefusedAndOneAccepted() {
    assertThat(Value.ratio(1, 1).denominator()).isEqualTo(BigDecimal.ONE);
    assertThat(Value.ratio("1", "0.000001").denominator()).isEqualTo(new BigDecimal("0.000001"));
    assertThat(invalidInput(() -> Value.ratio(1, 0)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("denominator", Violation.OUT_OF_RANGE, "a denominator is above zero"));
    violation(() -> Value.ratio(1, -1), "denominator", Violation.OUT_OF_RANGE);
    violation(() -> Value.ratio("1", "0.000"), "denominator", Violation.OUT_OF_RANGE);
  }

  @Test
  void aNegativeNumeratorAndADenominatorOfZeroAreBothListed() {
    assertThat(invalidInput(() -> Value.ratio(-1, 0)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("numerator", Violation.OUT_OF_RANGE, "a numerator is not below zero"),
            tuple("denominator", Violation.OUT_OF_RANGE, "a denominator is above zero"));
    violations(
        () -> Value.ratio("-2", "-3"),
        tuple("numerator", Violation.OUT_OF_RANGE),
        tuple("denominator", Violation.OUT_OF_RANGE));
  }

  @Test
  void whatIsWrongWithBothTextsIsListed() {
    assertThat(invalidInput(() -> Value.ratio("x", "0")).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("numerator", Violation.MALFORMED, "\"x" + MALFORMED_TAIL),
            tuple("denominator", Violation.OUT_OF_RANGE, "a denominator is above zero"));
    violations(
        () -> Value.ratio("-1", "N/A"),
        tuple("denominator", Violation.MALFORMED),
        tuple("numerator", Violation.OUT_OF_RANGE));
    violations(
        () -> Value.ratio("-1", null),
        tuple("denominator", Violation.REQUIRED),
        tuple("numerator", Violation.OUT_OF_RANGE));
    violations(
        () -> Value.ratio("1.1234567", "-1"),
        tuple("numerator", Violation.OUT_OF_RANGE),
        tuple("denominator", Violation.OUT_OF_RANGE));
    assertThat(invalidInput(() -> Value.ratio("x", "y")).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("numerator", Violation.MALFORMED, "\"x" + MALFORMED_TAIL),
            tuple("denominator", Violation.MALFORMED, "\"y" + MALFORMED_TAIL));
    violations(
        () -> Value.ratio(null, null),
        tuple("numerator", Violation.REQUIRED),
        tuple("denominator", Violation.REQUIRED));
    violations(
        () -> Value.ratio("1.1234567", "1234567890123456"),
        tuple("numerator", Violation.OUT_OF_RANGE),
        tuple("denominator", Violation.OUT_OF_RANGE));
    violation(() -> Value.ratio("3", "N/A"), "denominator", Violation.MALFORMED);
    violation(() -> Value.ratio(null, "3"), "numerator", Violation.REQUIRED);
  }

  @Test
  void theCanonicalRatioChecksBothNumbers() {
    Value.Ratio r = new Value.Ratio(new BigDecimal("3.00"), new BigDecimal("1E+1"));

    assertThat(r.numerator()).isEqualTo(new BigDecimal("3"));
    assertThat(r.denominator()).isEqualTo(new BigDecimal("10"));
    violation(() -> new Value.Ratio(null, BigDecimal.ONE), "numerator", Violation.REQUIRED);
    violation(() -> new Value.Ratio(BigDecimal.ONE, null), "denominator", Violation.REQUIRED);
    violation(
        () -> new Value.Ratio(BigDecimal.ONE, new BigDecimal("1E+15")),
        "denominator",
        Violation.OUT_OF_RANGE);
    violations(
        () -> new Value.Ratio(null, null),
        tuple("numerator", Violation.REQUIRED),
        tuple("denominator", Violation.REQUIRED));
    assertThat(invalidInput(() -> new Value.Ratio(null, BigDecimal.ZERO)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("numerator", Violation.REQUIRED, "a number is required"),
            tuple("denominator", Violation.OUT_OF_RANGE, "a denominator is above zero"));
    assertThat(
            invalidInput(() -> new Value.Ratio(BigDecimal.ONE.negate(), new BigDecimal("1E-7")))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("denominator", Violation.OUT_OF_RANGE, DIGITS + "0.0000001"),
            tuple("numerator", Violation.OUT_OF_RANGE, "a numerator is not below zero"));
  }

  // ---- scores ----------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"0, 0", "1, 1", "999, 999", "1000, 1000", "+5, 5", "007, 7", "3.0, 3", " 4 , 4"})
  void aScoreIsAWholeNumberFromZeroToAThousand(String text, int level) {
    Value.Score s = Value.score(text);

    assertThat(s.level()).isEqualTo(level);
    assertThat(s.number()).isEqualTo(BigDecimal.valueOf(level));
    assertThat(s.toString()).isEqualTo(Integer.toString(level));
    assertThat(s).isEqualTo(new Value.Score(level));
  }

  @ParameterizedTest
  @CsvSource({"1001, 1001", "-1, -1", "1.5, 1.5", "0.000001, 0.000001", "99999, 99999"})
  void aScoreOutsideZeroToAThousandOrWithAFractionIsOutOfRange(String text, String shown) {
    assertThat(invalidInput(() -> Value.score(text)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "level",
                Violation.OUT_OF_RANGE,
                "a score is a whole number from 0 to 1000, not " + shown));
  }

  @Test
  void aScoreTextIsCheckedAsANumberFirst() {
    violation(() -> Value.score(null), "level", Violation.REQUIRED);
    violation(() -> Value.score("high"), "level", Violation.MALFORMED);
    violation(() -> Value.score("1e2"), "level", Violation.MALFORMED);
    violation(() -> Value.score("1.1234567"), "level", Violation.OUT_OF_RANGE);
    violation(() -> Value.score("1234567890123456"), "level", Violation.OUT_OF_RANGE);
  }

  @Test
  void theCanonicalScoreIsFromZeroToAThousand() {
    assertThat(new Value.Score(0).level()).isZero();
    assertThat(new Value.Score(1000).level()).isEqualTo(1000);
    assertThat(new Value.Score(1000).number()).isEqualTo(new BigDecimal("1000"));
    assertThat(invalidInput(() -> new Value.Score(-1)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("level", Violation.OUT_OF_RANGE, "a score is from 0 to 1000, not -1"));
    assertThat(invalidInput(() -> new Value.Score(1001)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("level", Violation.OUT_OF_RANGE, "a score is from 0 to 1000, not 1001"));
  }

  // ---- narratives ------------------------------------------------------------------------------

  @Test
  void aNarrativeHasTextAndNoNumber() {
    LocalizedText text = LocalizedText.of("en", "Two ministries signed").with("vi", "Hai bộ ký");
    Value.Narrative n = Value.narrative(text);

    assertThat(n.text()).isEqualTo(text);
    assertThat(n.number()).isNull();
    assertThat(n.toString()).isEqualTo("Two ministries signed");
    assertThat(n).isEqualTo(new Value.Narrative(text));
  }

  @Test
  void aNarrativeIsOneLineOfText() {
    assertThat(invalidInput(() -> Value.narrative(null)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("text", Violation.REQUIRED, "a value is required"));
    violation(
        () -> Value.narrative(LocalizedText.of("en", "one\ntwo")),
        "text.en",
        Violation.CONTROL_CHARACTER);
    violation(
        () -> Value.narrative(LocalizedText.of("en", "fine").with("vi", "một\nhai")),
        "text.vi",
        Violation.CONTROL_CHARACTER);
  }

  // ---- the arithmetic behind them --------------------------------------------------------------

  @Test
  void theArithmeticKeepsSixteenSignificantDigitsAndNoTrailingZeros() {
    assertThat(Arithmetic.divide(BigDecimal.ONE, BigDecimal.valueOf(3)))
        .isEqualTo(new BigDecimal("0.3333333333333333"));
    assertThat(Arithmetic.divide(BigDecimal.TEN, new BigDecimal("0.5")))
        .isEqualTo(new BigDecimal("20"));
    assertThat(Arithmetic.divide(BigDecimal.valueOf(6), BigDecimal.valueOf(4)))
        .isEqualTo(new BigDecimal("1.5"));
    assertThat(Arithmetic.divide(BigDecimal.ZERO, BigDecimal.valueOf(4))).isSameAs(BigDecimal.ZERO);
    assertThat(Arithmetic.percent(BigDecimal.ONE, BigDecimal.valueOf(2)))
        .isEqualTo(new BigDecimal("50"));
    assertThat(Arithmetic.plain(new BigDecimal("1E+3")).toString()).isEqualTo("1000");
    assertThat(Arithmetic.plain(new BigDecimal("2.500"))).isEqualTo(new BigDecimal("2.5"));
    assertThat(Arithmetic.plain(new BigDecimal("0.000"))).isSameAs(BigDecimal.ZERO);
    assertThat(Arithmetic.plain(new BigDecimal("-7"))).isEqualTo(new BigDecimal("-7"));
    assertThat(Arithmetic.text(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Arithmetic.text(new BigDecimal("0.25"))).isEqualTo("0.25");
  }

  // ---- the kinds -------------------------------------------------------------------------------

  @Test
  void everyKindIsAValue() {
    Map<Value, String> shown =
        Map.of(
            Value.quantity(3), "3",
            Value.ratio(1, 2), "1/2",
            Value.score("2"), "2",
            Value.narrative(LocalizedText.of("en", "Done")), "Done");

    shown.forEach((value, text) -> assertThat(value.toString()).isEqualTo(text));
  }
}

package io.github.coplan.domain.shared;

import static io.github.coplan.testing.Expect.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.error.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateSpanTest {

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2018/2021",
        "2018-11/..",
        "2018-Q4",
        "2018-11~/2019-H1?",
        "2018-11-15",
        "2018-11/2018",
        "2018-12-31/2018-12",
        "0001/9999",
        "2018%/.."
      })
  void textFormParsesAndPrintsBackUnchanged(String text) {
    DateSpan span = DateSpan.parse(text);

    assertThat(span).hasToString(text);
    assertThat(DateSpan.parse(span.toString())).isEqualTo(span).hasSameHashCodeAs(span);
  }

  @Test
  void aSpanOfOneDateIsWrittenAsThatDateHoweverItWasMade() {
    assertThat(DateSpan.parse("2018-Q4/2018-Q4"))
        .hasToString("2018-Q4")
        .isEqualTo(DateSpan.parse("2018-Q4"));
    assertThat(DateSpan.of(PartialDate.parse("2018-11-15"))).hasToString("2018-11-15");
    assertThat(DateSpan.of(PartialDate.parse("2018-11"), PartialDate.parse("2018-11")))
        .hasToString("2018-11");
    assertThat(DateSpan.parse("2018-11/2018-11~")).hasToString("2018-11/2018-11~");
    assertThat(DateSpan.of(PartialDate.parse("2018-Q4")).earliestDay())
        .isEqualTo(LocalDate.of(2018, 10, 1));
    assertThat(DateSpan.of(PartialDate.parse("2018-Q4")).latestDay())
        .isEqualTo(LocalDate.of(2018, 12, 31));
  }

  @Test
  void aClosedSpanNeedsBothEnds() {
    violation(() -> DateSpan.of(PartialDate.parse("2018"), null), "end", Violation.REQUIRED);
    violation(() -> DateSpan.of(null, PartialDate.parse("2018")), "start", Violation.REQUIRED);
    violation(() -> DateSpan.of((PartialDate) null), "start", Violation.REQUIRED);
  }

  @Test
  void yearsSpanFromTheFirstDayOfTheStartToTheLastDayOfTheEnd() {
    DateSpan span = DateSpan.parse("2018/2021");

    assertThat(span.start()).isEqualTo(PartialDate.ofYear(2018));
    assertThat(span.end()).isEqualTo(PartialDate.ofYear(2021));
    assertThat(span.earliestDay()).isEqualTo(day("2018-01-01"));
    assertThat(span.latestDay()).isEqualTo(day("2021-12-31"));
    assertThat(span).isEqualTo(DateSpan.of(PartialDate.ofYear(2018), PartialDate.ofYear(2021)));
  }

  @Test
  void anOpenEndReachesTheLastRepresentableDay() {
    DateSpan span = DateSpan.parse("2018-11/..");

    assertThat(span.end()).isNull();
    assertThat(span.earliestDay()).isEqualTo(day("2018-11-01"));
    assertThat(span.latestDay()).isEqualTo(DateSpan.OPEN_END).isEqualTo(day("9999-12-31"));
    assertThat(span).isEqualTo(DateSpan.from(PartialDate.ofMonth(2018, 11)));
    assertThat(span).isNotEqualTo(DateSpan.parse("2018-11/9999"));
  }

  @Test
  void aSingleDateIsASpanOfItself() {
    DateSpan span = DateSpan.parse("2018-Q4");

    assertThat(span.start()).isEqualTo(PartialDate.ofQuarter(2018, 4));
    assertThat(span.end()).isEqualTo(PartialDate.ofQuarter(2018, 4));
    assertThat(span.earliestDay()).isEqualTo(day("2018-10-01"));
    assertThat(span.latestDay()).isEqualTo(day("2018-12-31"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021/2018",
        "2019-01-01/2018",
        "2018-11-16/2018-11-15",
        "2018-H2/2018-Q2",
        "9999/0001"
      })
  void anEndBeforeTheStartIsRefusedOnTheEnd(String text) {
    violation(() -> DateSpan.parse(text), "end", Violation.END_BEFORE_START);
  }

  @Test
  void ofRefusesAMissingStartAndAnEndBeforeTheStart() {
    violation(() -> DateSpan.of(null, PartialDate.ofYear(2018)), "start", Violation.REQUIRED);
    violation(
        () -> DateSpan.of(PartialDate.ofYear(2021), PartialDate.ofYear(2018)),
        "end",
        Violation.END_BEFORE_START);
    violation(() -> DateSpan.parse(null), "", Violation.REQUIRED);
  }

  @ParameterizedTest
  @CsvSource({
    "'',               start, malformed",
    "/2018,            start, malformed",
    "../2018,          start, malformed",
    "2018/,            end,   malformed",
    "2018/...,         end,   malformed",
    "2018/2019/2020,   end,   malformed",
    "2018 / 2019,      start, malformed",
    "2018-13/2019,     start, out-of-range",
    "2018/2019-02-30,  end,   out-of-range",
    "2018/0000,        end,   out-of-range",
    "2018/10000,       end,   out-of-range",
    "~2018/2019,       start, malformed",
  })
  void malformedPartsAreRefusedOnTheirPath(String text, String path, String code) {
    violation(() -> DateSpan.parse(text), path, code);
  }

  @Test
  void aCallerGivesThePathOfItsViolations() {
    violation(
        () -> DateSpan.parse("~2018-11/2019", "planned"), "planned.start", Violation.MALFORMED);
    violation(() -> DateSpan.parse("2018/10000", "planned"), "planned.end", Violation.OUT_OF_RANGE);
    violation(() -> DateSpan.parse("0000", "planned"), "planned.start", Violation.OUT_OF_RANGE);
    violation(
        () -> DateSpan.parse("2021/2018", "period"), "period.end", Violation.END_BEFORE_START);
    violation(() -> DateSpan.parse(null, "period"), "period", Violation.REQUIRED);
    assertThat(DateSpan.parse("2018-11~/..", "planned"))
        .isEqualTo(DateSpan.from(PartialDate.parse("2018-11~")));
  }

  @Test
  void overlapIsDecidedOnBoundaryDaysBothIncluded() {
    DateSpan q4 = DateSpan.parse("2018-Q4");

    assertThat(q4.overlaps(day("2018-12-31"), day("2019-01-10"))).isTrue();
    assertThat(q4.overlaps(day("2019-01-01"), day("2019-12-31"))).isFalse();
    assertThat(q4.overlaps(day("2018-01-01"), day("2018-10-01"))).isTrue();
    assertThat(q4.overlaps(day("2018-01-01"), day("2018-09-30"))).isFalse();
    assertThat(q4.overlaps(day("2018-11-01"), day("2018-11-01"))).isTrue();
    assertThat(q4.overlaps(day("2018-01-01"), day("2019-12-31"))).isTrue();

    DateSpan fromNovember = DateSpan.parse("2018-11/..");
    assertThat(fromNovember.overlaps(day("9999-12-31"), day("9999-12-31"))).isTrue();
    assertThat(fromNovember.overlaps(day("2018-10-01"), day("2018-10-31"))).isFalse();
    assertThat(fromNovember.overlaps(day("2018-10-01"), day("2018-11-01"))).isTrue();
  }
}

package io.github.coplan.domain.shared;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.PartialDate.Precision;
import io.github.coplan.domain.shared.PartialDate.Qualifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  static Stream<String> everyForm() {
    List<String> bases =
        List.of(
            "2018",
            "2018-H1",
            "2018-H2",
            "2018-Q1",
            "2018-Q2",
            "2018-Q3",
            "2018-Q4",
            "2018-11",
            "2018-11-15",
            "0001",
            "9999",
            "0001-01-01",
            "9999-12-31",
            "2020-02-29");
    return bases.stream().flatMap(b -> Stream.of(b, b + "~", b + "?", b + "%"));
  }

  @ParameterizedTest
  @MethodSource("everyForm")
  void everyFormParsesAndPrintsBackUnchanged(String text) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.toString()).isEqualTo(text);
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date).hasSameHashCodeAs(date);
  }

  @ParameterizedTest
  @CsvSource({
    "2018,       YEAR,      2018-01-01, 2018-12-31",
    "2018-H1,    HALF_YEAR, 2018-01-01, 2018-06-30",
    "2018-H2,    HALF_YEAR, 2018-07-01, 2018-12-31",
    "2018-Q1,    QUARTER,   2018-01-01, 2018-03-31",
    "2018-Q2,    QUARTER,   2018-04-01, 2018-06-30",
    "2018-Q3,    QUARTER,   2018-07-01, 2018-09-30",
    "2018-Q4,    QUARTER,   2018-10-01, 2018-12-31",
    "2018-11,    MONTH,     2018-11-01, 2018-11-30",
    "2018-12,    MONTH,     2018-12-01, 2018-12-31",
    "2018-11-15, DAY,       2018-11-15, 2018-11-15",
    "2020-02,    MONTH,     2020-02-01, 2020-02-29",
    "2019-02,    MONTH,     2019-02-01, 2019-02-28",
    "2100-02,    MONTH,     2100-02-01, 2100-02-28",
    "2000-02,    MONTH,     2000-02-01, 2000-02-29",
    "2020-Q1,    QUARTER,   2020-01-01, 2020-03-31",
    "2020-02-29, DAY,       2020-02-29, 2020-02-29",
    "0001,       YEAR,      0001-01-01, 0001-12-31",
    "9999-H2,    HALF_YEAR, 9999-07-01, 9999-12-31",
  })
  void earliestAndLatestDaysAreExact(
      String text, Precision precision, LocalDate earliest, LocalDate latest) {
    for (String suffix : List.of("", "~", "?", "%")) {
      PartialDate date = PartialDate.parse(text + suffix);

      assertThat(date.precision()).isEqualTo(precision);
      assertThat(date.earliestDay()).isEqualTo(earliest);
      assertThat(date.latestDay()).isEqualTo(latest);
      assertThat(date.contains(earliest)).isTrue();
      assertThat(date.contains(latest)).isTrue();
      assertThat(date.contains(earliest.minusDays(1))).isFalse();
      assertThat(date.contains(latest.plusDays(1))).isFalse();
    }
  }

  @Test
  void qualifiersAreReadAndCombined() {
    assertThat(PartialDate.parse("2018-11").qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(PartialDate.parse("2018-11~").qualifier()).isEqualTo(Qualifier.APPROXIMATE);
    assertThat(PartialDate.parse("2018-11?").qualifier()).isEqualTo(Qualifier.UNCERTAIN);
    assertThat(PartialDate.parse("2018-11%").qualifier())
        .isEqualTo(Qualifier.APPROXIMATE_AND_UNCERTAIN);

    PartialDate month = PartialDate.ofMonth(2018, 11);
    assertThat(month.approximate()).hasToString("2018-11~");
    assertThat(month.uncertain()).hasToString("2018-11?");
    assertThat(month.approximate().uncertain()).hasToString("2018-11%");
    assertThat(month.uncertain().approximate()).hasToString("2018-11%");
    assertThat(month.withQualifier(Qualifier.EXACT)).isSameAs(month);
    assertThat(month.approximate()).isNotEqualTo(month);
  }

  @Test
  void aMissingQualifierIsRequired() {
    violation(() -> PartialDate.ofYear(2018).withQualifier(null), "qualifier", Violation.REQUIRED);
  }

  @Test
  void factoriesMakeTheSameValuesAsTheTextForm() {
    assertThat(PartialDate.ofYear(2018)).isEqualTo(PartialDate.parse("2018"));
    assertThat(PartialDate.ofHalfYear(2018, 2)).isEqualTo(PartialDate.parse("2018-H2"));
    assertThat(PartialDate.ofQuarter(2018, 4)).isEqualTo(PartialDate.parse("2018-Q4"));
    assertThat(PartialDate.ofMonth(2018, 11)).isEqualTo(PartialDate.parse("2018-11"));
    assertThat(PartialDate.ofDay(LocalDate.of(2018, 11, 15)))
        .isEqualTo(PartialDate.parse("2018-11-15"));
  }

  @Test
  void ordersByEarliestDayThenLatestDayThenQualifier() {
    List<String> expected =
        List.of(
            "2018-01-01",
            "2018-01",
            "2018-Q1",
            "2018-H1",
            "2018",
            "2018~",
            "2018?",
            "2018%",
            "2018-H2",
            "2018-Q4",
            "2018-11",
            "2018-11-15",
            "2018-12-31",
            "2019");
    List<PartialDate> dates = new ArrayList<>(expected.stream().map(PartialDate::parse).toList());
    Collections.shuffle(dates, new Random(42));

    Collections.sort(dates);

    assertThat(dates).extracting(PartialDate::toString).containsExactlyElementsOf(expected);
  }

  @Test
  void compareToIsZeroExactlyWhenEqual() {
    List<PartialDate> dates = everyForm().map(PartialDate::parse).toList();
    for (PartialDate a : dates) {
      for (PartialDate b : dates) {
        assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      }
    }
  }

  @Test
  void nullIsRequired() {
    violation(() -> PartialDate.parse(null), "", Violation.REQUIRED);
    violation(() -> PartialDate.ofDay(null), "", Violation.REQUIRED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "18",
        "201",
        "2018-Q5",
        "2018-Q0",
        "2018-H3",
        "2018-H0",
        "2018-q4",
        "2018-h2",
        "2018-11-15~~",
        "2018~?",
        " 2018",
        "2018 ",
        "2018/2019",
        "2018-1",
        "2018-11-5",
        "2018-011",
        "2018-11-15T00:00",
        "-2018",
        "+2018",
        "2018-",
        "2018-11-",
        "2018-W45",
        "２０１８",
        "٢٠١٨",
        "2018\n",
        "2018-11-15~2",
        "20l8",
        "2018-Q4-01",
        "x2018"
      })
  void malformedTextIsRefused(String text) {
    violation(() -> PartialDate.parse(text), "", Violation.MALFORMED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0000",
        "0000-Q1",
        "2018-13",
        "2018-00",
        "2018-13-01",
        "2018-02-30",
        "2019-02-29",
        "2100-02-29",
        "2018-11-31",
        "2018-11-32",
        "2018-11-00",
        "0000-01-01~",
        "10000",
        "10000-01",
        "99999-12-31",
        "02018",
        "9999999999999999",
        "10000-Q1~"
      })
  void outOfRangeValuesAreRefused(String text) {
    violation(() -> PartialDate.parse(text), "", Violation.OUT_OF_RANGE);
  }

  @Test
  void yearsBelowAndAboveTheRangeAreRefusedAlike() {
    assertThat(invalidInput(() -> PartialDate.parse("0000")).violations())
        .singleElement()
        .satisfies(
            v -> assertThat(v.message()).isEqualTo("year must be between 1 and 9999, was 0"));
    assertThat(invalidInput(() -> PartialDate.parse("10000")).violations())
        .singleElement()
        .satisfies(
            v -> assertThat(v.message()).isEqualTo("year must be between 1 and 9999, was 10000"));
    assertThat(PartialDate.parse("9999").earliestDay()).isEqualTo(LocalDate.of(9999, 1, 1));
    assertThat(PartialDate.parse("0001").earliestDay()).isEqualTo(LocalDate.of(1, 1, 1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "~2018-11   | a qualifier ~, ? or % goes after the date, as in 2018-11~: ~2018-11",
        "?2019      | a qualifier ~, ? or % goes after the date, as in 2019?: ?2019",
        "%2018-Q4   | a qualifier ~, ? or % goes after the date, as in 2018-Q4%: %2018-Q4",
        "~2018-11~  | a qualifier ~, ? or % goes after the date, as in 2018-11~: ~2018-11~",
        "?November  | a qualifier ~, ? or % goes after the date, as in 2018-11~: ?November",
        "~          | a qualifier ~, ? or % goes after the date, as in 2018-11~: ~",
        "x2018      | not a partial date (YYYY, YYYY-H1, YYYY-Q4, YYYY-MM, YYYY-MM-DD, then optionally ~, ? or %): x2018",
      })
  void aQualifierBeforeTheDateIsRefusedSayingWhereItGoes(String text, String message) {
    assertThat(invalidInput(() -> PartialDate.parse(text)).violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEmpty();
              assertThat(v.code()).isEqualTo(Violation.MALFORMED);
              assertThat(v.message()).isEqualTo(message);
            });
  }

  @Test
  void aCallerGivesThePathOfItsViolations() {
    violation(
        () -> PartialDate.parse("~2018-11", "actualStart"), "actualStart", Violation.MALFORMED);
    violation(() -> PartialDate.parse("10000", "actualEnd"), "actualEnd", Violation.OUT_OF_RANGE);
    violation(() -> PartialDate.parse("0000", "actualEnd"), "actualEnd", Violation.OUT_OF_RANGE);
    violation(() -> PartialDate.parse(null, "signedOn"), "signedOn", Violation.REQUIRED);
    violation(
        () -> PartialDate.parse("2018-02-30", "planned.start"),
        "planned.start",
        Violation.OUT_OF_RANGE);
    violation(() -> PartialDate.parse("2018-02-30", ""), "", Violation.OUT_OF_RANGE);
    assertThat(PartialDate.parse("2018-11~", "actualStart"))
        .isEqualTo(PartialDate.parse("2018-11~"));
  }

  @Test
  void veryLongTextIsRefusedWithoutEchoingIt() {
    for (String text :
        List.of(
            "2018" + "~".repeat(100_000), "9".repeat(1_000_000), "2018-11-15" + " ".repeat(10))) {
      InvalidInputException e = invalidInput(() -> PartialDate.parse(text));

      assertThat(e.violations())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.path()).isEmpty();
                assertThat(v.code()).isEqualTo(Violation.MALFORMED);
              });
      assertThat(e.getMessage()).hasSizeLessThan(300);
    }
  }

  @Test
  void factoriesRefuseValuesOutOfRange() {
    violation(() -> PartialDate.ofYear(0), "", Violation.OUT_OF_RANGE);
    violation(() -> PartialDate.ofYear(10_000), "", Violation.OUT_OF_RANGE);
    violation(() -> PartialDate.ofHalfYear(2018, 3), "", Violation.OUT_OF_RANGE);
    violation(() -> PartialDate.ofQuarter(2018, 0), "", Violation.OUT_OF_RANGE);
    violation(() -> PartialDate.ofQuarter(2018, 5), "", Violation.OUT_OF_RANGE);
    violation(() -> PartialDate.ofMonth(2018, 13), "", Violation.OUT_OF_RANGE);
    violation(() -> PartialDate.ofDay(LocalDate.of(10_000, 1, 1)), "", Violation.OUT_OF_RANGE);
    violation(() -> PartialDate.ofDay(LocalDate.of(0, 12, 31)), "", Violation.OUT_OF_RANGE);
    violation(() -> PartialDate.ofDay(LocalDate.MIN), "", Violation.OUT_OF_RANGE);
  }

  static Stream<Arguments> sameBoundsDifferentValues() {
    return Stream.of(
        Arguments.of("2018", "2018~"),
        Arguments.of("2018-H2", "2018-07"),
        Arguments.of("2018-Q4", "2018-H2"));
  }

  @ParameterizedTest
  @MethodSource("sameBoundsDifferentValues")
  void differentFormsAreDifferentValues(String a, String b) {
    assertThat(PartialDate.parse(a)).isNotEqualTo(PartialDate.parse(b));
  }
}

package io.github.coplan.domain.activity;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StopTimeTest {

  /** IDT (UTC+3) until 02:00 on 2018-10-28, IST (UTC+2) after; IST to IDT on 2019-03-29. */
  private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");

  /** UTC+7 all year. */
  private static final ZoneId SAIGON = ZoneId.of("Asia/Ho_Chi_Minh");

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static LocalDateTime local(String text) {
    return LocalDateTime.parse(text);
  }

  @Test
  void theDayOfTheDaylightSavingChangeInJerusalemLastsTwentyFiveHours() {
    StopTime day = StopTime.parse("2018-10-28");

    assertThat(day.earliestStart(JERUSALEM)).isEqualTo(at("2018-10-27T21:00:00Z"));
    assertThat(day.latestStart(JERUSALEM)).isEqualTo(at("2018-10-28T21:59:59.999999999Z"));
    assertThat(day.earliestEnd(JERUSALEM)).isEqualTo(at("2018-10-27T21:00:00Z"));
    assertThat(day.latestEnd(JERUSALEM)).isEqualTo(at("2018-10-28T22:00:00Z"));
    assertThat(day.firstDay()).isEqualTo(PartialDate.parse("2018-10-28"));
    assertThat(day.lastDay()).isEqualTo(PartialDate.parse("2018-10-28"));
    assertThat(day.precise()).isFalse();
  }

  @Test
  void aMonthSpansFromItsFirstMidnightToTheMidnightAfterItsLastDay() {
    StopTime october = StopTime.parse("2018-10");

    assertThat(october.earliestStart(JERUSALEM)).isEqualTo(at("2018-09-30T21:00:00Z"));
    assertThat(october.latestStart(JERUSALEM)).isEqualTo(at("2018-10-31T21:59:59.999999999Z"));
    assertThat(october.earliestEnd(JERUSALEM)).isEqualTo(at("2018-09-30T21:00:00Z"));
    assertThat(october.latestEnd(JERUSALEM)).isEqualTo(at("2018-10-31T22:00:00Z"));
    assertThat(october.firstDay()).isEqualTo(PartialDate.parse("2018-10"));
    assertThat(october.lastDay()).isEqualTo(PartialDate.parse("2018-10"));
    assertThat(october.earliestStart(SAIGON)).isEqualTo(at("2018-09-30T17:00:00Z"));
    assertThat(october.latestEnd(SAIGON)).isEqualTo(at("2018-10-31T17:00:00Z"));
  }

  @Test
  void aSpanOfDaysStartsOnItsFirstDayAndEndsOnItsLast() {
    StopTime days = StopTime.on(DateSpan.parse("2018-11-12/2018-11-14"));

    assertThat(days.earliestStart(JERUSALEM)).isEqualTo(at("2018-11-11T22:00:00Z"));
    assertThat(days.latestStart(JERUSALEM)).isEqualTo(at("2018-11-12T21:59:59.999999999Z"));
    assertThat(days.earliestEnd(JERUSALEM)).isEqualTo(at("2018-11-13T22:00:00Z"));
    assertThat(days.latestEnd(JERUSALEM)).isEqualTo(at("2018-11-14T22:00:00Z"));
    assertThat(days.earliestStart(SAIGON)).isEqualTo(at("2018-11-11T17:00:00Z"));
    assertThat(days.latestStart(SAIGON)).isEqualTo(at("2018-11-12T16:59:59.999999999Z"));
    assertThat(days.earliestEnd(SAIGON)).isEqualTo(at("2018-11-13T17:00:00Z"));
    assertThat(days.latestEnd(SAIGON)).isEqualTo(at("2018-11-14T17:00:00Z"));
    assertThat(days.firstDay()).isEqualTo(PartialDate.parse("2018-11-12"));
    assertThat(days.lastDay()).isEqualTo(PartialDate.parse("2018-11-14"));
  }

  @Test
  void aSpanFromAMonthToADayKnowsItsLatestStartAndEarliestEndApart() {
    StopTime days = StopTime.parse("2018-11/2018-11-05");

    assertThat(days.latestStart(SAIGON)).isEqualTo(at("2018-11-30T16:59:59.999999999Z"));
    assertThat(days.earliestEnd(SAIGON)).isEqualTo(at("2018-11-04T17:00:00Z"));
    assertThat(days.firstDay()).isEqualTo(PartialDate.parse("2018-11"));
    assertThat(days.lastDay()).isEqualTo(PartialDate.parse("2018-11-05"));
  }

  @Test
  void timesAcrossTheNightTheClocksGoBackAreReadWithEachTimesOwnOffset() {
    StopTime night = StopTime.parse("2018-10-28T00:30/2018-10-28T03:00");

    assertThat(night.earliestStart(JERUSALEM)).isEqualTo(at("2018-10-27T21:30:00Z"));
    assertThat(night.latestStart(JERUSALEM)).isEqualTo(at("2018-10-27T21:30:00Z"));
    assertThat(night.earliestEnd(JERUSALEM)).isEqualTo(at("2018-10-28T01:00:00Z"));
    assertThat(night.latestEnd(JERUSALEM)).isEqualTo(at("2018-10-28T01:00:00Z"));
    assertThat(night.firstDay()).isEqualTo(PartialDate.parse("2018-10-28"));
    assertThat(night.lastDay()).isEqualTo(PartialDate.parse("2018-10-28"));
    assertThat(night.precise()).isTrue();
  }

  @Test
  void timesOnTheMorningAfterTheChangeAreTwoHoursAheadOfUtcAndSevenBehindSaigon() {
    StopTime morning = StopTime.between(local("2018-10-28T10:00"), local("2018-10-28T12:00"));

    assertThat(morning.earliestStart(JERUSALEM)).isEqualTo(at("2018-10-28T08:00:00Z"));
    assertThat(morning.latestEnd(JERUSALEM)).isEqualTo(at("2018-10-28T10:00:00Z"));
    assertThat(morning.earliestStart(SAIGON)).isEqualTo(at("2018-10-28T03:00:00Z"));
    assertThat(morning.latestStart(SAIGON)).isEqualTo(at("2018-10-28T03:00:00Z"));
    assertThat(morning.earliestEnd(SAIGON)).isEqualTo(at("2018-10-28T05:00:00Z"));
    assertThat(morning.latestEnd(SAIGON)).isEqualTo(at("2018-10-28T05:00:00Z"));
  }

  @Test
  void aTimeTheClocksRepeatIsReadAtTheEarlierOffsetAndExists() {
    StopTime.Times repeated =
        StopTime.between(local("2018-10-28T01:30"), local("2018-10-28T02:30"));

    assertThat(repeated.existsIn(JERUSALEM)).isTrue();
    assertThat(repeated.earliestStart(JERUSALEM)).isEqualTo(at("2018-10-27T22:30:00Z"));
    assertThat(repeated.latestEnd(JERUSALEM)).isEqualTo(at("2018-10-28T00:30:00Z"));
  }

  @Test
  void aTimeTheClocksSkipDoesNotExistWhetherItStartsOrEndsTheStop() {
    assertThat(
            StopTime.between(local("2019-03-29T02:30"), local("2019-03-29T04:00"))
                .existsIn(JERUSALEM))
        .isFalse();
    assertThat(
            StopTime.between(local("2019-03-29T01:00"), local("2019-03-29T02:30"))
                .existsIn(JERUSALEM))
        .isFalse();
    assertThat(
            StopTime.between(local("2019-03-29T01:00"), local("2019-03-29T03:00"))
                .existsIn(JERUSALEM))
        .isTrue();
    assertThat(
            StopTime.between(local("2019-03-29T02:30"), local("2019-03-29T04:00")).existsIn(SAIGON))
        .isTrue();
  }

  @Test
  void timesThatEndAtMidnightEndOnTheDayBefore() {
    StopTime dinner = StopTime.parse("2018-11-12T20:00/2018-11-13T00:00");
    StopTime late = StopTime.parse("2018-11-12T20:00/2018-11-13T00:01");
    StopTime twoDays = StopTime.parse("2018-11-12T09:00/2018-11-14T00:00");

    assertThat(dinner.firstDay()).isEqualTo(PartialDate.parse("2018-11-12"));
    assertThat(dinner.lastDay()).isEqualTo(PartialDate.parse("2018-11-12"));
    assertThat(late.lastDay()).isEqualTo(PartialDate.parse("2018-11-13"));
    assertThat(twoDays.lastDay()).isEqualTo(PartialDate.parse("2018-11-13"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2018-11-12",
        "2018-11-12/2018-11-14",
        "2018-11",
        "2018-Q4",
        "2018-10-28T10:00/2018-10-28T12:00",
        "2018-10-28T10:00:30/2018-10-29T00:00"
      })
  void theTextFormIsReadBackToAnEqualTime(String text) {
    StopTime time = StopTime.parse(text);

    assertThat(time).hasToString(text);
    assertThat(StopTime.parse(time.toString())).isEqualTo(time);
  }

  @Test
  void theFactoriesMakeTheTimesTheTextFormNames() {
    assertThat(StopTime.on(PartialDate.parse("2018-11-12")))
        .isEqualTo(StopTime.parse("2018-11-12"))
        .isEqualTo(new StopTime.Dates(DateSpan.parse("2018-11-12")))
        .isInstanceOf(StopTime.Dates.class);
    assertThat(StopTime.on(DateSpan.parse("2018-11-12/2018-11-14")).days())
        .isEqualTo(DateSpan.parse("2018-11-12/2018-11-14"));
    StopTime.Times times = (StopTime.Times) StopTime.parse("2018-10-28T10:00/2018-10-28T12:00");
    assertThat(times.start()).isEqualTo(local("2018-10-28T10:00"));
    assertThat(times.end()).isEqualTo(local("2018-10-28T12:00"));
  }

  @Test
  void eachBadTextIsRefusedWithItsViolation() {
    violation(() -> StopTime.parse(null), "", Violation.REQUIRED);
    violation(() -> StopTime.parse("2018-10-28T10:00"), "", Violation.MALFORMED);
    violation(() -> StopTime.parse("2018-10-28T25:00/2018-10-28T26:00"), "", Violation.MALFORMED);
    violation(() -> StopTime.parse("2018-10-28T10:00/noon"), "", Violation.MALFORMED);
    violation(() -> StopTime.parse("2018-10-28T10:00/"), "", Violation.MALFORMED);
    violation(() -> StopTime.parse("/2018-10-28T10:00"), "", Violation.MALFORMED);
    violation(() -> StopTime.parse("2018-11/.."), "days", Violation.REQUIRED);
    violation(() -> StopTime.parse("2018-13"), "start", Violation.OUT_OF_RANGE);
    violation(
        () -> StopTime.parse("2018-10-28T12:00/2018-10-28T10:00"),
        "end",
        Violation.END_BEFORE_START);
    violation(
        () -> StopTime.parse("2018-10-28T10:00/2018-10-28T10:00"),
        "end",
        Violation.END_BEFORE_START);
    violations(
        () -> StopTime.parse("+10000-01-01T00:00/+10000-01-01T01:00"),
        tuple("start", Violation.OUT_OF_RANGE),
        tuple("end", Violation.OUT_OF_RANGE));
    assertThat(invalidInput(() -> StopTime.parse("2018-10-28T10:00/x")).getMessage())
        .isEqualTo("invalid input: : malformed (not a stop's time: 2018-10-28T10:00/x)");
    assertThat(invalidInput(() -> StopTime.parse("2018-10-28T12:00/2018-10-28T10:00")).getMessage())
        .isEqualTo(
            "invalid input: end: end-before-start (the end 2018-10-28T10:00 is not after the start"
                + " 2018-10-28T12:00)");
  }

  @Test
  void daysNeedAClosedSpan() {
    violation(() -> StopTime.on((DateSpan) null), "days", Violation.REQUIRED);
    violation(() -> StopTime.on((PartialDate) null), "day", Violation.REQUIRED);
    violation(
        () -> StopTime.on(DateSpan.from(PartialDate.parse("2018-11"))), "days", Violation.REQUIRED);
  }

  @Test
  void timesListEveryBadPart() {
    violations(
        () -> StopTime.between(null, null),
        tuple("start", Violation.REQUIRED),
        tuple("end", Violation.REQUIRED));
    violation(() -> StopTime.between(null, local("2018-10-28T10:00")), "start", Violation.REQUIRED);
    violation(() -> StopTime.between(local("2018-10-28T10:00"), null), "end", Violation.REQUIRED);
    violation(
        () -> StopTime.between(local("0000-12-31T23:00"), local("0001-01-01T01:00")),
        "start",
        Violation.OUT_OF_RANGE);
    violation(
        () -> StopTime.between(local("9999-12-31T23:00"), local("+10000-01-01T00:00")),
        "end",
        Violation.OUT_OF_RANGE);
    violations(
        () -> StopTime.between(local("+10000-01-01T02:00"), local("0000-01-01T01:00")),
        tuple("start", Violation.OUT_OF_RANGE),
        tuple("end", Violation.OUT_OF_RANGE),
        tuple("end", Violation.END_BEFORE_START));
    assertThat(StopTime.between(local("0001-01-01T00:00"), local("9999-12-31T23:59")).toString())
        .isEqualTo("0001-01-01T00:00/9999-12-31T23:59");
  }
}

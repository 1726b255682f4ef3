package io.github.coplan.domain.result;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reporting period: its bounds, its first and last day, the days it holds, its target. */
class PeriodTest {

  private static final PeriodId ID =
      new PeriodId(UUID.fromString("01890000-0000-7000-8000-000000000601"));
  private static final LocalDate JUNE_1 = LocalDate.of(2019, 6, 1);

  @Test
  void aPeriodOfPartialDatesRunsFromTheFirstDayOfItsStartToTheLastDayOfItsEnd() {
    Period p = Period.of(ID, PartialDate.parse("2019"), PartialDate.ofQuarter(2020, 2));

    assertThat(p.id()).isEqualTo(ID);
    assertThat(p.start()).isEqualTo(PartialDate.parse("2019"));
    assertThat(p.end()).isEqualTo(PartialDate.ofQuarter(2020, 2));
    assertThat(p.target()).isNull();
    assertThat(p.firstDay()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(p.lastDay()).isEqualTo(LocalDate.of(2020, 6, 30));
  }

  @Test
  void aPeriodHoldsItsFirstAndLastDayAndNothingOutside() {
    Period p = Period.of(ID, PartialDate.parse("2019"), PartialDate.parse("2019"));

    assertThat(p.contains(LocalDate.of(2019, 1, 1))).isTrue();
    assertThat(p.contains(LocalDate.of(2019, 12, 31))).isTrue();
    assertThat(p.contains(JUNE_1)).isTrue();
    assertThat(p.contains(LocalDate.of(2018, 12, 31))).isFalse();
    assertThat(p.contains(LocalDate.of(2020, 1, 1))).isFalse();
  }

  @Test
  void aPeriodOfOneDayHoldsThatDay() {
    Period p = Period.of(ID, PartialDate.ofDay(JUNE_1), PartialDate.ofDay(JUNE_1));

    assertThat(p.firstDay()).isEqualTo(JUNE_1);
    assertThat(p.lastDay()).isEqualTo(JUNE_1);
    assertThat(p.contains(JUNE_1)).isTrue();
    assertThat(p.contains(JUNE_1.minusDays(1))).isFalse();
    assertThat(p.contains(JUNE_1.plusDays(1))).isFalse();
  }

  @Test
  void anEndOnTheDayBeforeTheStartIsRefused() {
    assertThat(
            invalidInput(
                    () ->
                        Period.of(
                            ID, PartialDate.ofDay(JUNE_1), PartialDate.ofDay(JUNE_1.minusDays(1))))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "end",
                Violation.END_BEFORE_START,
                "the end 2019-05-31 lies before the start 2019-06-01"));
  }

  @Test
  void partialDatesAreComparedByTheirWidestDays() {
    // 2019-06 ends on 2019-06-30, after the first day of 2019-06-15
    Period p = Period.of(ID, PartialDate.parse("2019-06-15"), PartialDate.parse("2019-06"));
    assertThat(p.firstDay()).isEqualTo(LocalDate.of(2019, 6, 15));
    assertThat(p.lastDay()).isEqualTo(LocalDate.of(2019, 6, 30));
    violation(
        () -> Period.of(ID, PartialDate.parse("2019-07"), PartialDate.parse("2019-06")),
        "end",
        Violation.END_BEFORE_START);
  }

  @Test
  void everyMissingPartIsListed() {
    violations(
        () -> new Period(null, null, null, null),
        tuple("id", Violation.REQUIRED),
        tuple("start", Violation.REQUIRED),
        tuple("end", Violation.REQUIRED));
    violation(() -> Period.of(ID, null, PartialDate.parse("2019")), "start", Violation.REQUIRED);
    violation(() -> Period.of(ID, PartialDate.parse("2019"), null), "end", Violation.REQUIRED);
    violations(
        () -> Period.of(null, PartialDate.parse("2020"), PartialDate.parse("2019")),
        tuple("id", Violation.REQUIRED),
        tuple("end", Violation.END_BEFORE_START));
  }

  @Test
  void aTargetIsSetWithoutChangingTheRest() {
    Period p = Period.of(ID, PartialDate.parse("2019"), PartialDate.parse("2020"));

    Period targeted = p.withTarget(Value.quantity(50));

    assertThat(targeted)
        .isEqualTo(
            new Period(
                ID, PartialDate.parse("2019"), PartialDate.parse("2020"), Value.quantity(50)));
    assertThat(p.target()).isNull();
    assertThat(targeted.withTarget(Value.quantity(60)).target()).isEqualTo(Value.quantity(60));
    violation(() -> p.withTarget(null), "target", Violation.REQUIRED);
  }
}

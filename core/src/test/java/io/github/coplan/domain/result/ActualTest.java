package io.github.coplan.domain.result;

import static io.github.coplan.domain.result.Observations.ANH;
import static io.github.coplan.domain.result.Observations.BINH;
import static io.github.coplan.domain.result.Observations.Y2019;
import static io.github.coplan.domain.result.Observations.Y2020;
import static io.github.coplan.domain.result.Observations.approved;
import static io.github.coplan.domain.result.Observations.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.testing.Expect;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActualTest {

  private static Actual actual(Indicator indicator, Observation... observations) {
    return Actual.of(indicator, Y2019, List.of(observations));
  }

  @Test
  void onlyApprovedObservationsOfThePeriodCount() {
    Indicator officials = indicator(Measure.UNIT);
    Observation counted = approved(Value.quantity(5), "2019-02-01");
    Observation draft =
        Observations.of(
            Y2019, Value.quantity(100), "2019-02-02", ANH, ObservationStatus.DRAFT, Map.of());
    Observation returned =
        Observations.of(
            Y2019, Value.quantity(200), "2019-02-03", ANH, ObservationStatus.RETURNED, Map.of());
    Observation otherPeriod =
        Observations.of(
            Y2020, Value.quantity(300), "2020-02-03", ANH, ObservationStatus.APPROVED, Map.of());
    Observation otherIndicator =
        new Observation(
            Observations.id(),
            new IndicatorId(UUID.fromString("00000000-0000-7000-8000-0000000000a2")),
            Y2019,
            Value.quantity(400),
            LocalDate.of(2019, 3, 1),
            ANH,
            new TreeMap<>(),
            ObservationStatus.APPROVED,
            null,
            Observations.NOON,
            1);

    Actual a = actual(officials, counted, draft, returned, otherPeriod, otherIndicator);

    assertThat(a.value()).isEqualByComparingTo("5");
    assertThat(a.counted()).containsExactly(counted.id());
    assertThat(a.reported()).isTrue();
    assertThat(a.warnings()).isEmpty();
    assertThat(a.narrative()).isNull();
    assertThat(a.numerator()).isNull();
    assertThat(a.denominator()).isNull();
  }

  @Test
  void aSumOfManyShowsItsFirstTermsAndHowManyMore() {
    List<Observation> many = new ArrayList<>();
    for (int i = 1; i <= 14; i++) {
      many.add(
          approved(Value.quantity(i), String.format(java.util.Locale.ROOT, "2019-01-%02d", i)));
    }

    Actual a = Actual.of(indicator(Measure.UNIT), Y2019, many);

    assertThat(a.value()).isEqualByComparingTo("105");
    assertThat(a.formula())
        .isEqualTo(
            "Σ observations = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + … (2 more) = 105");
  }

  @Test
  void aSumOfExactlyTheShownTermsSaysNoMore() {
    List<Observation> twelve = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      twelve.add(
          approved(Value.quantity(1), String.format(java.util.Locale.ROOT, "2019-01-%02d", i)));
    }

    Actual a = Actual.of(indicator(Measure.UNIT), Y2019, twelve);

    assertThat(a.formula())
        .isEqualTo("Σ observations = 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 = 12");
  }

  @Test
  void decimalsAddWithoutTrailingZeros() {
    Actual a =
        actual(
            indicator(Measure.UNIT),
            approved(Value.quantity("1.25"), "2019-01-01"),
            approved(Value.quantity("0.75"), "2019-01-02"));

    assertThat(a.value()).isEqualTo(new BigDecimal("2"));
    assertThat(a.formula()).isEqualTo("Σ observations = 1.25 + 0.75 = 2");
  }

  @Test
  void theLatestIsByDayThenTimeRecordedThenId() {
    Indicator cumulative = indicator(Measure.UNIT).withAggregation(Aggregation.LATEST);
    Observation early = approved(Value.quantity(1), "2019-06-30");
    Observation sameDayLater =
        new Observation(
            Observations.id(),
            Observations.INDICATOR,
            Y2019,
            Value.quantity(2),
            LocalDate.of(2019, 6, 30),
            ANH,
            new TreeMap<>(),
            ObservationStatus.APPROVED,
            null,
            Observations.NOON.plusSeconds(1),
            1);

    assertThat(actual(cumulative, sameDayLater, early).value()).isEqualByComparingTo("2");
    assertThat(actual(cumulative, early, sameDayLater).value()).isEqualByComparingTo("2");

    Observation a = approved(Value.quantity(7), "2019-07-01");
    Observation b = approved(Value.quantity(8), "2019-07-01");
    assertThat(a.id().toString()).isLessThan(b.id().toString());
    assertThat(actual(cumulative, b, a).value()).isEqualByComparingTo("8");
    assertThat(actual(cumulative, b, a).counted()).containsExactly(b.id());
  }

  @Test
  void theLatestRatioIsItsPercentageWithItsParts() {
    Indicator share = indicator(Measure.PERCENTAGE).withAggregation(Aggregation.LATEST);

    Actual a =
        actual(
            share,
            approved(Value.ratio(1, 2), "2019-01-01"),
            approved(Value.ratio(3, 8), "2019-12-31"));

    assertThat(a.value()).isEqualByComparingTo("37.5");
    assertThat(a.numerator()).isEqualByComparingTo("3");
    assertThat(a.denominator()).isEqualByComparingTo("8");
    assertThat(a.formula())
        .isEqualTo("latest approved observation (observed 2019-12-31) = 3 / 8 × 100 = 37.5");
  }

  @Test
  void eachReportersLatestIsSummed() {
    Indicator trained = indicator(Measure.UNIT).withAggregation(Aggregation.LATEST_PER_REPORTER);
    Observation anhEarly = approved(Value.quantity(4), "2019-03-01");
    Observation anhLate = approved(Value.quantity(10), "2019-09-01");
    Observation binh =
        Observations.of(
            Y2019, Value.quantity(5), "2019-06-01", BINH, ObservationStatus.APPROVED, Map.of());

    Actual a = actual(trained, anhLate, binh, anhEarly);

    assertThat(a.value()).isEqualByComparingTo("15");
    assertThat(a.counted()).containsExactly(binh.id(), anhLate.id());
    assertThat(a.formula()).isEqualTo("Σ each reporter's latest observation = 5 + 10 = 15");
  }

  @Test
  void breakdownsAreNotSummedIntoTheTotal() {
    Indicator trained =
        indicator(Measure.UNIT).withDimension(Dimension.of("sex", "female", "male"));
    Observation women =
        Observations.of(
            Y2019,
            Value.quantity(7),
            "2019-06-01",
            ANH,
            ObservationStatus.APPROVED,
            Map.of("sex", "female"));
    Observation men =
        Observations.of(
            Y2019,
            Value.quantity(5),
            "2019-06-01",
            ANH,
            ObservationStatus.APPROVED,
            Map.of("sex", "male"));

    Actual total = actual(trained, women, men);
    Actual female = Actual.of(trained, Y2019, List.of(women, men), Map.of("sex", "female"));

    assertThat(total.value()).isNull();
    assertThat(total.reported()).isFalse();
    assertThat(total.formula())
        .isEqualTo("not reported: no approved observation (not reported is not zero)");
    assertThat(total.warnings())
        .containsExactly(
            "2 approved observation(s) are breakdowns by dimension; they are not summed into a"
                + " total, since breakdowns by different dimensions overlap");
    assertThat(female.value()).isEqualByComparingTo("7");
    assertThat(female.counted()).containsExactly(women.id());
    assertThat(female.warnings()).isEmpty();

    Actual withTotal = actual(trained, women, men, approved(Value.quantity(12), "2019-06-01"));
    assertThat(withTotal.value()).isEqualByComparingTo("12");
    assertThat(withTotal.warnings()).isEmpty();
  }

  @Test
  void anEmptyBreakdownHasNoWarningAboutParts() {
    Indicator trained =
        indicator(Measure.UNIT).withDimension(Dimension.of("sex", "female", "male"));
    Observation total = approved(Value.quantity(12), "2019-06-01");

    Actual male = Actual.of(trained, Y2019, List.of(total), Map.of("sex", "male"));

    assertThat(male.reported()).isFalse();
    assertThat(male.warnings()).isEmpty();
  }

  @Test
  void submittedObservationsAreCountedAsWaiting() {
    Observation waiting =
        Observations.of(
            Y2019, Value.quantity(3), "2019-06-01", ANH, ObservationStatus.SUBMITTED, Map.of());
    Observation draft =
        Observations.of(
            Y2019, Value.quantity(3), "2019-06-01", ANH, ObservationStatus.DRAFT, Map.of());

    Actual a = actual(indicator(Measure.UNIT), waiting, waiting, draft);

    assertThat(a.reported()).isFalse();
    assertThat(a.warnings())
        .containsExactly("2 submitted observation(s) await review and are not counted");
  }

  @Test
  void missingPartsAreRefused() {
    assertThatThrownBy(() -> new Actual(null, null, null, null, null, List.of(), List.of()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Actual(null, null, null, null, "f", null, List.of()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Actual(null, null, null, null, "f", List.of(), null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Actual.of(indicator(Measure.UNIT), Y2019, null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Actual.of(indicator(Measure.UNIT), Y2019, List.of(), null))
        .isInstanceOf(InvalidInputException.class);
  }

  // ---- derived ---------------------------------------------------------------------------------

  @Test
  void aDerivedActualIsItsRulesCount() {
    Rule tours =
        Rule.CompletedActivities.ofTypes(io.github.coplan.domain.activity.ActivityType.STUDY_TOUR)
            .inAreas(2);

    Actual a = Actual.derived(tours, 12);

    assertThat(a.value()).isEqualTo(BigDecimal.valueOf(12));
    assertThat(a.formula())
        .isEqualTo("count of completed activities of type STUDY_TOUR in content area 2 = 12");
    assertThat(a.rule()).isEqualTo(tours);
    assertThat(a.reported()).isTrue();
    assertThat(a.counted()).isEmpty();
    assertThat(a.warnings()).isEmpty();
    assertThat(a.narrative()).isNull();
    assertThat(a.numerator()).isNull();
    assertThat(a.denominator()).isNull();
  }

  @Test
  void aCountOfNoneIsReported() {
    Actual none = Actual.derived(Rule.AgreedIntroductions.inAreas(), 0);

    assertThat(none.value()).isEqualTo(BigDecimal.ZERO);
    assertThat(none.formula()).isEqualTo("count of introductions that reached an agreement = 0");
    assertThat(none.reported()).isTrue();
    assertThat(none.counted()).isEmpty();
  }

  @Test
  void aDerivedActualNeedsItsRuleAndACountNotNegative() {
    Expect.violation(() -> Actual.derived(null, 3), "rule", Violation.REQUIRED);
    Expect.violation(
        () -> Actual.derived(Rule.AgreedIntroductions.inAreas(), -1),
        "count",
        Violation.OUT_OF_RANGE);
    assertThat(
            Expect.invalidInput(() -> Actual.derived(Rule.AgreedIntroductions.inAreas(), -1))
                .violations())
        .extracting(Violation::message)
        .containsExactly("a count is not negative");
  }

  @Test
  void anObservedActualHasNoRuleAndWithNothingCountedIsNotReported() {
    Actual nothing =
        new Actual(BigDecimal.ONE, null, null, null, "f", List.of(), List.of("a warning"));

    assertThat(nothing.rule()).isNull();
    assertThat(nothing.reported()).isFalse();
    assertThat(nothing.value()).isEqualTo(BigDecimal.ONE);
    assertThat(nothing.formula()).isEqualTo("f");
    assertThat(nothing.warnings()).containsExactly("a warning");
    assertThat(actual(indicator(Measure.UNIT)).rule()).isNull();
    assertThat(actual(indicator(Measure.UNIT), approved(Value.quantity(1), "2019-01-01")).rule())
        .isNull();
  }
}

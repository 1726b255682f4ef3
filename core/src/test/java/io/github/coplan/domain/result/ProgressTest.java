package io.github.coplan.domain.result;

import static io.github.coplan.domain.result.Observations.approved;
import static io.github.coplan.domain.result.Observations.indicator;
import static io.github.coplan.domain.result.Observations.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final Baseline BASELINE_90 =
      Baseline.of(PartialDate.ofYear(2018), Value.quantity(90));

  private static Progress progress(Indicator indicator, Observation... observations) {
    return Progress.of(indicator, Observations.Y2019, List.of(observations));
  }

  @Test
  void aDescendingIndicatorWithABaselineMeasuresTheWayDown() {
    Indicator months =
        target(indicator(Measure.UNIT), Value.quantity(60))
            .descending()
            .withAggregation(Aggregation.LATEST)
            .withBaseline(BASELINE_90);

    Progress p = progress(months, approved(Value.quantity(75), "2019-06-30"));

    assertThat(p.value()).isEqualByComparingTo("0.5");
    assertThat(p.percent()).isEqualByComparingTo("50");
    assertThat(p.computable()).isTrue();
    assertThat(p.reason()).isNull();
    assertThat(p.formula())
        .isEqualTo("(actual − baseline) / (target − baseline) = (75 − 90) / (60 − 90) = 0.5");
    assertThat(p.inputs())
        .containsExactly(
            entry("actual", new BigDecimal("75")),
            entry("target", new BigDecimal("60")),
            entry("baseline", new BigDecimal("90")));
    assertThat(p.warnings()).isEmpty();
  }

  @Test
  void aTargetEqualToTheBaselineIsNotComputable() {
    Indicator flat = target(indicator(Measure.UNIT), Value.quantity(90)).withBaseline(BASELINE_90);

    Progress p = progress(flat, approved(Value.quantity(75), "2019-06-30"));

    assertThat(p.value()).isNull();
    assertThat(p.percent()).isNull();
    assertThat(p.computable()).isFalse();
    assertThat(p.reason())
        .isEqualTo("the target equals the baseline (90): there is no change to measure");
    assertThat(p.formula()).isEqualTo("not computable: " + p.reason());
    assertThat(p.inputs()).containsOnlyKeys("actual", "target", "baseline");
  }

  @Test
  void aTargetOfZeroWithoutABaselineIsNotComputable() {
    Indicator zero = target(indicator(Measure.UNIT), Value.quantity(0));

    Progress p = progress(zero, approved(Value.quantity(3), "2019-06-30"));

    assertThat(p.value()).isNull();
    assertThat(p.reason())
        .isEqualTo("the target is 0 and there is no baseline: actual / target has no value");
    assertThat(p.inputs())
        .containsExactly(entry("actual", new BigDecimal("3")), entry("target", BigDecimal.ZERO));
  }

  @Test
  void aTargetOfZeroWithABaselineIsMeasuredFromIt() {
    Indicator zero =
        target(indicator(Measure.UNIT), Value.quantity(0))
            .withBaseline(Baseline.of(PartialDate.ofYear(2018), Value.quantity(8)));

    Progress p = progress(zero, approved(Value.quantity(2), "2019-06-30"));

    assertThat(p.value()).isEqualByComparingTo("0.75");
    assertThat(p.formula())
        .isEqualTo("(actual − baseline) / (target − baseline) = (2 − 8) / (0 − 8) = 0.75");
    assertThat(p.warnings())
        .containsExactly(
            "the target 0 lies below the baseline 8, but the indicator is ascending (higher is better)");
  }

  @Test
  void anAscendingIndicatorWithoutABaselineIsActualOverTarget() {
    Indicator officials = target(indicator(Measure.UNIT), Value.quantity(60));

    Progress p =
        progress(
            officials,
            approved(Value.quantity(12), "2019-03-01"),
            approved(Value.quantity(18), "2019-09-01"));

    assertThat(p.value()).isEqualByComparingTo("0.5");
    assertThat(p.formula()).isEqualTo("actual / target = 30 / 60 = 0.5");
    assertThat(p.actual().formula()).isEqualTo("Σ observations = 12 + 18 = 30");
    assertThat(p.warnings()).isEmpty();
  }

  @Test
  void progressBeyondTheTargetIsAboveOne() {
    Indicator officials = target(indicator(Measure.UNIT), Value.quantity(40));

    Progress p = progress(officials, approved(Value.quantity(50), "2019-03-01"));

    assertThat(p.value()).isEqualByComparingTo("1.25");
    assertThat(p.percent()).isEqualByComparingTo("125");
  }

  @Test
  void aThirdRoundsToOneDecimalOfAPercent() {
    Indicator officials = target(indicator(Measure.UNIT), Value.quantity(3));

    Progress p = progress(officials, approved(Value.quantity(2), "2019-03-01"));

    assertThat(p.value()).isEqualByComparingTo("0.6666666666666667");
    assertThat(p.percent()).isEqualByComparingTo("66.7");
    assertThat(p.percent().scale()).isEqualTo(1);
  }

  @Test
  void aDescendingIndicatorWithoutABaselineIsNotComputable() {
    Indicator months = target(indicator(Measure.UNIT), Value.quantity(6)).descending();

    Progress p = progress(months, approved(Value.quantity(8), "2019-03-01"));

    assertThat(p.value()).isNull();
    assertThat(p.reason())
        .isEqualTo(
            "a descending indicator needs a baseline: without one, progress towards a lower"
                + " target has no starting point");
  }

  @Test
  void aTargetAgainstTheDirectionIsComputedWithAWarning() {
    Indicator months =
        target(indicator(Measure.UNIT), Value.quantity(120)).descending().withBaseline(BASELINE_90);

    Progress p = progress(months, approved(Value.quantity(100), "2019-03-01"));

    assertThat(p.value()).isEqualByComparingTo("0.3333333333333333");
    assertThat(p.warnings())
        .containsExactly(
            "the target 120 lies above the baseline 90, but the indicator is descending (lower is"
                + " better)");
  }

  @Test
  void aNegativeTargetOfAnAscendingIndicatorWarns() {
    Indicator change = target(indicator(Measure.UNIT), Value.quantity(-4));

    Progress p = progress(change, approved(Value.quantity(-2), "2019-03-01"));

    assertThat(p.value()).isEqualByComparingTo("0.5");
    assertThat(p.warnings())
        .containsExactly("the target -4 is below 0, but the indicator is ascending");
  }

  @Test
  void percentagesCombineAsTheRatioOfSumsNotTheMeanOfPercentages() {
    Indicator share = target(indicator(Measure.PERCENTAGE), Value.quantity(8));

    Progress p =
        progress(
            share,
            approved(Value.ratio(3, 10), "2019-03-01"),
            approved(Value.ratio(1, 90), "2019-09-01"));

    assertThat(p.actual().value()).isEqualByComparingTo("4");
    assertThat(p.actual().numerator()).isEqualByComparingTo("4");
    assertThat(p.actual().denominator()).isEqualByComparingTo("100");
    assertThat(p.actual().formula())
        .isEqualTo(
            "Σ numerators / Σ denominators × 100 = (3 + 1) / (10 + 90) × 100 = 4 / 100 × 100 = 4");
    assertThat(p.value()).isEqualByComparingTo("0.5");
  }

  @Test
  void aPercentageTargetMayBeARatio() {
    Indicator share =
        target(indicator(Measure.PERCENTAGE), Value.ratio(1, 4))
            .withBaseline(Baseline.of(PartialDate.ofYear(2018), Value.ratio(1, 10)));

    Progress p = progress(share, approved(Value.ratio(35, 200), "2019-03-01"));

    assertThat(p.inputs())
        .containsExactly(
            entry("actual", new BigDecimal("17.5")),
            entry("target", new BigDecimal("25")),
            entry("baseline", new BigDecimal("10")));
    assertThat(p.value()).isEqualByComparingTo("0.5");
  }

  @Test
  void aCumulativeIndicatorTakesTheLatestApprovedObservationNotTheSum() {
    Indicator startups =
        target(indicator(Measure.UNIT), Value.quantity(20)).withAggregation(Aggregation.LATEST);

    Progress p =
        progress(
            startups,
            approved(Value.quantity(12), "2019-09-30"),
            approved(Value.quantity(4), "2019-03-31"),
            approved(Value.quantity(9), "2019-06-30"));

    assertThat(p.actual().value()).isEqualByComparingTo("12");
    assertThat(p.actual().formula())
        .isEqualTo("latest approved observation (observed 2019-09-30) = 12");
    assertThat(p.actual().counted()).hasSize(1);
    assertThat(p.value()).isEqualByComparingTo("0.6");
  }

  @Test
  void unapprovingAnObservationChangesTheActualAtOnce() {
    Indicator officials = target(indicator(Measure.UNIT), Value.quantity(60));
    Observation first = approved(Value.quantity(12), "2019-03-01");
    Observation second = approved(Value.quantity(18), "2019-09-01");

    Progress before = progress(officials, first, second);
    Progress after = progress(officials, first, second.unapprove());
    Progress again = progress(officials, first, second.unapprove().approve());

    assertThat(before.actual().value()).isEqualByComparingTo("30");
    assertThat(after.actual().value()).isEqualByComparingTo("12");
    assertThat(after.actual().counted()).containsExactly(first.id());
    assertThat(after.actual().warnings())
        .containsExactly("1 submitted observation(s) await review and are not counted");
    assertThat(after.warnings())
        .containsExactly("1 submitted observation(s) await review and are not counted");
    assertThat(after.value()).isEqualByComparingTo("0.2");
    assertThat(again.actual().value()).isEqualByComparingTo("30");
  }

  @Test
  void aPeriodWithoutAnApprovedObservationIsNotReportedNotZero() {
    Indicator officials = target(indicator(Measure.UNIT), Value.quantity(60));

    Progress p = progress(officials);

    assertThat(p.actual().value()).isNull();
    assertThat(p.actual().reported()).isFalse();
    assertThat(p.value()).isNull();
    assertThat(p.reason())
        .isEqualTo(
            "the period is not reported: no approved observation (not reported is not zero)");
    assertThat(p.inputs()).containsExactly(entry("target", new BigDecimal("60")));
  }

  @Test
  void aPeriodWithoutATargetHasNoProgress() {
    Progress p = progress(indicator(Measure.UNIT), approved(Value.quantity(5), "2019-03-01"));

    assertThat(p.reason()).isEqualTo("the period has no target");
    assertThat(p.inputs()).containsExactly(entry("actual", new BigDecimal("5")));
  }

  @Test
  void qualitativeAndNominalIndicatorsHaveNoNumericProgress() {
    Indicator story =
        target(
            indicator(Measure.QUALITATIVE),
            Value.narrative(LocalizedText.of("en", "A pilot in every district")));
    Progress q =
        progress(
            story,
            approved(
                Value.narrative(LocalizedText.of("en", "Two districts piloted")), "2019-05-01"));
    Indicator kind = target(indicator(Measure.NOMINAL), new Value.Score(2));
    Progress n = progress(kind, approved(new Value.Score(2), "2019-05-01"));

    assertThat(q.value()).isNull();
    assertThat(q.reason()).isEqualTo("a qualitative indicator has no numeric progress");
    assertThat(q.actual().narrative())
        .isEqualTo(Value.narrative(LocalizedText.of("en", "Two districts piloted")));
    assertThat(q.actual().formula())
        .isEqualTo("latest approved observation (observed 2019-05-01) = Two districts piloted");
    assertThat(q.inputs()).isEmpty();
    assertThat(n.reason()).isEqualTo("a nominal indicator has no numeric progress");
    assertThat(n.inputs())
        .containsExactly(
            entry("actual", new BigDecimal("2")), entry("target", new BigDecimal("2")));
  }

  @Test
  void anOrdinalIndicatorMeasuresLevels() {
    Indicator maturity =
        target(indicator(Measure.ORDINAL), new Value.Score(4))
            .withBaseline(Baseline.of(PartialDate.ofYear(2018), new Value.Score(1)));

    Progress p =
        progress(
            maturity,
            approved(new Value.Score(3), "2019-11-01"),
            approved(new Value.Score(2), "2019-05-01"));

    assertThat(p.actual().value()).isEqualByComparingTo("3");
    assertThat(p.value()).isEqualByComparingTo("0.6666666666666667");
  }

  @Test
  void anUnknownPeriodIsNotFound() {
    PeriodId other = new PeriodId(UUID.fromString("00000000-0000-7000-8000-0000000000bf"));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Progress.of(indicator(Measure.UNIT), other, List.of()))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("period");
              assertThat(e.id()).isEqualTo(other.toString());
            });
  }
}

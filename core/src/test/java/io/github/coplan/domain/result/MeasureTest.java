package io.github.coplan.domain.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.shared.LocalizedText;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The measures and result types: their IATI codes, aggregations and the values each takes. */
class MeasureTest {

  private static final Value QUANTITY = Value.quantity(3);
  private static final Value RATIO = Value.ratio(1, 2);
  private static final Value SCORE = Value.score("2");
  private static final Value NARRATIVE = Value.narrative(LocalizedText.of("en", "Done"));

  @Test
  void everyMeasureHasItsIatiCode() {
    assertThat(Measure.values())
        .containsExactly(
            Measure.UNIT,
            Measure.PERCENTAGE,
            Measure.NOMINAL,
            Measure.ORDINAL,
            Measure.QUALITATIVE);
    assertThat(Measure.UNIT.iatiCode()).isEqualTo("1");
    assertThat(Measure.PERCENTAGE.iatiCode()).isEqualTo("2");
    assertThat(Measure.NOMINAL.iatiCode()).isEqualTo("3");
    assertThat(Measure.ORDINAL.iatiCode()).isEqualTo("4");
    assertThat(Measure.QUALITATIVE.iatiCode()).isEqualTo("5");
  }

  @Test
  void everyResultTypeHasItsIatiCode() {
    assertThat(ResultType.values())
        .containsExactly(
            ResultType.OUTPUT, ResultType.OUTCOME, ResultType.IMPACT, ResultType.OTHER);
    assertThat(ResultType.OUTPUT.iatiCode()).isEqualTo("1");
    assertThat(ResultType.OUTCOME.iatiCode()).isEqualTo("2");
    assertThat(ResultType.IMPACT.iatiCode()).isEqualTo("3");
    assertThat(ResultType.OTHER.iatiCode()).isEqualTo("9");
  }

  @Test
  void theAggregationsAndStatusesAreThese() {
    assertThat(Aggregation.values())
        .containsExactly(
            Aggregation.SUM,
            Aggregation.LATEST,
            Aggregation.LATEST_PER_REPORTER,
            Aggregation.RATIO_OF_SUMS);
    assertThat(ObservationStatus.values())
        .containsExactly(
            ObservationStatus.DRAFT,
            ObservationStatus.SUBMITTED,
            ObservationStatus.APPROVED,
            ObservationStatus.RETURNED);
  }

  @Test
  void everyMeasureAllowsItsAggregations() {
    assertThat(Measure.UNIT.aggregations())
        .containsExactlyInAnyOrder(
            Aggregation.SUM, Aggregation.LATEST, Aggregation.LATEST_PER_REPORTER);
    assertThat(Measure.PERCENTAGE.aggregations())
        .containsExactlyInAnyOrder(Aggregation.RATIO_OF_SUMS, Aggregation.LATEST);
    assertThat(Measure.NOMINAL.aggregations()).containsExactly(Aggregation.LATEST);
    assertThat(Measure.ORDINAL.aggregations()).containsExactly(Aggregation.LATEST);
    assertThat(Measure.QUALITATIVE.aggregations()).containsExactly(Aggregation.LATEST);
  }

  @Test
  void theAggregationsAreACopy() {
    Set<Aggregation> copy = Measure.ORDINAL.aggregations();
    copy.add(Aggregation.SUM);

    assertThat(Measure.ORDINAL.aggregations()).isEqualTo(EnumSet.of(Aggregation.LATEST));
  }

  @Test
  void everyMeasureHasADefaultAggregationItAllows() {
    assertThat(Measure.UNIT.defaultAggregation()).isEqualTo(Aggregation.SUM);
    assertThat(Measure.PERCENTAGE.defaultAggregation()).isEqualTo(Aggregation.RATIO_OF_SUMS);
    assertThat(Measure.NOMINAL.defaultAggregation()).isEqualTo(Aggregation.LATEST);
    assertThat(Measure.ORDINAL.defaultAggregation()).isEqualTo(Aggregation.LATEST);
    assertThat(Measure.QUALITATIVE.defaultAggregation()).isEqualTo(Aggregation.LATEST);
    for (Measure m : Measure.values()) {
      assertThat(m.aggregations()).contains(m.defaultAggregation());
    }
  }

  @Test
  void anObservationOfEachMeasureTakesOneKindOfValue() {
    accepts(Measure.UNIT, true, false, false, false);
    accepts(Measure.PERCENTAGE, false, true, false, false);
    accepts(Measure.NOMINAL, false, false, true, false);
    accepts(Measure.ORDINAL, false, false, true, false);
    accepts(Measure.QUALITATIVE, false, false, false, true);
  }

  @Test
  void aTargetTakesWhatAnObservationTakesAndAPercentageAlsoAQuantity() {
    target(Measure.UNIT, true, false, false, false);
    target(Measure.PERCENTAGE, true, true, false, false);
    target(Measure.NOMINAL, false, false, true, false);
    target(Measure.ORDINAL, false, false, true, false);
    target(Measure.QUALITATIVE, false, false, false, true);
  }

  @Test
  void progressHasANumberForUnitsPercentagesAndOrdinalScalesOnly() {
    assertThat(Measure.UNIT.isNumeric()).isTrue();
    assertThat(Measure.PERCENTAGE.isNumeric()).isTrue();
    assertThat(Measure.NOMINAL.isNumeric()).isFalse();
    assertThat(Measure.ORDINAL.isNumeric()).isTrue();
    assertThat(Measure.QUALITATIVE.isNumeric()).isFalse();
  }

  private static void accepts(
      Measure m, boolean quantity, boolean ratio, boolean score, boolean narrative) {
    assertThat(m.acceptsObservation(QUANTITY)).as(m + " quantity").isEqualTo(quantity);
    assertThat(m.acceptsObservation(RATIO)).as(m + " ratio").isEqualTo(ratio);
    assertThat(m.acceptsObservation(SCORE)).as(m + " score").isEqualTo(score);
    assertThat(m.acceptsObservation(NARRATIVE)).as(m + " narrative").isEqualTo(narrative);
  }

  private static void target(
      Measure m, boolean quantity, boolean ratio, boolean score, boolean narrative) {
    assertThat(m.acceptsTarget(QUANTITY)).as(m + " quantity").isEqualTo(quantity);
    assertThat(m.acceptsTarget(RATIO)).as(m + " ratio").isEqualTo(ratio);
    assertThat(m.acceptsTarget(SCORE)).as(m + " score").isEqualTo(score);
    assertThat(m.acceptsTarget(NARRATIVE)).as(m + " narrative").isEqualTo(narrative);
  }
}

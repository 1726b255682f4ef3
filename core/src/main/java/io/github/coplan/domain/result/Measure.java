package io.github.coplan.domain.result;

import java.util.EnumSet;
import java.util.Set;

/**
 * How an {@link Indicator} is measured, in IATI's indicator measures; each measure takes its own
 * kind of {@link Value}, and allows only the {@link Aggregation}s that make sense for it.
 *
 * @since 0.5.0
 */
public enum Measure {
  /** A count or amount: observations and targets are {@link Value.Quantity quantities}. */
  UNIT("1", EnumSet.of(Aggregation.SUM, Aggregation.LATEST, Aggregation.LATEST_PER_REPORTER)),
  /**
   * A percentage: observations are {@link Value.Ratio ratios}, a numerator over a denominator;
   * targets and baselines are a ratio or a quantity read as a percentage.
   */
  PERCENTAGE("2", EnumSet.of(Aggregation.RATIO_OF_SUMS, Aggregation.LATEST)),
  /** A category without order: values are {@link Value.Score scores}; progress has no meaning. */
  NOMINAL("3", EnumSet.of(Aggregation.LATEST)),
  /** A level on an ordered scale: values are {@link Value.Score scores}. */
  ORDINAL("4", EnumSet.of(Aggregation.LATEST)),
  /** A description: values are {@link Value.Narrative narratives}; progress has no number. */
  QUALITATIVE("5", EnumSet.of(Aggregation.LATEST));

  private final String iatiCode;
  private final Set<Aggregation> aggregations;

  Measure(String iatiCode, Set<Aggregation> aggregations) {
    this.iatiCode = iatiCode;
    this.aggregations = aggregations;
  }

  /**
   * The code of IATI's IndicatorMeasure codelist.
   *
   * @return the code
   */
  public String iatiCode() {
    return iatiCode;
  }

  /**
   * The aggregations this measure allows.
   *
   * @return the aggregations, a copy
   */
  public Set<Aggregation> aggregations() {
    return EnumSet.copyOf(aggregations);
  }

  /**
   * The aggregation an indicator of this measure takes when none is given: the sum for units, the
   * ratio of sums for percentages, the latest value otherwise.
   *
   * @return the aggregation
   */
  public Aggregation defaultAggregation() {
    return switch (this) {
      case UNIT -> Aggregation.SUM;
      case PERCENTAGE -> Aggregation.RATIO_OF_SUMS;
      case NOMINAL, ORDINAL, QUALITATIVE -> Aggregation.LATEST;
    };
  }

  /**
   * Whether an observation of this measure may hold a value.
   *
   * @param value the value
   * @return whether it is of this measure's kind
   */
  public boolean acceptsObservation(Value value) {
    return switch (this) {
      case UNIT -> value instanceof Value.Quantity;
      case PERCENTAGE -> value instanceof Value.Ratio;
      case NOMINAL, ORDINAL -> value instanceof Value.Score;
      case QUALITATIVE -> value instanceof Value.Narrative;
    };
  }

  /**
   * Whether a target or baseline of this measure may hold a value: as an observation may, and for a
   * percentage also a quantity, read as the percentage itself.
   *
   * @param value the value
   * @return whether it may
   */
  public boolean acceptsTarget(Value value) {
    return acceptsObservation(value) || (this == PERCENTAGE && value instanceof Value.Quantity);
  }

  /**
   * Whether progress towards a target has a number for this measure: not for nominal and
   * qualitative indicators.
   *
   * @return whether it does
   */
  public boolean isNumeric() {
    return this == UNIT || this == PERCENTAGE || this == ORDINAL;
  }
}

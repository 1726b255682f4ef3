package io.github.coplan.domain.result;

/**
 * How the approved observations of a period combine into its {@link Actual}.
 *
 * @since 0.5.0
 */
public enum Aggregation {
  /** Each observation is a new amount: the actual is their sum. */
  SUM,
  /**
   * Each observation is the running total, or the state on its day (a cumulative indicator): the
   * actual is the latest one, never a sum.
   */
  LATEST,
  /**
   * Each reporter reports its own running total: the actual is the sum of each reporter's latest
   * observation.
   */
  LATEST_PER_REPORTER,
  /**
   * For percentages: the actual is the sum of the numerators over the sum of the denominators,
   * never the mean of the percentages.
   */
  RATIO_OF_SUMS
}

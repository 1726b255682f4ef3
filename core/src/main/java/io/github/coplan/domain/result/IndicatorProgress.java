package io.github.coplan.domain.result;

import io.github.coplan.domain.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * One line of a plan's results: an indicator's period, with its target, actual and progress.
 *
 * @param result the result that holds the indicator
 * @param contentArea the result's content area, or null for the plan as a whole
 * @param indicator the indicator
 * @param period the period
 * @param progress the period's progress, with its actual
 * @since 0.5.0
 */
public record IndicatorProgress(
    ResultId result,
    @Nullable Integer contentArea,
    Indicator indicator,
    Period period,
    Progress progress) {

  /**
   * Checks that every part is present.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if one is missing
   */
  public IndicatorProgress {
    Validation v = new Validation();
    v.required("result", result);
    v.required("indicator", indicator);
    v.required("period", period);
    v.required("progress", progress);
    v.throwIfAny();
  }
}

package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Value;
import org.jspecify.annotations.Nullable;

/**
 * Sets or clears the target of an indicator's period.
 *
 * @param indicator the indicator
 * @param period the period
 * @param target the target, or null to clear it
 * @since 0.5.0
 */
public record SetTarget(IndicatorId indicator, PeriodId period, @Nullable Value target) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every missing part
   */
  public SetTarget {
    Validation v = new Validation();
    v.required("indicator", indicator);
    v.required("period", period);
    v.throwIfAny();
  }
}

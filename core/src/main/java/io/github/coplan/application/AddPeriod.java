package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * Adds a reporting period to an indicator: {@code AddPeriod.of(indicator, start, end)}, then {@link
 * #withTarget}.
 *
 * @param indicator the indicator
 * @param start the start, as precisely as planned
 * @param end the end
 * @param target the target, or null while none is set
 * @since 0.5.0
 */
public record AddPeriod(
    IndicatorId indicator, PartialDate start, PartialDate end, @Nullable Value target) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every missing part
   */
  public AddPeriod {
    Validation v = new Validation();
    v.required("indicator", indicator);
    v.required("start", start);
    v.required("end", end);
    v.throwIfAny();
  }

  /**
   * A period without a target.
   *
   * @param indicator the indicator
   * @param start the start
   * @param end the end
   * @return the command
   */
  public static AddPeriod of(IndicatorId indicator, PartialDate start, PartialDate end) {
    return new AddPeriod(indicator, start, end, null);
  }

  /**
   * This command with a target.
   *
   * @param newTarget the target
   * @return the command
   */
  public AddPeriod withTarget(Value newTarget) {
    return new AddPeriod(indicator, start, end, Validation.notNull("target", newTarget));
  }
}

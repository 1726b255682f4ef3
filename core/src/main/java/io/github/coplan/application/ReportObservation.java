package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Value;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reports a value for an indicator's period, as a draft by the acting person: {@code
 * ReportObservation.of(indicator, period, value, observedOn)}, then {@link #brokenDownBy} for each
 * dimension value when it is a breakdown of the total.
 *
 * @param indicator the indicator
 * @param period the period
 * @param value the value, of the kind the indicator's measure takes
 * @param observedOn the day the value was true, inside the period
 * @param dimensions the dimension values, by name; empty for the period's total
 * @since 0.5.0
 */
public record ReportObservation(
    IndicatorId indicator,
    PeriodId period,
    Value value,
    LocalDate observedOn,
    Map<String, String> dimensions) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every missing part
   */
  public ReportObservation {
    Validation v = new Validation();
    v.required("indicator", indicator);
    v.required("period", period);
    v.required("value", value);
    v.required("observedOn", observedOn);
    v.required("dimensions", dimensions);
    v.throwIfAny();
    dimensions = java.util.Collections.unmodifiableMap(new TreeMap<>(dimensions));
  }

  /**
   * The report of a period's total.
   *
   * @param indicator the indicator
   * @param period the period
   * @param value the value
   * @param observedOn the day it was true
   * @return the command
   */
  public static ReportObservation of(
      IndicatorId indicator, PeriodId period, Value value, LocalDate observedOn) {
    return new ReportObservation(indicator, period, value, observedOn, Map.of());
  }

  /**
   * This command for a breakdown: with one more dimension value.
   *
   * @param dimension the dimension's name
   * @param dimensionValue its value
   * @return the command
   */
  public ReportObservation brokenDownBy(String dimension, String dimensionValue) {
    Map<String, String> more = new TreeMap<>(dimensions);
    more.put(
        Validation.notNull("dimension", dimension),
        Validation.notNull("dimensionValue", dimensionValue));
    return new ReportObservation(indicator, period, value, observedOn, more);
  }
}

package io.github.coplan.domain.result;

import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.internal.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How far an indicator came towards a period's target, with its working: the value, the formula and
 * its inputs, why it could not be computed, and warnings.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>A nominal or qualitative indicator has no numeric progress.
 *   <li>A period without a target, or without an approved observation, has none either: not
 *       reported is never zero.
 *   <li>With a baseline: (actual − baseline) / (target − baseline). This holds for descending
 *       indicators too: baseline 90, target 60, actual 75 is 50 %. A target equal to the baseline
 *       leaves nothing to measure. A target on the wrong side of the baseline for the indicator's
 *       direction is computed, with a warning.
 *   <li>Without a baseline: actual / target for an ascending indicator, unless the target is 0; a
 *       descending indicator needs a baseline.
 * </ol>
 *
 * <p>A percentage's target and baseline are percentages (a ratio's is its percentage); its actual
 * is the ratio of sums ({@link Actual}).
 *
 * @param value the share of the way from baseline (or zero) to target, 1 when the target is met;
 *     null when it cannot be computed
 * @param reason why it cannot be computed; null when it can
 * @param formula the formula, with its numbers
 * @param inputs the numbers it used, by name ({@code actual}, {@code target}, {@code baseline}),
 *     those present
 * @param warnings what a reader should know, the actual's warnings first
 * @param actual the period's actual
 * @since 0.5.0
 */
public record Progress(
    @Nullable BigDecimal value,
    @Nullable String reason,
    String formula,
    Map<String, BigDecimal> inputs,
    List<String> warnings,
    Actual actual) {

  /**
   * Copies the inputs and warnings.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing
   */
  public Progress {
    Validation.notNull("formula", formula);
    Validation.notNull("actual", actual);
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(Validation.notNull("inputs", inputs)));
    warnings = List.copyOf(Validation.notNull("warnings", warnings));
  }

  /**
   * The progress of a period, from its observations.
   *
   * @param indicator the indicator
   * @param period the period's id
   * @param observations observations, of any indicator, period and status: only the indicator's
   *     approved observations of the period without dimension values count
   * @return the progress
   * @throws NotFoundException if the indicator has no such period
   */
  public static Progress of(
      Indicator indicator, PeriodId period, Collection<Observation> observations) {
    Actual actual = Actual.of(indicator, period, observations);
    return of(indicator, indicator.period(period), actual);
  }

  /**
   * The progress of a period, from an actual already derived (for a derived indicator, by the
   * store).
   *
   * @param indicator the indicator
   * @param period the period
   * @param actual the period's actual
   * @return the progress
   */
  public static Progress of(Indicator indicator, Period period, Actual actual) {
    Indicator of = Validation.notNull("indicator", indicator);
    Period p = Validation.notNull("period", period);
    Actual a = Validation.notNull("actual", actual);
    Map<String, BigDecimal> inputs = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>(a.warnings());
    BigDecimal actualValue = a.value();
    if (actualValue != null) {
      inputs.put("actual", actualValue);
    }
    Value targetValue = p.target();
    BigDecimal target = targetValue == null ? null : number(targetValue);
    if (target != null) {
      inputs.put("target", target);
    }
    Baseline b = of.baseline();
    BigDecimal baseline = b == null ? null : number(b.value());
    if (baseline != null) {
      inputs.put("baseline", baseline);
    }
    if (!of.measure().isNumeric()) {
      return none(
          "a "
              + of.measure().name().toLowerCase(java.util.Locale.ROOT)
              + " indicator has no numeric progress",
          inputs,
          warnings,
          a);
    }
    if (target == null) {
      return none("the period has no target", inputs, warnings, a);
    }
    if (actualValue == null) {
      return none(
          "the period is not reported: no approved observation (not reported is not zero)",
          inputs,
          warnings,
          a);
    }
    if (baseline != null) {
      // BigDecimal.compareTo and signum give -1, 0 or 1
      int direction = target.compareTo(baseline);
      if (direction == 0) {
        return none(
            "the target equals the baseline ("
                + Arithmetic.text(target)
                + "): there is no change to measure",
            inputs,
            warnings,
            a);
      }
      if (of.ascending() && direction == -1) {
        warnings.add(
            "the target "
                + Arithmetic.text(target)
                + " lies below the baseline "
                + Arithmetic.text(baseline)
                + ", but the indicator is ascending (higher is better)");
      }
      if (!of.ascending() && direction == 1) {
        warnings.add(
            "the target "
                + Arithmetic.text(target)
                + " lies above the baseline "
                + Arithmetic.text(baseline)
                + ", but the indicator is descending (lower is better)");
      }
      BigDecimal value =
          Arithmetic.divide(actualValue.subtract(baseline), target.subtract(baseline));
      return new Progress(
          value,
          null,
          "(actual − baseline) / (target − baseline) = ("
              + Arithmetic.text(actualValue)
              + " − "
              + Arithmetic.text(baseline)
              + ") / ("
              + Arithmetic.text(target)
              + " − "
              + Arithmetic.text(baseline)
              + ") = "
              + Arithmetic.text(value),
          inputs,
          warnings,
          a);
    }
    if (!of.ascending()) {
      return none(
          "a descending indicator needs a baseline: without one, progress towards a lower target"
              + " has no starting point",
          inputs,
          warnings,
          a);
    }
    if (target.signum() == 0) {
      return none(
          "the target is 0 and there is no baseline: actual / target has no value",
          inputs,
          warnings,
          a);
    }
    if (target.signum() == -1) {
      warnings.add(
          "the target " + Arithmetic.text(target) + " is below 0, but the indicator is ascending");
    }
    BigDecimal value = Arithmetic.divide(actualValue, target);
    return new Progress(
        value,
        null,
        "actual / target = "
            + Arithmetic.text(actualValue)
            + " / "
            + Arithmetic.text(target)
            + " = "
            + Arithmetic.text(value),
        inputs,
        warnings,
        a);
  }

  private static @Nullable BigDecimal number(Value value) {
    return value.number();
  }

  private static Progress none(
      String reason, Map<String, BigDecimal> inputs, List<String> warnings, Actual actual) {
    return new Progress(null, reason, "not computable: " + reason, inputs, warnings, actual);
  }

  /**
   * Whether it could be computed.
   *
   * @return whether there is a value
   */
  public boolean computable() {
    return value != null;
  }

  /**
   * The value as a percentage, to one decimal place.
   *
   * @return the value × 100, rounded half up, or null when it cannot be computed
   */
  public @Nullable BigDecimal percent() {
    BigDecimal v = value;
    return v == null
        ? null
        : Arithmetic.plain(v.movePointRight(2).setScale(1, RoundingMode.HALF_UP));
  }
}

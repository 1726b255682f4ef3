package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.result.Aggregation;
import io.github.coplan.domain.result.Baseline;
import io.github.coplan.domain.result.Dimension;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.shared.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Adds an indicator to a result: {@code DefineIndicator.of(result, title, measure)}, then {@link
 * #withUnit}, {@link #descending}, {@link #aggregatedBy}, {@link #withBaseline} and {@link
 * #withDimension} for what applies, or {@link #derivedBy} for an indicator whose actuals a {@link
 * Rule} computes. The indicator itself checks the whole (see {@link
 * io.github.coplan.domain.result.Indicator}).
 *
 * @param result the result
 * @param title the title
 * @param measure how it is measured
 * @param unit the unit's label, or null
 * @param ascending whether higher is better
 * @param aggregation how a period's observations combine, or null for the measure's default
 * @param baseline the baseline, or null
 * @param dimensions the breakdowns observations may carry
 * @param rule the rule that derives its actuals from the plan's records, or null for an observed
 *     indicator
 * @since 0.5.0
 */
public record DefineIndicator(
    ResultId result,
    LocalizedText title,
    Measure measure,
    @Nullable String unit,
    boolean ascending,
    @Nullable Aggregation aggregation,
    @Nullable Baseline baseline,
    List<Dimension> dimensions,
    @Nullable Rule rule) {

  /**
   * Validates the parts a command alone can check.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every missing part
   */
  public DefineIndicator {
    Validation v = new Validation();
    v.required("result", result);
    v.required("title", title);
    v.required("measure", measure);
    List<Dimension> given = v.elements("dimensions", dimensions);
    v.throwIfAny();
    dimensions = List.copyOf(Validation.notNull("dimensions", given));
  }

  /**
   * An ascending indicator with the measure's default aggregation.
   *
   * @param result the result
   * @param title the title
   * @param measure how it is measured
   * @return the command
   */
  public static DefineIndicator of(ResultId result, LocalizedText title, Measure measure) {
    return new DefineIndicator(result, title, measure, null, true, null, null, List.of(), null);
  }

  /**
   * A command without a rule, for an observed indicator.
   *
   * @param result the result
   * @param title the title
   * @param measure how it is measured
   * @param unit the unit's label, or null
   * @param ascending whether higher is better
   * @param aggregation how a period's observations combine, or null for the measure's default
   * @param baseline the baseline, or null
   * @param dimensions the breakdowns observations may carry
   * @throws io.github.coplan.domain.error.InvalidInputException listing every missing part
   */
  public DefineIndicator(
      ResultId result,
      LocalizedText title,
      Measure measure,
      @Nullable String unit,
      boolean ascending,
      @Nullable Aggregation aggregation,
      @Nullable Baseline baseline,
      List<Dimension> dimensions) {
    this(result, title, measure, unit, ascending, aggregation, baseline, dimensions, null);
  }

  /**
   * This command for an indicator whose actuals a rule derives from the plan's records: a {@link
   * Measure#UNIT} indicator combining by {@link Aggregation#SUM}, without dimensions.
   *
   * @param newRule the rule
   * @return the command
   */
  public DefineIndicator derivedBy(Rule newRule) {
    return new DefineIndicator(
        result,
        title,
        measure,
        unit,
        ascending,
        aggregation,
        baseline,
        dimensions,
        Validation.notNull("rule", newRule));
  }

  /**
   * This command with a unit's label.
   *
   * @param label the label
   * @return the command
   */
  public DefineIndicator withUnit(String label) {
    return new DefineIndicator(
        result,
        title,
        measure,
        Validation.notNull("unit", label),
        ascending,
        aggregation,
        baseline,
        dimensions,
        rule);
  }

  /**
   * This command for an indicator where lower is better.
   *
   * @return the command
   */
  public DefineIndicator descending() {
    return new DefineIndicator(
        result, title, measure, unit, false, aggregation, baseline, dimensions, rule);
  }

  /**
   * This command with an aggregation.
   *
   * @param newAggregation how a period's observations combine
   * @return the command
   */
  public DefineIndicator aggregatedBy(Aggregation newAggregation) {
    return new DefineIndicator(
        result,
        title,
        measure,
        unit,
        ascending,
        Validation.notNull("aggregation", newAggregation),
        baseline,
        dimensions,
        rule);
  }

  /**
   * This command with a baseline.
   *
   * @param newBaseline the baseline
   * @return the command
   */
  public DefineIndicator withBaseline(Baseline newBaseline) {
    return new DefineIndicator(
        result,
        title,
        measure,
        unit,
        ascending,
        aggregation,
        Validation.notNull("baseline", newBaseline),
        dimensions,
        rule);
  }

  /**
   * This command with one more dimension.
   *
   * @param dimension the dimension
   * @return the command
   */
  public DefineIndicator withDimension(Dimension dimension) {
    List<Dimension> more = new ArrayList<>(dimensions);
    more.add(Validation.notNull("dimension", dimension));
    return new DefineIndicator(
        result, title, measure, unit, ascending, aggregation, baseline, more, rule);
  }
}

package io.github.coplan.domain.result;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.LocalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Result} is measured by: a title, a {@link Measure}, a unit's label, a direction
 * (ascending: higher is better; descending: lower is better), how a period's observations combine
 * ({@link Aggregation}), a {@link Baseline}, the {@link Dimension}s its observations may be broken
 * down by, and its {@link Period}s with their targets.
 *
 * <p>Build one with {@link #of} and the {@code with…} methods: {@code Indicator.of(id, title,
 * Measure.UNIT).withUnit("people").withPeriod(period)}. Every one checks the whole indicator.
 *
 * @param id the id
 * @param title the title, in its languages
 * @param measure how it is measured
 * @param unit the unit's label ({@code "people"}, {@code "months"}), or null
 * @param ascending whether a higher value is better
 * @param aggregation how a period's observations combine, one the measure allows
 * @param baseline where it stood before, or null
 * @param dimensions the breakdowns its observations may carry, each name once
 * @param periods its periods, by first day; no two overlap, no id twice
 * @param rule how its actual is derived from the plan's records, or null when it is observed: a
 *     derived indicator is a {@link Measure#UNIT} one that combines by {@link Aggregation#SUM},
 *     without dimensions, and takes no observations
 * @since 0.5.0
 */
public record Indicator(
    IndicatorId id,
    LocalizedText title,
    Measure measure,
    @Nullable String unit,
    boolean ascending,
    Aggregation aggregation,
    @Nullable Baseline baseline,
    List<Dimension> dimensions,
    List<Period> periods,
    @Nullable Rule rule) {

  /**
   * Checks the whole indicator, and orders its periods by first day.
   *
   * @throws InvalidInputException listing every violation: a missing part, a title or unit that is
   *     refused, an aggregation the measure does not allow, a baseline or target of a kind the
   *     measure does not take, a dimension name or period id given twice, periods that overlap
   */
  public Indicator {
    Validation v = new Validation();
    v.required("id", id);
    LocalizedText givenTitle = title;
    if (v.required("title", givenTitle) != null) {
      v.check("title", () -> givenTitle.requireLine("", Texts.LINE_LIMIT));
    }
    v.required("measure", measure);
    v.required("aggregation", aggregation);
    unit = unit == null ? null : v.text("unit", unit, Texts.TOKEN_LIMIT, false);
    if (measure != null && aggregation != null) {
      v.require(
          measure.aggregations().contains(aggregation),
          "aggregation",
          Violation.OUT_OF_RANGE,
          "a "
              + measure
              + " indicator combines by "
              + measure.aggregations()
              + ", not "
              + aggregation);
    }
    if (measure != null && baseline != null) {
      v.require(
          measure.acceptsTarget(baseline.value()),
          "baseline.value",
          Violation.OUT_OF_RANGE,
          "a " + measure + " indicator's baseline is not a " + kind(baseline.value()));
    }
    List<Dimension> givenDimensions = v.elements("dimensions", dimensions);
    if (givenDimensions != null) {
      Set<String> names = new HashSet<>();
      for (int i = 0; i < givenDimensions.size(); i++) {
        Dimension d = givenDimensions.get(i);
        v.require(
            d == null || names.add(d.name()),
            "dimensions[" + i + "]",
            Violation.DUPLICATE,
            "the dimension " + (d == null ? "" : d.name()) + " is given twice");
      }
    }
    List<Period> givenPeriods = v.elements("periods", periods);
    List<Period> sorted = new ArrayList<>();
    if (givenPeriods != null) {
      Set<PeriodId> ids = new HashSet<>();
      for (int i = 0; i < givenPeriods.size(); i++) {
        Period p = givenPeriods.get(i);
        if (p == null) {
          continue;
        }
        String path = "periods[" + i + "]";
        v.require(
            ids.add(p.id()), path, Violation.DUPLICATE, "the period " + p.id() + " is given twice");
        Value target = p.target();
        if (measure != null && target != null) {
          v.require(
              measure.acceptsTarget(target),
              path + ".target",
              Violation.OUT_OF_RANGE,
              "a " + measure + " indicator's target is not a " + kind(target));
        }
        sorted.add(p);
      }
      sorted.sort(Comparator.comparing(Period::firstDay).thenComparing(Period::lastDay));
      for (int i = 1; i < sorted.size(); i++) {
        Period before = sorted.get(i - 1);
        Period after = sorted.get(i);
        v.require(
            after.firstDay().isAfter(before.lastDay()),
            "periods",
            Violation.OUT_OF_RANGE,
            "the periods "
                + before.start()
                + "–"
                + before.end()
                + " and "
                + after.start()
                + "–"
                + after.end()
                + " overlap");
      }
    }
    if (rule != null) {
      v.require(
          measure == null || measure == Measure.UNIT,
          "rule",
          Violation.OUT_OF_RANGE,
          "a derived indicator counts records: its measure is UNIT, not " + measure);
      v.require(
          aggregation == null || aggregation == Aggregation.SUM,
          "rule",
          Violation.OUT_OF_RANGE,
          "a derived indicator's periods are counts: it combines by SUM, not " + aggregation);
      v.require(
          givenDimensions == null || givenDimensions.isEmpty(),
          "rule",
          Violation.OUT_OF_RANGE,
          "a derived indicator has no dimensions to break its counts down by");
    }
    v.throwIfAny();
    dimensions = List.copyOf(Validation.notNull("dimensions", givenDimensions));
    periods = List.copyOf(sorted);
  }

  /**
   * An observed indicator: one without a rule.
   *
   * @param id the id
   * @param title the title, in its languages
   * @param measure how it is measured
   * @param unit the unit's label, or null
   * @param ascending whether a higher value is better
   * @param aggregation how a period's observations combine
   * @param baseline where it stood before, or null
   * @param dimensions the breakdowns its observations may carry
   * @param periods its periods
   * @throws InvalidInputException as the canonical constructor
   */
  public Indicator(
      IndicatorId id,
      LocalizedText title,
      Measure measure,
      @Nullable String unit,
      boolean ascending,
      Aggregation aggregation,
      @Nullable Baseline baseline,
      List<Dimension> dimensions,
      List<Period> periods) {
    this(id, title, measure, unit, ascending, aggregation, baseline, dimensions, periods, null);
  }

  /**
   * Whether its actuals are derived from the plan's records by a {@link Rule}.
   *
   * @return whether it has a rule
   */
  public boolean derived() {
    return rule != null;
  }

  private static String kind(Value value) {
    if (value instanceof Value.Quantity) {
      return "quantity";
    }
    if (value instanceof Value.Ratio) {
      return "ratio";
    }
    return value instanceof Value.Score ? "score" : "narrative";
  }

  /**
   * An ascending indicator with the measure's default aggregation, and no unit, baseline,
   * dimensions or periods.
   *
   * @param id the id
   * @param title the title
   * @param measure how it is measured
   * @return the indicator
   * @throws InvalidInputException if a part is missing or the title refused
   */
  public static Indicator of(IndicatorId id, LocalizedText title, Measure measure) {
    return new Indicator(
        id,
        title,
        measure,
        null,
        true,
        Validation.notNull("measure", measure).defaultAggregation(),
        null,
        List.of(),
        List.of());
  }

  /**
   * This indicator with a unit's label.
   *
   * @param label the label
   * @return the indicator
   */
  public Indicator withUnit(String label) {
    return new Indicator(
        id,
        title,
        measure,
        Validation.notNull("unit", label),
        ascending,
        aggregation,
        baseline,
        dimensions,
        periods,
        rule);
  }

  /**
   * This indicator, where lower values are better.
   *
   * @return the indicator
   */
  public Indicator descending() {
    return new Indicator(
        id, title, measure, unit, false, aggregation, baseline, dimensions, periods, rule);
  }

  /**
   * This indicator with another aggregation.
   *
   * @param newAggregation how a period's observations combine
   * @return the indicator
   * @throws InvalidInputException if the measure does not allow it
   */
  public Indicator withAggregation(Aggregation newAggregation) {
    return new Indicator(
        id, title, measure, unit, ascending, newAggregation, baseline, dimensions, periods, rule);
  }

  /**
   * This indicator with a baseline.
   *
   * @param newBaseline the baseline
   * @return the indicator
   * @throws InvalidInputException if its value is not of the measure's kind
   */
  public Indicator withBaseline(Baseline newBaseline) {
    return new Indicator(
        id,
        title,
        measure,
        unit,
        ascending,
        aggregation,
        Validation.notNull("baseline", newBaseline),
        dimensions,
        periods,
        rule);
  }

  /**
   * This indicator with one more dimension.
   *
   * @param dimension the dimension
   * @return the indicator
   * @throws InvalidInputException if its name is taken
   */
  public Indicator withDimension(Dimension dimension) {
    List<Dimension> more = new ArrayList<>(dimensions);
    more.add(Validation.notNull("dimension", dimension));
    return new Indicator(
        id, title, measure, unit, ascending, aggregation, baseline, more, periods, rule);
  }

  /**
   * This indicator with one more period.
   *
   * @param period the period
   * @return the indicator
   * @throws InvalidInputException if its id is taken, it overlaps another, or its target is not of
   *     the measure's kind
   */
  public Indicator withPeriod(Period period) {
    List<Period> more = new ArrayList<>(periods);
    more.add(Validation.notNull("period", period));
    return new Indicator(
        id, title, measure, unit, ascending, aggregation, baseline, dimensions, more, rule);
  }

  /**
   * This indicator, derived by a rule from the plan's records.
   *
   * @param newRule the rule
   * @return the indicator
   * @throws InvalidInputException if it is not a UNIT indicator combining by SUM without dimensions
   */
  public Indicator derivedBy(Rule newRule) {
    return new Indicator(
        id,
        title,
        measure,
        unit,
        ascending,
        aggregation,
        baseline,
        dimensions,
        periods,
        Validation.notNull("rule", newRule));
  }

  /**
   * This indicator with another target for one of its periods.
   *
   * @param period the period's id
   * @param target the target, or null for none
   * @return the indicator
   * @throws NotFoundException if it has no such period
   * @throws InvalidInputException if the target is not of the measure's kind
   */
  public Indicator withTarget(PeriodId period, @Nullable Value target) {
    Period current = period(period);
    List<Period> changed = new ArrayList<>();
    for (Period p : periods) {
      changed.add(p == current ? new Period(p.id(), p.start(), p.end(), target) : p);
    }
    return new Indicator(
        id, title, measure, unit, ascending, aggregation, baseline, dimensions, changed, rule);
  }

  /**
   * Finds a period.
   *
   * @param period its id
   * @return the period, or empty
   */
  public Optional<Period> findPeriod(PeriodId period) {
    return periods.stream().filter(p -> p.id().equals(period)).findFirst();
  }

  /**
   * A period.
   *
   * @param period its id
   * @return the period
   * @throws NotFoundException if the indicator has no period with that id
   */
  public Period period(PeriodId period) {
    return findPeriod(Validation.notNull("period", period))
        .orElseThrow(() -> new NotFoundException("period", period.toString()));
  }

  /**
   * Finds a dimension.
   *
   * @param name its name
   * @return the dimension, or empty
   */
  public Optional<Dimension> findDimension(String name) {
    return dimensions.stream().filter(d -> d.name().equals(name)).findFirst();
  }
}

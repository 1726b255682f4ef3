package io.github.coplan.domain.result;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A period's actual, derived from its approved observations when asked for, with its working.
 *
 * <p>Only approved observations count, and only those without dimension values count in the total
 * (those with them are breakdowns of it; {@link #of(Indicator, PeriodId, Collection, Map)} gives
 * one breakdown). How they combine is the indicator's {@link Aggregation}:
 *
 * <ul>
 *   <li>{@code SUM}: the sum of the amounts;
 *   <li>{@code LATEST}: the value of the latest observation: by the day observed, then the time
 *       recorded, then the id; a ratio's value is its percentage, a narrative has no number;
 *   <li>{@code LATEST_PER_REPORTER}: the sum of each reporter's latest amount;
 *   <li>{@code RATIO_OF_SUMS}: the sum of the numerators over the sum of the denominators, times
 *       100: 3/10 and 1/90 make 4 %, not the mean of 30 % and 1.1 %.
 * </ul>
 *
 * <p>A period without an approved observation is not reported: its value is null, never zero.
 *
 * @param value the value: a sum, an amount, a percentage or a level; null when not reported, and
 *     for a narrative
 * @param narrative the latest narrative, for a qualitative indicator; otherwise null
 * @param numerator the sum of the numerators of a percentage, or the latest one's; otherwise null
 * @param denominator the sum of the denominators of a percentage, or the latest one's; otherwise
 *     null
 * @param formula how the value was reached, with its numbers
 * @param counted the observations counted, in the order they were combined
 * @param warnings what a reader should know: observations awaiting review, breakdowns without a
 *     total
 * @param rule the rule that derived it, for a derived indicator (then nothing is counted, and a
 *     value of 0 is a count of none, as reported as any other); otherwise null
 * @since 0.5.0
 */
public record Actual(
    @Nullable BigDecimal value,
    Value.@Nullable Narrative narrative,
    @Nullable BigDecimal numerator,
    @Nullable BigDecimal denominator,
    String formula,
    List<ObservationId> counted,
    List<String> warnings,
    @Nullable Rule rule) {

  /** How many terms a formula shows before it says how many more there are. */
  static final int TERMS_SHOWN = 12;

  /** The order of "latest": by day observed, then time recorded, then id. */
  public static final Comparator<Observation> LATEST_LAST =
      Comparator.comparing(Observation::observedOn)
          .thenComparing(Observation::recordedAt)
          .thenComparing(o -> o.id().toString());

  /**
   * Copies the lists.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing
   */
  public Actual {
    Validation.notNull("formula", formula);
    counted = List.copyOf(Validation.notNull("counted", counted));
    warnings = List.copyOf(Validation.notNull("warnings", warnings));
  }

  /**
   * An observed actual: one derived from observations.
   *
   * @param value the value, or null
   * @param narrative the latest narrative, or null
   * @param numerator the numerator, or null
   * @param denominator the denominator, or null
   * @param formula how the value was reached
   * @param counted the observations counted
   * @param warnings what a reader should know
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing
   */
  public Actual(
      @Nullable BigDecimal value,
      Value.@Nullable Narrative narrative,
      @Nullable BigDecimal numerator,
      @Nullable BigDecimal denominator,
      String formula,
      List<ObservationId> counted,
      List<String> warnings) {
    this(value, narrative, numerator, denominator, formula, counted, warnings, null);
  }

  /**
   * The actual of a derived indicator's period: the count its rule made in the store.
   *
   * @param rule the rule
   * @param count how many records it counted in the period
   * @return the actual, its formula {@code count of … = 12}
   * @throws InvalidInputException if the rule is missing or the count negative
   */
  public static Actual derived(Rule rule, long count) {
    Rule of = Validation.notNull("rule", rule);
    if (count < 0) {
      throw InvalidInputException.of("count", Violation.OUT_OF_RANGE, "a count is not negative");
    }
    return new Actual(
        BigDecimal.valueOf(count),
        null,
        null,
        null,
        "count of " + of.describe() + " = " + count,
        List.of(),
        List.of(),
        of);
  }

  /**
   * Whether the period is reported: any approved observation was counted, or a rule derived it.
   *
   * @return whether the period is reported
   */
  public boolean reported() {
    return rule != null || !counted.isEmpty();
  }

  /**
   * The total of a period.
   *
   * @param indicator the indicator
   * @param period the period's id
   * @param observations observations, of any indicator, period and status: only the indicator's
   *     approved observations of the period without dimension values count
   * @return the actual
   * @throws NotFoundException if the indicator has no such period
   */
  public static Actual of(
      Indicator indicator, PeriodId period, Collection<Observation> observations) {
    return of(indicator, period, observations, Map.of());
  }

  /**
   * One breakdown of a period: what its approved observations with exactly these dimension values
   * make.
   *
   * @param indicator the indicator
   * @param period the period's id
   * @param observations observations, of any indicator, period and status
   * @param breakdown the dimension values, by name; empty for the total
   * @return the actual
   * @throws NotFoundException if the indicator has no such period
   */
  public static Actual of(
      Indicator indicator,
      PeriodId period,
      Collection<Observation> observations,
      Map<String, String> breakdown) {
    Indicator of = Validation.notNull("indicator", indicator);
    of.period(period);
    Validation.notNull("observations", observations);
    Validation.notNull("breakdown", breakdown);
    List<Observation> mine =
        observations.stream()
            .filter(o -> o.indicator().equals(of.id()) && o.period().equals(period))
            .collect(Collectors.toList());
    List<Observation> counted =
        mine.stream()
            .filter(o -> o.counts() && o.dimensions().equals(breakdown))
            .sorted(LATEST_LAST)
            .collect(Collectors.toList());
    List<String> warnings = new ArrayList<>();
    long waiting =
        mine.stream()
            .filter(
                o -> o.status() == ObservationStatus.SUBMITTED && o.dimensions().equals(breakdown))
            .count();
    if (waiting > 0) {
      warnings.add(waiting + " submitted observation(s) await review and are not counted");
    }
    if (counted.isEmpty()) {
      long parts =
          breakdown.isEmpty()
              ? mine.stream().filter(o -> o.counts() && !o.dimensions().isEmpty()).count()
              : 0;
      if (parts > 0) {
        warnings.add(
            parts
                + " approved observation(s) are breakdowns by dimension; they are not summed into"
                + " a total, since breakdowns by different dimensions overlap");
      }
      return new Actual(
          null,
          null,
          null,
          null,
          "not reported: no approved observation (not reported is not zero)",
          List.of(),
          warnings);
    }
    return switch (of.aggregation()) {
      case SUM -> sum(counted, "Σ observations", warnings);
      case LATEST -> latest(counted, warnings);
      case LATEST_PER_REPORTER -> latestPerReporter(counted, warnings);
      case RATIO_OF_SUMS -> ratioOfSums(counted, warnings);
    };
  }

  private static Actual sum(List<Observation> counted, String name, List<String> warnings) {
    List<BigDecimal> terms = new ArrayList<>();
    for (Observation o : counted) {
      terms.add(Validation.notNull("value", o.value().number()));
    }
    BigDecimal total = Arithmetic.plain(terms.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    return new Actual(
        total,
        null,
        null,
        null,
        name + " = " + terms(terms) + " = " + Arithmetic.text(total),
        ids(counted),
        warnings);
  }

  private static Actual latest(List<Observation> counted, List<String> warnings) {
    Observation last = counted.get(counted.size() - 1);
    String intro = "latest approved observation (observed " + last.observedOn() + ")";
    Value value = last.value();
    List<ObservationId> ids = List.of(last.id());
    if (value instanceof Value.Narrative n) {
      return new Actual(null, n, null, null, intro + " = " + n, ids, warnings);
    }
    BigDecimal number = Validation.notNull("value", value.number());
    if (value instanceof Value.Ratio r) {
      return new Actual(
          number,
          null,
          r.numerator(),
          r.denominator(),
          intro
              + " = "
              + Arithmetic.text(r.numerator())
              + " / "
              + Arithmetic.text(r.denominator())
              + " × 100 = "
              + Arithmetic.text(number),
          ids,
          warnings);
    }
    return new Actual(
        number, null, null, null, intro + " = " + Arithmetic.text(number), ids, warnings);
  }

  private static Actual latestPerReporter(List<Observation> counted, List<String> warnings) {
    Map<String, Observation> latest = new LinkedHashMap<>();
    for (Observation o : counted) {
      latest.put(o.reporter().toString(), o);
    }
    List<Observation> each = new ArrayList<>(latest.values());
    each.sort(LATEST_LAST);
    return sum(each, "Σ each reporter's latest observation", warnings);
  }

  private static Actual ratioOfSums(List<Observation> counted, List<String> warnings) {
    List<BigDecimal> numerators = new ArrayList<>();
    List<BigDecimal> denominators = new ArrayList<>();
    for (Observation o : counted) {
      Value.Ratio r = (Value.Ratio) o.value();
      numerators.add(r.numerator());
      denominators.add(r.denominator());
    }
    BigDecimal n = Arithmetic.plain(numerators.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    BigDecimal d = Arithmetic.plain(denominators.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    BigDecimal percent = Arithmetic.percent(n, d);
    return new Actual(
        percent,
        null,
        n,
        d,
        "Σ numerators / Σ denominators × 100 = ("
            + terms(numerators)
            + ") / ("
            + terms(denominators)
            + ") × 100 = "
            + Arithmetic.text(n)
            + " / "
            + Arithmetic.text(d)
            + " × 100 = "
            + Arithmetic.text(percent),
        ids(counted),
        warnings);
  }

  private static String terms(List<BigDecimal> terms) {
    String shown =
        terms.stream().limit(TERMS_SHOWN).map(Arithmetic::text).collect(Collectors.joining(" + "));
    int more = terms.size() - TERMS_SHOWN;
    return more > 0 ? shown + " + … (" + more + " more)" : shown;
  }

  private static List<ObservationId> ids(List<Observation> counted) {
    return counted.stream().map(Observation::id).collect(Collectors.toList());
  }
}

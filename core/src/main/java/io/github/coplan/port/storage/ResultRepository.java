package io.github.coplan.port.storage;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Evidence;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.domain.result.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores the results framework: each {@link Result} with its indicators and their periods, as one
 * aggregate; and the {@link Observation}s reported for them, each its own aggregate, of which only
 * the review (status and note) ever changes.
 *
 * <p>An indicator's id is unique across every result: a result holding an indicator id another
 * stored result holds is refused. Observations are kept in the order of {@link
 * io.github.coplan.domain.result.Actual#LATEST_LAST}: by the day observed, then the time recorded,
 * then the id. Actuals and progress are not stored: they are derived from the observations when
 * asked for.
 *
 * <p>Every method refuses a missing argument with {@link
 * io.github.coplan.domain.error.InvalidInputException} (code {@code required}, its path the
 * argument's name, and {@code id} for a single id) and changes nothing.
 *
 * @since 0.5.0
 */
public interface ResultRepository {

  /**
   * Finds a result.
   *
   * @param id the id
   * @return the result, or empty
   */
  Optional<Result> findResult(ResultId id);

  /**
   * Finds the result that holds an indicator.
   *
   * @param indicator the indicator's id
   * @return the result, or empty
   */
  Optional<Result> findResultOf(IndicatorId indicator);

  /**
   * The results of a plan.
   *
   * @param plan the plan
   * @return its results: those of the plan as a whole first, then by content area, then by id
   */
  List<Result> resultsOf(PlanId plan);

  /**
   * Stores a new result.
   *
   * @param result a result of version 0
   * @return the stored result, version 1
   * @throws io.github.coplan.domain.error.DuplicateException if its id is taken, or another result
   *     holds one of its indicators' ids
   * @throws io.github.coplan.domain.error.ConflictException if its version is not 0
   */
  Result insertResult(Result result);

  /**
   * Replaces a stored result, if its stored version is the given one. Its plan never changes.
   *
   * @param result the changed result, with the version it was read at
   * @return the stored result, its version one more
   * @throws io.github.coplan.domain.error.NotFoundException if there is none with its id
   * @throws io.github.coplan.domain.error.ConflictException if the stored version differs
   * @throws io.github.coplan.domain.error.DuplicateException if another result holds one of its
   *     indicators' ids
   */
  Result updateResult(Result result);

  /**
   * Finds an observation.
   *
   * @param id the id
   * @return the observation, or empty
   */
  Optional<Observation> findObservation(ObservationId id);

  /**
   * Stores a new observation of a stored result's indicator.
   *
   * @param observation an observation of version 0
   * @return the stored observation, version 1
   * @throws io.github.coplan.domain.error.DuplicateException if its id is taken
   * @throws io.github.coplan.domain.error.ConflictException if its version is not 0
   * @throws io.github.coplan.domain.error.NotFoundException if no stored result holds its indicator
   */
  Observation insertObservation(Observation observation);

  /**
   * Stores the review of a stored observation (its status and note), if its stored version is the
   * given one. Everything else of an observation is kept as first stored.
   *
   * @param observation the observation, with the version it was read at
   * @return the stored observation, its version one more
   * @throws io.github.coplan.domain.error.NotFoundException if there is none with its id
   * @throws io.github.coplan.domain.error.ConflictException if the stored version differs
   */
  Observation updateObservation(Observation observation);

  /**
   * The observations of an indicator, of every period and status.
   *
   * @param indicator the indicator
   * @return the observations, by the day observed, then the time recorded, then the id
   */
  List<Observation> observationsOf(IndicatorId indicator);

  /**
   * The observations of every indicator of a plan's results, of every period and status.
   *
   * @param plan the plan
   * @return the observations, by the day observed, then the time recorded, then the id
   */
  List<Observation> observationsOfPlan(PlanId plan);

  /**
   * What a rule counts over a plan's records in each of some periods, computed inside the store, as
   * {@link Rule} describes: the SQL stores answer it in one statement.
   *
   * @param plan the plan
   * @param rule the rule
   * @param periods the periods, each counted from its first day to its last, both included
   * @return the count of each period, by the period's id, every period given present (0 when the
   *     rule counts nothing in it)
   */
  Map<PeriodId, Long> derive(PlanId plan, Rule rule, List<Period> periods);

  /**
   * What the rules of several derived indicators of a plan count in each of their periods: for each
   * indicator, what {@link #derive} of its rule and periods gives. The progress of a plan asks this
   * once for all its derived indicators, so a store can answer with one read per kind of rule
   * rather than one per indicator; this default asks {@link #derive} once per indicator, after the
   * checks of {@link #checkDerived}.
   *
   * @param plan the plan
   * @param indicators derived indicators of the plan; may be empty
   * @return each indicator's counts, by its id in the list's order, its counts by period in its
   *     periods' order (every period present, 0 when nothing counts); an indicator listed twice has
   *     one entry
   * @throws InvalidInputException (code {@link Violation#REQUIRED}) if the plan, the list or one of
   *     its indicators is null; the path is {@code plan}, {@code indicators} or {@code
   *     indicators[i]}
   * @throws RuleViolationException ({@link RuleCode#INDICATOR_NOT_DERIVED}) if an indicator has no
   *     rule
   */
  default Map<IndicatorId, Map<PeriodId, Long>> deriveAll(PlanId plan, List<Indicator> indicators) {
    List<Indicator> checked = checkDerived(plan, indicators);
    Map<IndicatorId, Map<PeriodId, Long>> counts = new LinkedHashMap<>();
    for (Indicator indicator : checked) {
      counts.put(
          indicator.id(),
          Collections.unmodifiableMap(
              new LinkedHashMap<>(
                  derive(plan, Objects.requireNonNull(indicator.rule()), indicator.periods()))));
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * The checks of {@link #deriveAll} that need no store: a plan, a list, no null indicator, each
   * with a rule. For adapters that override {@code deriveAll}.
   *
   * @param plan the plan
   * @param indicators the indicators to count
   * @return an unmodifiable copy of the list
   * @throws InvalidInputException if the plan, the list or one of its indicators is null
   * @throws RuleViolationException if an indicator has no rule
   */
  static List<Indicator> checkDerived(PlanId plan, List<Indicator> indicators) {
    if (plan == null) {
      throw InvalidInputException.of("plan", Violation.REQUIRED, "a plan is required");
    }
    if (indicators == null) {
      throw InvalidInputException.of(
          "indicators", Violation.REQUIRED, "a list of indicators is required");
    }
    List<Indicator> copy = new ArrayList<>(indicators.size());
    int i = 0;
    for (Indicator indicator : indicators) {
      if (indicator == null) {
        throw InvalidInputException.of(
            "indicators[" + i + "]", Violation.REQUIRED, "an indicator is required");
      }
      if (indicator.rule() == null) {
        throw new RuleViolationException(
            RuleCode.INDICATOR_NOT_DERIVED,
            "indicator " + indicator.id() + " has no rule: its actuals come from its observations");
      }
      copy.add(indicator);
      i++;
    }
    return Collections.unmodifiableList(copy);
  }

  /**
   * The records a rule counts over a plan's records between two days, both included: its {@link
   * Evidence}. What {@link #derive} counts in a period is the number of these (for {@link
   * Rule.Attendees}, of the distinct people among them) from the period's first day to its last.
   *
   * @param plan the plan
   * @param rule the rule
   * @param from the first day
   * @param to the last day
   * @return the evidence, in {@link Evidence#ORDER}; empty when {@code to} is before {@code from}
   */
  List<Evidence> evidence(PlanId plan, Rule rule, LocalDate from, LocalDate to);
}

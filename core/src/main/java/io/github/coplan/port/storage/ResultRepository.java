package io.github.coplan.port.storage;

import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Evidence;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.domain.result.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

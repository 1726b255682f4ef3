package io.github.coplan.application;

import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Actual;
import io.github.coplan.domain.result.Evidence;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.IndicatorProgress;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Progress;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
import java.util.List;
import java.util.Map;

/**
 * The results framework of plans: results, their indicators and periods with targets, the
 * observations reported for them and their review, and the actuals and progress derived from the
 * approved ones when asked for.
 *
 * <p>Access: defining results, indicators, periods and targets needs {@code EDIT_PLAN} in the
 * result's content area (or on the plan, for a plan-wide result); reporting an observation needs
 * {@code RECORD_OUTCOMES} there; its reporter, or one who may record outcomes there, submits it;
 * approving, un-approving and returning need {@code EDIT_ACTIVITIES} there (a coordinator of the
 * content area reviews what its reporters report). Reading needs sight of the plan; a result,
 * indicator or observation of a plan the actor may not see is not found. A system actor may do
 * everything.
 *
 * @since 0.5.0
 */
public interface ResultUseCases {

  /**
   * Defines a result.
   *
   * @param command the command
   * @return the stored result, version 1
   * @throws io.github.coplan.domain.error.NotFoundException if the plan is not found
   * @throws io.github.coplan.domain.error.RuleViolationException {@code plan.content-area-unknown}
   *     if the plan has no such content area
   * @throws io.github.coplan.domain.error.AccessDeniedException without {@code EDIT_PLAN}
   */
  Result define(DefineResult command);

  /**
   * Adds an indicator to a result.
   *
   * @param command the command
   * @return the stored result, the new indicator last
   * @throws io.github.coplan.domain.error.NotFoundException if the result is not found
   * @throws io.github.coplan.domain.error.InvalidInputException if the indicator is refused
   * @throws io.github.coplan.domain.error.AccessDeniedException without {@code EDIT_PLAN}
   */
  Result defineIndicator(DefineIndicator command);

  /**
   * Adds a period to an indicator.
   *
   * @param command the command
   * @return the stored result
   * @throws io.github.coplan.domain.error.NotFoundException if the indicator is not found
   * @throws io.github.coplan.domain.error.InvalidInputException if the period overlaps another,
   *     ends before it starts, or its target is not of the measure's kind
   * @throws io.github.coplan.domain.error.AccessDeniedException without {@code EDIT_PLAN}
   */
  Result addPeriod(AddPeriod command);

  /**
   * Sets or clears a period's target.
   *
   * @param command the command
   * @return the stored result
   * @throws io.github.coplan.domain.error.NotFoundException if the indicator or period is not found
   * @throws io.github.coplan.domain.error.InvalidInputException if the target is not of the
   *     measure's kind
   * @throws io.github.coplan.domain.error.AccessDeniedException without {@code EDIT_PLAN}
   */
  Result setTarget(SetTarget command);

  /**
   * Reports an observation, as a draft, with the acting actor as its reporter.
   *
   * @param command the command
   * @return the stored observation, version 1
   * @throws io.github.coplan.domain.error.NotFoundException if the indicator or period is not found
   * @throws io.github.coplan.domain.error.InvalidInputException if the value, day or dimension
   *     values are refused
   * @throws io.github.coplan.domain.error.AccessDeniedException without {@code RECORD_OUTCOMES}
   * @throws io.github.coplan.domain.error.RuleViolationException {@code indicator.derived} if the
   *     indicator is derived by a rule
   */
  Observation report(ReportObservation command);

  /**
   * Takes a step in an observation's review.
   *
   * @param command the step
   * @return the stored observation
   * @throws io.github.coplan.domain.error.NotFoundException if the observation is not found
   * @throws io.github.coplan.domain.error.RuleViolationException {@code
   *     observation.illegal-transition} if the step is not allowed from its status
   * @throws io.github.coplan.domain.error.ConflictException if the command's version is stale
   * @throws io.github.coplan.domain.error.AccessDeniedException if the actor may not take it
   */
  Observation review(ReviewObservation command);

  /**
   * A result.
   *
   * @param id the id
   * @return the result
   * @throws io.github.coplan.domain.error.NotFoundException if it is not found
   */
  Result get(ResultId id);

  /**
   * The results of a plan.
   *
   * @param plan the plan
   * @return the results, those of the plan as a whole first, then by content area, then by id
   * @throws io.github.coplan.domain.error.NotFoundException if the plan is not found
   */
  List<Result> resultsOf(PlanId plan);

  /**
   * The observations of an indicator, of every period and status.
   *
   * @param indicator the indicator
   * @return the observations, by the day observed, then the time recorded, then the id
   * @throws io.github.coplan.domain.error.NotFoundException if the indicator is not found
   */
  List<Observation> observationsOf(IndicatorId indicator);

  /**
   * The actual of a period, derived now: from its approved observations, or for a derived indicator
   * by its rule over the plan's records, counted in the store.
   *
   * @param indicator the indicator
   * @param period the period
   * @param breakdown the dimension values of a breakdown, or empty for the total
   * @return the actual
   * @throws io.github.coplan.domain.error.NotFoundException if the indicator or period is not found
   * @throws io.github.coplan.domain.error.InvalidInputException if a breakdown is asked of a
   *     derived indicator
   */
  Actual actual(IndicatorId indicator, PeriodId period, Map<String, String> breakdown);

  /**
   * The progress of a period, derived now.
   *
   * @param indicator the indicator
   * @param period the period
   * @return the progress, with its working
   * @throws io.github.coplan.domain.error.NotFoundException if the indicator or period is not found
   */
  Progress progress(IndicatorId indicator, PeriodId period);

  /**
   * The progress of every period of every indicator of a plan's results, read in one unit.
   *
   * @param plan the plan
   * @return a line per period: by result (as {@link #resultsOf}), then indicator, then period
   * @throws io.github.coplan.domain.error.NotFoundException if the plan is not found
   */
  List<IndicatorProgress> progressOf(PlanId plan);

  /**
   * What a derived indicator's rule counted in a period: the activities, attendances or
   * introductions, read now from the plan's records. Its actual is their number (for {@link
   * io.github.coplan.domain.result.Rule.Attendees}, the number of distinct people among them).
   *
   * @param indicator the indicator
   * @param period the period
   * @return the evidence, in {@link Evidence#ORDER}
   * @throws io.github.coplan.domain.error.NotFoundException if the indicator or period is not found
   * @throws io.github.coplan.domain.error.RuleViolationException {@code indicator.not-derived} if
   *     the indicator has no rule
   */
  List<Evidence> evidence(IndicatorId indicator, PeriodId period);
}

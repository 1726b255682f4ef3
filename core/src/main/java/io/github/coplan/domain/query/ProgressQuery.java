package io.github.coplan.domain.query;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanId;
import java.time.LocalDate;

/**
 * What a progress report counts and lists: a plan, the day it is made for, the end of the upcoming
 * window, and how many of the overdue and of the upcoming activities it names.
 *
 * @param plan the plan
 * @param asOf the report day: activities whose latest planned day lies before it are overdue
 * @param upcomingUntil the last day of the upcoming window that starts on {@code asOf}
 * @param listLimit how many overdue activities, and how many upcoming ones, the report names at
 *     most: 0 to {@link #MAX_LIST_LIMIT}; the counts always cover them all
 */
public record ProgressQuery(PlanId plan, LocalDate asOf, LocalDate upcomingUntil, int listLimit) {

  /** How many overdue, and how many upcoming, activities a report names when no limit is given. */
  public static final int DEFAULT_LIST_LIMIT = 20;

  /** The largest {@link #listLimit()}. */
  public static final int MAX_LIST_LIMIT = 500;

  /**
   * Validates every part.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ProgressQuery {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("asOf", asOf);
    v.required("upcomingUntil", upcomingUntil);
    v.require(
        asOf == null || (asOf.getYear() >= 1 && asOf.getYear() <= 9999),
        "asOf",
        Violation.OUT_OF_RANGE,
        "year must be between 1 and 9999");
    v.require(
        upcomingUntil == null || (upcomingUntil.getYear() >= 1 && upcomingUntil.getYear() <= 9999),
        "upcomingUntil",
        Violation.OUT_OF_RANGE,
        "year must be between 1 and 9999");
    v.require(
        asOf == null || upcomingUntil == null || !upcomingUntil.isBefore(asOf),
        "upcomingUntil",
        Violation.END_BEFORE_START,
        "the upcoming window ends before the report day");
    v.require(
        listLimit >= 0 && listLimit <= MAX_LIST_LIMIT,
        "listLimit",
        Violation.OUT_OF_RANGE,
        "the list limit is 0 to " + MAX_LIST_LIMIT + ", was " + listLimit);
    v.throwIfAny();
  }

  /**
   * A query that names at most {@link #DEFAULT_LIST_LIMIT} overdue and upcoming activities.
   *
   * @param plan the plan
   * @param asOf the report day
   * @param upcomingUntil the last day of the upcoming window
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ProgressQuery(PlanId plan, LocalDate asOf, LocalDate upcomingUntil) {
    this(plan, asOf, upcomingUntil, DEFAULT_LIST_LIMIT);
  }

  /**
   * Whether an activity counts as overdue: its latest planned day lies before the report day and it
   * is neither completed nor cancelled ({@link Activity#isOverdue}).
   *
   * @param a the activity
   * @return true if overdue
   */
  public boolean isOverdue(Activity a) {
    return a.isOverdue(asOf);
  }

  /**
   * Whether an activity counts as upcoming: open, not in progress, earliest planned day in the
   * window.
   *
   * @param a the activity
   * @return true if upcoming
   */
  public boolean isUpcoming(Activity a) {
    LocalDate start = a.details().planned().earliestDay();
    return !a.status().isClosed()
        && a.status() != ActivityStatus.IN_PROGRESS
        && !start.isBefore(asOf)
        && !start.isAfter(upcomingUntil);
  }
}

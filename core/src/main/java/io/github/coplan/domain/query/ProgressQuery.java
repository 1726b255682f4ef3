package io.github.coplan.domain.query;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.internal.Validation;
import java.time.LocalDate;

/**
 * What a progress report counts: a plan, the day it is made for, and the end of the upcoming window.
 *
 * @param plan the plan
 * @param asOf the report day: activities whose latest planned day lies before it are overdue
 * @param upcomingUntil the last day of the upcoming window that starts on {@code asOf}
 */
public record ProgressQuery(PlanId plan, LocalDate asOf, LocalDate upcomingUntil) {

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
    v.require(asOf == null || (asOf.getYear() >= 1 && asOf.getYear() <= 9999), "asOf", Violation.OUT_OF_RANGE, "year must be between 1 and 9999");
    v.require(upcomingUntil == null || (upcomingUntil.getYear() >= 1 && upcomingUntil.getYear() <= 9999),
        "upcomingUntil", Violation.OUT_OF_RANGE, "year must be between 1 and 9999");
    v.require(asOf == null || upcomingUntil == null || !upcomingUntil.isBefore(asOf), "upcomingUntil", Violation.END_BEFORE_START,
        "the upcoming window ends before the report day");
    v.throwIfAny();
  }

  /**
   * Whether an activity counts as upcoming: open, not in progress, earliest planned day in the window.
   *
   * @param a the activity
   * @return true if upcoming
   */
  public boolean isUpcoming(io.github.coplan.domain.activity.Activity a) {
    LocalDate start = a.details().planned().earliestDay();
    return !a.status().isClosed()
        && a.status() != io.github.coplan.domain.activity.ActivityStatus.IN_PROGRESS
        && !start.isBefore(asOf)
        && !start.isAfter(upcomingUntil);
  }
}

package io.github.coplan.application;

import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.shared.Validation;

/**
 * Replaces what describes an activity.
 *
 * @param activity which activity
 * @param details what describes it now
 */
public record ReviseActivity(ActivityId activity, ActivityDetails details) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ReviseActivity {
    Validation v = new Validation();
    v.required("activity", activity);
    v.required("details", details);
    v.throwIfAny();
  }
}

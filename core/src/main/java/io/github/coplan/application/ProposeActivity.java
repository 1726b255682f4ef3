package io.github.coplan.application;

import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.plan.PlanId;
import org.jspecify.annotations.Nullable;
import io.github.coplan.domain.internal.Validation;

/**
 * Proposes a new activity in a plan.
 *
 * @param plan the plan
 * @param details what describes it
 * @param parent the activity it is part of, or null
 */
public record ProposeActivity(PlanId plan, ActivityDetails details, @Nullable ActivityId parent) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ProposeActivity {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("details", details);
    v.throwIfAny();
  }
}

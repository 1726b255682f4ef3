package io.github.coplan.application;

import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanId;
import org.jspecify.annotations.Nullable;

/**
 * Proposes a new activity in a plan: {@code new ProposeActivity(plan, details)}, and {@link
 * #withParent} for one that is part of another.
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

  /**
   * An activity that is part of no other.
   *
   * @param plan the plan
   * @param details what describes it
   */
  public ProposeActivity(PlanId plan, ActivityDetails details) {
    this(plan, details, null);
  }

  /**
   * This command for an activity that is part of another, in the same plan.
   *
   * @param parent the activity it is part of
   * @return the command with it
   */
  public ProposeActivity withParent(ActivityId parent) {
    return new ProposeActivity(plan, details, parent);
  }
}

package io.github.coplan.application;

import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Moves a plan through its lifecycle (see {@link io.github.coplan.domain.plan.PlanStatus}).
 *
 * @param plan which plan
 * @param transition which transition
 * @param reason why; required to suspend or cancel, ignored otherwise
 */
public record ChangePlanStatus(PlanId plan, Transition transition, @Nullable String reason) {

  /** The plan transitions. */
  public enum Transition {
    /** DRAFT → ACTIVE: needs two parties and a period. */
    ACTIVATE,
    /** ACTIVE → SUSPENDED, with a reason. */
    SUSPEND,
    /** SUSPENDED → ACTIVE. */
    RESUME,
    /** ACTIVE → COMPLETED: freezes the plan. */
    COMPLETE,
    /** DRAFT, ACTIVE or SUSPENDED → CANCELLED, with a reason: freezes the plan. */
    CANCEL
  }

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ChangePlanStatus {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("transition", transition);
    v.throwIfAny();
  }

  /**
   * Activate a draft.
   *
   * @param plan the plan
   * @return the command
   */
  public static ChangePlanStatus activate(PlanId plan) {
    return new ChangePlanStatus(plan, Transition.ACTIVATE, null);
  }

  /**
   * Suspend an active plan.
   *
   * @param plan the plan
   * @param reason why
   * @return the command
   */
  public static ChangePlanStatus suspend(PlanId plan, String reason) {
    return new ChangePlanStatus(plan, Transition.SUSPEND, reason);
  }

  /**
   * Resume a suspended plan.
   *
   * @param plan the plan
   * @return the command
   */
  public static ChangePlanStatus resume(PlanId plan) {
    return new ChangePlanStatus(plan, Transition.RESUME, null);
  }

  /**
   * Complete an active plan.
   *
   * @param plan the plan
   * @return the command
   */
  public static ChangePlanStatus complete(PlanId plan) {
    return new ChangePlanStatus(plan, Transition.COMPLETE, null);
  }

  /**
   * Cancel a plan.
   *
   * @param plan the plan
   * @param reason why
   * @return the command
   */
  public static ChangePlanStatus cancel(PlanId plan, String reason) {
    return new ChangePlanStatus(plan, Transition.CANCEL, reason);
  }
}

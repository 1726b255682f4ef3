package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanId;
import org.jspecify.annotations.Nullable;

/**
 * Moves a plan through its lifecycle (see {@link io.github.coplan.domain.plan.PlanStatus}): one
 * record per transition, each holding exactly what that transition needs. Build them with the
 * factories ({@code ChangePlanStatus.activate(id)}, {@code ChangePlanStatus.suspend(id,
 * "elections")}) and add {@code .expecting(version)} where an edit screen must not overwrite a
 * newer change.
 *
 * <p>Each record validates what it holds when it is made and throws an {@link
 * io.github.coplan.domain.error.InvalidInputException} listing every violation: a reason is
 * required to suspend or cancel, as it is to postpone or cancel an activity. Whether the transition
 * is allowed from the plan's current status is decided when the command runs ({@link
 * io.github.coplan.domain.error.RuleViolationException}).
 */
public sealed interface ChangePlanStatus
    permits ChangePlanStatus.Activate,
        ChangePlanStatus.Suspend,
        ChangePlanStatus.Resume,
        ChangePlanStatus.Complete,
        ChangePlanStatus.Cancel {

  /**
   * Which plan.
   *
   * @return the plan's id
   */
  PlanId plan();

  /**
   * The version the change is based on.
   *
   * @return the version, or null to change whatever version is stored; when given and stale, the
   *     change is refused with a {@link io.github.coplan.domain.error.ConflictException}
   */
  @Nullable Long expectedVersion();

  /**
   * DRAFT → ACTIVE.
   *
   * @param plan which plan
   * @return the command
   */
  static Activate activate(PlanId plan) {
    return new Activate(plan, null);
  }

  /**
   * ACTIVE → SUSPENDED.
   *
   * @param plan which plan
   * @param reason why; required
   * @return the command
   */
  static Suspend suspend(PlanId plan, String reason) {
    return new Suspend(plan, reason, null);
  }

  /**
   * SUSPENDED → ACTIVE.
   *
   * @param plan which plan
   * @return the command
   */
  static Resume resume(PlanId plan) {
    return new Resume(plan, null);
  }

  /**
   * ACTIVE → COMPLETED.
   *
   * @param plan which plan
   * @return the command
   */
  static Complete complete(PlanId plan) {
    return new Complete(plan, null);
  }

  /**
   * DRAFT, ACTIVE or SUSPENDED → CANCELLED.
   *
   * @param plan which plan
   * @param reason why; required
   * @return the command
   */
  static Cancel cancel(PlanId plan, String reason) {
    return new Cancel(plan, reason, null);
  }

  /**
   * DRAFT → ACTIVE: needs two parties and a period.
   *
   * @param plan which plan
   * @param expectedVersion the version the change is based on, or null
   */
  record Activate(PlanId plan, @Nullable Long expectedVersion) implements ChangePlanStatus {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public Activate {
      Validation.notNull("plan", plan);
    }

    /**
     * This command, refused if the plan's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Activate expecting(long version) {
      return new Activate(plan, version);
    }
  }

  /**
   * ACTIVE → SUSPENDED.
   *
   * @param plan which plan
   * @param reason why: one line, trimmed and normalised; required
   * @param expectedVersion the version the change is based on, or null
   */
  record Suspend(PlanId plan, String reason, @Nullable Long expectedVersion)
      implements ChangePlanStatus {

    /**
     * Validates the command and normalises the reason.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public Suspend {
      Validation v = new Validation();
      v.required("plan", plan);
      reason = v.line("reason", reason);
      v.throwIfAny();
    }

    /**
     * This command, refused if the plan's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Suspend expecting(long version) {
      return new Suspend(plan, reason, version);
    }
  }

  /**
   * SUSPENDED → ACTIVE.
   *
   * @param plan which plan
   * @param expectedVersion the version the change is based on, or null
   */
  record Resume(PlanId plan, @Nullable Long expectedVersion) implements ChangePlanStatus {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public Resume {
      Validation.notNull("plan", plan);
    }

    /**
     * This command, refused if the plan's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Resume expecting(long version) {
      return new Resume(plan, version);
    }
  }

  /**
   * ACTIVE → COMPLETED; the plan and its activities are frozen from then on.
   *
   * @param plan which plan
   * @param expectedVersion the version the change is based on, or null
   */
  record Complete(PlanId plan, @Nullable Long expectedVersion) implements ChangePlanStatus {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public Complete {
      Validation.notNull("plan", plan);
    }

    /**
     * This command, refused if the plan's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Complete expecting(long version) {
      return new Complete(plan, version);
    }
  }

  /**
   * DRAFT, ACTIVE or SUSPENDED → CANCELLED; the plan and its activities are frozen from then on.
   *
   * @param plan which plan
   * @param reason why: one line, trimmed and normalised; required
   * @param expectedVersion the version the change is based on, or null
   */
  record Cancel(PlanId plan, String reason, @Nullable Long expectedVersion)
      implements ChangePlanStatus {

    /**
     * Validates the command and normalises the reason.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public Cancel {
      Validation v = new Validation();
      v.required("plan", plan);
      reason = v.line("reason", reason);
      v.throwIfAny();
    }

    /**
     * This command, refused if the plan's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Cancel expecting(long version) {
      return new Cancel(plan, reason, version);
    }
  }
}

package io.github.coplan.application;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * Moves an activity through its lifecycle (see {@link
 * io.github.coplan.domain.activity.ActivityStatus}): one record per transition, each holding
 * exactly what that transition needs. Build them with the factories ({@code
 * ChangeActivityStatus.schedule(id)}, {@code ChangeActivityStatus.cancel(id, "no budget")}) and add
 * {@code .expecting(version)} where an edit screen must not overwrite a newer change.
 *
 * <p>Each record validates what it holds when it is made and throws an {@link
 * io.github.coplan.domain.error.InvalidInputException} listing every violation; whether the
 * transition is allowed from the activity's current status is decided when the command runs ({@link
 * io.github.coplan.domain.error.RuleViolationException}).
 */
public sealed interface ChangeActivityStatus
    permits ChangeActivityStatus.Plan,
        ChangeActivityStatus.Schedule,
        ChangeActivityStatus.Start,
        ChangeActivityStatus.Complete,
        ChangeActivityStatus.Postpone,
        ChangeActivityStatus.Cancel {

  /**
   * Which activity.
   *
   * @return the activity's id
   */
  ActivityId activity();

  /**
   * The version the change is based on.
   *
   * @return the version, or null to change whatever version is stored; when given and stale, the
   *     change is refused with a {@link io.github.coplan.domain.error.ConflictException}
   */
  @Nullable Long expectedVersion();

  /**
   * PROPOSED or POSTPONED → PLANNED, keeping the planned span.
   *
   * @param activity which activity
   * @return the command
   */
  static Plan plan(ActivityId activity) {
    return new Plan(activity, null, null);
  }

  /**
   * PROPOSED or POSTPONED → PLANNED, with a new planned span.
   *
   * @param activity which activity
   * @param planned the new planned span
   * @return the command
   */
  static Plan plan(ActivityId activity, DateSpan planned) {
    return new Plan(activity, Validation.notNull("planned", planned), null);
  }

  /**
   * PLANNED or POSTPONED → SCHEDULED, keeping the planned span.
   *
   * @param activity which activity
   * @return the command
   */
  static Schedule schedule(ActivityId activity) {
    return new Schedule(activity, null, null);
  }

  /**
   * PLANNED or POSTPONED → SCHEDULED, with a new planned span.
   *
   * @param activity which activity
   * @param planned the new planned span
   * @return the command
   */
  static Schedule schedule(ActivityId activity, DateSpan planned) {
    return new Schedule(activity, Validation.notNull("planned", planned), null);
  }

  /**
   * SCHEDULED → IN_PROGRESS.
   *
   * @param activity which activity
   * @param actualStart when it actually started: a day, or as precisely as it is known
   * @return the command
   */
  static Start start(ActivityId activity, PartialDate actualStart) {
    return new Start(activity, actualStart, null);
  }

  /**
   * IN_PROGRESS → COMPLETED, keeping the actual start recorded when it started.
   *
   * @param activity which activity
   * @param actualEnd when it actually ended
   * @return the command
   */
  static Complete complete(ActivityId activity, PartialDate actualEnd) {
    return new Complete(activity, null, actualEnd, null);
  }

  /**
   * SCHEDULED or IN_PROGRESS → COMPLETED, with both actual dates.
   *
   * @param activity which activity
   * @param actualStart when it actually started
   * @param actualEnd when it actually ended
   * @return the command
   */
  static Complete complete(ActivityId activity, PartialDate actualStart, PartialDate actualEnd) {
    return new Complete(activity, Validation.notNull("actualStart", actualStart), actualEnd, null);
  }

  /**
   * PLANNED or SCHEDULED → POSTPONED.
   *
   * @param activity which activity
   * @param reason why; required
   * @return the command
   */
  static Postpone postpone(ActivityId activity, String reason) {
    return new Postpone(activity, reason, null);
  }

  /**
   * Any open status → CANCELLED.
   *
   * @param activity which activity
   * @param reason why; required
   * @return the command
   */
  static Cancel cancel(ActivityId activity, String reason) {
    return new Cancel(activity, reason, null);
  }

  /**
   * PROPOSED or POSTPONED → PLANNED.
   *
   * @param activity which activity
   * @param planned a new planned span, or null to keep it
   * @param expectedVersion the version the change is based on, or null
   */
  record Plan(ActivityId activity, @Nullable DateSpan planned, @Nullable Long expectedVersion)
      implements ChangeActivityStatus {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException if the activity is missing
     */
    public Plan {
      Validation.notNull("activity", activity);
    }

    /**
     * This command, refused if the activity's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Plan expecting(long version) {
      return new Plan(activity, planned, version);
    }
  }

  /**
   * PLANNED or POSTPONED → SCHEDULED.
   *
   * @param activity which activity
   * @param planned a new planned span, or null to keep it
   * @param expectedVersion the version the change is based on, or null
   */
  record Schedule(ActivityId activity, @Nullable DateSpan planned, @Nullable Long expectedVersion)
      implements ChangeActivityStatus {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException if the activity is missing
     */
    public Schedule {
      Validation.notNull("activity", activity);
    }

    /**
     * This command, refused if the activity's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Schedule expecting(long version) {
      return new Schedule(activity, planned, version);
    }
  }

  /**
   * SCHEDULED → IN_PROGRESS.
   *
   * @param activity which activity
   * @param actualStart when it actually started
   * @param expectedVersion the version the change is based on, or null
   */
  record Start(ActivityId activity, PartialDate actualStart, @Nullable Long expectedVersion)
      implements ChangeActivityStatus {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing what is missing
     */
    public Start {
      Validation v = new Validation();
      v.required("activity", activity);
      v.required("actualStart", actualStart);
      v.throwIfAny();
    }

    /**
     * This command, refused if the activity's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Start expecting(long version) {
      return new Start(activity, actualStart, version);
    }
  }

  /**
   * SCHEDULED or IN_PROGRESS → COMPLETED. The end may not lie before the start.
   *
   * @param activity which activity
   * @param actualStart when it actually started, or null to keep the start recorded when it started
   *     (completing a SCHEDULED activity needs it)
   * @param actualEnd when it actually ended
   * @param expectedVersion the version the change is based on, or null
   */
  record Complete(
      ActivityId activity,
      @Nullable PartialDate actualStart,
      PartialDate actualEnd,
      @Nullable Long expectedVersion)
      implements ChangeActivityStatus {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing what is missing
     */
    public Complete {
      Validation v = new Validation();
      v.required("activity", activity);
      v.required("actualEnd", actualEnd);
      v.throwIfAny();
    }

    /**
     * This command, refused if the activity's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Complete expecting(long version) {
      return new Complete(activity, actualStart, actualEnd, version);
    }
  }

  /**
   * PLANNED or SCHEDULED → POSTPONED.
   *
   * @param activity which activity
   * @param reason why: one line, trimmed and normalised; required
   * @param expectedVersion the version the change is based on, or null
   */
  record Postpone(ActivityId activity, String reason, @Nullable Long expectedVersion)
      implements ChangeActivityStatus {

    /**
     * Validates the command and normalises the reason.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public Postpone {
      Validation v = new Validation();
      v.required("activity", activity);
      reason = v.line("reason", reason);
      v.throwIfAny();
    }

    /**
     * This command, refused if the activity's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Postpone expecting(long version) {
      return new Postpone(activity, reason, version);
    }
  }

  /**
   * Any open status → CANCELLED.
   *
   * @param activity which activity
   * @param reason why: one line, trimmed and normalised; required
   * @param expectedVersion the version the change is based on, or null
   */
  record Cancel(ActivityId activity, String reason, @Nullable Long expectedVersion)
      implements ChangeActivityStatus {

    /**
     * Validates the command and normalises the reason.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public Cancel {
      Validation v = new Validation();
      v.required("activity", activity);
      reason = v.line("reason", reason);
      v.throwIfAny();
    }

    /**
     * This command, refused if the activity's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public Cancel expecting(long version) {
      return new Cancel(activity, reason, version);
    }
  }
}

package io.github.coplan.application;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * Moves an activity through its lifecycle (see {@link
 * io.github.coplan.domain.activity.ActivityStatus}). Use the factories; each takes what its
 * transition needs.
 *
 * @param activity which activity
 * @param transition which transition
 * @param planned a new planned span for {@code PLAN} and {@code SCHEDULE}, or null to keep it
 * @param actualStart the actual start for {@code START} and {@code COMPLETE}
 * @param actualEnd the actual end for {@code COMPLETE}
 * @param reason why, for {@code POSTPONE} and {@code CANCEL}
 */
public record ChangeActivityStatus(
    ActivityId activity,
    Transition transition,
    @Nullable DateSpan planned,
    @Nullable PartialDate actualStart,
    @Nullable PartialDate actualEnd,
    @Nullable String reason) {

  /** The activity transitions. */
  public enum Transition {
    /** PROPOSED or POSTPONED → PLANNED. */
    PLAN,
    /** PLANNED or POSTPONED → SCHEDULED. */
    SCHEDULE,
    /** SCHEDULED → IN_PROGRESS: needs the actual start. */
    START,
    /** SCHEDULED or IN_PROGRESS → COMPLETED: needs actual start and end. */
    COMPLETE,
    /** PLANNED or SCHEDULED → POSTPONED: needs a reason. */
    POSTPONE,
    /** Any open status → CANCELLED: needs a reason. */
    CANCEL
  }

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ChangeActivityStatus {
    Validation v = new Validation();
    v.required("activity", activity);
    v.required("transition", transition);
    v.throwIfAny();
  }

  /**
   * Agree a proposed or postponed activity.
   *
   * @param activity the activity
   * @return the command
   */
  public static ChangeActivityStatus plan(ActivityId activity) {
    return new ChangeActivityStatus(activity, Transition.PLAN, null, null, null, null);
  }

  /**
   * Fix the dates of a planned or postponed activity.
   *
   * @param activity the activity
   * @param planned the fixed planned span, or null to keep it
   * @return the command
   */
  public static ChangeActivityStatus schedule(ActivityId activity, @Nullable DateSpan planned) {
    return new ChangeActivityStatus(activity, Transition.SCHEDULE, planned, null, null, null);
  }

  /**
   * Record that a scheduled activity started.
   *
   * @param activity the activity
   * @param actualStart when it started (a day, or as precisely as known)
   * @return the command
   */
  public static ChangeActivityStatus start(ActivityId activity, @Nullable PartialDate actualStart) {
    return new ChangeActivityStatus(activity, Transition.START, null, actualStart, null, null);
  }

  /**
   * Record that an activity was done.
   *
   * @param activity the activity
   * @param actualStart when it started (a day, or as precisely as known), or null to keep the recorded start
   * @param actualEnd when it ended (a day, or as precisely as known)
   * @return the command
   */
  public static ChangeActivityStatus complete(
      ActivityId activity, @Nullable PartialDate actualStart, @Nullable PartialDate actualEnd) {
    return new ChangeActivityStatus(activity, Transition.COMPLETE, null, actualStart, actualEnd, null);
  }

  /**
   * Put an activity off.
   *
   * @param activity the activity
   * @param reason why
   * @return the command
   */
  public static ChangeActivityStatus postpone(ActivityId activity, @Nullable String reason) {
    return new ChangeActivityStatus(activity, Transition.POSTPONE, null, null, null, reason);
  }

  /**
   * Call an activity off.
   *
   * @param activity the activity
   * @param reason why
   * @return the command
   */
  public static ChangeActivityStatus cancel(ActivityId activity, @Nullable String reason) {
    return new ChangeActivityStatus(activity, Transition.CANCEL, null, null, null, reason);
  }
}

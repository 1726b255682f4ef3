package io.github.coplan.application;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Changes the status of a participation.
 *
 * @param activity which activity
 * @param participant who
 * @param role in which role
 * @param status the new status
 * @param expectedVersion the version the change is based on, or null to change whatever version is
 *     stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record ChangeParticipation(
    ActivityId activity,
    Participant participant,
    ParticipationRole role,
    ParticipationStatus status,
    @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ChangeParticipation {
    Validation v = new Validation();
    v.required("activity", activity);
    v.required("participant", participant);
    v.required("role", role);
    v.required("status", status);
    v.throwIfAny();
  }

  /**
   * Changes the participation in whatever version is stored.
   *
   * @param activity which activity
   * @param participant who
   * @param role in which role
   * @param status the new status
   */
  public ChangeParticipation(
      ActivityId activity,
      Participant participant,
      ParticipationRole role,
      ParticipationStatus status) {
    this(activity, participant, role, status, null);
  }

  /**
   * This command, refused if the activity's version is no longer {@code version}.
   *
   * @param version the version the change is based on
   * @return the command with the expected version
   */
  public ChangeParticipation expecting(long version) {
    return new ChangeParticipation(activity, participant, role, status, version);
  }
}

package io.github.coplan.application;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.internal.Validation;

/**
 * Changes the status of a participation.
 *
 * @param activity which activity
 * @param participant who
 * @param role in which role
 * @param status the new status
 */
public record ChangeParticipation(ActivityId activity, Participant participant, ParticipationRole role, ParticipationStatus status) {

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
}

package io.github.coplan.application;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import org.jspecify.annotations.Nullable;
import io.github.coplan.domain.internal.Validation;

/**
 * Adds a participant to an activity in a role. For a person without an explicit affiliation, the affiliation they held on the activity's first day (the actual start's earliest day, else the planned span's) is kept as a snapshot.
 *
 * @param activity which activity
 * @param participant who
 * @param role in which role
 * @param status the participation's status
 * @param affiliation an explicit affiliation snapshot, or null to take it from the person
 */
public record AddParticipant(ActivityId activity, Participant participant, ParticipationRole role, ParticipationStatus status, @Nullable AffiliationSnapshot affiliation) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public AddParticipant {
    Validation v = new Validation();
    v.required("activity", activity);
    v.required("participant", participant);
    v.required("role", role);
    v.required("status", status);
    v.throwIfAny();
  }
}

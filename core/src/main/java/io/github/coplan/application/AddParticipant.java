package io.github.coplan.application;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Adds a participant to an activity in a role. For a person without an explicit affiliation, the
 * affiliation they held on the activity's first day (the actual start's earliest day, else the
 * planned span's) is kept as a snapshot.
 *
 * @param activity which activity
 * @param participant who
 * @param role in which role
 * @param status the participation's status
 * @param affiliation an explicit affiliation snapshot, or null to take it from the person
 * @param expectedVersion the version the change is based on, or null to change whatever version is
 *     stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record AddParticipant(
    ActivityId activity,
    Participant participant,
    ParticipationRole role,
    ParticipationStatus status,
    @Nullable AffiliationSnapshot affiliation,
    @Nullable Long expectedVersion) {

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

  /**
   * Adds the participant, taking a person's affiliation from their record.
   *
   * @param activity which activity
   * @param participant who
   * @param role in which role
   * @param status the participation's status
   */
  public AddParticipant(
      ActivityId activity,
      Participant participant,
      ParticipationRole role,
      ParticipationStatus status) {
    this(activity, participant, role, status, null, null);
  }

  /**
   * This command with an explicit affiliation snapshot, for a person only.
   *
   * @param affiliation an explicit affiliation snapshot
   * @return the command with it
   */
  public AddParticipant withAffiliation(AffiliationSnapshot affiliation) {
    return new AddParticipant(activity, participant, role, status, affiliation, expectedVersion);
  }

  /**
   * This command, refused if the activity's version is no longer {@code version}.
   *
   * @param version the version the change is based on
   * @return the command with the expected version
   */
  public AddParticipant expecting(long version) {
    return new AddParticipant(activity, participant, role, status, affiliation, version);
  }
}

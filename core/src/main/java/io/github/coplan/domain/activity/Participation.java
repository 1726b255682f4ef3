package io.github.coplan.domain.activity;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * A participant's part in an activity. A participant has at most one participation per role per
 * activity.
 *
 * @param participant who
 * @param role in which role
 * @param status where it stands
 * @param affiliation the person's affiliation at the time, or null (always null for organisations)
 */
public record Participation(
    Participant participant,
    ParticipationRole role,
    ParticipationStatus status,
    @Nullable AffiliationSnapshot affiliation) {

  /**
   * Validates every part.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public Participation {
    Validation v = new Validation();
    v.required("participant", participant);
    v.required("role", role);
    v.required("status", status);
    v.require(
        affiliation == null || participant == null || participant instanceof Participant.Person,
        "affiliation",
        Violation.OUT_OF_RANGE,
        "only a person has an affiliation");
    v.throwIfAny();
  }

  /**
   * Whether this is the participation of {@code who} in {@code inRole}.
   *
   * @param who the participant
   * @param inRole the role
   * @return true if both match
   */
  public boolean is(Participant who, ParticipationRole inRole) {
    return participant.equals(who) && role == inRole;
  }
}

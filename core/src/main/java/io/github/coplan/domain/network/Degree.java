package io.github.coplan.domain.network;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;

/**
 * How connected a participant is: with how many others it met, and how many meetings that took.
 *
 * @param participant the participant
 * @param connections how many distinct participants it met
 * @param meetings how many meetings, summed over those participants
 * @since 0.4.0
 */
public record Degree(Participant participant, int connections, int meetings) {

  /**
   * Checks the parts.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if the participant is missing or a
   *     count is below 1 or the meetings fewer than the connections
   */
  public Degree {
    Validation v = new Validation();
    v.required("participant", participant);
    v.require(connections >= 1, "connections", Violation.OUT_OF_RANGE, "at least 1");
    v.require(meetings >= connections, "meetings", Violation.OUT_OF_RANGE, "at least one each");
    v.throwIfAny();
  }
}

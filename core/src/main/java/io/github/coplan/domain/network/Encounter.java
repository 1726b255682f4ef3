package io.github.coplan.domain.network;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.internal.Validation;

/**
 * A meeting seen from one side: who met whom, and the meeting, its first role the first side's.
 *
 * @param first the first side
 * @param second the second side
 * @param meeting the meeting
 * @since 0.4.0
 */
public record Encounter(Participant first, Participant second, Meeting meeting) {

  /**
   * Checks the parts.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing
   */
  public Encounter {
    Validation v = new Validation();
    v.required("first", first);
    v.required("second", second);
    v.required("meeting", meeting);
    v.throwIfAny();
  }
}

package io.github.coplan.domain.activity;

/** The part a participant plays in an activity. */
public enum ParticipationRole {
  /** Organises it. */
  ORGANISER,
  /** Hosts it. */
  HOST,
  /** Brings expertise or trains. */
  EXPERT,
  /** Speaks. */
  SPEAKER,
  /** Leads a delegation: the head of a study tour or visit. */
  HEAD_OF_DELEGATION,
  /** Member of a delegation. */
  DELEGATE,
  /** Attends. */
  ATTENDEE,
  /** Shows products or start-ups. */
  EXHIBITOR,
  /**
   * Interprets for a delegation; a member of it.
   *
   * @since 0.4.0
   */
  INTERPRETER,
  /**
   * Liaises between a delegation and its hosts; a member of it.
   *
   * @since 0.4.0
   */
  LIAISON;

  /**
   * Whether a participant in this role is a member of the activity's delegation: its head, a
   * delegate, an interpreter or a liaison. Only members attend the stops of an itinerary.
   *
   * @return true for the four delegation roles
   * @since 0.4.0
   */
  public boolean isDelegation() {
    return this == HEAD_OF_DELEGATION || this == DELEGATE || this == INTERPRETER || this == LIAISON;
  }
}

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
  /** Leads a delegation. */
  HEAD_OF_DELEGATION,
  /** Member of a delegation. */
  DELEGATE,
  /** Attends. */
  ATTENDEE,
  /** Shows products or start-ups. */
  EXHIBITOR
}

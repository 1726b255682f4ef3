package io.github.coplan.domain.activity;

/**
 * The two kinds of {@link Participant}.
 *
 * @since 0.4.0
 */
public enum ParticipantKind {
  /** A {@link Participant.Person}. */
  PERSON,
  /** A {@link Participant.Organisation}. */
  ORGANISATION
}

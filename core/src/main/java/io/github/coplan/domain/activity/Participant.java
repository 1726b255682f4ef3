package io.github.coplan.domain.activity;

import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.internal.Validation;
import java.util.UUID;

/**
 * Who takes part: an organisation or a person.
 *
 * @param kind organisation or person
 * @param id the organisation's or person's id value
 */
public record Participant(Kind kind, UUID id) {

  /** Whether the participant is an organisation or a person. */
  public enum Kind {
    /** An organisation. */
    ORGANISATION,
    /** A person. */
    PERSON
  }

  /**
   * Checks that both parts are present.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if one is missing
   */
  public Participant {
    Validation v = new Validation();
    v.required("kind", kind);
    v.required("id", id);
    v.throwIfAny();
  }

  /**
   * An organisation as participant.
   *
   * @param organisation the organisation
   * @return the participant
   */
  public static Participant of(OrganisationId organisation) {
    return new Participant(Kind.ORGANISATION, Validation.notNull("participant", organisation).value());
  }

  /**
   * A person as participant.
   *
   * @param person the person
   * @return the participant
   */
  public static Participant of(PersonId person) {
    return new Participant(Kind.PERSON, Validation.notNull("participant", person).value());
  }

  @Override
  public String toString() {
    return (kind == Kind.ORGANISATION ? "organisation:" : "person:") + id;
  }
}

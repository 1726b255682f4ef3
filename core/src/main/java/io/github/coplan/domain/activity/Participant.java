package io.github.coplan.domain.activity;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;

/**
 * Who takes part in an activity: a {@linkplain Person person} or an {@linkplain Organisation
 * organisation}, each by its typed id. Make one with {@link #of(PersonId)} or {@link
 * #of(OrganisationId)}; tell them apart with {@code instanceof}:
 *
 * <pre>{@code
 * if (participation.participant() instanceof Participant.Person p) {
 *   Person person = coplan.people().get(p.id());
 * }
 * }</pre>
 */
public sealed interface Participant permits Participant.Person, Participant.Organisation {

  /**
   * Which kind of participant this is.
   *
   * @return {@link ParticipantKind#PERSON} or {@link ParticipantKind#ORGANISATION}
   * @since 0.4.0
   */
  default ParticipantKind kind() {
    return this instanceof Person ? ParticipantKind.PERSON : ParticipantKind.ORGANISATION;
  }

  /**
   * A person taking part.
   *
   * @param person who
   * @return the participant
   * @throws io.github.coplan.domain.error.InvalidInputException if the id is missing
   */
  static Person of(PersonId person) {
    return new Person(person);
  }

  /**
   * An organisation taking part.
   *
   * @param organisation which
   * @return the participant
   * @throws io.github.coplan.domain.error.InvalidInputException if the id is missing
   */
  static Organisation of(OrganisationId organisation) {
    return new Organisation(organisation);
  }

  /**
   * A person taking part.
   *
   * @param id the person's id
   */
  record Person(PersonId id) implements Participant {

    /**
     * Checks that the id is present.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException if it is missing
     */
    public Person {
      Validation.notNull("participant", id);
    }

    /** {@return {@code person:} and the id, as the participant is named in errors} */
    @Override
    public String toString() {
      return "person:" + id;
    }
  }

  /**
   * An organisation taking part.
   *
   * @param id the organisation's id
   */
  record Organisation(OrganisationId id) implements Participant {

    /**
     * Checks that the id is present.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException if it is missing
     */
    public Organisation {
      Validation.notNull("participant", id);
    }

    /** {@return {@code organisation:} and the id, as the participant is named in errors} */
    @Override
    public String toString() {
      return "organisation:" + id;
    }
  }
}

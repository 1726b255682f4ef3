package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import java.util.UUID;

/**
 * How a participant is stored: its kind, by name, beside its id. The names are those the schema's
 * check constraint allows and stored rows hold.
 */
enum ParticipantKind {
  /** An organisation. */
  ORGANISATION,
  /** A person. */
  PERSON;

  /** The kind of a participant. */
  static ParticipantKind of(Participant participant) {
    return participant instanceof Participant.Person ? PERSON : ORGANISATION;
  }

  /** The id value of a participant. */
  static UUID id(Participant participant) {
    return participant instanceof Participant.Person person
        ? person.id().value()
        : ((Participant.Organisation) participant).id().value();
  }

  /** The participant of this kind with an id value. */
  Participant participant(UUID id) {
    return this == PERSON
        ? Participant.of(new PersonId(id))
        : Participant.of(new OrganisationId(id));
  }
}

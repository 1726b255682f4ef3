package io.github.coplan.application;

import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;

/** Registering people and their affiliations. Implementations are thread-safe. */
public interface PersonUseCases {

  /**
   * Registers a new person.
   *
   * @param command what to register
   * @return the stored person, version 1
   * @throws io.github.coplan.domain.error.NotFoundException if an affiliation's organisation does
   *     not exist
   */
  Person register(RegisterPerson command);

  /**
   * Adds an affiliation to a person.
   *
   * @param command what to add
   * @return the stored person
   * @throws io.github.coplan.domain.error.NotFoundException if the person or the organisation does
   *     not exist
   */
  Person addAffiliation(AddAffiliation command);

  /**
   * Reads a person.
   *
   * @param id the id
   * @return the person
   * @throws io.github.coplan.domain.error.NotFoundException if there is none
   */
  Person get(PersonId id);
}

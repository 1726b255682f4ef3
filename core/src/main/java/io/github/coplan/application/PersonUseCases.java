package io.github.coplan.application;

import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PersonQuery;

/**
 * Registering, describing and looking up people and their affiliations. Implementations are
 * thread-safe.
 */
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
   * Replaces what describes a person; the affiliations stay.
   *
   * @param command who, and the new profile
   * @return the stored person
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such person
   * @throws io.github.coplan.domain.error.ConflictException if the command names an expected
   *     version and the stored one differs: someone else changed it first
   */
  Person update(UpdatePerson command);

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

  /**
   * Looks people up: by name, country and current affiliation, a page at a time. An affiliation
   * filter without a day is checked on today, by the clock Coplan runs on.
   *
   * @param query the criteria
   * @return one page, with the total when the query asked for it
   */
  Page<Person> search(PersonQuery query);
}

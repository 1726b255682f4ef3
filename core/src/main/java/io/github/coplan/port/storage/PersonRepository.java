package io.github.coplan.port.storage;

import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import java.util.Optional;

/** Stores {@link Person}s. */
public interface PersonRepository {

  /**
   * Finds a person by id.
   *
   * @param id the id
   * @return the person, or empty if there is none with that id
   */
  Optional<Person> findById(PersonId id);

  /**
   * Stores a new person.
   *
   * @param person a person of version 0
   * @return the stored person, version 1
   * @throws io.github.coplan.domain.error.DuplicateException if the id is taken
   * @throws io.github.coplan.domain.error.ConflictException if its version is not 0
   */
  Person insert(Person person);

  /**
   * Replaces a stored person, if its stored version is the given one.
   *
   * @param person the changed person, with the version it was read at
   * @return the stored person, its version one more
   * @throws io.github.coplan.domain.error.NotFoundException if there is none with its id
   * @throws io.github.coplan.domain.error.ConflictException if the stored version differs
   */
  Person update(Person person);
}

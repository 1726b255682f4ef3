package io.github.coplan.port.storage;

import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PersonQuery;
import java.util.Optional;

/**
 * Stores {@link Person}s.
 *
 * @since 0.1.0
 */
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

  /**
   * One page of the people who match a query, in its order, after its cursor. The semantics are
   * those of {@link PersonQuery#matches}, {@link PersonQuery#isAfterCursor}, {@link
   * io.github.coplan.domain.query.PersonSort#comparator} and {@link PersonQuery#toPage}: exactly
   * {@code pageSize} rows and a next cursor while more rows follow, fewer rows and no cursor on the
   * last page; with {@link PersonQuery#countTotal()}, the number of matching people, cursor aside,
   * in {@link Page#total()}. Answered inside the store with indexes.
   *
   * @param query the criteria, whose affiliation filter, if any, has its day ({@link
   *     PersonQuery#affiliatedOnOr})
   * @return the page
   * @throws io.github.coplan.domain.error.InvalidInputException if the query is missing, or its
   *     affiliation filter has no day (path {@code affiliatedOn})
   */
  Page<Person> search(PersonQuery query);
}

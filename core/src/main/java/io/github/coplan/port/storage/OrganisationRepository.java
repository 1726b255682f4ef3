package io.github.coplan.port.storage;

import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.Page;
import java.util.Optional;

/**
 * Stores {@link Organisation}s.
 *
 * @since 0.1.0
 */
public interface OrganisationRepository {

  /**
   * Finds an organisation by id.
   *
   * @param id the id
   * @return the organisation, or empty if there is none with that id
   */
  Optional<Organisation> findById(OrganisationId id);

  /**
   * Finds the organisation that has an external identifier.
   *
   * @param identifier the scheme and value, compared exactly
   * @return the organisation, or empty if none has it
   */
  Optional<Organisation> findByIdentifier(ExternalIdentifier identifier);

  /**
   * Stores a new organisation.
   *
   * @param organisation an organisation of version 0
   * @return the stored organisation, version 1
   * @throws io.github.coplan.domain.error.DuplicateException with {@code what} {@link
   *     io.github.coplan.domain.error.DuplicateException#ID} if the id is taken, or {@link
   *     io.github.coplan.domain.error.DuplicateException#ORGANISATION_IDENTIFIER} if another
   *     organisation has one of its identifiers
   * @throws io.github.coplan.domain.error.ConflictException if its version is not 0
   */
  Organisation insert(Organisation organisation);

  /**
   * Replaces a stored organisation, if its stored version is the given one.
   *
   * @param organisation the changed organisation, with the version it was read at
   * @return the stored organisation, its version one more
   * @throws io.github.coplan.domain.error.NotFoundException if there is none with its id
   * @throws io.github.coplan.domain.error.ConflictException if the stored version differs
   * @throws io.github.coplan.domain.error.DuplicateException if another organisation has one of its
   *     identifiers
   */
  Organisation update(Organisation organisation);

  /**
   * One page of the organisations that match a query, in its order, after its cursor. The semantics
   * are those of {@link OrganisationQuery#matches}, {@link OrganisationQuery#isAfterCursor}, {@link
   * io.github.coplan.domain.query.OrganisationSort#comparator} and {@link
   * OrganisationQuery#toPage}: exactly {@code pageSize} rows and a next cursor while more rows
   * follow, fewer rows and no cursor on the last page; with {@link OrganisationQuery#countTotal()},
   * the number of matching organisations, cursor aside, in {@link Page#total()}. Answered inside
   * the store with indexes.
   *
   * @param query the criteria
   * @return the page
   * @throws io.github.coplan.domain.error.InvalidInputException if the query is missing
   */
  Page<Organisation> search(OrganisationQuery query);
}

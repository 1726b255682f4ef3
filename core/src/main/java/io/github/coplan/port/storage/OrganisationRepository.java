package io.github.coplan.port.storage;

import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import java.util.Optional;

/** Stores {@link Organisation}s. */
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
   * @throws io.github.coplan.domain.error.DuplicateException if another organisation has one of
   *     its identifiers
   */
  Organisation update(Organisation organisation);
}

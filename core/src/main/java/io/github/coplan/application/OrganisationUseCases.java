package io.github.coplan.application;

import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.Page;
import java.util.Optional;

/** Registering and finding organisations. Implementations are thread-safe. */
public interface OrganisationUseCases {

  /**
   * Registers a new organisation.
   *
   * @param command what to register
   * @return the stored organisation, version 1
   * @throws io.github.coplan.domain.error.NotFoundException if the parent does not exist
   * @throws io.github.coplan.domain.error.DuplicateException if another organisation has one of its
   *     identifiers
   */
  Organisation register(RegisterOrganisation command);

  /**
   * Replaces what describes an organisation.
   *
   * @param command what to change
   * @return the stored organisation
   * @throws io.github.coplan.domain.error.NotFoundException if it or its new parent does not exist
   * @throws io.github.coplan.domain.error.RuleViolationException if it would become its own
   *     ancestor
   * @throws io.github.coplan.domain.error.DuplicateException if another organisation has one of its
   *     identifiers
   * @throws io.github.coplan.domain.error.ConflictException if the command names an expected
   *     version and the stored one differs: someone else changed it first
   */
  Organisation update(UpdateOrganisation command);

  /**
   * Reads an organisation.
   *
   * @param id the id
   * @return the organisation
   * @throws io.github.coplan.domain.error.NotFoundException if there is none
   */
  Organisation get(OrganisationId id);

  /**
   * Finds the organisation that has an external identifier.
   *
   * @param identifier the identifier
   * @return the organisation, if any
   */
  Optional<Organisation> findByIdentifier(ExternalIdentifier identifier);

  /**
   * Looks organisations up: by name or acronym, country, type and parent, a page at a time.
   *
   * @param query the criteria
   * @return one page, with the total when the query asked for it
   */
  Page<Organisation> search(OrganisationQuery query);
}

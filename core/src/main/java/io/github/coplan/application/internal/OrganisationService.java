package io.github.coplan.application.internal;

import io.github.coplan.application.OrganisationUseCases;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.UpdateOrganisation;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.port.storage.Repositories;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Carries out {@link OrganisationUseCases}. Thread-safe. */
final class OrganisationService implements OrganisationUseCases {

  private final Units units;
  private final IdSource ids;

  OrganisationService(Units units, IdSource ids) {
    this.units = units;
    this.ids = ids;
  }

  @Override
  public Organisation register(RegisterOrganisation command) {
    Services.required("command", command);
    Organisation organisation =
        Organisation.register(new OrganisationId(ids.nextId()), command.profile());
    return units.write(
        command,
        r -> {
          checkParent(r, organisation.id(), command.profile());
          return r.organisations().insert(organisation);
        });
  }

  @Override
  public Organisation update(UpdateOrganisation command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          Organisation current = Services.organisation(r, command.organisation());
          Services.checkVersion(
              "organisation", current.id(), current.version(), command.expectedVersion());
          Organisation changed = current.update(command.profile());
          checkParent(r, current.id(), command.profile());
          return r.organisations().update(changed);
        });
  }

  @Override
  public Organisation get(OrganisationId id) {
    Services.required("id", id);
    return units.read(r -> Services.organisation(r, id));
  }

  @Override
  public Optional<Organisation> findByIdentifier(ExternalIdentifier identifier) {
    Services.required("identifier", identifier);
    return units.read(r -> r.organisations().findByIdentifier(identifier));
  }

  @Override
  public Page<Organisation> search(OrganisationQuery query) {
    Services.required("query", query);
    return units.read(r -> r.organisations().search(query));
  }

  /** The parent must exist, and walking up from it must never reach the organisation itself. */
  private static void checkParent(
      Repositories r, OrganisationId self, OrganisationProfile profile) {
    OrganisationId next = profile.parent();
    Set<OrganisationId> seen = new HashSet<>();
    while (next != null) {
      if (next.equals(self) || !seen.add(next)) {
        throw new RuleViolationException(
            RuleCode.ORGANISATION_PARENT_CYCLE,
            "the parent would make " + self + " its own ancestor");
      }
      next = Services.organisation(r, next).profile().parent();
    }
  }
}

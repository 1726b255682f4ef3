package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.OrganisationRepositoryContract;

/** The in-memory store keeps the storage contract for the organisation repository. */
class InMemoryOrganisationRepositoryTest extends OrganisationRepositoryContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

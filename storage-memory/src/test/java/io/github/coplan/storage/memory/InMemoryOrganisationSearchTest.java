package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.OrganisationSearchContract;

/** The in-memory store keeps the storage contract: organisation look-ups. */
class InMemoryOrganisationSearchTest extends OrganisationSearchContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.PersonRepositoryContract;

/** The in-memory store keeps the storage contract for the person repository. */
class InMemoryPersonRepositoryTest extends PersonRepositoryContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

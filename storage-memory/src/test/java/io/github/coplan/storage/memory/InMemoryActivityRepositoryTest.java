package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ActivityRepositoryContract;

/** The in-memory store keeps the storage contract for the activity repository. */
class InMemoryActivityRepositoryTest extends ActivityRepositoryContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

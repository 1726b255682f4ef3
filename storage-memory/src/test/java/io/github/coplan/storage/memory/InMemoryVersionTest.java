package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.VersionContract;

/** The in-memory store keeps the storage contract: versions and unique keys on update. */
class InMemoryVersionTest extends VersionContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

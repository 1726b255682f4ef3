package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.AccessContract;

/** The in-memory store keeps the access contract. */
class InMemoryAccessTest extends AccessContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

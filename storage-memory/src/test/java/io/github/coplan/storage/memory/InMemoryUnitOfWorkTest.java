package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.UnitOfWorkContract;

/** The in-memory store keeps the storage contract for units of work. */
class InMemoryUnitOfWorkTest extends UnitOfWorkContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

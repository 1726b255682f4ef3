package io.github.coplan.examples.testing;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.memory.InMemoryStorage;
import io.github.coplan.storage.testkit.UnitOfWorkContract;

/** The published UnitOfWork contract, run over the application's storage decorator. */
class CountingStorageUnitOfWorkTest extends UnitOfWorkContract {

  @Override
  protected Storage createStorage() {
    return new CountingStorage(InMemoryStorage.create());
  }
}

package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ConcurrencyContract;

/** The in-memory store keeps the storage contract for concurrent units of work. */
class InMemoryConcurrencyTest extends ConcurrencyContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

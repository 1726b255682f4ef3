package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.EditingContract;

/** The in-memory store keeps the storage contract: the editing use cases. */
class InMemoryEditingTest extends EditingContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

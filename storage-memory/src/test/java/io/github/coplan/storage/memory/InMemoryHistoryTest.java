package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.HistoryContract;

/** The in-memory store keeps the history contract. */
class InMemoryHistoryTest extends HistoryContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ActivitySearchContract;

/** The in-memory store keeps the storage contract for activity searches. */
class InMemoryActivitySearchTest extends ActivitySearchContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

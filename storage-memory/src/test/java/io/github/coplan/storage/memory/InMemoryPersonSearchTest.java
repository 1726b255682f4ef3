package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.PersonSearchContract;

/** The in-memory store keeps the storage contract: person look-ups. */
class InMemoryPersonSearchTest extends PersonSearchContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

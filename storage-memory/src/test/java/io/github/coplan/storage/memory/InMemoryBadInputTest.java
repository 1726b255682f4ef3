package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.BadInputContract;

/** The in-memory store keeps the storage contract for refusals of bad input. */
class InMemoryBadInputTest extends BadInputContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

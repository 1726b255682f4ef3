package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.LimitsContract;

/** The in-memory store keeps the storage contract: every limit at its edge. */
class InMemoryLimitsTest extends LimitsContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

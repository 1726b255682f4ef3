package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ReferencePlanContract;

/** The in-memory store keeps the storage contract for the reference plan through the public API. */
class InMemoryReferencePlanTest extends ReferencePlanContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

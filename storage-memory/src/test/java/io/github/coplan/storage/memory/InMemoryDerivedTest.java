package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.DerivedContract;

/** The in-memory store keeps the derived indicators' contract. */
class InMemoryDerivedTest extends DerivedContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ResultContract;

/** The in-memory store keeps the results contract. */
class InMemoryResultTest extends ResultContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.AsOfContract;

/** The in-memory store keeps the as-of contract. */
class InMemoryAsOfTest extends AsOfContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.FailedUnitContract;

/** The in-memory store keeps the storage contract: a failed unit leaves nothing. */
class InMemoryFailedUnitTest extends FailedUnitContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

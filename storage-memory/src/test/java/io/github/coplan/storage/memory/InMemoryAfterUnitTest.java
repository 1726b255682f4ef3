package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.AfterUnitContract;

/**
 * The in-memory store keeps the storage contract: repositories refuse calls after their unit, and
 * null arguments.
 */
class InMemoryAfterUnitTest extends AfterUnitContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

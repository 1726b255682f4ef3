package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.CommandGroupContract;

/**
 * The in-memory store keeps the storage contract: commands grouped in one transaction commit
 * together or not at all.
 */
class InMemoryCommandGroupTest extends CommandGroupContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

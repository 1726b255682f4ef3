package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.NetworkContract;

/** The in-memory store keeps the network contract. */
class InMemoryNetworkTest extends NetworkContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

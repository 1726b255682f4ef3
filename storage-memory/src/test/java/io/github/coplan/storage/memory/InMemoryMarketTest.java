package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.MarketContract;

/** The in-memory store keeps the market contract. */
class InMemoryMarketTest extends MarketContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

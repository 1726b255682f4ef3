package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.CrossAggregateContract;

/** The in-memory store keeps rules that span two aggregates under concurrency. */
class InMemoryCrossAggregateTest extends CrossAggregateContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

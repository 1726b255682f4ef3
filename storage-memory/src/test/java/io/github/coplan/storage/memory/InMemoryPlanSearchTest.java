package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.PlanSearchContract;

/** The in-memory store keeps the storage contract: plan look-ups. */
class InMemoryPlanSearchTest extends PlanSearchContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.PlanProgressContract;

/** The in-memory store keeps the storage contract for plan progress reports. */
class InMemoryPlanProgressTest extends PlanProgressContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.PlanRepositoryContract;

/** The in-memory store keeps the storage contract for the plan repository. */
class InMemoryPlanRepositoryTest extends PlanRepositoryContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

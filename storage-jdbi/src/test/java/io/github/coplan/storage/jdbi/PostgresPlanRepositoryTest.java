package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.PlanRepositoryContract;

/**
 * The PostgreSQL store keeps the storage contract: plan repository. The class has a schema of its
 * own, emptied per test.
 */
class PostgresPlanRepositoryTest extends PlanRepositoryContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.PlanRepositoryContract;

/**
 * The PostgreSQL store keeps the storage contract (plans) on an application's HikariCP pool whose
 * connections are not in auto-commit mode.
 */
class PostgresPoolManualCommitPlanRepositoryTest extends PlanRepositoryContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStoreOnPool(false, JdbiOptions.defaults());
  }
}

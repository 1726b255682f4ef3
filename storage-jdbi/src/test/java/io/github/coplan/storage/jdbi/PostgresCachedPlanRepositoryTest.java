package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.PlanRepositoryContract;

/**
 * The PostgreSQL store keeps the storage contract (plans) with its aggregate cache switched on,
 * which is off by default on PostgreSQL.
 */
class PostgresCachedPlanRepositoryTest extends PlanRepositoryContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore(JdbiOptions.builder().aggregateCache(true).build());
  }
}

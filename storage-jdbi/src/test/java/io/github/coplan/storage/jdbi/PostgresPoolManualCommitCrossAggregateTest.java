package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.CrossAggregateContract;

/**
 * The PostgreSQL store keeps the storage contract (rules across aggregates) on an application's
 * HikariCP pool whose connections are not in auto-commit mode.
 */
class PostgresPoolManualCommitCrossAggregateTest extends CrossAggregateContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStoreOnPool(false, JdbiOptions.defaults());
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.CrossAggregateContract;

/**
 * The PostgreSQL store keeps the storage contract (rules across aggregates) on an application's
 * HikariCP pool in auto-commit mode, which it leaves open.
 */
class PostgresPoolAutoCommitCrossAggregateTest extends CrossAggregateContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStoreOnPool(true, JdbiOptions.defaults());
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ConcurrencyContract;

/**
 * The PostgreSQL store keeps the storage contract (concurrency) on an application's HikariCP pool
 * whose connections are not in auto-commit mode.
 */
class PostgresPoolManualCommitConcurrencyTest extends ConcurrencyContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStoreOnPool(false, JdbiOptions.defaults());
  }
}

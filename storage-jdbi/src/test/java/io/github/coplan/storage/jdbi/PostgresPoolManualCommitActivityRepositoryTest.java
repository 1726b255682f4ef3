package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ActivityRepositoryContract;

/**
 * The PostgreSQL store keeps the storage contract (activities) on an application's HikariCP pool
 * whose connections are not in auto-commit mode.
 */
class PostgresPoolManualCommitActivityRepositoryTest extends ActivityRepositoryContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStoreOnPool(false, JdbiOptions.defaults());
  }
}

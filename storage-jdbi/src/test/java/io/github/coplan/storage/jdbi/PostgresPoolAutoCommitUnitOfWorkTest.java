package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.UnitOfWorkContract;

/**
 * The PostgreSQL store keeps the storage contract (unit of work) on an application's HikariCP pool
 * in auto-commit mode, which it leaves open.
 */
class PostgresPoolAutoCommitUnitOfWorkTest extends UnitOfWorkContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStoreOnPool(true, JdbiOptions.defaults());
  }
}

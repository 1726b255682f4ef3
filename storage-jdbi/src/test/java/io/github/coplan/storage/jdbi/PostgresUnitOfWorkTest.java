package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.UnitOfWorkContract;

/**
 * The PostgreSQL store keeps the storage contract: unit of work. The class has a schema of its own,
 * emptied per test.
 */
class PostgresUnitOfWorkTest extends UnitOfWorkContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.UnitOfWorkContract;

/**
 * The PostgreSQL store keeps the storage contract (unit of work) with its aggregate cache switched
 * on, which is off by default on PostgreSQL.
 */
class PostgresCachedUnitOfWorkTest extends UnitOfWorkContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore(JdbiOptions.builder().aggregateCache(true).build());
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ReferencePlanContract;

/**
 * The PostgreSQL store keeps the storage contract (the reference plan) with its aggregate cache
 * switched on, which is off by default on PostgreSQL.
 */
class PostgresCachedReferencePlanTest extends ReferencePlanContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore(JdbiOptions.builder().aggregateCache(true).build());
  }
}

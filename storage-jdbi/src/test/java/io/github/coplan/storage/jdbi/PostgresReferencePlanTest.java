package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ReferencePlanContract;

/**
 * The PostgreSQL store keeps the storage contract: reference plan. The class has a schema of its
 * own, emptied per test.
 */
class PostgresReferencePlanTest extends ReferencePlanContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

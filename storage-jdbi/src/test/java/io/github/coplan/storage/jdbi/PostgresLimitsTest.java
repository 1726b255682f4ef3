package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.LimitsContract;

/**
 * The PostgreSQL store keeps the storage contract: every limit at its edge. The class has a schema
 * of its own, emptied per test.
 */
class PostgresLimitsTest extends LimitsContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.FailedUnitContract;

/**
 * The PostgreSQL store keeps the storage contract: a failed unit leaves nothing. The class has a
 * schema of its own, emptied per test.
 */
class PostgresFailedUnitTest extends FailedUnitContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

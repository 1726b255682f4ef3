package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.AfterUnitContract;

/**
 * The PostgreSQL store keeps the storage contract: repositories refuse calls after their unit, and
 * null arguments. The class has a schema of its own, emptied per test.
 */
class PostgresAfterUnitTest extends AfterUnitContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.AccessContract;

/**
 * The PostgreSQL store keeps the access contract: every command as every standing towards a plan,
 * allowed exactly where the table says so. The class has a schema of its own, emptied per test.
 */
class PostgresAccessTest extends AccessContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

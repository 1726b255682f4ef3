package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.EditingContract;

/**
 * The PostgreSQL store keeps the storage contract: the editing use cases. The class has a schema of
 * its own, emptied per test.
 */
class PostgresEditingTest extends EditingContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

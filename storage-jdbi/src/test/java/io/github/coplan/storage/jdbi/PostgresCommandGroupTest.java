package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.CommandGroupContract;

/**
 * The PostgreSQL store keeps the storage contract: commands grouped in one transaction commit
 * together or not at all. The class has a schema of its own, emptied per test.
 */
class PostgresCommandGroupTest extends CommandGroupContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.VersionContract;

/**
 * The PostgreSQL store keeps the storage contract: versions and unique keys on update. The class
 * has a schema of its own, emptied per test.
 */
class PostgresVersionTest extends VersionContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

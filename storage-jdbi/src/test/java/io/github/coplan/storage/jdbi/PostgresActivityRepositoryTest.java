package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ActivityRepositoryContract;

/**
 * The PostgreSQL store keeps the storage contract: activity repository. The class has a schema of
 * its own, emptied per test.
 */
class PostgresActivityRepositoryTest extends ActivityRepositoryContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

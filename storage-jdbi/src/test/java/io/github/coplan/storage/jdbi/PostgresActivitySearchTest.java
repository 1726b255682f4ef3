package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ActivitySearchContract;

/**
 * The PostgreSQL store keeps the storage contract: activity search. The class has a schema of its
 * own, emptied per test.
 */
class PostgresActivitySearchTest extends ActivitySearchContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

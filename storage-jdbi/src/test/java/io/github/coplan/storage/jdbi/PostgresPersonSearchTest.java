package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.PersonSearchContract;

/**
 * The PostgreSQL store keeps the storage contract: person look-ups. The class has a schema of its
 * own, emptied per test.
 */
class PostgresPersonSearchTest extends PersonSearchContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

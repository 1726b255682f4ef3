package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.PersonRepositoryContract;

/**
 * The PostgreSQL store keeps the storage contract: person repository. The class has a schema of its
 * own, emptied per test.
 */
class PostgresPersonRepositoryTest extends PersonRepositoryContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

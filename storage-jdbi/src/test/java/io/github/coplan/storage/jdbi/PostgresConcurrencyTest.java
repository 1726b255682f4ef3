package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ConcurrencyContract;

/**
 * The PostgreSQL store keeps the storage contract: concurrency. The class has a schema of its own,
 * emptied per test.
 */
class PostgresConcurrencyTest extends ConcurrencyContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

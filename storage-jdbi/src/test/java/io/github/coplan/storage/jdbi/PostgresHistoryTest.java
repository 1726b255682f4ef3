package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.HistoryContract;

/**
 * The PostgreSQL store keeps the history contract: above all, a feed polled while many units commit
 * misses nothing. The class has a schema of its own, emptied per test.
 */
class PostgresHistoryTest extends HistoryContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

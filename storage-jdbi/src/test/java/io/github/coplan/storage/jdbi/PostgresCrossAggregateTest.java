package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.CrossAggregateContract;

/**
 * The PostgreSQL store keeps rules that span two aggregates under concurrency. The class has a
 * schema of its own, emptied per test.
 */
class PostgresCrossAggregateTest extends CrossAggregateContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

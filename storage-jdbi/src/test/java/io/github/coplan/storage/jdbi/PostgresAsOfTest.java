package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.AsOfContract;

/**
 * The PostgreSQL store keeps the as-of contract: the past it folds from its history is what was.
 * The class has a schema of its own, emptied per test.
 */
class PostgresAsOfTest extends AsOfContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ResultContract;

/**
 * The PostgreSQL store keeps the results contract: results with their indicators and periods, and
 * observations, in the tables of migration 11. The class has a schema of its own, emptied per test.
 */
class PostgresResultTest extends ResultContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

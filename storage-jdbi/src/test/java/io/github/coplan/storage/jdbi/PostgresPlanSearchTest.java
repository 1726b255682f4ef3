package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.PlanSearchContract;

/**
 * The PostgreSQL store keeps the storage contract: plan look-ups. The class has a schema of its
 * own, emptied per test.
 */
class PostgresPlanSearchTest extends PlanSearchContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

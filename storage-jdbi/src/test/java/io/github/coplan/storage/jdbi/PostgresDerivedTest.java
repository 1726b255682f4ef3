package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.DerivedContract;

/**
 * The PostgreSQL store keeps the derived indicators' contract: each rule counted in one SQL
 * statement for all the periods asked, its evidence in another. The class has a schema of its own,
 * emptied per test.
 */
class PostgresDerivedTest extends DerivedContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

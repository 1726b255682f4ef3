package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ForgetContract;

/**
 * The PostgreSQL store keeps the forget contract: the erasure passes the history's append-only
 * trigger inside the unit, and only there. The class has a schema of its own, emptied per test.
 */
class PostgresForgetTest extends ForgetContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

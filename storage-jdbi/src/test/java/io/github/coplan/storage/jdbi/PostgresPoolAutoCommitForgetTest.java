package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ForgetContract;

/**
 * The PostgreSQL store keeps the forget contract on an application's HikariCP pool in auto-commit
 * mode: the erasure switch ({@code SET LOCAL}) needs the unit's transaction, which the store begins
 * whatever mode the pool's connections come in.
 */
class PostgresPoolAutoCommitForgetTest extends ForgetContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStoreOnPool(true, JdbiOptions.defaults());
  }
}

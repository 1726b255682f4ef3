package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.RestrictedSearchContract;

/**
 * The PostgreSQL store keeps the restricted-search contract: its pages across plans take a form of
 * their own (see postgres/search.sql). The class has a schema of its own, emptied per test.
 */
class PostgresRestrictedSearchTest extends RestrictedSearchContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

package io.github.coplan.storage.jdbi;

/**
 * The PostgreSQL store's network queries agree with the definition in Java. The class has a schema
 * of its own, emptied per test.
 */
class PostgresNetworkSqlTest extends NetworkSqlCheck {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  JdbiStorage createStorage() {
    return SCHEMA.freshStore();
  }
}

package io.github.coplan.storage.jdbi;

/**
 * Issue 3, acceptance check 2, on PostgreSQL: no lost update; conflicts happen and the caller
 * retries them.
 */
class PostgresLostUpdateAcceptanceTest extends LostUpdateAcceptance {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  JdbiStorage createStorage() {
    return SCHEMA.freshStore(JdbiOptions.builder().readPoolSize(15).build());
  }

  @Override
  boolean conflictsExpected() {
    return true;
  }
}

package io.github.coplan.storage.jdbi;

/**
 * The PostgreSQL store round trips the results framework. The class has a schema of its own,
 * emptied per test.
 */
class PostgresResultRoundTripTest extends ResultRoundTripCheck {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  JdbiStorage createStorage() {
    return SCHEMA.freshStore();
  }
}

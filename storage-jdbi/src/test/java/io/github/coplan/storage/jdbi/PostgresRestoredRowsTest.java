package io.github.coplan.storage.jdbi;

/** Issue 10, acceptance check 7, on PostgreSQL. */
class PostgresRestoredRowsTest extends RestoredRowsCheck {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  JdbiStorage createStorage(JdbiOptions options) {
    return SCHEMA.freshStore(options);
  }
}

package io.github.coplan.storage.jdbi;

/** The PostgreSQL history table refuses updates and deletes. */
class PostgresAppendOnlyHistoryTest extends AppendOnlyHistoryCheck {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  JdbiStorage createStorage() {
    return SCHEMA.freshStore();
  }
}

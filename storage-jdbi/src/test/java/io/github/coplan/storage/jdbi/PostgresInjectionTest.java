package io.github.coplan.storage.jdbi;

/** Issue 3, acceptance check 6, on PostgreSQL. */
class PostgresInjectionTest extends InjectionCheck {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  JdbiStorage createStorage() {
    return SCHEMA.freshStore();
  }
}

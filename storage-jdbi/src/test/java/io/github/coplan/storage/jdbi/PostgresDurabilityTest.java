package io.github.coplan.storage.jdbi;

/** The durability check on PostgreSQL: a store closed and opened again on the same schema finds everything. */
class PostgresDurabilityTest extends DurabilityCheck {

  private final TestPostgres server = TestPostgres.get();
  private final String schema = server.newSchema();

  @Override
  JdbiStorage open() {
    return JdbiStorage.postgres(server.url(schema), server.user(), server.password());
  }
}

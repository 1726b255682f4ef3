package io.github.coplan.storage.jdbi;

import io.github.coplan.testing.postgres.ThrowawayPostgres;
import org.junit.jupiter.api.BeforeEach;

/** Migration 3, folding the search text again, on PostgreSQL: a schema of its own per test. */
class PostgresSearchTextMigrationTest extends SearchTextMigrationCheck {

  private final ThrowawayPostgres server = ThrowawayPostgres.get();
  private String schema;

  @BeforeEach
  void newSchema() {
    schema = server.newSchema();
  }

  @Override
  JdbiStorage open(JdbiOptions options) {
    return JdbiStorage.postgres(server.url(schema), server.user(), server.password(), options);
  }

  @Override
  Dialect dialect() {
    return Dialect.POSTGRES;
  }
}

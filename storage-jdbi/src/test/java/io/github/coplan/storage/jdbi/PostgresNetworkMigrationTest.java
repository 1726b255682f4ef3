package io.github.coplan.storage.jdbi;

import io.github.coplan.testing.postgres.ThrowawayPostgres;
import org.junit.jupiter.api.BeforeEach;

/**
 * Migration 10, filling the meeting days and stop visits, on PostgreSQL: a schema of its own per
 * test.
 */
class PostgresNetworkMigrationTest extends NetworkMigrationCheck {

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
}

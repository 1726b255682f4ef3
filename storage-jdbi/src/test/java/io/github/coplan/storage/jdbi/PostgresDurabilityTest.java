package io.github.coplan.storage.jdbi;

import io.github.coplan.testing.postgres.ThrowawayPostgres;

/**
 * The durability check on PostgreSQL: a store closed and opened again on the same schema finds
 * everything.
 */
class PostgresDurabilityTest extends DurabilityCheck {

  private final ThrowawayPostgres server = ThrowawayPostgres.get();
  private final String schema = server.newSchema();

  @Override
  JdbiStorage open() {
    return JdbiStorage.postgres(server.url(schema), server.user(), server.password());
  }
}

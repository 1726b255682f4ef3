package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.NetworkContract;

/**
 * The PostgreSQL store keeps the network contract: types, relationships and the connections derived
 * from participations and stops, answered in SQL. The class has a schema of its own, emptied per
 * test.
 */
class PostgresNetworkTest extends NetworkContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

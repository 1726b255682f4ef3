package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ItineraryContract;

/**
 * The PostgreSQL store keeps the itinerary contract: stops, their order, completion and history
 * round trip through the tables. The class has a schema of its own, emptied per test.
 */
class PostgresItineraryTest extends ItineraryContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

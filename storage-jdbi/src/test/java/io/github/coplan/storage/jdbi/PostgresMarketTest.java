package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.MarketContract;

/**
 * The PostgreSQL store keeps the market contract: matching, its candidates retrieved in SQL,
 * introductions, counts and searches. The class has a schema of its own, emptied per test.
 */
class PostgresMarketTest extends MarketContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

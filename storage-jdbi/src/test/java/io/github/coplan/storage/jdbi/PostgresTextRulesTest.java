package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.TextRulesContract;

/**
 * The PostgreSQL store keeps the storage contract: the rules of text and search folding. The class
 * has a schema of its own, emptied per test.
 */
class PostgresTextRulesTest extends TextRulesContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

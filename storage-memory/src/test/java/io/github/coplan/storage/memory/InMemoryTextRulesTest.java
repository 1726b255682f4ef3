package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.TextRulesContract;

/** The in-memory store keeps the storage contract for the rules of text and search folding. */
class InMemoryTextRulesTest extends TextRulesContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

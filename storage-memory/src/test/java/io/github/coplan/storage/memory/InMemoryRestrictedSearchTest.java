package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.RestrictedSearchContract;

/** The in-memory store keeps the restricted-search contract. */
class InMemoryRestrictedSearchTest extends RestrictedSearchContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ForgetContract;

/** The in-memory store keeps the forget contract. */
class InMemoryForgetTest extends ForgetContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

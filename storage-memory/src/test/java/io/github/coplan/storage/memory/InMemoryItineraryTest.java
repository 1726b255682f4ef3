package io.github.coplan.storage.memory;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ItineraryContract;

/** The in-memory store keeps the itinerary contract. */
class InMemoryItineraryTest extends ItineraryContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create();
  }
}

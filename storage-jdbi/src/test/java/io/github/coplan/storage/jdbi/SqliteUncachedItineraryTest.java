package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ItineraryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store keeps the itinerary contract without its cache of committed activities and plans
 * too: every read of an itinerary goes to the tables.
 */
class SqliteUncachedItineraryTest extends ItineraryContract {

  @TempDir Path dir;

  @Override
  protected Storage createStorage() {
    return JdbiStorage.sqlite(
        dir.resolve("coplan.db"), JdbiOptions.builder().aggregateCache(false).build());
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ItineraryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store keeps the itinerary contract: stops, their order, completion and history round
 * trip through the tables. Each test has a new file.
 */
class SqliteItineraryTest extends ItineraryContract {

  @TempDir Path dir;

  @Override
  protected Storage createStorage() {
    return JdbiStorage.sqlite(dir.resolve("coplan.db"));
  }
}

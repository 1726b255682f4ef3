package io.github.coplan.storage.jdbi;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** An activity's itinerary in its row, on SQLite. */
class SqliteItineraryRowTest extends ItineraryCheck {

  @TempDir Path dir;

  @Override
  JdbiStorage createStorage(JdbiOptions options) {
    return JdbiStorage.sqlite(dir.resolve("coplan.db"), options);
  }
}

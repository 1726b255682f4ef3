package io.github.coplan.storage.jdbi;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store round trips the results framework. Each test has a new file. */
class SqliteResultRoundTripTest extends ResultRoundTripCheck {

  @TempDir Path dir;

  @Override
  JdbiStorage createStorage() {
    return JdbiStorage.sqlite(dir.resolve("coplan.db"));
  }
}

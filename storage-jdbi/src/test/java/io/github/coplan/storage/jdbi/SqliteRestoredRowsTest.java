package io.github.coplan.storage.jdbi;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, acceptance check 7, on SQLite. */
class SqliteRestoredRowsTest extends RestoredRowsCheck {

  @TempDir Path dir;

  @Override
  JdbiStorage createStorage(JdbiOptions options) {
    return JdbiStorage.sqlite(dir.resolve("coplan.db"), options);
  }
}

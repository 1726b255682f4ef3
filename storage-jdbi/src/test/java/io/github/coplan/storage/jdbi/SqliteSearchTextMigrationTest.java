package io.github.coplan.storage.jdbi;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Migration 3, folding the search text again, on SQLite: a file of its own per test. */
class SqliteSearchTextMigrationTest extends SearchTextMigrationCheck {

  @TempDir Path dir;

  @Override
  JdbiStorage open(JdbiOptions options) {
    return JdbiStorage.sqlite(dir.resolve("coplan.db"), options);
  }

  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}

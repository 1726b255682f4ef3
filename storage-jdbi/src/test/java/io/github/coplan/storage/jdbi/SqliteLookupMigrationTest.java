package io.github.coplan.storage.jdbi;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Migration 4, filling the look-up columns, on SQLite: a file of its own per test. */
class SqliteLookupMigrationTest extends LookupMigrationCheck {

  @TempDir Path dir;

  @Override
  JdbiStorage open(JdbiOptions options) {
    return JdbiStorage.sqlite(dir.resolve("coplan.db"), options);
  }
}

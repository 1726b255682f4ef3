package io.github.coplan.storage.jdbi;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration 10, filling the meeting days and stop visits, on SQLite: a file of its own per test.
 */
class SqliteNetworkMigrationTest extends NetworkMigrationCheck {

  @TempDir Path dir;

  @Override
  JdbiStorage open(JdbiOptions options) {
    return JdbiStorage.sqlite(dir.resolve("coplan.db"), options);
  }
}

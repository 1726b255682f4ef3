package io.github.coplan.storage.jdbi;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, acceptance check 2, on a SQLite file with synchronous=FULL: no lost update, no
 * SQLITE_BUSY, no conflict.
 */
class SqliteLostUpdateAcceptanceTest extends LostUpdateAcceptance {

  @TempDir Path dir;

  @Override
  JdbiStorage createStorage() {
    return JdbiStorage.sqlite(dir.resolve("coplan.db"));
  }

  @Override
  boolean conflictsExpected() {
    return false;
  }
}

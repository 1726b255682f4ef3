package io.github.coplan.storage.jdbi;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite history table refuses updates and deletes. */
class SqliteAppendOnlyHistoryTest extends AppendOnlyHistoryCheck {

  @TempDir Path dir;

  @Override
  JdbiStorage createStorage() {
    return JdbiStorage.sqlite(dir.resolve("coplan.db"));
  }
}

package io.github.coplan.storage.jdbi;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Issue 3, acceptance check 6, on SQLite. */
class SqliteInjectionTest extends InjectionCheck {

  @TempDir Path dir;

  @Override
  JdbiStorage createStorage() {
    return JdbiStorage.sqlite(dir.resolve("coplan.db"));
  }
}

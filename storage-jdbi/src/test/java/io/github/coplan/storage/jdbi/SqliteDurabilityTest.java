package io.github.coplan.storage.jdbi;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Issue 3, acceptance check 3, on a SQLite file: closed and opened again, everything is there. */
class SqliteDurabilityTest extends DurabilityCheck {

  @TempDir Path dir;

  @Override
  JdbiStorage open() {
    return JdbiStorage.sqlite(dir.resolve("durable.db"));
  }
}

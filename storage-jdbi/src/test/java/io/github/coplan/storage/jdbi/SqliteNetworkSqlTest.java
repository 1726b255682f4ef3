package io.github.coplan.storage.jdbi;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store's network queries agree with the definition in Java. Each test has a new file.
 */
class SqliteNetworkSqlTest extends NetworkSqlCheck {

  @TempDir Path dir;

  @Override
  JdbiStorage createStorage() {
    return JdbiStorage.sqlite(dir.resolve("coplan.db"));
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.AsOfContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store keeps the as-of contract. */
class SqliteAsOfTest extends AsOfContract {

  @TempDir Path dir;

  @Override
  protected Storage createStorage() {
    return JdbiStorage.sqlite(dir.resolve("coplan.db"));
  }
}

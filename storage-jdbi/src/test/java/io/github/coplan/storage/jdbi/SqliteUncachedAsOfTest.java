package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.AsOfContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store keeps the as-of contract without its cache of committed activities and plans
 * too: every read goes to the tables.
 */
class SqliteUncachedAsOfTest extends AsOfContract {

  @TempDir Path dir;

  @Override
  protected Storage createStorage() {
    return JdbiStorage.sqlite(
        dir.resolve("coplan.db"), JdbiOptions.builder().aggregateCache(false).build());
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.ForgetContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store keeps the forget contract without its cache of committed activities and plans
 * too: every read goes to the tables.
 */
class SqliteUncachedForgetTest extends ForgetContract {

  @TempDir Path dir;

  @Override
  protected Storage createStorage() {
    return JdbiStorage.sqlite(
        dir.resolve("coplan.db"), JdbiOptions.builder().aggregateCache(false).build());
  }
}

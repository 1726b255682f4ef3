package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.DerivedContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store keeps the derived indicators' contract without its cache of committed activities
 * and plans: the counts never read the cache, and what the use cases read around them comes from
 * the tables.
 */
class SqliteUncachedDerivedTest extends DerivedContract {

  @TempDir Path dir;

  @Override
  protected Storage createStorage() {
    return JdbiStorage.sqlite(
        dir.resolve("coplan.db"), JdbiOptions.builder().aggregateCache(false).build());
  }
}

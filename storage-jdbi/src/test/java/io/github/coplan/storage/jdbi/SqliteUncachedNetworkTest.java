package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.NetworkContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store keeps the network contract without its cache of committed activities and plans
 * too: the activities the use cases read to record a relationship come from the tables.
 */
class SqliteUncachedNetworkTest extends NetworkContract {

  @TempDir Path dir;

  @Override
  protected Storage createStorage() {
    return JdbiStorage.sqlite(
        dir.resolve("coplan.db"), JdbiOptions.builder().aggregateCache(false).build());
  }
}

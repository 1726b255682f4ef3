package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.NetworkContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store keeps the network contract: types, relationships and the connections derived
 * from participations and stops, answered in SQL. Each test has a new file.
 */
class SqliteNetworkTest extends NetworkContract {

  @TempDir Path dir;

  @Override
  protected Storage createStorage() {
    return JdbiStorage.sqlite(dir.resolve("coplan.db"));
  }
}

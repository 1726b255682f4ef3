package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.DerivedContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store keeps the derived indicators' contract: each rule counted in one SQL statement
 * for all the periods asked, its evidence in another. Each test has a new file.
 */
class SqliteDerivedTest extends DerivedContract {

  @TempDir Path dir;

  @Override
  protected Storage createStorage() {
    return JdbiStorage.sqlite(dir.resolve("coplan.db"));
  }
}

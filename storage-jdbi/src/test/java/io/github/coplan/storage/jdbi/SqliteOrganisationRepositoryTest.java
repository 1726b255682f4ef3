package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.OrganisationRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store keeps the storage contract: organisation repository. Each test has a new file.
 */
class SqliteOrganisationRepositoryTest extends OrganisationRepositoryContract {

  @TempDir Path dir;

  @Override
  protected Storage createStorage() {
    return JdbiStorage.sqlite(dir.resolve("coplan.db"));
  }
}

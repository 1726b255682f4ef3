package io.github.coplan.storage.jdbi;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.testkit.OrganisationRepositoryContract;

/**
 * The PostgreSQL store keeps the storage contract: organisation repository. The class has a schema
 * of its own, emptied per test.
 */
class PostgresOrganisationRepositoryTest extends OrganisationRepositoryContract {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  protected Storage createStorage() {
    return SCHEMA.freshStore();
  }
}

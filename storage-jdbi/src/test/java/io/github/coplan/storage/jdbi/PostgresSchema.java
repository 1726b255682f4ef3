package io.github.coplan.storage.jdbi;

/**
 * The schema of one PostgreSQL test class: created and migrated by the first store the class
 * opens, emptied before each later one, so that every test starts from an empty store without
 * paying for a migration. Thread-safe.
 */
final class PostgresSchema {

  private String name;

  /** A fresh, empty store in this class's schema, opened with a JDBC URL (the store's own pool). */
  synchronized JdbiStorage freshStore() {
    return freshStore(JdbiOptions.defaults());
  }

  /** A fresh, empty store in this class's schema, with the given options. */
  synchronized JdbiStorage freshStore(JdbiOptions options) {
    TestPostgres server = TestPostgres.get();
    if (name == null) {
      name = server.newSchema();
    } else {
      server.truncate(name);
    }
    return JdbiStorage.postgres(server.url(name), server.user(), server.password(), options);
  }

  /** The schema's name, once a store was opened. */
  synchronized String name() {
    return name;
  }
}

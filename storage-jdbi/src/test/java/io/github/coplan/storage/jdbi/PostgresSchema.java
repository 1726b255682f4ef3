package io.github.coplan.storage.jdbi;

import io.github.coplan.testing.postgres.ThrowawayPostgres;
import java.util.List;

/**
 * The schema of one PostgreSQL test class: created and migrated by the first store the class
 * opens, emptied before each later one, so that every test starts from an empty store without
 * paying for a migration. Thread-safe.
 */
final class PostgresSchema {

  /** Coplan's tables, emptied in one TRUNCATE so that the foreign keys between them do not object. */
  private static final List<String> TABLES = List.of("participation", "activity", "plan_document", "plan_content_area", "plan_party",
      "plan", "person_affiliation", "person", "organisation_identifier", "organisation");

  private String name;

  /** A fresh, empty store in this class's schema, opened with a JDBC URL (the store's own pool). */
  synchronized JdbiStorage freshStore() {
    return freshStore(JdbiOptions.defaults());
  }

  /** A fresh, empty store in this class's schema, with the given options. */
  synchronized JdbiStorage freshStore(JdbiOptions options) {
    ThrowawayPostgres server = ThrowawayPostgres.get();
    if (name == null) {
      name = server.newSchema();
    } else {
      String schema = name;
      server.execute("TRUNCATE " + String.join(", ", TABLES.stream().map(t -> schema + "." + t).toList()));
    }
    return JdbiStorage.postgres(server.url(name), server.user(), server.password(), options);
  }

  /** The schema's name, once a store was opened. */
  synchronized String name() {
    return name;
  }
}

package io.github.coplan.storage.jdbi;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.coplan.testing.postgres.ThrowawayPostgres;
import java.util.List;

/**
 * The schema of one PostgreSQL test class: created and migrated by the first store the class opens,
 * emptied before each later one, so that every test starts from an empty store without paying for a
 * migration. Thread-safe.
 */
final class PostgresSchema {

  /**
   * Coplan's tables, emptied in one TRUNCATE so that the foreign keys between them do not object.
   */
  private static final List<String> TABLES =
      List.of(
              "change_record",
              "observation",
              "indicator_period",
              "indicator",
              "result",
              "relationship",
              "relationship_type",
              "stop_visit",
              "introduction",
              "profile_keyword",
              "profile_category",
              "profile",
              "category",
              "participation",
              "activity",
              "plan_grant",
              "plan_access",
              "plan_document",
              "plan_content_area",
              "plan_party",
              "plan",
              "person_affiliation",
              "person",
              "organisation_identifier",
              "organisation")
          .stream()
          .map(t -> "coplan_" + t)
          .toList();

  private String name;

  /**
   * The application's pool of a class whose stores take a data source, made by its first store and
   * kept for the class.
   */
  private HikariDataSource pool;

  /**
   * A fresh, empty store in this class's schema, opened with a JDBC URL (the store's own HikariCP
   * pool).
   */
  synchronized JdbiStorage freshStore() {
    return freshStore(JdbiOptions.defaults());
  }

  /**
   * A fresh, empty store in this class's schema, on a HikariCP pool of the application's whose
   * connections are in auto-commit mode or not. The store leaves the pool open, as an application's
   * would be; the class keeps it for all its tests (at most four connections).
   */
  synchronized JdbiStorage freshStoreOnPool(boolean autoCommit, JdbiOptions options) {
    String schema = emptySchema();
    if (pool == null) {
      ThrowawayPostgres server = ThrowawayPostgres.get();
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(server.url(schema));
      config.setUsername(server.user());
      config.setPassword(server.password());
      config.setAutoCommit(autoCommit);
      config.setMaximumPoolSize(4);
      config.setMinimumIdle(0);
      config.setIdleTimeout(10_000);
      config.setPoolName("application-" + schema);
      pool = new HikariDataSource(config);
    }
    return JdbiStorage.postgres(pool, options);
  }

  /** A fresh, empty store in this class's schema, with the given options. */
  synchronized JdbiStorage freshStore(JdbiOptions options) {
    String schema = emptySchema();
    ThrowawayPostgres server = ThrowawayPostgres.get();
    return JdbiStorage.postgres(server.url(schema), server.user(), server.password(), options);
  }

  /** This class's schema, made on first use and emptied on every later one. */
  private String emptySchema() {
    ThrowawayPostgres server = ThrowawayPostgres.get();
    if (name == null) {
      name = server.newSchema();
    } else {
      String schema = name;
      server.execute(
          "TRUNCATE " + String.join(", ", TABLES.stream().map(t -> schema + "." + t).toList()));
    }
    return name;
  }

  /** The schema's name, once a store was opened. */
  synchronized String name() {
    return name;
  }
}

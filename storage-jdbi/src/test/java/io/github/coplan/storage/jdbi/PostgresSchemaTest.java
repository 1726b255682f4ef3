package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.testing.postgres.ThrowawayPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * Issue 3, acceptance check 4, on PostgreSQL: a new schema is created and migrated; a schema at the
 * current version opens without migrating; a newer one is refused; validate-only mode refuses a
 * missing schema. Also: a data source that is not PostgreSQL, or not UTF8, is refused.
 */
class PostgresSchemaTest {

  private static final JdbiOptions VALIDATE =
      JdbiOptions.builder().schemaMode(JdbiOptions.SchemaMode.VALIDATE).build();

  private final ThrowawayPostgres server = ThrowawayPostgres.get();

  @Test
  void aNewSchemaIsCreatedAndMigratedAndThenOpensWithoutMigrating(TestReporter report)
      throws SQLException {
    String schema = server.newSchema();

    try (JdbiStorage storage =
        JdbiStorage.postgres(server.url(schema), server.user(), server.password())) {
      assertThat(storage.migrationsApplied()).isEqualTo(12);
    }
    assertThat(
            strings(
                "SELECT version || ' ' || description FROM "
                    + schema
                    + ".coplan_schema_history ORDER BY version"))
        .containsExactly(
            "1 init",
            "2 window search indexes",
            "3 refold search text",
            "4 lookup indexes",
            "5 history",
            "6 plan access",
            "7 market",
            "8 profile match index",
            "9 itinerary",
            "10 network",
            "11 results",
            "12 derived indicators");
    assertThat(
            strings(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + schema
                    + "'"))
        .containsExactlyInAnyOrder(
            "coplan_schema_history",
            "coplan_organisation",
            "coplan_organisation_identifier",
            "coplan_person",
            "coplan_person_affiliation",
            "coplan_plan",
            "coplan_plan_party",
            "coplan_plan_content_area",
            "coplan_plan_document",
            "coplan_activity",
            "coplan_participation",
            "coplan_change_record",
            "coplan_plan_access",
            "coplan_plan_grant",
            "coplan_category",
            "coplan_profile",
            "coplan_profile_category",
            "coplan_profile_keyword",
            "coplan_introduction",
            "coplan_relationship_type",
            "coplan_relationship",
            "coplan_stop_visit",
            "coplan_result",
            "coplan_indicator",
            "coplan_indicator_period",
            "coplan_observation");
    // Migration 9: the itinerary, nullable, since an activity without stops has none.
    assertThat(
            strings(
                "SELECT data_type || ' ' || is_nullable FROM information_schema.columns WHERE table_schema = '"
                    + schema
                    + "' AND table_name = 'coplan_activity' AND column_name = 'itinerary'"))
        .containsExactly("text YES");

    long[] nanos = new long[10];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      try (JdbiStorage storage =
          JdbiStorage.postgres(server.url(schema), server.user(), server.password())) {
        nanos[i] = System.nanoTime() - start;
        assertThat(storage.migrationsApplied()).isZero();
      }
    }
    assertThat(
            strings(
                "SELECT version || ' ' || description FROM "
                    + schema
                    + ".coplan_schema_history ORDER BY version"))
        .containsExactly(
            "1 init",
            "2 window search indexes",
            "3 refold search text",
            "4 lookup indexes",
            "5 history",
            "6 plan access",
            "7 market",
            "8 profile match index",
            "9 itinerary",
            "10 network",
            "11 results",
            "12 derived indicators");
    Arrays.sort(nanos);
    Figures.record(
        report,
        "PostgresSchemaTest",
        String.format(
            Locale.ROOT,
            "opening an up-to-date PostgreSQL store by URL (warm JVM, new connection): median %.2f ms over %d opens",
            nanos[nanos.length / 2] / 1e6,
            nanos.length));
  }

  @Test
  void aSchemaThatIsNewerIsRefused() {
    String schema = server.newSchema();
    JdbiStorage.postgres(server.url(schema), server.user(), server.password()).close();
    server.execute(
        "INSERT INTO "
            + schema
            + ".coplan_schema_history (version, description) VALUES (13, 'from the future')");

    for (JdbiOptions options : List.of(JdbiOptions.defaults(), VALIDATE)) {
      assertThatThrownBy(
              () ->
                  JdbiStorage.postgres(
                      server.url(schema), server.user(), server.password(), options))
          .isInstanceOf(StorageException.class)
          .hasMessage(
              "the PostgreSQL database's Coplan schema is at version 13, newer than version 12 that this library knows;"
                  + " open it with a newer Coplan");
    }
  }

  @Test
  void validateOnlyRefusesAMissingSchemaAndCreatesNothing() throws SQLException {
    String schema = server.newSchema();

    assertThatThrownBy(
            () ->
                JdbiStorage.postgres(
                    server.url(schema), server.user(), server.password(), VALIDATE))
        .isInstanceOf(StorageException.class)
        .hasMessage(
            "the PostgreSQL database has no Coplan schema; open the store in schema mode MIGRATE, or run the migration"
                + " scripts under io/github/coplan/storage/jdbi/sql/postgres/migration first");

    assertThat(
            strings(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + schema
                    + "'"))
        .isEmpty();
  }

  @Test
  void validateOnlyOpensACurrentSchema() {
    String schema = server.newSchema();
    JdbiStorage.postgres(server.url(schema), server.user(), server.password()).close();

    try (JdbiStorage storage =
        JdbiStorage.postgres(server.url(schema), server.user(), server.password(), VALIDATE)) {
      assertThat(storage.migrationsApplied()).isZero();
    }
  }

  @Test
  void aDataSourceOfTheUsersOwnServesUnitsOfWork() {
    String schema = server.newSchema();
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(server.url(schema));
    dataSource.setUser(server.user());
    dataSource.setPassword(server.password());

    try (JdbiStorage storage = JdbiStorage.postgres(dataSource)) {
      assertThat(storage.migrationsApplied()).isEqualTo(12);
      Organisation stored =
          storage.inTransaction(
              r ->
                  r.organisations()
                      .insert(
                          Organisation.register(
                              new OrganisationId(java.util.UUID.randomUUID()),
                              Fixtures.dostHcmc())));
      Optional<Organisation> read = storage.readOnly(r -> r.organisations().findById(stored.id()));
      assertThat(read).contains(stored);
      assertThat(storage.toString())
          .isEqualTo(
              "JdbiStorage[PostgreSQL data source org.postgresql.ds.PGSimpleDataSource, open]");
    }
  }

  @Test
  void aDataSourceThatIsNotPostgresIsRefused() {
    SQLiteDataSource sqlite = new SQLiteDataSource();
    sqlite.setUrl("jdbc:sqlite::memory:");

    assertThatThrownBy(() -> JdbiStorage.postgres(sqlite))
        .isInstanceOf(StorageException.class)
        .hasMessage("the data source is a SQLite database, not PostgreSQL");
  }

  @Test
  void aDatabaseThatIsNotUtf8IsRefused() {
    assumeTrue(server.throwaway(), "needs the tests' own server, where they may create databases");
    server.execute("DROP DATABASE IF EXISTS coplan_latin1");
    server.execute(
        "CREATE DATABASE coplan_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0");

    assertThatThrownBy(
            () ->
                JdbiStorage.postgres(
                    server.urlOfDatabase("coplan_latin1"), server.user(), server.password()))
        .isInstanceOf(StorageException.class)
        .hasMessage("the PostgreSQL database uses the encoding LATIN1; Coplan needs UTF8");
  }

  @Test
  void anUnreachableServerIsAStorageFailureWithoutThePassword() {
    assertThatThrownBy(
            () ->
                JdbiStorage.postgres(
                    "jdbc:postgresql://127.0.0.1:1/coplan", "coplan", "secret-password"))
        .isInstanceOf(StorageException.class)
        .hasMessage("could not connect to the PostgreSQL database")
        .hasCauseInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(e.toString()).doesNotContain("secret-password"));
  }

  @Test
  void aUrlThatIsNotPostgresIsInvalidInput() {
    assertThatThrownBy(() -> JdbiStorage.postgres("jdbc:mysql://localhost/coplan", "u", "p"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: jdbcUrl: malformed (a PostgreSQL JDBC URL starts with jdbc:postgresql:)");
  }

  @Test
  void coplansTablesLiveBesideTheApplicationsOfTheSameName() throws SQLException {
    String schema = server.newSchema();
    server.execute("CREATE TABLE " + schema + ".plan (id integer PRIMARY KEY, what text)");
    server.execute("INSERT INTO " + schema + ".plan VALUES (1, 'the application''s own row')");

    try (JdbiStorage storage =
        JdbiStorage.postgres(server.url(schema), server.user(), server.password())) {
      assertThat(storage.migrationsApplied()).isEqualTo(12);
      Organisation stored =
          storage.inTransaction(
              r ->
                  r.organisations()
                      .insert(
                          Organisation.register(
                              new OrganisationId(java.util.UUID.randomUUID()),
                              Fixtures.dostHcmc())));
      Optional<Organisation> read = storage.readOnly(r -> r.organisations().findById(stored.id()));
      assertThat(read).contains(stored);
    }
    assertThat(strings("SELECT what FROM " + schema + ".plan"))
        .containsExactly("the application's own row");
    assertThat(strings("SELECT COUNT(*) FROM " + schema + ".coplan_organisation"))
        .containsExactly("1");
  }

  @Test
  void aSchemaMadeByAnEarlierVersionGetsItsTablesAndIndexesRenamed() throws Exception {
    // Its constraints (primary and unique keys, foreign keys) keep their names, and their indexes
    // with them.
    String schema = server.newSchema();
    for (String name : List.of("V1__init.sql", "V2__window_search_indexes.sql")) {
      try (java.io.InputStream in = getClass().getResourceAsStream("/legacy/postgres/" + name)) {
        server.execute(
            "SET search_path TO "
                + schema
                + "; "
                + new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    server.execute(
        "INSERT INTO "
            + schema
            + ".organisation (id, version, name, acronym, alternative_names, type, country)"
            + " VALUES ('0190a5d0-0000-7000-8000-000000000001', 3, 'en' || chr(30) || 'en' || chr(31) || 'Earlier', NULL, '', 'GOVERNMENT', 'VN')");

    try (JdbiStorage storage =
        JdbiStorage.postgres(server.url(schema), server.user(), server.password())) {
      assertThat(storage.migrationsApplied()).isEqualTo(10);
      Optional<Organisation> earlier =
          storage.readOnly(
              r ->
                  r.organisations()
                      .findById(
                          new OrganisationId(
                              java.util.UUID.fromString("0190a5d0-0000-7000-8000-000000000001"))));
      assertThat(earlier).hasValueSatisfying(o -> assertThat(o.version()).isEqualTo(3));
      // Migration 4 filled the look-up columns of the row the earlier version wrote.
      assertThat(
              storage
                  .readOnly(
                      r ->
                          r.organisations()
                              .search(OrganisationQuery.builder().text("earlier").build()))
                  .items())
          .containsExactly(earlier.orElseThrow());
    }
    assertThat(
            strings(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + schema
                    + "'"))
        .allMatch(name -> name.startsWith("coplan_"))
        .hasSize(26);
    assertThat(
            strings(
                "SELECT indexname FROM pg_indexes WHERE schemaname = '"
                    + schema
                    + "' AND indexname NOT LIKE '%pkey'"
                    + " AND indexname NOT LIKE '%key'"))
        .allMatch(name -> name.startsWith("coplan_"))
        .hasSize(46);
    assertThat(
            strings(
                "SELECT COUNT(*) FROM "
                    + schema
                    + ".coplan_schema_history WHERE checksum IS NOT NULL"))
        .containsExactly("12");
  }

  private List<String> strings(String sql) throws SQLException {
    try (Connection c = server.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }
}

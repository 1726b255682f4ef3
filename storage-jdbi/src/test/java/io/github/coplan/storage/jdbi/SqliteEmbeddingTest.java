package io.github.coplan.storage.jdbi;

import static io.github.coplan.storage.jdbi.SqliteSchemaTest.execute;
import static io.github.coplan.storage.jdbi.SqliteSchemaTest.strings;
import static io.github.coplan.storage.jdbi.SqliteSchemaTest.tables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.query.OrganisationQuery;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, embedding in a shared database, on SQLite: Coplan's tables carry a prefix and leave the
 * application's alone; a file made by an earlier version gets its tables renamed; the checksum of
 * each applied script is recorded, and a changed script is refused.
 */
class SqliteEmbeddingTest {

  @TempDir Path dir;

  private static Organisation organisation() {
    return Organisation.register(new OrganisationId(UUID.randomUUID()), Fixtures.dostHcmc());
  }

  @Test
  void coplansTablesLiveBesideTheApplicationsOfTheSameName() throws SQLException {
    Path file = dir.resolve("shared.db");
    execute(file, "CREATE TABLE activity (id INTEGER PRIMARY KEY, what TEXT)");
    execute(file, "INSERT INTO activity (what) VALUES ('the application''s own row')");

    try (JdbiStorage storage = JdbiStorage.sqlite(file)) {
      Organisation stored = storage.inTransaction(r -> r.organisations().insert(organisation()));
      assertThat(find(storage, stored.id())).contains(stored);
    }

    assertThat(tables(file))
        .contains(
            "activity",
            "coplan_activity",
            "coplan_plan",
            "coplan_organisation",
            "coplan_schema_history");
    assertThat(strings(file, "SELECT what FROM activity"))
        .containsExactly("the application's own row");
  }

  @Test
  void anotherPrefixMakesAnotherSetOfTables() throws SQLException {
    Path file = dir.resolve("two.db");
    try (JdbiStorage first = JdbiStorage.sqlite(file);
        JdbiStorage second =
            JdbiStorage.sqlite(file, JdbiOptions.builder().tablePrefix("planning_").build())) {
      Organisation stored = second.inTransaction(r -> r.organisations().insert(organisation()));

      assertThat(find(second, stored.id())).contains(stored);
      assertThat(find(first, stored.id())).isEmpty();
    }
    assertThat(tables(file))
        .contains("coplan_organisation", "planning_organisation", "planning_schema_history");
    assertThat(strings(file, "SELECT COUNT(*) FROM planning_organisation")).containsExactly("1");
    assertThat(strings(file, "SELECT COUNT(*) FROM coplan_organisation")).containsExactly("0");
  }

  @Test
  void aPrefixThatIsNotALowerCaseIdentifierIsRefused() {
    for (String bad :
        List.of("", "Coplan_", "1st_", "x; DROP TABLE activity; --", "a".repeat(31))) {
      assertThatThrownBy(() -> JdbiOptions.builder().tablePrefix(bad))
          .isInstanceOf(io.github.coplan.domain.error.InvalidInputException.class)
          .hasMessage(
              "invalid input: tablePrefix: malformed (a table prefix is a lower-case letter, then up to 29 lower-case letters,"
                  + " digits and underscores)");
    }
    assertThat(JdbiOptions.builder().tablePrefix("a").build().tablePrefix()).isEqualTo("a");
    assertThat(JdbiOptions.builder().tablePrefix("a".repeat(30)).build().tablePrefix()).hasSize(30);
  }

  @Test
  void aFileMadeByAnEarlierVersionGetsItsTablesRenamedAndKeepsItsRows() throws Exception {
    Path file = dir.resolve("earlier.db");
    runLegacyScripts(file);
    UUID id = UUID.randomUUID();
    try (JdbiStorage current = JdbiStorage.sqlite(dir.resolve("current.db"))) {
      // The row the earlier version would have written: written by this one, copied across in SQL.
      Organisation stored =
          current.inTransaction(
              r ->
                  r.organisations()
                      .insert(Organisation.register(new OrganisationId(id), Fixtures.dostHcmc())));
      assertThat(stored.version()).isEqualTo(1);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("ATTACH DATABASE '" + dir.resolve("current.db") + "' AS current");
      s.executeUpdate(
          "INSERT INTO organisation SELECT id, version, name, acronym, alternative_names, type, country, parent_id, website"
              + " FROM current.coplan_organisation");
    }

    try (JdbiStorage storage = JdbiStorage.sqlite(file)) {
      assertThat(storage.migrationsApplied()).isEqualTo(10);
      assertThat(find(storage, new OrganisationId(id)))
          .hasValueSatisfying(o -> assertThat(o.version()).isEqualTo(1));
      // Migration 4 filled the look-up columns of the row the earlier version wrote.
      assertThat(
              storage
                  .readOnly(
                      r ->
                          r.organisations()
                              .search(OrganisationQuery.builder().text("dost hcmc").build()))
                  .items())
          .extracting(Organisation::id)
          .containsExactly(new OrganisationId(id));
    }

    assertThat(tables(file))
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
            "coplan_history_erasure",
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
            "coplan_observation",
            "sqlite_sequence");
    assertThat(
            strings(
                file,
                "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"))
        .allMatch(name -> name.startsWith("coplan_"))
        .hasSize(46);
    assertThat(
            strings(
                file,
                "SELECT version || ' ' || checksum FROM coplan_schema_history ORDER BY version"))
        .containsExactly(
            "1 " + Migrator.checksum(script("V1__init.sql")),
            "2 " + Migrator.checksum(script("V2__window_search_indexes.sql")),
            "3 " + Migrator.checksum(script("V3__refold_search_text.sql")),
            "4 " + Migrator.checksum(script("V4__lookup_indexes.sql")),
            "5 " + Migrator.checksum(script("V5__history.sql")),
            "6 " + Migrator.checksum(script("V6__plan_access.sql")),
            "7 " + Migrator.checksum(script("V7__market.sql")),
            "8 " + Migrator.checksum(script("V8__profile_match_index.sql")),
            "9 " + Migrator.checksum(script("V9__itinerary.sql")),
            "10 " + Migrator.checksum(script("V10__network.sql")),
            "11 " + Migrator.checksum(script("V11__results.sql")),
            "12 " + Migrator.checksum(script("V12__derived_indicators.sql")));
  }

  @Test
  void theChecksumOfEachAppliedScriptIsRecordedAndAChangedScriptIsRefused() throws SQLException {
    Path file = dir.resolve("coplan.db");
    JdbiStorage.sqlite(file).close();
    assertThat(strings(file, "SELECT checksum FROM coplan_schema_history ORDER BY version"))
        .containsExactly(
            String.valueOf(Migrator.checksum(script("V1__init.sql"))),
            String.valueOf(Migrator.checksum(script("V2__window_search_indexes.sql"))),
            String.valueOf(Migrator.checksum(script("V3__refold_search_text.sql"))),
            String.valueOf(Migrator.checksum(script("V4__lookup_indexes.sql"))),
            String.valueOf(Migrator.checksum(script("V5__history.sql"))),
            String.valueOf(Migrator.checksum(script("V6__plan_access.sql"))),
            String.valueOf(Migrator.checksum(script("V7__market.sql"))),
            String.valueOf(Migrator.checksum(script("V8__profile_match_index.sql"))),
            String.valueOf(Migrator.checksum(script("V9__itinerary.sql"))),
            String.valueOf(Migrator.checksum(script("V10__network.sql"))),
            String.valueOf(Migrator.checksum(script("V11__results.sql"))),
            String.valueOf(Migrator.checksum(script("V12__derived_indicators.sql"))));

    execute(file, "UPDATE coplan_schema_history SET checksum = 12345 WHERE version = 2");

    assertThatThrownBy(() -> JdbiStorage.sqlite(file))
        .isInstanceOf(StorageException.class)
        .hasMessage(
            "the migration V2__window_search_indexes.sql was changed after it was applied to the SQLite database (checksum 12345"
                + " recorded, "
                + Migrator.checksum(script("V2__window_search_indexes.sql"))
                + " now); the database may not hold what this"
                + " library's scripts make, so the store does not open it");
    assertThatThrownBy(
            () ->
                JdbiStorage.sqlite(
                    file,
                    JdbiOptions.builder().schemaMode(JdbiOptions.SchemaMode.VALIDATE).build()))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith(
            "the migration V2__window_search_indexes.sql was changed after it was applied");
  }

  @Test
  void aVersionRecordedWithoutAChecksumIsNotChecked() throws SQLException {
    Path file = dir.resolve("coplan.db");
    JdbiStorage.sqlite(file).close();
    execute(file, "UPDATE coplan_schema_history SET checksum = NULL");

    // Only migrations 3, 4 and 10 have a step in Java, which a version recorded without a checksum
    // has not run: the store runs them.
    try (JdbiStorage storage = JdbiStorage.sqlite(file)) {
      assertThat(storage.migrationsApplied()).isEqualTo(3);
    }
    assertThat(
            strings(
                file,
                "SELECT version || ' ' || COALESCE(checksum, 'none') FROM coplan_schema_history ORDER BY version"))
        .containsExactly(
            "1 none",
            "2 none",
            "3 " + Migrator.checksum(script("V3__refold_search_text.sql")),
            "4 " + Migrator.checksum(script("V4__lookup_indexes.sql")),
            "5 none",
            "6 none",
            "7 none",
            "8 none",
            "9 none",
            "10 " + Migrator.checksum(script("V10__network.sql")),
            "11 none",
            "12 none");
    try (JdbiStorage storage = JdbiStorage.sqlite(file)) {
      assertThat(storage.migrationsApplied()).isZero();
    }
  }

  private static Optional<Organisation> find(JdbiStorage storage, OrganisationId id) {
    return storage.readOnly(r -> r.organisations().findById(id));
  }

  /** A migration script of this version, as shipped. */
  private static String script(String name) {
    return resource("/io/github/coplan/storage/jdbi/sql/sqlite/migration/" + name);
  }

  /** Runs the scripts of the version before table prefixes, as a tool of the user's would have. */
  private static void runLegacyScripts(Path file) throws Exception {
    SqliteSchemaTest.runScriptTexts(
        file,
        List.of(
            resource("/legacy/sqlite/V1__init.sql"),
            resource("/legacy/sqlite/V2__window_search_indexes.sql")));
  }

  private static String resource(String path) {
    try (InputStream in = SqliteEmbeddingTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, acceptance check 4, on SQLite: a new file is created and migrated; a file at the current
 * version opens without migrating, and fast; a file whose schema is newer is refused with a clear
 * error; validate-only mode refuses a missing or older schema and accepts a current one.
 */
class SqliteSchemaTest {

  private static final JdbiOptions VALIDATE =
      JdbiOptions.builder().schemaMode(JdbiOptions.SchemaMode.VALIDATE).build();

  @TempDir Path dir;

  @Test
  void aNewFileIsCreatedAndMigrated() throws SQLException {
    Path file = dir.resolve("new.db");
    assertThat(file).doesNotExist();

    try (JdbiStorage storage = JdbiStorage.sqlite(file)) {
      assertThat(storage.migrationsApplied()).isEqualTo(12);
    }

    assertThat(file).exists();
    assertThat(history(file))
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
    // Migration 9: the itinerary, nullable, since an activity without stops has none.
    assertThat(
            strings(
                file,
                "SELECT type || ' ' || \"notnull\" FROM pragma_table_info('coplan_activity')"
                    + " WHERE name = 'itinerary'"))
        .containsExactly("TEXT 0");
    assertThat(pragma(file, "journal_mode")).isEqualTo("wal");
  }

  @Test
  void aFileAtTheCurrentVersionOpensWithoutMigrating(TestReporter report) throws SQLException {
    Path file = dir.resolve("current.db");
    JdbiStorage.sqlite(file).close();
    List<String> schemaBefore = schema(file);

    long[] nanos = new long[20];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      JdbiStorage storage = JdbiStorage.sqlite(file);
      nanos[i] = System.nanoTime() - start;
      assertThat(storage.migrationsApplied()).isZero();
      storage.close();
    }

    assertThat(history(file))
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
    assertThat(schema(file)).isEqualTo(schemaBefore);
    Arrays.sort(nanos);
    Figures.record(
        report,
        "SqliteSchemaTest",
        String.format(
            Locale.ROOT,
            "opening an up-to-date SQLite store (warm JVM): median %.2f ms, max %.2f ms over %d opens",
            nanos[nanos.length / 2] / 1e6,
            nanos[nanos.length - 1] / 1e6,
            nanos.length));
  }

  @Test
  void aFileWhoseSchemaIsNewerIsRefused() throws SQLException {
    Path file = dir.resolve("newer.db");
    JdbiStorage.sqlite(file).close();
    execute(
        file,
        "INSERT INTO coplan_schema_history (version, description) VALUES (13, 'from the future')");

    for (JdbiOptions options : List.of(JdbiOptions.defaults(), VALIDATE)) {
      assertThatThrownBy(() -> JdbiStorage.sqlite(file, options))
          .isInstanceOf(StorageException.class)
          .hasMessage(
              "the SQLite database's Coplan schema is at version 13, newer than version 12 that this library knows;"
                  + " open it with a newer Coplan");
    }
    assertThat(history(file))
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
            "12 derived indicators",
            "13 from the future");
  }

  @Test
  void validateOnlyRefusesAMissingFileAndCreatesNothing() {
    Path file = dir.resolve("missing.db");

    assertThatThrownBy(() -> JdbiStorage.sqlite(file, VALIDATE))
        .isInstanceOf(StorageException.class)
        .hasMessage(
            "the SQLite file "
                + file.toAbsolutePath()
                + " does not exist, so it has no Coplan schema; open the store in"
                + " schema mode MIGRATE to create it");

    assertThat(file).doesNotExist();
  }

  @Test
  void validateOnlyRefusesAMissingSchemaAndCreatesNothing() throws SQLException {
    Path file = dir.resolve("empty.db");
    execute(file, "CREATE TABLE unrelated (x INTEGER)");

    assertThatThrownBy(() -> JdbiStorage.sqlite(file, VALIDATE))
        .isInstanceOf(StorageException.class)
        .hasMessage(
            "the SQLite database has no Coplan schema; open the store in schema mode MIGRATE, or run the migration scripts"
                + " under io/github/coplan/storage/jdbi/sql/sqlite/migration first");

    assertThat(tables(file)).containsExactly("unrelated");
  }

  @Test
  void validateOnlyRefusesAnOlderSchema() throws SQLException {
    Path file = dir.resolve("older.db");
    execute(
        file,
        "CREATE TABLE coplan_schema_history (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
            + " installed_on TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP, checksum INTEGER) STRICT");

    assertThatThrownBy(() -> JdbiStorage.sqlite(file, VALIDATE))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith(
            "the SQLite database's Coplan schema is at version 0 but this library needs version 12;");
  }

  @Test
  void validateOnlyOpensACurrentSchemaMigratedByTheScriptsAlone() throws Exception {
    Path file = dir.resolve("by-hand.db");
    runScripts(file, Migrator.SCRIPTS);

    try (JdbiStorage storage = JdbiStorage.sqlite(file, VALIDATE)) {
      assertThat(storage.migrationsApplied()).isZero();
      Optional<CooperationPlan> none =
          storage.readOnly(r -> r.plans().findByCode(PlanCode.of("NONE")));
      assertThat(none).isEmpty();
    }
  }

  @Test
  void aVersion1FileIsMigratedToTheLatestVersion() throws Exception {
    Path file = dir.resolve("version-1.db");
    runScripts(file, List.of("V1__init.sql"));
    assertThat(index(file, "coplan_activity_plan_start"))
        .endsWith("(plan_id, planned_earliest, id)");

    assertThatThrownBy(() -> JdbiStorage.sqlite(file, VALIDATE))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith(
            "the SQLite database's Coplan schema is at version 1 but this library needs version 12;");
    try (JdbiStorage storage = JdbiStorage.sqlite(file)) {
      assertThat(storage.migrationsApplied()).isEqualTo(11);
    }

    assertThat(history(file))
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
    assertThat(index(file, "coplan_activity_plan_start"))
        .endsWith("(plan_id, planned_earliest, id, planned_latest)");
    assertThat(index(file, "coplan_activity_plan_end"))
        .endsWith("(plan_id, planned_latest, id, planned_earliest)");
    assertThat(index(file, "coplan_activity_start"))
        .endsWith("(planned_earliest, id, planned_latest)");
    assertThat(index(file, "coplan_activity_end"))
        .endsWith("(planned_latest, id, planned_earliest)");
  }

  private static void runScripts(Path file, List<String> names) throws Exception {
    List<String> scripts = new ArrayList<>();
    for (String name : names) {
      scripts.add(
          Files.readString(
                  Path.of(
                      "src/main/resources/io/github/coplan/storage/jdbi/sql/sqlite/migration/"
                          + name))
              .replace("${prefix}", "coplan_"));
    }
    runScriptTexts(file, scripts);
  }

  /** Runs scripts statement by statement, as a migration tool of the user's would. */
  static void runScriptTexts(Path file, List<String> scripts) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate("PRAGMA journal_mode=WAL");
      for (String script : scripts) {
        for (String statement : statements(script)) {
          s.executeUpdate(statement);
        }
      }
    }
  }

  /**
   * The statements of a script, without its comment lines: each ends with a line that ends with a
   * semicolon, except in a trigger's body, from a line {@code BEGIN} to a line {@code END;}.
   */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder statement = new StringBuilder();
    boolean body = false;
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      statement.append(line).append('\n');
      if (trimmed.equals("BEGIN")) {
        body = true;
      } else if (trimmed.equals("END;")) {
        body = false;
      }
      if (!body && trimmed.endsWith(";")) {
        statements.add(statement.toString());
        statement.setLength(0);
      }
    }
    if (!statement.toString().isBlank()) {
      statements.add(statement.toString());
    }
    return statements;
  }

  private static String index(Path file, String name) throws SQLException {
    return strings(
            file, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '" + name + "'")
        .get(0);
  }

  @Test
  void aFileInAMissingFolderIsRefusedWithTheFileNamed() {
    Path file = dir.resolve("no-such-folder").resolve("coplan.db");

    assertThatThrownBy(() -> JdbiStorage.sqlite(file))
        .isInstanceOf(StorageException.class)
        .hasMessage("could not open the SQLite file " + file.toAbsolutePath())
        .hasCauseInstanceOf(SQLException.class);
  }

  @Test
  void aFileThatIsNotADatabaseIsRefused() throws Exception {
    Path file = dir.resolve("text.db");
    Files.writeString(
        file, "this is not a database, but it is long enough to have a header. ".repeat(20));

    assertThatThrownBy(() -> JdbiStorage.sqlite(file))
        .isInstanceOf(StorageException.class)
        .satisfies(
            e -> assertThat(e.getMessage()).doesNotContain("SELECT").doesNotContain("PRAGMA"));
  }

  static List<String> history(Path file) throws SQLException {
    return strings(
        file, "SELECT version || ' ' || description FROM coplan_schema_history ORDER BY version");
  }

  static List<String> tables(Path file) throws SQLException {
    return strings(file, "SELECT name FROM sqlite_master WHERE type = 'table'");
  }

  static List<String> schema(Path file) throws SQLException {
    return strings(
        file,
        "SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master ORDER BY name");
  }

  static String pragma(Path file, String name) throws SQLException {
    return strings(file, "PRAGMA " + name).get(0);
  }

  static List<String> strings(Path file, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }

  static void execute(Path file, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}

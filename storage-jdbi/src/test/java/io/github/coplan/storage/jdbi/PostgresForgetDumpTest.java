package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.testing.postgres.ThrowawayPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a person is forgotten, a dump of the store's PostgreSQL schema holds neither their name (as
 * given or folded), nor their contact, nor their expertise; before the forget it did.
 *
 * <p>The dump that always runs is one made with SQL: every row of every table of the schema, as
 * {@code SELECT t::text FROM <table> t} gives it, the tables listed from {@code
 * information_schema.tables}. {@code pg_dump} is not always there: the throwaway server's binaries
 * (zonky's) hold only {@code initdb}, {@code pg_ctl} and {@code postgres}, and CI installs nothing
 * but a JDK. Where a {@code pg_dump} of the server's major version or newer is installed (on the
 * {@code PATH} or under {@code /usr/lib/postgresql/<major>/bin}), a second test greps its dump of
 * the schema too; elsewhere that test is skipped, and says why.
 */
class PostgresForgetDumpTest {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  private JdbiStorage storage;
  private ForgetScenario scenario;

  @BeforeEach
  void registerAndChangeThePerson() {
    storage = SCHEMA.freshStore();
    scenario = ForgetScenario.on(storage);
  }

  @AfterEach
  void close() {
    storage.close();
  }

  @Test
  void noRowOfTheSchemaHoldsTheErasedTextAfterAForget() throws SQLException {
    String before = sqlDump();
    assertThat(ForgetScenario.found("the SQL dump", bytes(before)))
        .as("the texts are in the dump before the forget")
        .anyMatch(line -> line.contains("\"" + ForgetScenario.NAME + "\""))
        .anyMatch(line -> line.contains("\"" + ForgetScenario.RENAMED + "\""))
        .anyMatch(line -> line.contains("\"" + ForgetScenario.CONTACT + "\""))
        .anyMatch(line -> line.contains("\"" + ForgetScenario.EXPERTISE + "\""))
        .anyMatch(line -> line.contains("\"zebulon quixotic-ngo\""));

    scenario.forget();

    String after = sqlDump();
    assertThat(after).contains("Forgotten person", "ForgetPerson");
    assertThat(ForgetScenario.found("the SQL dump", bytes(after))).isEmpty();
  }

  @Test
  void pgDumpOfTheSchemaHoldsNoErasedTextAfterAForget() throws Exception {
    ThrowawayPostgres server = ThrowawayPostgres.get();
    int serverMajor;
    try (Connection c = server.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW server_version_num")) {
      rs.next();
      serverMajor = Integer.parseInt(rs.getString(1)) / 10_000;
    }
    Optional<Path> pgDump = pgDump(serverMajor);
    Assumptions.assumeTrue(
        pgDump.isPresent(),
        "no pg_dump of PostgreSQL " + serverMajor + " or newer on this machine");

    assertThat(ForgetScenario.found("pg_dump", bytes(pgDumpOf(pgDump.get(), server))))
        .as("the texts are in pg_dump's dump before the forget")
        .anyMatch(line -> line.contains("\"" + ForgetScenario.NAME + "\""));

    scenario.forget();

    String dump = pgDumpOf(pgDump.get(), server);
    assertThat(dump).contains("Forgotten person", "ForgetPerson");
    assertThat(ForgetScenario.found("pg_dump", bytes(dump))).isEmpty();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Every row of every table of the schema, one per line, each after its table's name. */
  private static String sqlDump() throws SQLException {
    String schema = SCHEMA.name();
    StringBuilder dump = new StringBuilder();
    try (Connection c = ThrowawayPostgres.get().connect()) {
      List<String> tables = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT table_name FROM information_schema.tables"
                  + " WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name")) {
        s.setString(1, schema);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            tables.add(rs.getString(1));
          }
        }
      }
      assertThat(tables).contains("coplan_person", "coplan_change_record", "coplan_activity");
      for (String table : tables) {
        // The names come from the catalogue, and are quoted.
        String sql =
            "SELECT t::text FROM \""
                + schema.replace("\"", "\"\"")
                + "\".\""
                + table.replace("\"", "\"\"")
                + "\" t";
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery(sql)) {
          while (rs.next()) {
            dump.append(table).append(": ").append(rs.getString(1)).append('\n');
          }
        }
      }
    }
    return dump.toString();
  }

  /** An installed pg_dump of the given major version or newer, the newest found. */
  private static Optional<Path> pgDump(int serverMajor) throws IOException, InterruptedException {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Path.of(dir, "pg_dump"));
        }
      }
    }
    Path versions = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(versions)) {
      try (Stream<Path> dirs = Files.list(versions)) {
        dirs.map(d -> d.resolve("bin/pg_dump")).forEach(candidates::add);
      }
    }
    Path best = null;
    int bestMajor = -1;
    Pattern version = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
    for (Path candidate : candidates) {
      if (!Files.isExecutable(candidate)) {
        continue;
      }
      Process p =
          new ProcessBuilder(candidate.toString(), "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        continue;
      }
      Matcher m = version.matcher(out);
      if (m.find()) {
        int major = Integer.parseInt(m.group(1));
        if (major >= serverMajor && major > bestMajor) {
          best = candidate;
          bestMajor = major;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** pg_dump's plain-text dump of the schema, schema and data. */
  private static String pgDumpOf(Path pgDump, ThrowawayPostgres server)
      throws IOException, InterruptedException {
    URI uri = URI.create(server.url(SCHEMA.name()).substring("jdbc:".length()));
    String database = uri.getPath().substring(1);
    List<String> command =
        List.of(
            pgDump.toString(),
            "--host=" + uri.getHost(),
            "--port=" + (uri.getPort() < 0 ? 5432 : uri.getPort()),
            "--username=" + server.user(),
            "--no-password",
            "--schema=" + SCHEMA.name(),
            "--no-owner",
            database);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PGPASSWORD", server.password());
    Path err = Files.createTempFile("pg_dump-", ".err");
    try {
      builder.redirectError(err.toFile());
      Process p = builder.start();
      String dump = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("pg_dump ends").isTrue();
      assertThat(p.exitValue()).as("pg_dump's exit status: %s", Files.readString(err)).isZero();
      assertThat(dump).contains("coplan_change_record");
      return dump;
    } finally {
      Files.deleteIfExists(err);
    }
  }
}

package io.github.coplan.benchmarks;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.storage.jdbi.JdbiStorage;
import io.github.coplan.testing.postgres.ThrowawayPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * The stores the benchmarks read: generated from a seed, their schema created by {@link
 * JdbiStorage} itself, organisations, people and plans written through its repositories, activities
 * and participations by fast raw batch inserts. SQLite fixtures are kept under {@code
 * benchmarks/target/fixtures} (or {@code coplan.bench.fixtures}) by size, seed and schema version;
 * PostgreSQL fixtures are databases of the benchmark server, named the same way.
 */
final class Fixtures {

  /**
   * Bump when the schema (V1__init.sql …) or {@link Data} changes, so that cached fixtures are
   * rebuilt.
   */
  static final String VERSION = "schema2-data1";

  static final long SEED = 20_181_201L;
  private static final int BATCH = 2_000;

  private Fixtures() {}

  /**
   * What a fixture holds: {@code activities} spread evenly over {@code plans} plans, and, when
   * {@code progressPlan}, one more plan with {@link Data#PROGRESS_ACTIVITIES} activities.
   */
  record Spec(int activities, int plans, long seed, boolean progressPlan) {

    /**
     * The fixtures of the tables: a thousand activities per plan, as the search row has.
     */
    static Spec of(int activities, boolean progressPlan) {
      return new Spec(activities, Math.max(1, activities / 1_000), SEED, progressPlan);
    }

    int planCount() {
      return plans + (progressPlan ? 1 : 0);
    }

    long totalActivities() {
      return activities + (progressPlan ? Data.PROGRESS_ACTIVITIES : 0L);
    }

    PlanId progressPlanId() {
      return Data.planId(seed, plans);
    }

    PlanId planOf(long i) {
      return i < activities ? Data.planId(seed, (int) (i % plans)) : progressPlanId();
    }

    String key() {
      return "a"
          + activities
          + "_p"
          + plans
          + "_s"
          + seed
          + (progressPlan ? "_progress" : "")
          + "_"
          + VERSION.replace('-', '_');
    }
  }

  static Path directory() {
    String named = System.getProperty("coplan.bench.fixtures");
    if (named != null && !named.isBlank()) {
      return Path.of(named);
    }
    return Files.isDirectory(Path.of("benchmarks"))
        ? Path.of("benchmarks", "target", "fixtures")
        : Path.of("target", "fixtures");
  }

  /** The SQLite file of a fixture, generated on first use. */
  static synchronized Path sqlite(Spec spec) {
    Path file = directory().resolve(spec.key() + ".db").toAbsolutePath();
    if (Files.exists(file)) {
      return file;
    }
    try {
      Files.createDirectories(file.getParent());
      Path partial = Files.createTempFile(file.getParent(), spec.key(), ".partial");
      Files.delete(partial);
      try (JdbiStorage storage = JdbiStorage.sqlite(partial)) {
        writeParties(storage, spec);
      }
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
      try (Connection c = config.createConnection("jdbc:sqlite:" + partial)) {
        // Rows first, then the schema's own indexes, rebuilt from their stored definitions:
        // building an index
        // by sorting is many times faster than keeping eight indexes up to date row by row.
        List<String> indexes = new java.util.ArrayList<>();
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA cache_size = -262144");
          try (java.sql.ResultSet rs =
              s.executeQuery(
                  "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('coplan_activity', 'coplan_participation') AND sql IS NOT NULL")) {
            while (rs.next()) {
              indexes.add(rs.getString(1));
              indexes.add(rs.getString(2));
            }
          }
          for (int i = 0; i < indexes.size(); i += 2) {
            s.execute("DROP INDEX " + indexes.get(i));
          }
        }
        load(Db.SQLITE, c, spec);
        try (Statement s = c.createStatement()) {
          for (int i = 1; i < indexes.size(); i += 2) {
            s.execute(indexes.get(i));
          }
          s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
      }
      Files.deleteIfExists(Path.of(partial + "-wal"));
      Files.deleteIfExists(Path.of(partial + "-shm"));
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("could not generate the fixture " + spec.key(), e);
    }
  }

  /**
   * A SQLite fixture generated once through the store, then analysed and checkpointed, and cached
   * under a key: the file of an earlier run when there is one.
   *
   * @param key the fixture's name, which changes whenever what it holds changes
   * @param load writes the fixture through a store on the new file
   * @return the file
   */
  static synchronized Path sqliteCached(String key, java.util.function.Consumer<JdbiStorage> load) {
    Path file = directory().resolve(key + ".db").toAbsolutePath();
    if (Files.exists(file)) {
      return file;
    }
    try {
      Files.createDirectories(file.getParent());
      Path partial = Files.createTempFile(file.getParent(), key, ".partial");
      Files.delete(partial);
      try (JdbiStorage s = Stores.sqlite(partial, "NORMAL", false)) {
        load.accept(s);
      }
      try (Connection c = Stores.sqliteConnection(partial, "OFF", false);
          Statement st = c.createStatement()) {
        st.execute("ANALYZE");
        st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      }
      Files.deleteIfExists(Path.of(partial + "-wal"));
      Files.deleteIfExists(Path.of(partial + "-shm"));
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("could not generate the fixture " + key, e);
    }
  }

  /**
   * A PostgreSQL fixture on the benchmark server, generated once through the store, then vacuumed
   * and analysed as autovacuum leaves a database at rest, and kept under a name made of its key.
   *
   * @param key the fixture's name, which changes whenever what it holds changes
   * @param load writes the fixture through a store on the new database
   * @return the database's name
   */
  static synchronized String postgresCached(
      String key, java.util.function.Consumer<JdbiStorage> load) {
    ThrowawayPostgres server = Stores.postgresServer();
    String name = "fx_" + key.replace('-', '_');
    String partial = name + "_partial";
    try {
      if (server.databaseExists(name)) {
        return name;
      }
      server.execute("DROP DATABASE IF EXISTS " + partial);
      server.execute("CREATE DATABASE " + partial + " ENCODING 'UTF8' TEMPLATE template0");
      try (JdbiStorage s = Stores.postgres(partial, false)) {
        load.accept(s);
      }
      try (Connection c = Stores.postgresConnection(partial);
          Statement st = c.createStatement()) {
        st.execute("VACUUM ANALYZE");
      }
      server.execute("ALTER DATABASE " + partial + " RENAME TO " + name);
      return name;
    } catch (SQLException e) {
      throw new IllegalStateException("could not generate the fixture " + key, e);
    }
  }

  /** The PostgreSQL database of a fixture on the benchmark server, generated on first use. */
  static synchronized String postgres(Spec spec) {
    ThrowawayPostgres server = Stores.postgresServer();
    String name = "fx_" + spec.key().toLowerCase(java.util.Locale.ROOT);
    String partial = name + "_partial";
    try {
      if (server.databaseExists(name)) {
        return name;
      }
      server.execute("DROP DATABASE IF EXISTS " + partial);
      server.execute("CREATE DATABASE " + partial + " ENCODING 'UTF8' TEMPLATE template0");
      try (JdbiStorage storage =
          JdbiStorage.postgres(server.urlOfDatabase(partial), server.user(), server.password())) {
        writeParties(storage, spec);
      }
      try (Connection c =
          DriverManager.getConnection(
              server.urlOfDatabase(partial) + "?reWriteBatchedInserts=true",
              server.user(),
              server.password())) {
        load(Db.POSTGRES, c, spec);
        try (Statement s = c.createStatement()) {
          s.execute("ANALYZE");
        }
      }
      server.execute("ALTER DATABASE " + partial + " RENAME TO " + name);
      return name;
    } catch (SQLException e) {
      throw new IllegalStateException("could not generate the fixture " + spec.key(), e);
    }
  }

  // its units of work have nothing to return and return null, which UnitOfWork<T extends @Nullable
  // Object>
  // allows; NullAway reads that bound only in JSpecify mode (JDK 17.0.19+), not in the mode of
  // older JDKs
  @SuppressWarnings("NullAway")
  private static void writeParties(JdbiStorage storage, Spec spec) {
    storage.inTransaction(
        r -> {
          for (int i = 0; i < Data.ORGANISATIONS; i++) {
            r.organisations().insert(Data.organisation(spec.seed(), i));
          }
          for (int i = 0; i < Data.PEOPLE; i++) {
            r.people().insert(Data.person(spec.seed(), i));
          }
          for (int i = 0; i < spec.planCount(); i++) {
            r.plans().insert(Data.plan(spec.seed(), i));
          }
          return null;
        });
  }

  private static void load(Db db, Connection c, Spec spec) throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement activities = c.prepareStatement(Raw.INSERT);
        PreparedStatement participations = c.prepareStatement(Raw.INSERT_PARTICIPATION)) {
      long total = spec.totalActivities();
      for (long i = 0; i < total; i++) {
        Activity a = Data.storedActivity(spec.seed(), i, spec.planOf(i));
        Raw.bindInsert(db, activities, a, 1);
        activities.addBatch();
        List<Participation> list = a.participations();
        for (int k = 0; k < list.size(); k++) {
          Raw.bindParticipation(db, participations, a.id().value(), k, list.get(k));
          participations.addBatch();
        }
        if ((i + 1) % BATCH == 0 || i + 1 == total) {
          activities.executeBatch();
          participations.executeBatch();
        }
        if ((i + 1) % 100_000 == 0) {
          c.commit();
        }
      }
    }
    c.commit();
    c.setAutoCommit(true);
  }
}

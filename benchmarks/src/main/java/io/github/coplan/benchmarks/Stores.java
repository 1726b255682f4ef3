package io.github.coplan.benchmarks;

import io.github.coplan.storage.jdbi.JdbiOptions;
import io.github.coplan.storage.jdbi.JdbiStorage;
import io.github.coplan.testing.postgres.ThrowawayPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/** Opens Coplan's store and the raw floor's connection on the same database, configured alike. */
final class Stores {

  /**
   * The prefix of the system properties that name the PostgreSQL server of the PG rows; {@link Run}
   * sets them for its forks after starting one server for the whole run.
   */
  static final String POSTGRES_PROPERTIES = "coplan.bench.pg";

  private Stores() {}

  /** The PostgreSQL server of the PG rows: the one the properties name, else a throwaway one. */
  static ThrowawayPostgres postgresServer() {
    return ThrowawayPostgres.get(POSTGRES_PROPERTIES);
  }

  /**
   * The store's options: SQLite's synchronous mode, and the aggregate cache switched on or off
   * explicitly, never left to the per-database default, so that every row says which it measured.
   */
  static JdbiOptions options(String synchronous, boolean cache) {
    return JdbiOptions.builder()
        .synchronous(JdbiOptions.Synchronous.valueOf(synchronous))
        .aggregateCache(cache)
        .build();
  }

  static JdbiStorage sqlite(Path file, String synchronous, boolean cache) {
    return JdbiStorage.sqlite(file, options(synchronous, cache));
  }

  /**
   * A SQLite connection configured as Coplan configures its own (WAL, foreign keys, the same
   * synchronous mode).
   */
  static Connection sqliteConnection(Path file, String synchronous, boolean readOnly)
      throws SQLException {
    return sqliteConfig(synchronous, readOnly).createConnection("jdbc:sqlite:" + file);
  }

  private static SQLiteConfig sqliteConfig(String synchronous, boolean readOnly) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(30_000);
    config.enforceForeignKeys(true);
    config.setSynchronous(SQLiteConfig.SynchronousMode.valueOf(synchronous));
    config.setReadOnly(readOnly);
    config.setCacheSize(-JdbiOptions.DEFAULT_SQLITE_PAGE_CACHE);
    return config;
  }

  static JdbiStorage postgres(String database, boolean cache) {
    ThrowawayPostgres server = postgresServer();
    return JdbiStorage.postgres(
        server.urlOfDatabase(database),
        server.user(),
        server.password(),
        JdbiOptions.builder().aggregateCache(cache).build());
  }

  static Connection postgresConnection(String database) throws SQLException {
    ThrowawayPostgres server = postgresServer();
    return DriverManager.getConnection(
        server.urlOfDatabase(database), server.user(), server.password());
  }

  /** A new, empty PostgreSQL database (dropped first if it exists), with Coplan's schema. */
  static String freshPostgres(String database) throws SQLException {
    ThrowawayPostgres server = postgresServer();
    server.execute("DROP DATABASE IF EXISTS " + database);
    server.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
    postgres(database, false).close();
    return database;
  }
}

package io.github.coplan.reliability;

import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.storage.jdbi.JdbiStorage;
import io.github.coplan.storage.memory.InMemoryStorage;
import io.github.coplan.testing.postgres.ThrowawayPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** The three stores every campaign runs on, opened fresh, and what the campaigns need of them. */
final class Stores {

  private Stores() {}

  /** A kind of store. */
  enum Adapter {
    /** {@code storage-memory}. */
    MEMORY,
    /** {@code storage-jdbi} on a SQLite file. */
    SQLITE,
    /** {@code storage-jdbi} on PostgreSQL, in a schema of its own on the test server. */
    POSTGRES
  }

  /**
   * An open store.
   *
   * @param adapter its kind
   * @param storage the store
   * @param sqliteFile the SQLite file, for {@link Adapter#SQLITE}
   * @param postgresSchema the PostgreSQL schema, for {@link Adapter#POSTGRES}
   */
  record Store(
      Adapter adapter, Storage storage, @Nullable Path sqliteFile, @Nullable String postgresSchema)
      implements AutoCloseable {

    /**
     * A plain JDBC connection to the database under the store, for what the campaigns check beside
     * the API (integrity, raw table dumps).
     *
     * @return a new connection
     * @throws SQLException if it cannot be opened
     */
    Connection connect() throws SQLException {
      return switch (adapter) {
        case SQLITE -> DriverManager.getConnection("jdbc:sqlite:" + sqliteFile);
        case POSTGRES -> {
          ThrowawayPostgres server = ThrowawayPostgres.get();
          yield DriverManager.getConnection(
              server.url(postgresSchema), server.user(), server.password());
        }
        case MEMORY -> throw new IllegalStateException("the memory store has no database");
      };
    }

    /**
     * Every row of every table of the database, table by table, rows in a fixed order; for the
     * memory store, its own description of what it holds.
     *
     * @return the raw contents
     */
    Map<String, List<String>> rawDump() {
      Map<String, List<String>> dump = new TreeMap<>();
      if (adapter == Adapter.MEMORY) {
        dump.put("memory", List.of(((InMemoryStorage) storage).describe()));
        return dump;
      }
      try (Connection c = connect();
          Statement s = c.createStatement()) {
        List<String> tables = new ArrayList<>();
        String list =
            adapter == Adapter.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + postgresSchema
                    + "' ORDER BY table_name";
        try (ResultSet rs = s.executeQuery(list)) {
          while (rs.next()) {
            tables.add(rs.getString(1));
          }
        }
        for (String table : tables) {
          List<String> rows = new ArrayList<>();
          // table names come from the database's own catalogue
          try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
              StringBuilder row = new StringBuilder();
              for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append('|');
              }
              rows.add(row.toString());
            }
          }
          rows.sort(null);
          dump.put(table, rows);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("could not dump " + adapter, e);
      }
      return dump;
    }

    /**
     * A second, independent store over the same database, so that what is read from it comes from
     * the database and not from anything the first store keeps in memory; the memory store has no
     * other.
     *
     * @return a new store to close after use, or this store's own for the memory adapter
     */
    Storage reopen() {
      return switch (adapter) {
        case MEMORY -> storage;
        case SQLITE -> JdbiStorage.sqlite(sqliteFile);
        case POSTGRES -> {
          ThrowawayPostgres server = ThrowawayPostgres.get();
          yield JdbiStorage.postgres(server.url(postgresSchema), server.user(), server.password());
        }
      };
    }

    @Override
    public void close() {
      storage.close();
    }
  }

  /**
   * Opens a new, empty store.
   *
   * @param adapter the kind
   * @param dir a folder for a SQLite file
   * @return the open store
   */
  static Store open(Adapter adapter, Path dir) {
    return switch (adapter) {
      case MEMORY -> new Store(adapter, InMemoryStorage.create(), null, null);
      case SQLITE -> {
        Path file = dir.resolve("coplan-" + UUID.randomUUID() + ".db");
        yield new Store(adapter, JdbiStorage.sqlite(file), file, null);
      }
      case POSTGRES -> {
        ThrowawayPostgres server = ThrowawayPostgres.get();
        String schema = server.newSchema();
        yield new Store(
            adapter,
            JdbiStorage.postgres(server.url(schema), server.user(), server.password()),
            null,
            schema);
      }
    };
  }

  /**
   * Ids that are the same on every run and every store: time-ordered like UUIDv7, counting up from
   * a fixed millisecond, so that the same calls on two stores make equal aggregates.
   *
   * @return a thread-safe id source
   */
  static IdSource countingIds() {
    AtomicLong next = new AtomicLong();
    long base = 0x0165_4A1B_2C00L;
    return () -> {
      long n = next.incrementAndGet();
      return new UUID((base + n) << 16 | 0x7000L, 0x8000_0000_0000_0000L | n);
    };
  }
}

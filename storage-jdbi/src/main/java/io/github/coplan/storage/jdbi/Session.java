package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleViolationException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jspecify.annotations.Nullable;

/**
 * One connection's JDBI handle with what runs on it: transactions and statements. A session serves
 * one unit of work at a time; sessions of the store's own connections live as long as the
 * connection, so that their prepared statements are reused from one unit of work to the next. Not
 * thread-safe.
 *
 * <p>Statements run two ways, with the same binders and row readers. {@link #list}, {@link #first}
 * and {@link #update} go through JDBI's statement API (with the statements prepared once per
 * connection by {@link CachingStatementBuilder}). {@link #hotList}, {@link #hotFirst} and {@link
 * #hotUpdate} run the statements of the hottest paths (reading, searching and writing activities)
 * on prepared statements this session keeps, without JDBI's statement API, which copies its whole
 * configuration for every statement it runs: several microseconds per statement, as much as SQLite
 * takes to read an activity by id. SQLite's transaction statements run the same way.
 */
final class Session {

  /** Binds a statement's parameters. */
  @FunctionalInterface
  interface Binder {
    /** Binds every parameter, in order. */
    void bind(Params params) throws SQLException;
  }

  /** Reads one row. */
  @FunctionalInterface
  interface RowReader<T> {
    /** Reads the current row. */
    T read(Row row) throws SQLException;
  }

  static final Binder NONE = p -> {};

  private final Handle handle;
  private final Sql sql;
  private final Params params;
  private final Row row;
  /** The prepared statements of the hot paths and of transaction control, by SQL text, least recently used first. */
  private final LinkedHashMap<String, PreparedStatement> prepared = new LinkedHashMap<>(64, 0.75f, true);
  private boolean broken;

  Session(Handle handle, Sql sql) {
    this.handle = handle;
    this.sql = sql;
    this.params = new Params(sql.dialect());
    this.row = new Row(sql.dialect());
  }

  Sql sql() {
    return sql;
  }

  Dialect dialect() {
    return sql.dialect();
  }

  /** Starts a transaction; on SQLite a writing one takes the database's write lock at once. */
  void begin(boolean readOnly) {
    if (dialect() == Dialect.SQLITE) {
      // Explicit statements, not JDBC's auto-commit switch: sqlite-jdbc begins the next transaction as soon as
      // one commits, which would hold the write lock between units of work.
      control(readOnly ? "transaction.beginRead" : "transaction.beginWrite");
    } else {
      handle.begin();
      if (readOnly) {
        update(sql.get("transaction.readOnly"), NONE);
      }
    }
  }

  void commit() {
    if (dialect() == Dialect.SQLITE) {
      control("transaction.commit");
    } else {
      handle.commit();
    }
  }

  /** Runs one of SQLite's transaction statements, the most frequent statements of all. */
  private void control(String name) {
    try {
      prepare(sql.get(name)).execute();
    } catch (SQLException e) {
      throw new HotStatementFailed(e);
    }
  }

  /** The session's prepared statement of a SQL text, prepared on first use. */
  private PreparedStatement prepare(String text) throws SQLException {
    PreparedStatement statement = prepared.get(text);
    if (statement == null) {
      statement = handle.getConnection().prepareStatement(text);
      prepared.put(text, statement);
      if (prepared.size() > CachingStatementBuilder.CAPACITY) {
        Iterator<PreparedStatement> eldest = prepared.values().iterator();
        PreparedStatement evicted = eldest.next();
        eldest.remove();
        evicted.close();
      }
    }
    return statement;
  }

  /** Like {@link #list}, on a prepared statement of this session. */
  <T> List<T> hotList(String text, Binder binder, RowReader<T> reader) {
    return hot(text, binder, reader, Integer.MAX_VALUE);
  }

  /** Like {@link #first}, on a prepared statement of this session. */
  <T> @Nullable T hotFirst(String text, Binder binder, RowReader<T> reader) {
    List<T> rows = hot(text, binder, reader, 1);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** Like {@link #update}, on a prepared statement of this session. */
  int hotUpdate(String text, Binder binder) {
    try {
      PreparedStatement statement = prepare(text);
      binder.bind(params.on(statement));
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new HotStatementFailed(e);
    }
  }

  private <T> List<T> hot(String text, Binder binder, RowReader<T> reader, int limit) {
    try {
      PreparedStatement statement = prepare(text);
      binder.bind(params.on(statement));
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rows.size() < limit && rs.next()) {
          rows.add(read(reader, rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new HotStatementFailed(e);
    }
  }

  /** Rolls back whatever transaction is open; a failure marks the session broken instead of throwing. */
  void rollbackQuietly() {
    try {
      if (dialect() == Dialect.SQLITE) {
        control("transaction.rollback");
      } else {
        handle.rollback();
      }
    } catch (RuntimeException e) {
      // SQLite refuses a rollback when no transaction is open (the failure ended it, or BEGIN failed); anything
      // else leaves the connection in an unknown state, and it is not used again.
      SQLException cause = Errors.sqlCause(e);
      boolean noTransaction = dialect() == Dialect.SQLITE && cause != null && cause.getMessage() != null
          && cause.getMessage().contains("no transaction is active");
      if (!noTransaction) {
        broken = true;
      }
    }
  }

  <T> List<T> list(String text, Binder binder, RowReader<T> reader) {
    return handle.createQuery(text)
        .addCustomizer(new Binding(binder))
        .map((rs, ctx) -> read(reader, rs))
        .list();
  }

  <T> @Nullable T first(String text, Binder binder, RowReader<T> reader) {
    return handle.createQuery(text)
        .addCustomizer(new Binding(binder))
        .map((rs, ctx) -> read(reader, rs))
        .findFirst()
        .orElse(null);
  }

  private <T> T read(RowReader<T> reader, ResultSet rs) throws SQLException {
    try {
      return reader.read(row.on(rs));
    } catch (InvalidInputException | RuleViolationException e) {
      throw new SQLException("a stored row is not valid: " + e.getMessage(), e);
    }
  }

  /** The rows of a child query: the version of the parent they were read with, and the children in order. */
  record Versioned<T>(long version, List<T> items) {}

  /**
   * Runs a child query whose rows hold the parent's version in column 1 and a child from column
   * {@code marker} on, which is null in the one row of a parent without children.
   */
  <T> Versioned<T> versioned(String text, Binder binder, int marker, RowReader<T> reader) {
    return versioned(text, binder, marker, reader, false);
  }

  /** Like {@link #versioned(String, Binder, int, RowReader)}, on a prepared statement of this session. */
  <T> Versioned<T> hotVersioned(String text, Binder binder, int marker, RowReader<T> reader) {
    return versioned(text, binder, marker, reader, true);
  }

  private <T> Versioned<T> versioned(String text, Binder binder, int marker, RowReader<T> reader, boolean hot) {
    long[] version = {-1};
    List<T> items = new ArrayList<>();
    RowReader<Boolean> each = r -> {
      version[0] = r.bigint(1);
      if (!r.isNull(marker)) {
        items.add(reader.read(r));
      }
      return Boolean.TRUE;
    };
    if (hot) {
      hotList(text, binder, each);
    } else {
      list(text, binder, each);
    }
    return new Versioned<>(version[0], items);
  }

  int update(String text, Binder binder) {
    return handle.createUpdate(text).addCustomizer(new Binding(binder)).execute();
  }

  /** Runs a script of statements separated by semicolons, such as a migration. */
  void script(String text) {
    handle.createScript(text).execute();
  }

  /** The database product the connection reaches, such as {@code PostgreSQL}. */
  String databaseProduct() throws SQLException {
    return handle.getConnection().getMetaData().getDatabaseProductName();
  }

  /** Marks the connection as failed: it is closed instead of being used again. */
  void markBroken() {
    broken = true;
  }

  boolean isBroken() {
    return broken || handle.isClosed();
  }

  /** Closes the handle and its connection, ignoring failures: the connection is given up either way. */
  void close() {
    for (PreparedStatement statement : prepared.values()) {
      try {
        statement.close();
      } catch (SQLException e) {
        broken = true;
      }
    }
    prepared.clear();
    try {
      handle.close();
    } catch (RuntimeException e) {
      broken = true;
    }
  }

  /** A statement of this session failed; the cause is the driver's error, which the store translates. */
  private static final class HotStatementFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HotStatementFailed(SQLException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private final class Binding implements StatementCustomizer {
    private final Binder binder;

    Binding(Binder binder) {
      this.binder = binder;
    }

    @Override
    public void beforeExecution(PreparedStatement stmt, StatementContext ctx) throws SQLException {
      binder.bind(params.on(stmt));
    }
  }
}

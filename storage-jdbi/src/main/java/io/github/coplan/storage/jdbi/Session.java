package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleViolationException;
import java.sql.Connection;
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

  private final Connection connection;
  private final HandleFactory handles;
  /** The JDBI handle around the connection, made when JDBI is first needed: the hot paths run without it. */
  private @Nullable Handle handle;
  private final Sql sql;
  private final Params params;
  private final Row row;
  /** The prepared statements of the hot paths and of transaction control, by SQL text, least recently used first. */
  private final LinkedHashMap<String, PreparedStatement> prepared = new LinkedHashMap<>(64, 0.75f, true);
  private boolean broken;
  /**
   * Whether the session may set its connection's transaction characteristics and keep them from one
   * unit of work to the next: true for the store's own PostgreSQL connections, false for a data
   * source's, which its pool may hand to others.
   */
  private final boolean ownsConnection;
  /** Whether the connection is set for read-only units (null: not set by this session yet). */
  private @Nullable Boolean readCharacteristics;
  /** The connection's isolation level before this session first set it for read-only units. */
  private int writeIsolation = -1;

  /**
   * A session of a connection; closing the session closes the connection.
   *
   * @param connection the connection
   * @param handles makes the JDBI handle around it, when needed
   * @param sql the statements of the connection's database
   * @param ownsConnection whether the connection is the store's own (see {@link #ownsConnection})
   */
  Session(Connection connection, HandleFactory handles, Sql sql, boolean ownsConnection) {
    this.connection = connection;
    this.handles = handles;
    this.sql = sql;
    this.params = new Params(sql.dialect());
    this.row = new Row(sql.dialect());
    this.ownsConnection = ownsConnection;
  }

  Sql sql() {
    return sql;
  }

  /**
   * The JDBI handle around the connection, made on first use. Opening a store and reading an
   * activity on SQLite never needs it, so a short-lived process does not pay for JDBI's set-up.
   */
  private Handle handle() {
    Handle h = handle;
    if (h == null) {
      h = handles.wrap(connection);
      handle = h;
    }
    return h;
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
    } else if (ownsConnection) {
      // The connection keeps the characteristics of the last unit of work, so that a unit of the same kind
      // begins with no statement of its own: the driver sends BEGIN (READ ONLY) with the unit's first query.
      characteristics(readOnly);
      handle().begin();
    } else {
      handle().begin();
      if (readOnly) {
        update(sql.get("transaction.readOnly"), NONE);
      }
    }
  }

  /** Whether the connection was last set for read-only units of work; false if never. */
  boolean setForReads() {
    return Boolean.TRUE.equals(readCharacteristics);
  }

  /**
   * Sets the connection for read-only units (a snapshot: repeatable read, read only) or back to what
   * it was for writing ones, if it is not set so already.
   */
  private void characteristics(boolean readOnly) {
    if (readCharacteristics != null && readCharacteristics == readOnly) {
      return;
    }
    try {
            if (readOnly) {
        if (writeIsolation < 0) {
          writeIsolation = connection.getTransactionIsolation();
        }
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      } else if (writeIsolation >= 0) {
        connection.setTransactionIsolation(writeIsolation);
      }
      connection.setReadOnly(readOnly);
      readCharacteristics = readOnly;
    } catch (SQLException e) {
      readCharacteristics = null;
      throw new HotStatementFailed(e);
    }
  }

  void commit() {
    if (dialect() == Dialect.SQLITE) {
      control("transaction.commit");
    } else {
      handle().commit();
    }
  }

  /** Runs one of the transaction statements on a prepared statement of this session. */
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
      statement = connection.prepareStatement(text);
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

  /** Binds one row of a batch. */
  @FunctionalInterface
  interface BatchBinder<T> {
    /** Binds every parameter for one item, in order. */
    void bind(Params params, T item) throws SQLException;
  }

  /** How many rows a batch sends to the database at a time. */
  static final int BATCH_SIZE = 1_000;

  /**
   * Runs a statement once per item as JDBC batches of {@link #BATCH_SIZE}, on a prepared statement of
   * this session.
   *
   * @return the update count of each item, in order
   */
  <T> int[] hotBatch(String text, List<T> items, BatchBinder<T> binder) {
    int[] counts = new int[items.size()];
    try {
      PreparedStatement statement = prepare(text);
      int sent = 0;
      for (int i = 0; i < items.size(); i++) {
        binder.bind(params.on(statement), items.get(i));
        statement.addBatch();
        if (i + 1 - sent == BATCH_SIZE || i + 1 == items.size()) {
          int[] done = statement.executeBatch();
          System.arraycopy(done, 0, counts, sent, done.length);
          sent = i + 1;
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new HotStatementFailed(e);
    }
  }

  /** Marks a point in the transaction that {@link #rollbackToSavepoint} returns to. */
  void savepoint() {
    control("transaction.savepoint");
  }

  /** Undoes everything since {@link #savepoint}; the transaction goes on. */
  void rollbackToSavepoint() {
    control("transaction.rollbackToSavepoint");
  }

  /** Forgets the point of {@link #savepoint}, keeping what was done since. */
  void releaseSavepoint() {
    control("transaction.releaseSavepoint");
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
        handle().rollback();
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
    return handle().createQuery(text)
        .addCustomizer(new Binding(binder))
        .map((rs, ctx) -> read(reader, rs))
        .list();
  }

  <T> @Nullable T first(String text, Binder binder, RowReader<T> reader) {
    return handle().createQuery(text)
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
    return handle().createUpdate(text).addCustomizer(new Binding(binder)).execute();
  }

  /** Runs a script of statements separated by semicolons, such as a migration. */
  void script(String text) {
    handle().createScript(text).execute();
  }

  /** The database product the connection reaches, such as {@code PostgreSQL}. */
  String databaseProduct() throws SQLException {
    return connection.getMetaData().getDatabaseProductName();
  }

  /** Marks the connection as failed: it is closed instead of being used again. */
  void markBroken() {
    broken = true;
  }

  boolean isBroken() {
    if (broken) {
      return true;
    }
    if (handle != null) {
      return handle.isClosed();
    }
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
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
      if (handle != null) {
        handle.close();
      } else {
        connection.close();
      }
    } catch (RuntimeException | SQLException e) {
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

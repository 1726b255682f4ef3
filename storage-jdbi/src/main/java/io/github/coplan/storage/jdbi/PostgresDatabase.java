package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.StorageException;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.LocalTransactionHandler;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL database reached through a {@link DataSource}, normally the application's connection
 * pool: each unit of work takes a connection from it for its duration, so the pool decides how many
 * there are, how long a unit waits for one, and which broken or aged ones it replaces. Units that
 * write run at the connection's level ({@code READ COMMITTED} by default) and lock the aggregate
 * rows they read (see {@link JdbiStorage}), units that read at {@code REPEATABLE READ, READ ONLY}
 * (one snapshot); the connection goes back with its isolation level and read-only flag as it came.
 * Thread-safe.
 */
final class PostgresDatabase implements Database {

  private final Jdbi jdbi;

  /**
   * The JDBI of the read-only units: {@link #jdbi}, or that of a pool whose connections are set for
   * them.
   */
  private final Jdbi reading;

  /** Whether the connections of {@link #reading} come at {@code REPEATABLE READ} and read-only. */
  private final boolean readingPreset;

  /** What closing the store closes besides: the pools the store built itself, or nothing. */
  private final @Nullable AutoCloseable owned;

  private volatile boolean closed;

  /** A database on the application's data source, which serves every unit of work. */
  PostgresDatabase(DataSource dataSource) {
    this.jdbi = jdbi(dataSource);
    this.reading = jdbi;
    this.readingPreset = false;
    this.owned = null;
  }

  /** A database on the pools the store built itself, which it closes. */
  PostgresDatabase(HikariPool pools) {
    this.jdbi = jdbi(pools.writes());
    this.reading = jdbi(pools.reads());
    this.readingPreset = true;
    this.owned = pools;
  }

  private static Jdbi jdbi(DataSource dataSource) {
    Jdbi jdbi = Database.configure(Jdbi.create(dataSource), Dialect.POSTGRES);
    // JDBI's handler for connections that may come out of auto-commit mode: it tracks the
    // transactions it began
    // itself rather than taking a connection not in auto-commit mode for one already begun.
    jdbi.setTransactionHandler(LocalTransactionHandler.managed());
    return jdbi;
  }

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRES;
  }

  /**
   * Runs the work in a transaction. The isolation level is set inside the transaction, not on the
   * connection through JDBI's {@code inTransaction(level, …)}: that asks the driver for the current
   * level before and after, and pgjdbc answers each such question with a round trip to the server
   * (three per unit, a quarter of a single write's time in the profile of {@code
   * docs/benchmarks.md}). A reading unit's {@code SET TRANSACTION} goes out with the driver's
   * {@code BEGIN}, unless its connection comes from the store's own reading pool, set to that level
   * already; a writing unit keeps the connection's level, PostgreSQL's {@code READ COMMITTED}
   * unless the application's pool sets another, since its guarantees rest on the rows it locks and
   * hold at any level.
   */
  @Override
  public <T> T inTransaction(boolean readOnly, HandleCallback<T, RuntimeException> work) {
    return withHandle(
        readOnly,
        handle ->
            handle.inTransaction(
                h -> {
                  if (readOnly && !readingPreset) {
                    h.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                  }
                  return work.withHandle(h);
                }));
  }

  @Override
  public <T> T withHandle(boolean readOnly, HandleCallback<T, RuntimeException> work) {
    if (closed) {
      throw Database.closed();
    }
    Handle handle;
    try {
      handle = (readOnly ? reading : jdbi).open();
    } catch (RuntimeException e) {
      throw new StorageException(
          "could not get a connection from the data source", Errors.sqlCauseOr(e));
    }
    try (handle) {
      if (!readOnly || readingPreset) {
        return work.withHandle(handle);
      }
      // The driver then begins each transaction READ ONLY, without a statement of its own.
      handle.setReadOnly(true);
      try {
        return work.withHandle(handle);
      } finally {
        try {
          handle.setReadOnly(false);
        } catch (RuntimeException e) {
          // The connection failed: the pool replaces it, whatever its flag.
        }
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        throw new StorageException("could not close the connection pool", e);
      }
    }
  }
}

package io.github.coplan.storage.jdbi;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.TransactionException;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * JDBI's transactions on SQLite, as SQLite's own statements: {@code BEGIN IMMEDIATE} on the writing
 * connection (it takes the database's write lock at once, waiting up to the busy timeout for
 * another process), a plain (deferred) {@code BEGIN} on the read-only ones, then {@code COMMIT} or
 * {@code ROLLBACK}. The connections stay in JDBC's auto-commit mode: the driver's own transaction
 * handling begins the next transaction as soon as one commits, which on the writing connection
 * would take the write lock again between units of work, and could fail after a successful commit.
 *
 * <p>Every SQLite transaction is serializable; the isolation level a unit asks for is checked, not
 * set. JDBI makes one handler per handle ({@link #specialize}); a handle serves one unit of work at
 * a time.
 */
final class SqliteTransactions implements TransactionHandler {

  /** Whether this handle's transaction is open; only on a handler specialized for one handle. */
  private boolean open;

  @Override
  public TransactionHandler specialize(Handle handle) {
    return new SqliteTransactions();
  }

  @Override
  public void begin(Handle handle) {
    handle.execute(handle.isReadOnly() ? "BEGIN" : "BEGIN IMMEDIATE");
    open = true;
  }

  @Override
  public void commit(Handle handle) {
    handle.execute("COMMIT");
    open = false;
  }

  @Override
  public void rollback(Handle handle) {
    open = false;
    try {
      handle.execute("ROLLBACK");
    } catch (RuntimeException e) {
      // A failure may have ended the transaction already (SQLite rolls back on some errors, and
      // BEGIN may have failed):
      // SQLite then refuses ROLLBACK, and there is nothing to undo.
      SQLException cause = Errors.sqlCause(e);
      if (cause == null
          || cause.getMessage() == null
          || !cause.getMessage().contains("no transaction is active")) {
        throw e;
      }
    }
  }

  @Override
  public boolean isInTransaction(Handle handle) {
    return open;
  }

  @Override
  public void savepoint(Handle handle, String name) {
    handle.execute("SAVEPOINT " + name);
  }

  @Override
  public void rollbackToSavepoint(Handle handle, String name) {
    handle.execute("ROLLBACK TO SAVEPOINT " + name);
  }

  @Override
  public void releaseSavepoint(Handle handle, String name) {
    handle.execute("RELEASE SAVEPOINT " + name);
  }

  @Override
  public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback)
      throws X {
    if (open) {
      throw new TransactionException("SQLite transactions do not nest");
    }
    begin(handle);
    R result;
    try {
      result = callback.withHandle(handle);
    } catch (Throwable t) {
      rollBackAfter(handle, t);
      throw t;
    }
    try {
      commit(handle);
    } catch (RuntimeException e) {
      rollBackAfter(handle, e);
      throw e;
    }
    return result;
  }

  /** Rolls the transaction back after a failure, keeping a failure of the rollback beside it. */
  private void rollBackAfter(Handle handle, Throwable failure) {
    try {
      rollback(handle);
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public <R, X extends Exception> R inTransaction(
      Handle handle, TransactionIsolationLevel level, HandleCallback<R, X> callback) throws X {
    if (level != TransactionIsolationLevel.SERIALIZABLE) {
      throw new TransactionException("SQLite transactions are serializable, not " + level);
    }
    return inTransaction(handle, callback);
  }
}

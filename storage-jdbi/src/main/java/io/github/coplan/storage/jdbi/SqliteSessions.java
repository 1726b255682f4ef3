package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.StorageException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The sessions of a SQLite file: one connection that writes, taken in turn (first come, first
 * served) by the units of work that write, so that writers of one process never meet SQLite's lock;
 * and a pool of read-only connections for the units that only read, which in WAL mode run beside the
 * writer on their own snapshot. Writers of other processes are met by SQLite's lock: every writing
 * transaction begins IMMEDIATE and waits up to the busy timeout for it. Thread-safe.
 */
final class SqliteSessions implements Sessions {

  private final Path file;
  private final JdbiOptions options;
  private final HandleFactory handles;
  private final Sql sql;
  private final ReentrantLock writeLock = new ReentrantLock(true);
  private final SessionPool readers;
  private Session writer;
  private volatile boolean closed;

  /** Opens the writing connection at once: the schema is checked on it before anything else. */
  SqliteSessions(Path file, JdbiOptions options) {
    this.file = file;
    this.options = options;
    this.handles = new HandleFactory();
    this.sql = Sql.of(Dialect.SQLITE);
    this.writer = open(false);
    this.readers = new SessionPool(options.readPoolSize(), () -> open(true));
  }

  /** The writing session, for the schema check before the store is shared. */
  Session writer() {
    return writer;
  }

  @Override
  public Session acquire(boolean readOnly) {
    if (readOnly) {
      return readers.acquire(true);
    }
    writeLock.lock();
    try {
      if (closed) {
        throw Sessions.closed();
      }
      if (writer.isBroken()) {
        writer.close();
        writer = open(false);
      }
      return writer;
    } catch (RuntimeException | Error e) {
      writeLock.unlock();
      throw e;
    }
  }

  @Override
  public void release(Session session, boolean readOnly) {
    if (readOnly) {
      readers.release(session);
    } else {
      writeLock.unlock();
    }
  }

  @Override
  public void close() {
    closed = true;
    readers.close();
    writeLock.lock();
    try {
      writer.close();
    } finally {
      writeLock.unlock();
    }
  }

  private Session open(boolean readOnly) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.setBusyTimeout((int) options.busyTimeout().toMillis());
    config.enforceForeignKeys(true);
    config.setSynchronous(
        options.synchronous() == JdbiOptions.Synchronous.FULL ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
    config.setReadOnly(readOnly);
    Connection connection;
    try {
      connection = config.createConnection("jdbc:sqlite:" + file);
    } catch (SQLException e) {
      throw new StorageException("could not open the SQLite file " + file, e);
    }
    try {
      return new Session(connection, handles, sql, false);
    } catch (RuntimeException e) {
      try {
        connection.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StorageException("could not open the SQLite file " + file, e);
    }
  }
}

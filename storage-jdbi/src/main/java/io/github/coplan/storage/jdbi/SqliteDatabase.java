package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.StorageException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A SQLite file: one connection that writes, taken in turn (first come, first served) by the units
 * of work that write, so that writers of one process never meet SQLite's lock; and up to {@link
 * JdbiOptions#readPoolSize()} read-only connections for the units that only read, which in WAL mode
 * run beside the writer, each on its own snapshot. Writers of other processes are met by SQLite's
 * lock: every writing transaction begins {@code IMMEDIATE} and waits up to the busy timeout for it.
 *
 * <p>The connections are JDBI handles of two {@link Jdbi}s configured alike, one on a data source
 * of the writing connection's settings and one of the reading connections', with transactions as
 * SQLite's own statements ({@link SqliteTransactions}). The handles stay open while the store is: a
 * connection to a local file neither breaks nor ages, and reopening one per unit of work would cost
 * more than the unit. A handle that a failure closed is replaced. Thread-safe.
 *
 * <p>Every connection overwrites deleted content with zeros ({@code PRAGMA secure_delete = ON}):
 * the text a row held before an update or a delete is not left in the file's free space, nor in the
 * pages the write-ahead log holds. After a unit that erased personal data committed ({@link
 * #afterErasure}), the log is checkpointed into the file and truncated, so that the frames written
 * before the erasure, which still hold the erased text, leave the log at once rather than at the
 * next checkpoint that restarts it.
 */
final class SqliteDatabase implements Database {

  private static final System.Logger LOG = System.getLogger(SqliteDatabase.class.getName());

  private final Path file;
  private final Jdbi writing;
  private final Jdbi reading;
  private final ReentrantLock writeLock = new ReentrantLock(true);
  private final Semaphore readers;
  private final ConcurrentLinkedQueue<Handle> idleReaders = new ConcurrentLinkedQueue<>();
  private final long readerWaitMillis;
  private Handle writer;
  private volatile boolean closed;

  /** Opens the writing connection at once: the schema is checked on it before anything else. */
  SqliteDatabase(Path file, JdbiOptions options) {
    this.file = file;
    this.writing = jdbi(file, options, false);
    this.reading = jdbi(file, options, true);
    this.readers = new Semaphore(options.readPoolSize(), true);
    this.readerWaitMillis = options.busyTimeout().toMillis();
    this.writer = open(writing);
  }

  private static Jdbi jdbi(Path file, JdbiOptions options, boolean readOnly) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout((int) options.busyTimeout().toMillis());
    config.enforceForeignKeys(true);
    config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
    config.setSynchronous(
        options.synchronous() == JdbiOptions.Synchronous.FULL
            ? SQLiteConfig.SynchronousMode.FULL
            : SQLiteConfig.SynchronousMode.NORMAL);
    config.setReadOnly(readOnly);
    // SQLite reads a negative cache size as kibibytes.
    config.setCacheSize(-options.sqlitePageCache());
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file);
    Jdbi jdbi = Database.configure(Jdbi.create(dataSource), Dialect.SQLITE);
    jdbi.setTransactionHandler(new SqliteTransactions());
    jdbi.setStatementBuilderFactory(CachingStatementBuilder.FACTORY);
    return jdbi;
  }

  private Handle open(Jdbi jdbi) {
    try {
      return jdbi.open();
    } catch (RuntimeException e) {
      throw new StorageException("could not open the SQLite file " + file, Errors.sqlCauseOr(e));
    }
  }

  @Override
  public Dialect dialect() {
    return Dialect.SQLITE;
  }

  @Override
  public <T> T inTransaction(boolean readOnly, HandleCallback<T, RuntimeException> work) {
    // Every SQLite transaction is serializable: one writer at a time, and readers on a snapshot.
    return withHandle(
        readOnly, handle -> handle.inTransaction(TransactionIsolationLevel.SERIALIZABLE, work));
  }

  @Override
  public <T> T withHandle(boolean readOnly, HandleCallback<T, RuntimeException> work) {
    return readOnly ? read(work) : write(work);
  }

  private <T> T write(HandleCallback<T, RuntimeException> work) {
    writeLock.lock();
    try {
      if (closed) {
        throw Database.closed();
      }
      if (writer.isClosed()) {
        LOG.log(
            System.Logger.Level.WARNING,
            "the writing connection to the SQLite file {0} was closed by a failure; opening another",
            file);
        writer = open(writing);
      }
      return work.withHandle(writer);
    } finally {
      writeLock.unlock();
    }
  }

  private <T> T read(HandleCallback<T, RuntimeException> work) {
    if (closed) {
      throw Database.closed();
    }
    try {
      if (!readers.tryAcquire(readerWaitMillis, TimeUnit.MILLISECONDS)) {
        throw new StorageException(
            "every read connection of the SQLite file stayed in use past the busy timeout", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while waiting for a read connection", e);
    }
    try {
      Handle handle = idleReaders.poll();
      if (handle == null || handle.isClosed()) {
        if (handle != null) {
          LOG.log(
              System.Logger.Level.WARNING,
              "a read connection to the SQLite file {0} was closed by a failure; opening another",
              file);
        }
        handle = open(reading);
      }
      try {
        return work.withHandle(handle);
      } finally {
        idleReaders.add(handle);
        if (closed) {
          closeIdleReaders();
        }
      }
    } finally {
      readers.release();
    }
  }

  private void closeIdleReaders() {
    for (Handle handle; (handle = idleReaders.poll()) != null; ) {
      handle.close();
    }
  }

  /**
   * Runs {@code PRAGMA wal_checkpoint(TRUNCATE)} on the writing connection: every frame of the log
   * is copied into the file and the log is cut to nothing. It waits, up to the busy timeout, for
   * the readers that still read an older snapshot; if one outlasts it, the checkpoint is left
   * partial and a warning is logged (the erased text stays in the log until a later checkpoint
   * restarts it). Costs one checkpoint per erasure.
   */
  @Override
  public void afterErasure() {
    try {
      int busy =
          write(
              h ->
                  h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)")
                      .map((rs, ctx) -> rs.getInt(1))
                      .one());
      if (busy != 0) {
        LOG.log(
            System.Logger.Level.WARNING,
            "the write-ahead log of the SQLite file {0} could not be emptied after an erasure: a"
                + " reader kept it past the busy timeout; the erased text stays in the log until"
                + " a later checkpoint restarts it",
            file);
      }
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "the write-ahead log of the SQLite file "
              + file
              + " could not be emptied after an erasure",
          e);
    }
  }

  @Override
  public void close() {
    closed = true;
    closeIdleReaders();
    writeLock.lock();
    try {
      writer.close();
    } finally {
      writeLock.unlock();
    }
  }
}

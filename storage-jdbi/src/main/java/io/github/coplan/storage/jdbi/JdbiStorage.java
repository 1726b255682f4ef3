package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.CoplanException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.port.storage.UnitOfWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Storage} on JDBI 3 that keeps Coplan's data in a SQLite file or a PostgreSQL database.
 * Thread-safe; close it when done.
 *
 * <pre>{@code
 * try (JdbiStorage storage = JdbiStorage.sqlite(Path.of("coplan.db"))) {
 *   Coplan coplan = Coplan.builder().storage(storage).build();
 *   ...
 * }
 * }</pre>
 *
 * <p><b>SQLite</b> ({@link #sqlite(Path)}) is the default: one file, no server. The file is used in
 * WAL mode with foreign keys on, a busy timeout and, by default, {@code synchronous=FULL} (see
 * {@link JdbiOptions.Synchronous}). Units of work that write take turns on one connection, first
 * come first served, so that writers in one process never fail on SQLite's lock and never lose an
 * update; units that only read run at the same time on read-only connections, each on a snapshot of
 * the last commit. Several processes may share a file: a writing unit begins with SQLite's write
 * lock ({@code BEGIN IMMEDIATE}) and waits up to the busy timeout for it. Every unit is therefore
 * serializable, and a writing unit runs alone. Deleted content is overwritten with zeros ({@code
 * secure_delete}), and once a unit that forgot a person ({@link
 * io.github.coplan.port.storage.HistoryRepository#erase}) committed, the write-ahead log is
 * checkpointed into the file and truncated: the erased text is left neither in free space nor in
 * the log. On PostgreSQL an erasure is complete for every query and every dump; the old row
 * versions stay in the table's pages until {@code VACUUM} reclaims them, and in the server's log
 * and backups.
 *
 * <p><b>PostgreSQL</b> ({@link #postgres(DataSource)}, or {@link #postgres(String, String, String)}
 * with HikariCP pools the store builds) serves several application instances that share one
 * database. Units of work run concurrently, each on one connection of the pool:
 *
 * <ul>
 *   <li>a read-only unit reads one snapshot ({@code REPEATABLE READ, READ ONLY}), and reads an
 *       aggregate whole in one statement;
 *   <li>a writing unit runs at the connection's isolation level ({@code READ COMMITTED},
 *       PostgreSQL's default, unless the application's pool sets another: what follows rests on
 *       locks and holds at any level, a higher one only adds conflicts that the store retries), and
 *       the aggregates it reads are locked ({@code FOR UPDATE}) until it ends, as are those it
 *       writes, so that what it read stays true until it commits: a rule that spans two aggregates
 *       (an activity is not added to a completed plan, a parent is no descendant) holds under any
 *       interleaving of units, and writing units that read and write aggregates by id are
 *       serializable (searches inside a writing unit are not covered);
 *   <li>a writing unit that meets a transaction conflict it did not cause (a serialization failure
 *       or a deadlock) is run again by the store, whole, after a jittered pause that grows per
 *       attempt, up to {@link JdbiOptions#maxAttempts()} times; the work of a unit must therefore
 *       have no effect outside the store. When every attempt fails the caller gets a {@link
 *       io.github.coplan.domain.error.ConflictException} of kind {@code "transaction"} that names
 *       no aggregate;
 *   <li>an update names the version it read, so that of two concurrent updates of an aggregate one
 *       fails with a {@link io.github.coplan.domain.error.ConflictException} naming the aggregate
 *       and the stale version instead of overwriting the other; that one is the caller's to retry;
 *   <li>a unit that appends to the history of changes takes a transaction-scoped advisory lock
 *       before its first append and holds it until it ends, so that sequence numbers are handed out
 *       in the order the units commit: units that append take turns from their first append, at the
 *       end of a command, to their commit.
 * </ul>
 *
 * <p>The database must use the UTF8 encoding. Coplan's tables and indexes carry a prefix ({@link
 * JdbiOptions#tablePrefix()}, {@code coplan_} by default) so that they live beside the
 * application's.
 *
 * <p><b>The aggregate cache</b> keeps committed activities and plans by id and version, so that a
 * read whose row is at the cached version skips mapping their participations or parts; it is on by
 * default for SQLite and off for PostgreSQL ({@link JdbiOptions.Builder#aggregateCache(boolean)}).
 * Every read still reads the row's version, so changes by other processes are seen; a row replaced
 * other than through Coplan with the same version (a backup restored under a running store, an
 * {@code UPDATE} typed by hand) is not seen while it is cached: switch the cache off, or call
 * {@link #invalidateAll()} after such a change.
 *
 * <p>On either database the schema is created and migrated when the store opens, or only validated
 * ({@link JdbiOptions.SchemaMode}); a database whose schema is newer than this library's is
 * refused. Every failure is a {@link CoplanException}: a unique value taken is a {@link
 * io.github.coplan.domain.error.DuplicateException}, anything the database itself fails at a {@link
 * StorageException} whose cause is the driver's error and whose message holds no SQL.
 */
public final class JdbiStorage implements Storage {

  private static final System.Logger LOG = System.getLogger(JdbiStorage.class.getName());

  private final Database database;
  private final Sql sql;
  private final String description;
  private final int migrationsApplied;
  private final int maxAttempts;
  private final ThreadLocal<Boolean> inUnit = ThreadLocal.withInitial(() -> false);
  private final AggregateCache cache;
  private volatile boolean closed;

  private JdbiStorage(
      Database database, String description, int migrationsApplied, JdbiOptions options) {
    this.database = database;
    this.sql = Sql.of(database.dialect(), options.tablePrefix());
    this.description = description;
    this.migrationsApplied = migrationsApplied;
    this.maxAttempts = options.maxAttempts();
    this.cache =
        new AggregateCache(
            options.aggregateCache(database.dialect()), options.aggregateCacheWeight());
  }

  /**
   * Opens a SQLite file with the default options, creating it if it does not exist.
   *
   * @param file the database file; its folder must exist
   * @return the open store
   * @throws InvalidInputException if the file is null
   * @throws StorageException if the file cannot be opened, or its schema is newer than this
   *     library's, or cannot be migrated
   */
  public static JdbiStorage sqlite(Path file) {
    return sqlite(file, JdbiOptions.defaults());
  }

  /**
   * Opens a SQLite file, creating it if it does not exist.
   *
   * @param file the database file; its folder must exist
   * @param options the options
   * @return the open store
   * @throws InvalidInputException if an argument is null
   * @throws StorageException if the file cannot be opened, or its schema is newer than this
   *     library's, or (in {@link JdbiOptions.SchemaMode#VALIDATE} mode) missing or older, or cannot
   *     be migrated
   */
  public static JdbiStorage sqlite(Path file, JdbiOptions options) {
    required("file", file);
    required("options", options);
    Path absolute = file.toAbsolutePath().normalize();
    if (options.schemaMode() == JdbiOptions.SchemaMode.VALIDATE && !Files.exists(absolute)) {
      // Opening would create an empty file: refuse before, and leave nothing behind.
      throw new StorageException(
          "the SQLite file "
              + absolute
              + " does not exist, so it has no Coplan schema; open the store in"
              + " schema mode MIGRATE to create it",
          null);
    }
    SqliteDatabase database = new SqliteDatabase(absolute, options);
    int applied = checkSchema(database, options);
    return new JdbiStorage(database, "SQLite " + absolute, applied, options);
  }

  /**
   * Opens a PostgreSQL database through the application's data source, typically its connection
   * pool, with the default options.
   *
   * @param dataSource the data source
   * @return the open store
   * @throws InvalidInputException if the data source is null
   * @throws StorageException if no connection can be had, the database is not PostgreSQL or not
   *     UTF8, or its schema is newer than this library's, or cannot be migrated
   * @see #postgres(DataSource, JdbiOptions)
   */
  public static JdbiStorage postgres(DataSource dataSource) {
    return postgres(dataSource, JdbiOptions.defaults());
  }

  /**
   * Opens a PostgreSQL database through the application's data source, typically its connection
   * pool. Each unit of work takes one connection from it for its duration and gives it back with
   * its auto-commit mode, isolation level and read-only flag as it came, so the pool may be shared
   * with the rest of the application; the pool's size, timeouts and validation apply, and the read
   * pool size of the options does not. The pool's connections may be in auto-commit mode or not.
   * The application closes the data source, after closing the store; closing the store leaves it
   * open.
   *
   * @param dataSource the data source
   * @param options the options
   * @return the open store
   * @throws InvalidInputException if an argument is null
   * @throws StorageException if no connection can be had, the database is not PostgreSQL or not
   *     UTF8, or its schema is newer than this library's, or (in {@link
   *     JdbiOptions.SchemaMode#VALIDATE} mode) missing or older, or cannot be migrated
   */
  public static JdbiStorage postgres(DataSource dataSource, JdbiOptions options) {
    required("dataSource", dataSource);
    required("options", options);
    return openPostgres(
        new PostgresDatabase(dataSource),
        "PostgreSQL data source " + dataSource.getClass().getName(),
        options);
  }

  /**
   * Opens a PostgreSQL database by JDBC URL with the default options; see {@link #postgres(String,
   * String, String, JdbiOptions)}.
   *
   * @param jdbcUrl for example {@code jdbc:postgresql://localhost:5432/coplan}
   * @param user the user name, or null to let the URL or the driver decide
   * @param password the password, or null
   * @return the open store
   * @throws InvalidInputException if the URL is null or not a PostgreSQL JDBC URL
   * @throws StorageException if the driver or HikariCP is missing, the database cannot be reached,
   *     is not UTF8, or its schema is newer than this library's, or cannot be migrated
   */
  public static JdbiStorage postgres(
      String jdbcUrl, @Nullable String user, @Nullable String password) {
    return postgres(jdbcUrl, user, password, JdbiOptions.defaults());
  }

  /**
   * Opens a PostgreSQL database by JDBC URL, with two HikariCP pools that the store builds and
   * owns: at most {@link JdbiOptions#readPoolSize()} connections for read-only units of work, set
   * once to {@code REPEATABLE READ} and read-only so that a reading unit sends no statement of its
   * own to begin, and as many plus one for the units that write; a unit of work waits up to {@link
   * JdbiOptions#busyTimeout()} for one, connections are validated by the driver and replaced after
   * 30 minutes. Closing the store closes the pools. Needs the PostgreSQL JDBC driver ({@code
   * org.postgresql:postgresql}) and HikariCP ({@code com.zaxxer:HikariCP}) on the class path, or on
   * the module path and resolved (a modular application requires {@code com.zaxxer.hikari} or adds
   * it with {@code --add-modules}); an application with a pool of its own passes it to {@link
   * #postgres(DataSource, JdbiOptions)} instead.
   *
   * @param jdbcUrl for example {@code jdbc:postgresql://localhost:5432/coplan}
   * @param user the user name, or null to let the URL or the driver decide
   * @param password the password, or null
   * @param options the options
   * @return the open store
   * @throws InvalidInputException if the URL or the options are null, or the URL is not a
   *     PostgreSQL JDBC URL
   * @throws StorageException if the driver or HikariCP is missing, the database cannot be reached,
   *     is not UTF8, or its schema is newer than this library's, or (in {@link
   *     JdbiOptions.SchemaMode#VALIDATE} mode) missing or older, or cannot be migrated
   */
  public static JdbiStorage postgres(
      String jdbcUrl, @Nullable String user, @Nullable String password, JdbiOptions options) {
    required("jdbcUrl", jdbcUrl);
    required("options", options);
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw InvalidInputException.of(
          "jdbcUrl", Violation.MALFORMED, "a PostgreSQL JDBC URL starts with jdbc:postgresql:");
    }
    int query = jdbcUrl.indexOf('?');
    String shown = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    String missing = HikariPool.missing();
    if (missing != null) {
      throw new StorageException(
          missing + " is not on the class path, nor a resolved module on the module path", null);
    }
    HikariPool pool = HikariPool.open(jdbcUrl, user, password, options);
    return openPostgres(new PostgresDatabase(pool), "PostgreSQL " + shown, options);
  }

  private static JdbiStorage openPostgres(
      PostgresDatabase database, String description, JdbiOptions options) {
    try {
      database.withHandle(false, JdbiStorage::checkPostgres);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    int applied = checkSchema(database, options);
    return new JdbiStorage(database, description, applied, options);
  }

  /**
   * Refuses a database that is not PostgreSQL, or not UTF8: code-point order and every text need
   * it.
   */
  private static @Nullable Void checkPostgres(Handle handle) {
    String product;
    String encoding;
    try {
      product = handle.getConnection().getMetaData().getDatabaseProductName();
      encoding =
          product.equals("PostgreSQL")
              ? handle
                  .createQuery(Sql.of(Dialect.POSTGRES).get("schema.encoding"))
                  .mapTo(String.class)
                  .one()
              : null;
    } catch (SQLException | RuntimeException e) {
      throw Errors.translate(Dialect.POSTGRES, "read what database it is", e);
    }
    if (!product.equals("PostgreSQL")) {
      throw new StorageException(
          "the data source is a " + product + " database, not PostgreSQL", null);
    }
    if (!"UTF8".equals(encoding)) {
      throw new StorageException(
          "the PostgreSQL database uses the encoding " + encoding + "; Coplan needs UTF8", null);
    }
    return null;
  }

  /** Migrates or validates the schema; closes the database if that fails. */
  private static int checkSchema(Database database, JdbiOptions options) {
    try {
      return Migrator.run(
          database, Sql.of(database.dialect(), options.tablePrefix()), options.schemaMode());
    } catch (RuntimeException e) {
      database.close();
      if (e instanceof CoplanException c) {
        throw c;
      }
      throw Errors.translate(database.dialect(), "check the database schema", e);
    }
  }

  @Override
  public <T extends @Nullable Object> T inTransaction(UnitOfWork<T> work) {
    return run(work, false);
  }

  @Override
  public <T extends @Nullable Object> T readOnly(UnitOfWork<T> work) {
    return run(work, true);
  }

  private <T extends @Nullable Object> T run(@Nullable UnitOfWork<T> work, boolean readOnly) {
    if (work == null) {
      throw InvalidInputException.of("work", Violation.REQUIRED, "a unit of work is required");
    }
    if (inUnit.get()) {
      throw new StorageException("units of work do not nest", null);
    }
    if (closed) {
      throw Database.closed();
    }
    inUnit.set(true);
    try {
      // The store's own loop rather than JDBI's SerializableTransactionRunner: that runner retries
      // one SQLSTATE
      // without pause, and PostgreSQL reports a conflict as 40001 (serialization failure) or 40P01
      // (deadlock);
      // the loop also waits a jittered, growing pause, and starts each attempt with a new unit and
      // identity map.
      int deadConnections = 0;
      for (int attempt = 1; ; attempt++) {
        Attempt<T> outcome = attempt(work, readOnly, deadConnections + 1 < maxAttempts);
        if (outcome.deadConnection()) {
          deadConnections++;
          attempt--;
          continue;
        }
        if (outcome.conflict() == null) {
          return outcome.workResult();
        }
        if (attempt >= maxAttempts) {
          LOG.log(
              System.Logger.Level.WARNING,
              "a unit of work met a transaction conflict on each of its {0} attempts; giving up",
              attempt);
          throw ConflictException.transactionConflict(attempt, outcome.conflict());
        }
        LOG.log(
            System.Logger.Level.DEBUG,
            "a unit of work met a transaction conflict on attempt {0}; running it again",
            attempt);
        pause(attempt);
      }
    } finally {
      inUnit.set(false);
    }
  }

  /**
   * The result of one attempt at a unit of work, or the transaction conflict that ended it, or
   * whether it could not begin on a dead connection.
   */
  private record Attempt<T extends @Nullable Object>(
      @Nullable T result, @Nullable Throwable conflict, boolean deadConnection) {
    Attempt(@Nullable T result, @Nullable Throwable conflict) {
      this(result, conflict, false);
    }

    /** The work's result, for an attempt that met no conflict and had a live connection. */
    // such an attempt holds what the work returned: null only if the work returned null, which T
    // then admits
    @SuppressWarnings("NullAway")
    T workResult() {
      return result;
    }
  }

  /** Runs a unit of work once, in one transaction. */
  private <T extends @Nullable Object> Attempt<T> attempt(
      UnitOfWork<T> work, boolean readOnly, boolean mayTakeAnotherConnection) {
    Unit[] unit = new Unit[1];
    boolean[] workFailed = new boolean[1];
    RuntimeException[] workError = new RuntimeException[1];
    T result;
    try {
      result =
          database.inTransaction(
              readOnly,
              handle -> {
                Unit u = new Unit(handle, sql, cache, readOnly);
                unit[0] = u;
                T r;
                try {
                  r = work.run(u);
                } catch (RuntimeException e) {
                  workFailed[0] = true;
                  workError[0] = e;
                  throw e;
                } catch (Error e) {
                  workFailed[0] = true;
                  throw e;
                } finally {
                  u.end();
                }
                CoplanException failure = u.failure();
                if (failure != null) {
                  throw new RolledBack(failure);
                }
                return r;
              });
    } catch (RuntimeException e) {
      Unit u = unit[0];
      if (u != null && u.conflicted()) {
        // A statement of the work met a conflict; whatever the work made of it, the transaction is
        // lost: run it again.
        CoplanException failure = u.failure();
        return new Attempt<>(
            null, failure != null && failure.getCause() != null ? failure.getCause() : e);
      }
      if (e instanceof RolledBack) {
        throw new StorageException(
            "the unit of work was rolled back because the store failed during it", e.getCause());
      }
      RuntimeException own = workError[0];
      if (own != null && own != e) {
        // Ending the transaction failed too (a lost connection cannot be rolled back or reset): the
        // work's own
        // error is what the caller sees, never JDBI's about the clean-up.
        own.addSuppressed(e);
        throw own;
      }
      if (workFailed[0] || e instanceof CoplanException) {
        throw e;
      }
      // Beginning or committing the transaction failed.
      Dialect.Failure kind = Errors.classify(database.dialect(), e);
      if (kind == Dialect.Failure.SERIALIZATION) {
        return new Attempt<>(null, Errors.sqlCauseOr(e));
      }
      if (kind == Dialect.Failure.CONNECTION && u == null && mayTakeAnotherConnection) {
        // The connection was dead before the unit began (the pool had not noticed yet): nothing of
        // the unit ran, so it
        // runs on another connection, at most as many times as a conflict would; the pool drops the
        // dead one.
        LOG.log(
            System.Logger.Level.WARNING,
            "the connection to the database failed before a unit of work began; taking another",
            e);
        return new Attempt<>(null, null, true);
      }
      throw Errors.translate(
          database.dialect(), u == null ? "begin a unit of work" : "commit a unit of work", e);
    }
    unit[0].publish();
    if (unit[0].erasedHistory()) {
      database.afterErasure();
    }
    return new Attempt<>(result, null);
  }

  /**
   * Waits before the next attempt: a random time between half and all of a ceiling that is 5 ms
   * after the first attempt and doubles after each, up to 1 s.
   */
  private static void pause(int attempt) {
    long ceiling = Math.min(1_000, 5L << Math.min(attempt - 1, 20));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while waiting to run a unit of work again", e);
    }
  }

  /** Ends a transaction whose unit the store failed during, so that JDBI rolls it back. */
  private static final class RolledBack extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RolledBack(CoplanException failure) {
      super(failure.getMessage(), failure, false, false);
    }
  }

  /**
   * Forgets every activity and plan the cache holds, so that the next read of each goes to the
   * tables. Needed only on a store with the cache switched on ({@link
   * JdbiOptions.Builder#aggregateCache}), after rows were changed other than through Coplan without
   * raising their version: a backup restored, a row edited by hand in SQL. Units of work running
   * meanwhile are not affected; a unit that commits later may offer what it read to the cache
   * again.
   */
  public void invalidateAll() {
    cache.clear();
  }

  /**
   * Closes the store: its SQLite connections, or the HikariCP pools it built from a JDBC URL; a
   * data source the application passed stays open. Units of work that are running finish first.
   * Idempotent; every later call of the store throws {@link StorageException}.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    database.close();
    cache.clear();
  }

  /**
   * Runs work on a handle of the store, outside any unit of work; for tests that look at the
   * connection itself (its settings, query plans).
   */
  <T> T withHandle(boolean readOnly, Function<Handle, T> work) {
    if (closed) {
      throw Database.closed();
    }
    return database.withHandle(readOnly, work::apply);
  }

  /** How many migrations opening this store applied; 0 when the schema was current. */
  int migrationsApplied() {
    return migrationsApplied;
  }

  /** Which database this store is on. */
  Dialect dialect() {
    return database.dialect();
  }

  /** The store's SQL statements. */
  Sql sql() {
    return sql;
  }

  @Override
  public String toString() {
    return "JdbiStorage[" + description + (closed ? ", closed]" : ", open]");
  }

  private static void required(String path, @Nullable Object value) {
    if (value == null) {
      throw InvalidInputException.of(path, Violation.REQUIRED, "a value is required");
    }
  }
}

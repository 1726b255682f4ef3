package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.CoplanException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.port.storage.UnitOfWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
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
 * update; units that only read run at the same time on a pool of read-only connections, each on a
 * snapshot of the last commit. Several processes may share a file: a writing unit begins with
 * SQLite's write lock ({@code BEGIN IMMEDIATE}) and waits up to the busy timeout for it.
 *
 * <p><b>PostgreSQL</b> ({@link #postgres(DataSource)} or {@link #postgres(String, String, String)})
 * serves several application instances that share one database. Units of work run concurrently;
 * an update names the version it read, so that of two concurrent updates of an aggregate one fails
 * with a {@link io.github.coplan.domain.error.ConflictException} instead of overwriting the other;
 * a caller retries it. A unit that PostgreSQL aborts as a deadlock or serialization failure is
 * reported as a {@code ConflictException} of kind {@code "transaction"} too. Read-only units read one
 * snapshot ({@code REPEATABLE READ, READ ONLY}). The database must use the UTF8 encoding.
 *
 * <p>On either database the schema is created and migrated when the store opens, or only validated
 * ({@link JdbiOptions.SchemaMode}); a database whose schema is newer than this library's is refused.
 * Every failure is a {@link CoplanException}: a unique value taken is a {@link
 * io.github.coplan.domain.error.DuplicateException}, anything the database itself fails at a {@link
 * StorageException} whose cause is the driver's error and whose message holds no SQL.
 */
public final class JdbiStorage implements Storage {

  private final Dialect dialect;
  private final Sessions sessions;
  private final String description;
  private final int migrationsApplied;
  private final ThreadLocal<Boolean> inUnit = ThreadLocal.withInitial(() -> false);
  private final AggregateCache cache;
  private volatile boolean closed;

  private JdbiStorage(Dialect dialect, Sessions sessions, String description, int migrationsApplied, boolean caching) {
    this.cache = new AggregateCache(caching);
    this.dialect = dialect;
    this.sessions = sessions;
    this.description = description;
    this.migrationsApplied = migrationsApplied;
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
    return sqlite(file, options, true);
  }

  /** Opens a SQLite file, optionally without the cache of committed activities and plans (for tests). */
  static JdbiStorage sqlite(Path file, JdbiOptions options, boolean caching) {
    required("file", file);
    required("options", options);
    Path absolute = file.toAbsolutePath().normalize();
    if (options.schemaMode() == JdbiOptions.SchemaMode.VALIDATE && !Files.exists(absolute)) {
      // Opening would create an empty file: refuse before, and leave nothing behind.
      throw new StorageException("the SQLite file " + absolute + " does not exist, so it has no Coplan schema; open the store in"
          + " schema mode MIGRATE to create it", null);
    }
    SqliteSessions sessions = new SqliteSessions(absolute, options);
    int applied = checkSchema(Dialect.SQLITE, sessions, sessions.writer(), options);
    return new JdbiStorage(Dialect.SQLITE, sessions, "SQLite " + absolute, applied, caching);
  }

  /**
   * Opens a PostgreSQL database through a data source, typically a connection pool, with the
   * default options. Each unit of work takes one connection from it for its duration.
   *
   * @param dataSource the data source
   * @return the open store
   * @throws InvalidInputException if the data source is null
   * @throws StorageException if no connection can be had, the database is not PostgreSQL or not
   *     UTF8, or its schema is newer than this library's, or cannot be migrated
   */
  public static JdbiStorage postgres(DataSource dataSource) {
    return postgres(dataSource, JdbiOptions.defaults());
  }

  /**
   * Opens a PostgreSQL database through a data source, typically a connection pool. Each unit of
   * work takes one connection from it for its duration; the read pool size of the options does not
   * apply.
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
    DataSourceSessions sessions = new DataSourceSessions(dataSource);
    return openPostgres(sessions, "PostgreSQL data source " + dataSource.getClass().getName(), options);
  }

  /**
   * Opens a PostgreSQL database by JDBC URL with the default options; the store keeps a pool of
   * {@link JdbiOptions#readPoolSize()} plus one connections. Needs the PostgreSQL JDBC driver
   * ({@code org.postgresql:postgresql}) on the class path.
   *
   * @param jdbcUrl for example {@code jdbc:postgresql://localhost:5432/coplan}
   * @param user the user name, or null to let the URL or the driver decide
   * @param password the password, or null
   * @return the open store
   * @throws InvalidInputException if the URL is null or not a PostgreSQL JDBC URL
   * @throws StorageException if the driver is missing, the database cannot be reached, is not
   *     UTF8, or its schema is newer than this library's, or cannot be migrated
   */
  public static JdbiStorage postgres(String jdbcUrl, @Nullable String user, @Nullable String password) {
    return postgres(jdbcUrl, user, password, JdbiOptions.defaults());
  }

  /**
   * Opens a PostgreSQL database by JDBC URL; the store keeps a pool of {@link
   * JdbiOptions#readPoolSize()} plus one connections, shared by every unit of work. Needs the
   * PostgreSQL JDBC driver ({@code org.postgresql:postgresql}) on the class path.
   *
   * @param jdbcUrl for example {@code jdbc:postgresql://localhost:5432/coplan}
   * @param user the user name, or null to let the URL or the driver decide
   * @param password the password, or null
   * @param options the options
   * @return the open store
   * @throws InvalidInputException if the URL or the options are null, or the URL is not a
   *     PostgreSQL JDBC URL
   * @throws StorageException if the driver is missing, the database cannot be reached, is not
   *     UTF8, or its schema is newer than this library's, or (in {@link
   *     JdbiOptions.SchemaMode#VALIDATE} mode) missing or older, or cannot be migrated
   */
  public static JdbiStorage postgres(String jdbcUrl, @Nullable String user, @Nullable String password, JdbiOptions options) {
    required("jdbcUrl", jdbcUrl);
    required("options", options);
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw InvalidInputException.of("jdbcUrl", Violation.MALFORMED, "a PostgreSQL JDBC URL starts with jdbc:postgresql:");
    }
    try {
      Class.forName("org.postgresql.Driver");
    } catch (ClassNotFoundException e) {
      throw new StorageException("the PostgreSQL JDBC driver (org.postgresql:postgresql) is not on the class path", e);
    }
    int query = jdbcUrl.indexOf('?');
    String shown = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    PooledSessions sessions = new PooledSessions(jdbcUrl, user, password, options.readPoolSize() + 1);
    return openPostgres(sessions, "PostgreSQL " + shown, options);
  }

  private static JdbiStorage openPostgres(Sessions sessions, String description, JdbiOptions options) {
    Session session;
    try {
      session = sessions.acquire(false);
    } catch (RuntimeException e) {
      sessions.close();
      throw e;
    }
    int applied;
    try {
      checkPostgres(session);
      applied = checkSchema(Dialect.POSTGRES, sessions, session, options);
    } catch (RuntimeException e) {
      sessions.release(session, false);
      sessions.close();
      throw e;
    }
    sessions.release(session, false);
    return new JdbiStorage(Dialect.POSTGRES, sessions, description, applied, true);
  }

  /** Refuses a database that is not PostgreSQL, or not UTF8: code-point order and every text need it. */
  private static void checkPostgres(Session session) {
    String product;
    String encoding;
    try {
      product = session.databaseProduct();
      encoding = product.equals("PostgreSQL")
          ? session.first(session.sql().get("schema.encoding"), Session.NONE, row -> row.text(1))
          : null;
    } catch (SQLException | RuntimeException e) {
      session.markBroken();
      throw Errors.translate(Dialect.POSTGRES, "read what database it is", e);
    }
    if (!product.equals("PostgreSQL")) {
      throw new StorageException("the data source is a " + product + " database, not PostgreSQL", null);
    }
    if (!"UTF8".equals(encoding)) {
      throw new StorageException("the PostgreSQL database uses the encoding " + encoding + "; Coplan needs UTF8", null);
    }
  }

  /** Migrates or validates the schema; closes the sessions if that fails. */
  private static int checkSchema(Dialect dialect, Sessions sessions, Session session, JdbiOptions options) {
    try {
      return Migrator.run(session, options.schemaMode());
    } catch (RuntimeException e) {
      sessions.close();
      if (e instanceof CoplanException c) {
        throw c;
      }
      throw Errors.translate(dialect, "check the database schema", e);
    }
  }

  @Override
  public <T> T inTransaction(UnitOfWork<T> work) {
    return run(work, false);
  }

  @Override
  public <T> T readOnly(UnitOfWork<T> work) {
    return run(work, true);
  }

  private <T> T run(@Nullable UnitOfWork<T> work, boolean readOnly) {
    if (work == null) {
      throw InvalidInputException.of("work", Violation.REQUIRED, "a unit of work is required");
    }
    if (inUnit.get()) {
      throw new StorageException("units of work do not nest", null);
    }
    if (closed) {
      throw Sessions.closed();
    }
    Session session = sessions.acquire(readOnly);
    inUnit.set(true);
    try {
      return runIn(session, work, readOnly);
    } finally {
      inUnit.set(false);
      sessions.release(session, readOnly);
    }
  }

  private <T> T runIn(Session session, UnitOfWork<T> work, boolean readOnly) {
    try {
      session.begin(readOnly);
    } catch (RuntimeException e) {
      session.rollbackQuietly();
      throw failed(session, "begin a unit of work", e);
    }
    Unit unit = new Unit(session, cache, readOnly);
    T result;
    try {
      result = work.run(unit);
    } catch (Throwable t) {
      unit.end();
      session.rollbackQuietly();
      throw t;
    }
    unit.end();
    CoplanException failure = unit.failure();
    if (failure != null) {
      session.rollbackQuietly();
      throw new StorageException("the unit of work was rolled back because the store failed during it", failure);
    }
    try {
      session.commit();
    } catch (RuntimeException e) {
      session.rollbackQuietly();
      throw failed(session, "commit a unit of work", e);
    }
    unit.publish();
    return result;
  }

  private CoplanException failed(Session session, String what, RuntimeException e) {
    if (Errors.classify(dialect, e) == Dialect.Failure.CONNECTION) {
      session.markBroken();
    }
    return Errors.translate(dialect, what, e);
  }

  /**
   * Closes every connection; units of work that are running finish first. Idempotent; every later
   * call of the store throws {@link StorageException}.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    sessions.close();
    cache.clear();
  }

  /**
   * Runs work on one of the store's sessions, outside any unit of work; for tests that look at the
   * connection itself (its settings, query plans).
   */
  <T> T withSession(boolean readOnly, Function<Session, T> work) {
    if (closed) {
      throw Sessions.closed();
    }
    Session session = sessions.acquire(readOnly);
    try {
      return work.apply(session);
    } finally {
      sessions.release(session, readOnly);
    }
  }

  /** How many migrations opening this store applied; 0 when the schema was current. */
  int migrationsApplied() {
    return migrationsApplied;
  }

  /** Which database this store is on. */
  Dialect dialect() {
    return dialect;
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

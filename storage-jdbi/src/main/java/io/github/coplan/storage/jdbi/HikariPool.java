package io.github.coplan.storage.jdbi;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.coplan.domain.error.StorageException;
import org.jspecify.annotations.Nullable;

/**
 * The HikariCP pools a store builds when it is opened with a JDBC URL; the store owns them and
 * closes them. One serves the units of work that write, at the server's default level ({@code READ
 * COMMITTED}); the other serves read-only units, its connections set once, when they are made, to
 * {@code REPEATABLE READ} and read-only, so that a reading unit begins with the driver's {@code
 * BEGIN READ ONLY} alone and no statement of its own. HikariCP is an optional dependency: this
 * class is touched only after {@link #missing()} found it.
 *
 * @param writes the pool of the units that write
 * @param reads the pool of the read-only units
 */
record HikariPool(HikariDataSource writes, HikariDataSource reads) implements AutoCloseable {

  /** The longest a connection lives before the pool replaces it: HikariCP's default. */
  static final long MAX_LIFETIME_MILLIS = 30 * 60_000L;

  /** Whether HikariCP and the PostgreSQL driver are on the class path. */
  static @Nullable String missing() {
    ClassLoader loader = JdbiStorage.class.getClassLoader();
    try {
      Class.forName("org.postgresql.Driver", false, loader);
    } catch (ClassNotFoundException e) {
      return "the PostgreSQL JDBC driver (org.postgresql:postgresql)";
    }
    try {
      Class.forName("com.zaxxer.hikari.HikariDataSource", false, loader);
    } catch (ClassNotFoundException e) {
      return "HikariCP (com.zaxxer:HikariCP), which pools the connections of a store opened with a JDBC URL,";
    }
    return null;
  }

  /**
   * The two pools: at most {@link JdbiOptions#readPoolSize()} connections for read-only units, and
   * as many plus one for the units that write, all in auto-commit mode between units; a caller
   * waits up to the busy timeout (at least HikariCP's minimum of 250 ms) for one; the driver
   * validates a connection before the pool hands it out after it was idle.
   */
  static HikariPool open(
      String jdbcUrl, @Nullable String user, @Nullable String password, JdbiOptions options) {
    HikariDataSource writes =
        pool("coplan-write", jdbcUrl, user, password, options, options.readPoolSize() + 1, false);
    try {
      return new HikariPool(
          writes,
          pool("coplan-read", jdbcUrl, user, password, options, options.readPoolSize(), true));
    } catch (RuntimeException e) {
      writes.close();
      throw e;
    }
  }

  private static HikariDataSource pool(
      String name,
      String jdbcUrl,
      @Nullable String user,
      @Nullable String password,
      JdbiOptions options,
      int size,
      boolean reading) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setDriverClassName("org.postgresql.Driver");
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(Math.max(250, options.busyTimeout().toMillis()));
    config.setMaxLifetime(MAX_LIFETIME_MILLIS);
    config.setAutoCommit(true);
    if (reading) {
      config.setTransactionIsolation("TRANSACTION_REPEATABLE_READ");
      config.setReadOnly(true);
    }
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StorageException(
          "could not connect to the PostgreSQL database", Errors.sqlCauseOr(e));
    }
  }

  @Override
  public void close() {
    try {
      reads.close();
    } finally {
      writes.close();
    }
  }
}

package io.github.coplan.storage.jdbi;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.coplan.domain.error.StorageException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The HikariCP pool a store builds when it is opened with a JDBC URL; the store owns it and closes
 * it. HikariCP is an optional dependency: this class is touched only after {@link #missing()} found it.
 *
 * @param pool the pool
 */
record HikariPool(HikariDataSource pool) implements AutoCloseable {

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
   * A pool of at most {@link JdbiOptions#readPoolSize()} plus one connections, in auto-commit mode;
   * a caller waits up to the busy timeout (at least HikariCP's minimum of 250 ms) for one; the driver
   * validates a connection before the pool hands it out after it was idle.
   */
  static HikariPool open(String jdbcUrl, @Nullable String user, @Nullable String password, JdbiOptions options) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("coplan");
    config.setDriverClassName("org.postgresql.Driver");
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(options.readPoolSize() + 1);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(Math.max(250, options.busyTimeout().toMillis()));
    config.setMaxLifetime(MAX_LIFETIME_MILLIS);
    config.setAutoCommit(true);
    try {
      return new HikariPool(new HikariDataSource(config));
    } catch (RuntimeException e) {
      throw new StorageException("could not connect to the PostgreSQL database", Errors.sqlCauseOr(e));
    }
  }

  /** The pool, as the data source the store takes its connections from. */
  DataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    pool.close();
  }
}

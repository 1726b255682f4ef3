package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.StorageException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The sessions of a PostgreSQL database opened with a JDBC URL: a pool of the store's own
 * connections, shared by every unit of work. Units of work that write run concurrently; versions
 * keep them from losing each other's updates. Thread-safe.
 */
final class PooledSessions implements Sessions {

  private final String url;
  private final Properties credentials;
  private final HandleFactory handles = new HandleFactory();
  private final Sql sql = Sql.of(Dialect.POSTGRES);
  private final SessionPool pool;

  PooledSessions(String url, @Nullable String user, @Nullable String password, int size) {
    this.url = url;
    this.credentials = new Properties();
    if (user != null) {
      credentials.setProperty("user", user);
    }
    if (password != null) {
      credentials.setProperty("password", password);
    }
    this.pool = new SessionPool(size, this::open);
  }

  @Override
  public Session acquire(boolean readOnly) {
    return pool.acquire(readOnly);
  }

  @Override
  public void release(Session session, boolean readOnly) {
    pool.release(session);
  }

  @Override
  public void close() {
    pool.close();
  }

  private Session open() {
    Connection connection;
    try {
      connection = DriverManager.getConnection(url, credentials);
    } catch (SQLException e) {
      throw new StorageException("could not connect to the PostgreSQL database", e);
    }
    try {
      return new Session(connection, handles, sql, true);
    } catch (RuntimeException e) {
      try {
        connection.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StorageException("could not connect to the PostgreSQL database", e);
    }
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The sessions of a PostgreSQL database reached through the user's {@link DataSource}: each unit
 * of work takes a connection from it and gives it back when it ends, so that the user's pool decides
 * how many there are. Thread-safe.
 */
final class DataSourceSessions implements Sessions {

  private final DataSource dataSource;
  private final HandleFactory handles = new HandleFactory();
  private final Sql sql = Sql.of(Dialect.POSTGRES);
  private volatile boolean closed;

  DataSourceSessions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Session acquire(boolean readOnly) {
    if (closed) {
      throw Sessions.closed();
    }
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException | RuntimeException e) {
      throw new StorageException("could not get a connection from the data source", e);
    }
    if (connection == null) {
      throw new StorageException("could not get a connection from the data source: it gave none", null);
    }
    return new Session(connection, handles, sql, false);
  }

  @Override
  public void release(Session session, boolean readOnly) {
    session.close();
  }

  @Override
  public void close() {
    closed = true;
  }
}

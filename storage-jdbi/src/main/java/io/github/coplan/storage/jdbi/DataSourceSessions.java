package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.StorageException;
import javax.sql.DataSource;
import org.jdbi.v3.core.JdbiException;

/**
 * The sessions of a PostgreSQL database reached through the user's {@link DataSource}: each unit
 * of work takes a connection from it and gives it back when it ends, so that the user's pool decides
 * how many there are. Thread-safe.
 */
final class DataSourceSessions implements Sessions {

  private final HandleFactory handles;
  private final Sql sql = Sql.of(Dialect.POSTGRES);
  private volatile boolean closed;

  DataSourceSessions(DataSource dataSource) {
    this.handles = new HandleFactory(dataSource);
  }

  @Override
  public Session acquire(boolean readOnly) {
    if (closed) {
      throw Sessions.closed();
    }
    try {
      return new Session(handles.open(), sql);
    } catch (JdbiException | IllegalStateException e) {
      throw new StorageException("could not get a connection from the data source", e.getCause() != null ? e.getCause() : e);
    }
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

package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.StorageException;

/**
 * Where a store's units of work get their sessions: a writer and readers on SQLite, a pool or the
 * user's data source on PostgreSQL. Implementations are thread-safe.
 */
interface Sessions {

  /**
   * A session for one unit of work.
   *
   * @param readOnly whether the unit only reads
   * @return the session, to be given back with {@link #release}
   * @throws StorageException if the store is closed or no connection can be had
   */
  Session acquire(boolean readOnly);

  /** Gives a session back after its unit of work, which has ended its transaction. */
  void release(Session session, boolean readOnly);

  /** Closes every connection; sessions in use close when they come back. */
  void close();

  /** The error of every call on a closed store. */
  static StorageException closed() {
    return new StorageException("the store is closed", null);
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.StorageException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A bounded pool of sessions on the store's own connections, opened when first needed and kept
 * open until the store closes. A caller waits while every session is in use. The most recently
 * returned session is handed out first, so that a lightly used store keeps few connections warm.
 * Thread-safe.
 */
final class SessionPool {

  private final Semaphore permits;
  /** Idle sessions last set for writing units of work (or never set), most recently returned first. */
  private final ConcurrentLinkedDeque<Session> idle = new ConcurrentLinkedDeque<>();
  /** Idle sessions last set for read-only units of work, most recently returned first. */
  private final ConcurrentLinkedDeque<Session> idleForReads = new ConcurrentLinkedDeque<>();
  private final Supplier<Session> opener;
  private volatile boolean closed;

  SessionPool(int size, Supplier<Session> opener) {
    this.permits = new Semaphore(size, true);
    this.opener = opener;
  }

  /**
   * A session for one unit of work, preferably one set for that kind of unit already; give it back
   * with {@link #release}.
   */
  Session acquire(boolean readOnly) {
    try {
      while (!permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
        if (closed) {
          throw Sessions.closed();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while waiting for a database connection", e);
    }
    if (closed) {
      permits.release();
      throw Sessions.closed();
    }
    Session session = readOnly ? idleForReads.pollFirst() : idle.pollFirst();
    if (session == null) {
      session = readOnly ? idle.pollFirst() : idleForReads.pollFirst();
    }
    if (session != null) {
      return session;
    }
    try {
      return opener.get();
    } catch (RuntimeException | Error e) {
      permits.release();
      throw e;
    }
  }

  /** Takes a session back; a broken one, or any once the pool is closed, is closed instead. */
  void release(Session session) {
    if (session.isBroken() || closed) {
      session.close();
    } else {
      (session.setForReads() ? idleForReads : idle).addFirst(session);
    }
    permits.release();
    if (closed) {
      closeIdle();
    }
  }

  /** Closes the idle sessions now and every other one when it comes back. */
  void close() {
    closed = true;
    closeIdle();
  }

  private void closeIdle() {
    Session session;
    while ((session = idle.pollFirst()) != null || (session = idleForReads.pollFirst()) != null) {
      session.close();
    }
  }
}

package io.github.coplan.storage.memory;

import io.github.coplan.domain.error.StorageException;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.port.storage.UnitOfWork;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link Storage} that keeps everything in memory. Thread-safe.
 *
 * <p>Units of work that write run one at a time; read-only units run concurrently with each other
 * but not with a writer, so no reader ever sees a half-applied unit. A writing unit changes the
 * store as it goes and keeps an undo log; when it throws, the log is played back, so a failed unit
 * leaves no trace. The version checks, uniqueness rules, errors and ordering are those of the SQL
 * adapter. Stored values are immutable domain objects, so what goes in and what comes out can never
 * be changed by a caller.
 *
 * <pre>{@code
 * Coplan coplan = Coplan.builder().storage(InMemoryStorage.create()).build();
 * }</pre>
 */
public final class InMemoryStorage implements Storage {

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final MemoryState state = new MemoryState();
  private final ThreadLocal<Boolean> inUnit = ThreadLocal.withInitial(() -> false);
  private volatile boolean closed;

  private InMemoryStorage() {}

  /**
   * A new, empty store.
   *
   * @return the store
   */
  public static InMemoryStorage create() {
    return new InMemoryStorage();
  }

  @Override
  public <T> T inTransaction(UnitOfWork<T> work) {
    return run(work, false);
  }

  @Override
  public <T> T readOnly(UnitOfWork<T> work) {
    return run(work, true);
  }

  private <T> T run(UnitOfWork<T> work, boolean readOnly) {
    if (work == null) {
      throw io.github.coplan.domain.error.InvalidInputException.of(
          "work", io.github.coplan.domain.error.Violation.REQUIRED, "a unit of work is required");
    }
    if (inUnit.get()) {
      throw new StorageException("units of work do not nest", null);
    }
    Lock held = readOnly ? lock.readLock() : lock.writeLock();
    held.lock();
    inUnit.set(true);
    MemoryRepositories repositories = null;
    try {
      requireOpen();
      repositories = new MemoryRepositories(state, readOnly);
      return work.run(repositories);
    } catch (RuntimeException | Error e) {
      if (repositories != null) {
        repositories.rollback();
      }
      throw e;
    } finally {
      if (repositories != null) {
        repositories.invalidate();
      }
      inUnit.set(false);
      held.unlock();
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new StorageException("the store is closed", null);
    }
  }

  /** Empties and closes the store; every later call throws {@link StorageException}. */
  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      closed = true;
      state.clear();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Counts of what is stored, for tests and diagnostics.
   *
   * @return organisations, people, plans, activities and participations stored
   */
  public String describe() {
    lock.readLock().lock();
    try {
      requireOpen();
      return state.describe();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public String toString() {
    return "InMemoryStorage[" + (closed ? "closed" : "open") + "]";
  }
}

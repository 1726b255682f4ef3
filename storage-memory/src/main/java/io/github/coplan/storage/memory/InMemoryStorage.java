package io.github.coplan.storage.memory;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.port.storage.UnitOfWork;
import java.util.concurrent.locks.StampedLock;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Storage} that keeps everything in memory. Thread-safe.
 *
 * <p>Units of work that write run one at a time, under a write lock held for the whole unit. A
 * writing unit changes the store as it goes and logs what it replaced; when it throws, the log is
 * played back, so a failed unit leaves no trace. The version checks, uniqueness rules, errors and
 * ordering are those of the SQL adapter. Stored values are immutable domain objects, so what goes
 * in and what comes out can never be changed by a caller.
 *
 * <p>Read-only units never see a half-applied writing unit, and take no lock in the common case: a
 * read-only unit first runs optimistically, without a lock, and afterwards checks that no writing
 * unit was active while it ran. If none was, its result (or its error) stands. If one was, what it
 * saw may have been a mix of before and after, so its result is thrown away and <b>the work runs a
 * second time</b>, now under a read lock that keeps writers out; a read-only unit that starts while
 * a writing unit is active waits for it and runs once, under the read lock. So the work of a
 * read-only unit should do nothing but read and compute its result: any other effect it has (a
 * counter, a log line, a message sent) may happen twice, the first time based on a view that never
 * existed. Writing units run exactly once.
 *
 * <p>Units of work do not nest: {@link #inTransaction}, {@link #readOnly}, {@link #describe} and
 * {@link #close} called from inside a unit of work of this store on the same thread throw {@link
 * StorageException}.
 *
 * <pre>{@code
 * Coplan coplan = Coplan.builder().storage(InMemoryStorage.create()).build();
 * }</pre>
 */
public final class InMemoryStorage implements Storage {

  /**
   * Writers hold the write lock for their whole unit; readers validate an optimistic stamp or, on a
   * retry, hold the read lock. Not reentrant, which is why nesting is refused up front.
   */
  private final StampedLock lock = new StampedLock();

  /**
   * Safe to read while a writer changes it (see {@link MemoryState}); changed only under the write
   * lock.
   */
  private final MemoryState state = new MemoryState();

  /**
   * What the writing unit running has replaced; guarded by the write lock, like {@link #state}, and
   * emptied when the unit ends.
   */
  private final UndoLog undo = new UndoLog();

  /**
   * Which unit of this store the current thread is running, if any: refuses nesting, ends units.
   */
  private final ThreadLocal<CurrentUnit> current = ThreadLocal.withInitial(CurrentUnit::new);

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

  /**
   * {@inheritDoc}
   *
   * <p>Runs once, under the store's write lock: other writing units wait for it, and so do
   * read-only units that start while it runs.
   */
  @Override
  public <T extends @Nullable Object> T inTransaction(UnitOfWork<T> work) {
    requireWork(work);
    CurrentUnit thread = enter();
    try {
      long stamp = lock.writeLock();
      try {
        requireOpen();
        try {
          return work.run(new MemoryRepositories(state, undo, thread, thread.start()));
        } catch (Throwable e) {
          // Any throwable, checked ones thrown sneakily included: nothing of a failed unit stays.
          undo.rollback(state);
          throw e;
        } finally {
          undo.clear();
        }
      } finally {
        lock.unlockWrite(stamp);
      }
    } finally {
      thread.end();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Runs optimistically without a lock, and a second time under the read lock if a writing unit
   * was active meanwhile: see the class description for what that means for the work.
   */
  @Override
  public <T extends @Nullable Object> T readOnly(UnitOfWork<T> work) {
    requireWork(work);
    CurrentUnit thread = enter();
    try {
      // Zero while a writing unit holds the lock: then there is nothing to be optimistic about.
      long stamp = lock.tryOptimisticRead();
      if (stamp != 0L) {
        requireOpen();
        try {
          T result = work.run(new MemoryRepositories(state, null, thread, thread.start()));
          // validate() orders every read the work made before its own check of the lock: true
          // means no writer took the lock since the stamp, so all the work saw was one committed
          // state.
          if (lock.validate(stamp)) {
            return result;
          }
        } catch (Throwable e) {
          if (lock.validate(stamp)) {
            throw e;
          }
          // The error may come from a torn view (an index entry without its value, say): the run
          // under the lock below decides.
        }
      }
      return readLocked(work, thread);
    } finally {
      thread.end();
    }
  }

  /** Runs a read-only unit under the read lock: no writer changes the state while it runs. */
  private <T extends @Nullable Object> T readLocked(UnitOfWork<T> work, CurrentUnit thread) {
    long stamp = lock.readLock();
    try {
      requireOpen();
      // A new unit number: the repositories of an optimistic run die before the work runs again.
      return work.run(new MemoryRepositories(state, null, thread, thread.start()));
    } finally {
      lock.unlockRead(stamp);
    }
  }

  private static void requireWork(UnitOfWork<?> work) {
    if (work == null) {
      throw InvalidInputException.of("work", Violation.REQUIRED, "a unit of work is required");
    }
  }

  /**
   * The current thread's marker, refusing a unit inside a unit: the lock is not reentrant, and an
   * optimistic reader that wrote through a nested unit would write again when it runs again. The
   * caller starts its unit on the marker and ends it in a {@code finally}.
   */
  private CurrentUnit enter() {
    CurrentUnit thread = current.get();
    if (thread.active()) {
      throw new StorageException("units of work do not nest", null);
    }
    return thread;
  }

  private void requireOpen() {
    if (closed) {
      throw new StorageException("the store is closed", null);
    }
  }

  /**
   * Empties and closes the store; every later call throws {@link StorageException}. Waits for the
   * writing unit and the locked read-only units running on other threads.
   *
   * @throws StorageException if called from inside a unit of work of this store
   */
  @Override
  public void close() {
    if (current.get().active()) {
      throw new StorageException(
          "the store cannot be closed from inside one of its units of work", null);
    }
    long stamp = lock.writeLock();
    try {
      closed = true;
      state.clear();
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /**
   * Counts of what is stored, for tests and diagnostics, read as a read-only unit.
   *
   * @return organisations, people, plans, activities and participations stored
   * @throws StorageException if the store is closed or this is called from inside a unit of work
   */
  public String describe() {
    return readOnly(r -> state.describe());
  }

  @Override
  public String toString() {
    return "InMemoryStorage[" + (closed ? "closed" : "open") + "]";
  }
}

package io.github.coplan.port.storage;

import org.jspecify.annotations.Nullable;

/**
 * A store of organisations, people, plans and activities. Implementations are thread-safe.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #inTransaction} runs a unit of work atomically: when it returns, everything the work
 *       wrote is stored; when it throws, nothing it wrote is stored, across every aggregate.
 *   <li>Units of work are isolated: a unit never sees another's uncommitted writes, and concurrent
 *       units never lose each other's updates (a stale update fails with {@link
 *       io.github.coplan.domain.error.ConflictException}).
 *   <li>What a writing unit reads stays true until it commits: every aggregate it read by id
 *       ({@code findById}, {@code findByCode}, {@code findByIdentifier}) is, when the unit commits,
 *       as the unit read it or as the unit itself wrote it. So a rule that reads one aggregate to
 *       allow a change to another (an activity's plan is not frozen; a new parent is not a
 *       descendant) still holds when the change commits, whatever ran beside it: writing units that
 *       read and write aggregates by id are serializable. An adapter meets this by running writing
 *       units one at a time, by locking what a unit reads until it ends, or by refusing, at commit,
 *       a unit whose reads were changed meanwhile. Searches and progress reports inside a writing
 *       unit are not covered: they may miss an aggregate committed beside them.
 *   <li>A transaction conflict that the work did not cause itself (a serialization failure, a
 *       deadlock) is handled by the adapter: it runs the work again, a bounded number of times, on
 *       fresh repositories. So the work of a writing unit <b>may run more than once</b>; it should
 *       do nothing but read, compute and write through its repositories. Only a stale version
 *       passed by the work, or conflicts that outlast the adapter's retries ({@link
 *       io.github.coplan.domain.error.ConflictException#transactionConflict}), reach the caller.
 *   <li>A {@link io.github.coplan.domain.error.CoplanException} thrown by the work passes through
 *       unchanged; any other exception thrown by the work passes through after the rollback. Any
 *       failure of the store itself is a {@link io.github.coplan.domain.error.StorageException}.
 *   <li>Repositories handed to the work are valid only during it.
 *   <li>Units of work do not nest: calling {@link #inTransaction} or {@link #readOnly} from inside
 *       a unit of work on the same thread throws {@link
 *       io.github.coplan.domain.error.StorageException}.
 *   <li>After {@link #close()}, every call throws {@link
 *       io.github.coplan.domain.error.StorageException}.
 * </ul>
 *
 * @since 0.1.0
 */
public interface Storage extends AutoCloseable {

  /**
   * Runs a unit of work that may read and write, atomically.
   *
   * @param work the work
   * @param <T> what the work returns; null when the work returns null
   * @return what the work returned
   */
  <T extends @Nullable Object> T inTransaction(UnitOfWork<T> work);

  /**
   * Runs a unit of work that only reads, on a consistent view of the store. Writes inside it throw
   * {@link io.github.coplan.domain.error.StorageException}. Adapters may run read-only units
   * concurrently with each other and with a writer.
   *
   * @param work the work
   * @param <T> what the work returns; null when the work returns null
   * @return what the work returned
   */
  <T extends @Nullable Object> T readOnly(UnitOfWork<T> work);

  /** Releases the store's resources. Idempotent. */
  @Override
  void close();
}

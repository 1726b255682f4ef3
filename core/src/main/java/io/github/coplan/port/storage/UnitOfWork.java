package io.github.coplan.port.storage;

import org.jspecify.annotations.Nullable;

/**
 * Work done inside one transaction of a {@link Storage}.
 *
 * <p>A store may run the work of a writing unit more than once, after a transaction conflict that
 * the work did not cause, and the work of a read-only unit more than once, when its first run may
 * have seen a changing store (see the adapter's documentation). Each run gets fresh repositories
 * and only the last run's writes and result stand; so the work should read, compute and write
 * through its repositories, and have no other effect.
 *
 * @param <T> what the work returns; a work that has nothing to return may return null
 * @since 0.1.0
 */
@FunctionalInterface
public interface UnitOfWork<T extends @Nullable Object> {

  /**
   * Does the work.
   *
   * @param repositories the repositories of this transaction, valid only during the call
   * @return the result
   */
  T run(Repositories repositories);
}

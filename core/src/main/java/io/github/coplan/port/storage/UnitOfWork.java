package io.github.coplan.port.storage;

/**
 * Work done inside one transaction of a {@link Storage}.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface UnitOfWork<T> {

  /**
   * Does the work.
   *
   * @param repositories the repositories of this transaction, valid only during the call
   * @return the result
   */
  T run(Repositories repositories);
}

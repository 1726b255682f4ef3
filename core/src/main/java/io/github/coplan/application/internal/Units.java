package io.github.coplan.application.internal;

import io.github.coplan.port.storage.Repositories;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.port.storage.UnitOfWork;
import org.jspecify.annotations.Nullable;

/**
 * Where the use cases run their units of work: each in a transaction of its own on the storage, or
 * all in one transaction the caller opened ({@link io.github.coplan.Coplan#inTransaction}), whose
 * repositories they are then bound to.
 */
final class Units {

  private final Storage storage;
  private final @Nullable Repositories bound;

  private Units(Storage storage, @Nullable Repositories bound) {
    this.storage = storage;
    this.bound = bound;
  }

  /** Units that each run in a transaction of their own. */
  static Units own(Storage storage) {
    return new Units(storage, null);
  }

  /** Units that run in the caller's transaction, on its repositories. */
  static Units boundTo(Storage storage, Repositories repositories) {
    return new Units(storage, repositories);
  }

  /** Runs work that writes. */
  <T> T write(UnitOfWork<T> work) {
    return bound != null ? work.run(bound) : storage.inTransaction(work);
  }

  /** Runs work that only reads. */
  <T> T read(UnitOfWork<T> work) {
    return bound != null ? work.run(bound) : storage.readOnly(work);
  }
}

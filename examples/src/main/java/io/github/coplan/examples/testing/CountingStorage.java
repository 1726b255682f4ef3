package io.github.coplan.examples.testing;

import io.github.coplan.port.storage.Storage;
import io.github.coplan.port.storage.UnitOfWork;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * A storage decorator an application might write for its metrics: it counts units of work, read and
 * write, committed and failed, and otherwise passes everything through. Because it is itself a
 * {@link Storage}, its tests run the published contract suite over it. Thread-safe.
 */
public final class CountingStorage implements Storage {

  private final Storage delegate;
  private final LongAdder writes = new LongAdder();
  private final LongAdder reads = new LongAdder();
  private final LongAdder failures = new LongAdder();

  /**
   * Counts the units of work of another storage.
   *
   * @param delegate the storage that does the work
   */
  public CountingStorage(Storage delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public <T extends @Nullable Object> T inTransaction(UnitOfWork<T> work) {
    writes.increment();
    return counted(() -> delegate.inTransaction(work));
  }

  @Override
  public <T extends @Nullable Object> T readOnly(UnitOfWork<T> work) {
    reads.increment();
    return counted(() -> delegate.readOnly(work));
  }

  @Override
  public void close() {
    delegate.close();
  }

  /**
   * Units of work that could write, started so far.
   *
   * @return the count
   */
  public long writes() {
    return writes.sum();
  }

  /**
   * Read-only units of work started so far.
   *
   * @return the count
   */
  public long reads() {
    return reads.sum();
  }

  /**
   * Units of work that ended with an exception.
   *
   * @return the count
   */
  public long failures() {
    return failures.sum();
  }

  private <T> T counted(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException | Error e) {
      failures.increment();
      throw e;
    }
  }
}

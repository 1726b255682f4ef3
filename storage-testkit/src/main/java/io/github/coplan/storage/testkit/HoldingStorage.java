package io.github.coplan.storage.testkit;

import io.github.coplan.port.storage.Repositories;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.port.storage.UnitOfWork;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Storage} decorator that lets a test hold a writing unit of work between its reads and
 * its writes, to force the interleavings in which two units each read what the other is about to
 * change. Services run unchanged over it.
 *
 * <p>A thread that calls {@link #holding} has its writing units run their hook just before the
 * first write (an {@code insert…} or {@code update…} call) of each attempt, with the attempt's
 * number, 1 for the first run of the work: a store that runs a unit again after a transaction
 * conflict runs the work, and so the hook, again. Other threads, and read-only units, pass straight
 * through. {@link #close()} does nothing: the store belongs to the test.
 */
final class HoldingStorage implements Storage {

  private final Storage store;
  private final ThreadLocal<@Nullable IntConsumer> hooks = new ThreadLocal<>();

  HoldingStorage(Storage store) {
    this.store = store;
  }

  /**
   * Runs a call on this thread with a hook before the first write of each attempt of its writing
   * units.
   */
  <T> T holding(IntConsumer beforeFirstWrite, Supplier<T> call) {
    hooks.set(beforeFirstWrite);
    try {
      return call.get();
    } finally {
      hooks.remove();
    }
  }

  @Override
  public <T extends @Nullable Object> T inTransaction(UnitOfWork<T> work) {
    IntConsumer hook = hooks.get();
    if (hook == null) {
      return store.inTransaction(work);
    }
    AtomicInteger attempts = new AtomicInteger();
    return store.inTransaction(r -> work.run(hooked(r, attempts.incrementAndGet(), hook)));
  }

  @Override
  public <T extends @Nullable Object> T readOnly(UnitOfWork<T> work) {
    return store.readOnly(work);
  }

  @Override
  public void close() {}

  private static Repositories hooked(Repositories r, int attempt, IntConsumer hook) {
    Runnable once =
        new Runnable() {
          private boolean fired;

          @Override
          public void run() {
            if (!fired) {
              fired = true;
              hook.accept(attempt);
            }
          }
        };
    return proxy(
        Repositories.class,
        r,
        (target, method, args) -> {
          Object repository = invoke(target, method, args);
          Class<?> type = method.getReturnType();
          return type.isInterface()
              ? proxy(
                  type,
                  Objects.requireNonNull(repository, method.getName()),
                  (inner, m, a) -> {
                    String name = m.getName();
                    if (name.startsWith("insert") || name.startsWith("update")) {
                      once.run();
                    }
                    return invoke(inner, m, a);
                  })
              : repository;
        });
  }

  /** A handler that knows its target. */
  @FunctionalInterface
  private interface Handler {
    @Nullable Object handle(Object target, Method method, @Nullable Object[] args) throws Throwable;
  }

  private static <R> R proxy(Class<R> type, Object target, Handler handler) {
    InvocationHandler h = (p, method, args) -> handler.handle(target, method, args);
    return type.cast(
        Proxy.newProxyInstance(HoldingStorage.class.getClassLoader(), new Class<?>[] {type}, h));
  }

  private static @Nullable Object invoke(Object target, Method method, @Nullable Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}

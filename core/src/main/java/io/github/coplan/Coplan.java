package io.github.coplan;

import io.github.coplan.application.UseCases;
import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.port.storage.Storage;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Coplan over one storage. Every change is made by an {@link Actor}, named once per request: {@link
 * #actingAs} returns the use cases acting as that actor, and every change they make is recorded in
 * the history with it.
 *
 * <pre>{@code
 * Coplan coplan = Coplan.builder().storage(JdbiStorage.sqlite(file)).build();
 * // a server, per request:
 * UseCases uses = coplan.actingAs(Actor.person(user));
 * // an application without users of its own, once:
 * UseCases app = coplan.actingAs(Actor.APPLICATION);
 * }</pre>
 *
 * <p>Each command runs in a transaction of its own; {@link UseCases#inTransaction} makes several
 * commands one change. Thread-safe; make one per storage and share it. {@link #close()} closes the
 * storage.
 */
public final class Coplan implements AutoCloseable {

  private final Storage storage;
  private final Clock clock;
  private final IdSource ids;
  private final boolean history;

  private Coplan(Storage storage, Clock clock, IdSource ids, boolean history) {
    this.storage = storage;
    this.clock = clock;
    this.ids = ids;
    this.history = history;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The use cases acting as an actor. Cheap: make one per request. There is no ambient actor.
   *
   * @param actor who acts: a person of the store, or a system actor such as {@link
   *     Actor#APPLICATION}
   * @return the use cases, thread-safe
   * @throws InvalidInputException if the actor is missing
   */
  public UseCases actingAs(Actor actor) {
    return Services.create(storage, clock, ids, actor, history);
  }

  /**
   * The clock this instance runs on.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Whether commands record their changes in the history: yes, unless the builder turned it off.
   *
   * @return whether the history is on
   */
  public boolean recordsHistory() {
    return history;
  }

  /** Closes the storage. */
  @Override
  public void close() {
    storage.close();
  }

  /** Builds a {@link Coplan}; not thread-safe. */
  public static final class Builder {
    private @Nullable Storage storage;
    private Clock clock = Clock.systemUTC();
    private @Nullable IdSource ids;
    private boolean history = true;

    private Builder() {}

    /**
     * Whether commands record their changes in the history; on by default. An application that
     * keeps no history (a benchmark, a throw-away import) may turn it off; the history then stays
     * as it was, and its feed misses the changes made meanwhile.
     *
     * @param on whether to record
     * @return this builder
     */
    public Builder recordHistory(boolean on) {
      this.history = on;
      return this;
    }

    /**
     * The storage adapter (required).
     *
     * @param storage for example {@code InMemoryStorage.create()} or {@code
     *     JdbiStorage.sqlite(path)}
     * @return this builder
     */
    public Builder storage(Storage storage) {
      this.storage = storage;
      return this;
    }

    /**
     * The clock; the system clock in UTC by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Where new ids come from; time-ordered UUIDv7 from the clock by default.
     *
     * @param ids the id source
     * @return this builder
     */
    public Builder idSource(IdSource ids) {
      this.ids = ids;
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     * @throws InvalidInputException if the storage or clock is missing
     */
    public Coplan build() {
      if (storage == null || clock == null) {
        throw InvalidInputException.of(
            storage == null ? "storage" : "clock", Violation.REQUIRED, "a value is required");
      }
      return new Coplan(storage, clock, ids != null ? ids : IdSource.timeOrdered(clock), history);
    }
  }
}

package io.github.coplan;

import io.github.coplan.application.ActivityUseCases;
import io.github.coplan.application.OrganisationUseCases;
import io.github.coplan.application.PersonUseCases;
import io.github.coplan.application.PlanUseCases;
import io.github.coplan.application.ReportUseCases;
import io.github.coplan.application.UseCases;
import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.port.storage.Storage;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Coplan over one storage: the use cases for organisations, people, plans, activities and reports.
 *
 * <p>Each command runs in a transaction of its own. To make several commands one change, all
 * committed or none, run them in {@link #inTransaction} or {@link #useTransaction}:
 *
 * <pre>{@code
 * CooperationPlan plan = coplan.inTransaction(tx -> {
 *   CooperationPlan drafted = tx.plans().draft(new DraftPlan(code, title).withPeriod(period));
 *   tx.plans().addParty(new AddParty(drafted.id(), Party.of(dost.id(), PartyRole.IMPLEMENTING)));
 *   return tx.plans().addParty(new AddParty(drafted.id(), Party.of(iia.id(), PartyRole.IMPLEMENTING)));
 * });
 * }</pre>
 *
 * <p>Thread-safe; make one per storage and share it. {@link #close()} closes the storage.
 */
public final class Coplan implements UseCases, AutoCloseable {

  private final Storage storage;
  private final Clock clock;
  private final Services services;

  private Coplan(Storage storage, Clock clock, IdSource ids) {
    this.storage = storage;
    this.clock = clock;
    this.services = Services.create(storage, clock, ids);
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
   * Runs work in one transaction and returns what it returns: every command it runs through {@code
   * tx} is committed when it returns, or none is when it throws.
   *
   * <p>The store's conflict policy is the one single commands have: where the store retries a
   * transaction that lost a conflict with a concurrent one (PostgreSQL), it runs the whole work
   * again, so the work must do nothing outside {@code tx} that cannot be done twice. Run commands
   * through {@code tx} only: a command run through this instance inside the work would need a
   * transaction of its own, which the stores refuse while one is open on the same thread. The
   * {@code tx} is valid only while the work runs.
   *
   * @param work the work, given the use cases bound to the transaction
   * @param <T> what the work returns
   * @return what the work returned
   * @throws io.github.coplan.domain.error.CoplanException the first error a command raised (nothing
   *     is then committed), or the store's error
   */
  public <T> T inTransaction(Function<? super UseCases, ? extends T> work) {
    Services.required("work", work);
    return storage.inTransaction(repositories -> work.apply(services.boundTo(repositories)));
  }

  /**
   * Runs work that returns nothing in one transaction, as {@link #inTransaction} does.
   *
   * @param work the work, given the use cases bound to the transaction
   * @throws io.github.coplan.domain.error.CoplanException the first error a command raised (nothing
   *     is then committed), or the store's error
   */
  public void useTransaction(Consumer<? super UseCases> work) {
    Services.required("work", work);
    storage.inTransaction(
        repositories -> {
          work.accept(services.boundTo(repositories));
          return null;
        });
  }

  /**
   * Organisations: register, update, find.
   *
   * @return the use cases
   */
  @Override
  public OrganisationUseCases organisations() {
    return services.organisations();
  }

  /**
   * People and their affiliations.
   *
   * @return the use cases
   */
  @Override
  public PersonUseCases people() {
    return services.people();
  }

  /**
   * Plans: draft, parties, content areas, documents, lifecycle.
   *
   * @return the use cases
   */
  @Override
  public PlanUseCases plans() {
    return services.plans();
  }

  /**
   * Activities: propose, lifecycle, participants, search.
   *
   * @return the use cases
   */
  @Override
  public ActivityUseCases activities() {
    return services.activities();
  }

  /**
   * Progress reports.
   *
   * @return the use cases
   */
  @Override
  public ReportUseCases reports() {
    return services.reports();
  }

  /**
   * The clock this instance runs on.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
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

    private Builder() {}

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
      return new Coplan(storage, clock, ids != null ? ids : IdSource.timeOrdered(clock));
    }
  }
}

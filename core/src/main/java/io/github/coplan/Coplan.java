package io.github.coplan;

import io.github.coplan.application.ActivityUseCases;
import io.github.coplan.application.OrganisationUseCases;
import io.github.coplan.application.PersonUseCases;
import io.github.coplan.application.PlanUseCases;
import io.github.coplan.application.ReportUseCases;
import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.port.storage.Storage;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Coplan over one storage: the use cases for organisations, people, plans, activities and reports.
 *
 * <p>Thread-safe; make one per storage and share it. {@link #close()} closes the storage.
 */
public final class Coplan implements AutoCloseable {

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
   * Organisations: register, update, find.
   *
   * @return the use cases
   */
  public OrganisationUseCases organisations() {
    return services.organisations();
  }

  /**
   * People and their affiliations.
   *
   * @return the use cases
   */
  public PersonUseCases people() {
    return services.people();
  }

  /**
   * Plans: draft, parties, content areas, documents, lifecycle.
   *
   * @return the use cases
   */
  public PlanUseCases plans() {
    return services.plans();
  }

  /**
   * Activities: propose, lifecycle, participants, search.
   *
   * @return the use cases
   */
  public ActivityUseCases activities() {
    return services.activities();
  }

  /**
   * Progress reports.
   *
   * @return the use cases
   */
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
     * @param storage for example {@code InMemoryStorage.create()} or {@code JdbiStorage.sqlite(path)}
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
        throw InvalidInputException.of(storage == null ? "storage" : "clock", Violation.REQUIRED, "a value is required");
      }
      return new Coplan(storage, clock, ids != null ? ids : IdSource.timeOrdered(clock));
    }
  }
}

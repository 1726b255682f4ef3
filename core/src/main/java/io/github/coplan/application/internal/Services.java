package io.github.coplan.application.internal;

import io.github.coplan.application.ActivityUseCases;
import io.github.coplan.application.OrganisationUseCases;
import io.github.coplan.application.PersonUseCases;
import io.github.coplan.application.PlanUseCases;
import io.github.coplan.application.ReportUseCases;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.port.storage.Repositories;
import io.github.coplan.port.storage.Storage;
import java.time.Clock;

/**
 * The use-case services over one storage, clock and id source. Thread-safe. Not API: applications
 * use {@link io.github.coplan.Coplan}.
 */
public final class Services implements UseCases {

  private final Storage storage;
  private final Clock clock;
  private final IdSource ids;
  private final OrganisationUseCases organisations;
  private final PersonUseCases people;
  private final PlanUseCases plans;
  private final ActivityUseCases activities;
  private final ReportUseCases reports;

  private Services(Storage storage, Clock clock, IdSource ids, Units units) {
    this.storage = storage;
    this.clock = clock;
    this.ids = ids;
    this.organisations = new OrganisationService(units, ids);
    this.people = new PersonService(units, ids, clock);
    this.plans = new PlanService(units, ids);
    this.activities = new ActivityService(units, ids);
    this.reports = new ReportService(units);
  }

  /**
   * Services over a storage, each command in a transaction of its own.
   *
   * @param storage the storage
   * @param clock the clock
   * @param ids where new ids come from
   * @return the services
   * @throws io.github.coplan.domain.error.InvalidInputException listing each missing part
   */
  public static Services create(Storage storage, Clock clock, IdSource ids) {
    io.github.coplan.domain.internal.Validation v =
        new io.github.coplan.domain.internal.Validation();
    v.required("storage", storage);
    v.required("clock", clock);
    v.required("ids", ids);
    v.throwIfAny();
    return new Services(storage, clock, ids, Units.own(storage));
  }

  /**
   * The same services bound to the repositories of one open transaction: every command they run
   * joins it.
   *
   * @param repositories the transaction's repositories
   * @return the bound services
   */
  public Services boundTo(Repositories repositories) {
    return new Services(storage, clock, ids, Units.boundTo(storage, repositories));
  }

  @Override
  public OrganisationUseCases organisations() {
    return organisations;
  }

  @Override
  public PersonUseCases people() {
    return people;
  }

  @Override
  public PlanUseCases plans() {
    return plans;
  }

  @Override
  public ActivityUseCases activities() {
    return activities;
  }

  @Override
  public ReportUseCases reports() {
    return reports;
  }

  /**
   * Refuses a missing argument with an {@link io.github.coplan.domain.error.InvalidInputException}
   * rather than a {@link NullPointerException}.
   */
  public static void required(String name, @org.jspecify.annotations.Nullable Object value) {
    if (value == null) {
      throw io.github.coplan.domain.error.InvalidInputException.of(
          name, io.github.coplan.domain.error.Violation.REQUIRED, "a value is required");
    }
  }

  /** Refuses a change based on a version other than the stored one, when the caller named one. */
  static void checkVersion(
      String kind, Object id, long stored, @org.jspecify.annotations.Nullable Long expected) {
    if (expected != null && expected != stored) {
      throw new io.github.coplan.domain.error.ConflictException(kind, id.toString(), expected);
    }
  }

  // Loading helpers shared by the services: a missing aggregate is a NotFoundException.

  static Organisation organisation(Repositories r, OrganisationId id) {
    return r.organisations()
        .findById(id)
        .orElseThrow(() -> new NotFoundException("organisation", id.toString()));
  }

  static Person person(Repositories r, PersonId id) {
    return r.people()
        .findById(id)
        .orElseThrow(() -> new NotFoundException("person", id.toString()));
  }

  static CooperationPlan plan(Repositories r, PlanId id) {
    return r.plans().findById(id).orElseThrow(() -> new NotFoundException("plan", id.toString()));
  }

  static Activity activity(Repositories r, ActivityId id) {
    return r.activities()
        .findById(id)
        .orElseThrow(() -> new NotFoundException("activity", id.toString()));
  }
}

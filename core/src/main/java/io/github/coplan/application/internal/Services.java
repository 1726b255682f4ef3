package io.github.coplan.application.internal;

import io.github.coplan.application.ActivityUseCases;
import io.github.coplan.application.OrganisationUseCases;
import io.github.coplan.application.PersonUseCases;
import io.github.coplan.application.PlanUseCases;
import io.github.coplan.application.ReportUseCases;
import io.github.coplan.application.internal.Services;
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
import java.util.Objects;

/**
 * The use-case services over one storage, clock and id source. Thread-safe; most applications use
 * {@link io.github.coplan.Coplan} rather than this class.
 */
public final class Services {

  private final OrganisationUseCases organisations;
  private final PersonUseCases people;
  private final PlanUseCases plans;
  private final ActivityUseCases activities;
  private final ReportUseCases reports;

  private Services(Storage storage, Clock clock, IdSource ids) {
    this.organisations = new OrganisationService(storage, ids);
    this.people = new PersonService(storage, ids, clock);
    this.plans = new PlanService(storage, ids);
    this.activities = new ActivityService(storage, ids);
    this.reports = new ReportService(storage);
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * Services over a storage.
   *
   * @param storage the storage
   * @param clock the clock
   * @param ids where new ids come from
   * @return the services
   * @throws io.github.coplan.domain.error.InvalidInputException listing each missing part
   */
  public static Services create(Storage storage, Clock clock, IdSource ids) {
    io.github.coplan.domain.internal.Validation v = new io.github.coplan.domain.internal.Validation();
    v.required("storage", storage);
    v.required("clock", clock);
    v.required("ids", ids);
    v.throwIfAny();
    return new Services(storage, clock, ids);
  }

  /**
   * The organisation use cases.
   *
   * @return the use cases
   */
  public OrganisationUseCases organisations() {
    return organisations;
  }

  /**
   * The person use cases.
   *
   * @return the use cases
   */
  public PersonUseCases people() {
    return people;
  }

  /**
   * The plan use cases.
   *
   * @return the use cases
   */
  public PlanUseCases plans() {
    return plans;
  }

  /**
   * The activity use cases.
   *
   * @return the use cases
   */
  public ActivityUseCases activities() {
    return activities;
  }

  /**
   * The report use cases.
   *
   * @return the use cases
   */
  public ReportUseCases reports() {
    return reports;
  }

  /**
   * Refuses a missing argument with an {@link io.github.coplan.domain.error.InvalidInputException}
   * rather than a {@link NullPointerException}.
   */
  static void required(String name, @org.jspecify.annotations.Nullable Object value) {
    if (value == null) {
      throw io.github.coplan.domain.error.InvalidInputException.of(
          name, io.github.coplan.domain.error.Violation.REQUIRED, "a value is required");
    }
  }

  /**
   * Refuses a change based on a version other than the stored one, when the caller named one.
   */
  static void checkVersion(String kind, Object id, long stored, @org.jspecify.annotations.Nullable Long expected) {
    if (expected != null && expected != stored) {
      throw new io.github.coplan.domain.error.ConflictException(kind, id.toString(), expected);
    }
  }

  // Loading helpers shared by the services: a missing aggregate is a NotFoundException.

  static Organisation organisation(Repositories r, OrganisationId id) {
    return r.organisations().findById(id).orElseThrow(() -> new NotFoundException("organisation", id.toString()));
  }

  static Person person(Repositories r, PersonId id) {
    return r.people().findById(id).orElseThrow(() -> new NotFoundException("person", id.toString()));
  }

  static CooperationPlan plan(Repositories r, PlanId id) {
    return r.plans().findById(id).orElseThrow(() -> new NotFoundException("plan", id.toString()));
  }

  static Activity activity(Repositories r, ActivityId id) {
    return r.activities().findById(id).orElseThrow(() -> new NotFoundException("activity", id.toString()));
  }
}

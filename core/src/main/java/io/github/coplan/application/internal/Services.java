package io.github.coplan.application.internal;

import io.github.coplan.application.ActivityUseCases;
import io.github.coplan.application.HistoryUseCases;
import io.github.coplan.application.MarketUseCases;
import io.github.coplan.application.NetworkUseCases;
import io.github.coplan.application.OrganisationUseCases;
import io.github.coplan.application.PersonUseCases;
import io.github.coplan.application.PlanUseCases;
import io.github.coplan.application.ReportUseCases;
import io.github.coplan.application.ResultUseCases;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
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
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The use-case services over one storage, clock and id source. Thread-safe. Not API: applications
 * use {@link io.github.coplan.Coplan}.
 */
public final class Services implements UseCases {

  private final Units units;
  private final Clock clock;
  private final IdSource ids;
  private final OrganisationUseCases organisations;
  private final PersonUseCases people;
  private final PlanUseCases plans;
  private final ActivityUseCases activities;
  private final ReportUseCases reports;
  private final HistoryUseCases history;
  private final MarketUseCases market;
  private final NetworkUseCases network;
  private final ResultUseCases results;

  private Services(Units units, Clock clock, IdSource ids) {
    this.units = units;
    this.clock = clock;
    this.ids = ids;
    this.organisations = new OrganisationService(units, ids);
    this.people = new PersonService(units, ids, clock);
    this.plans = new PlanService(units, ids);
    this.activities = new ActivityService(units, ids);
    this.reports = new ReportService(units);
    this.history = new HistoryService(units);
    this.market = new MarketService(units, ids, clock);
    this.network = new NetworkService(units, ids, clock);
    this.results = new ResultService(units, ids, clock);
  }

  /**
   * Services over a storage, acting as one actor, each command in a transaction of its own.
   *
   * @param storage the storage
   * @param clock the clock
   * @param ids where new ids come from
   * @param actor who acts
   * @param recording whether commands record their changes in the history
   * @return the services
   * @throws io.github.coplan.domain.error.InvalidInputException listing each missing part
   */
  public static Services create(
      Storage storage, Clock clock, IdSource ids, Actor actor, boolean recording) {
    io.github.coplan.domain.internal.Validation v =
        new io.github.coplan.domain.internal.Validation();
    v.required("storage", storage);
    v.required("clock", clock);
    v.required("ids", ids);
    v.required("actor", actor);
    v.throwIfAny();
    return new Services(Units.own(storage, actor, clock, ids, recording), clock, ids);
  }

  @Override
  public Actor actor() {
    return units.actor();
  }

  @Override
  public <T extends @org.jspecify.annotations.Nullable Object> T inTransaction(
      Function<? super UseCases, ? extends T> work) {
    required("work", work);
    if (units.bound()) {
      return work.apply(this);
    }
    return units
        .storage()
        .inTransaction(r -> work.apply(new Services(units.boundTo(r), clock, ids)));
  }

  @Override
  public void useTransaction(Consumer<? super UseCases> work) {
    required("work", work);
    this.<@org.jspecify.annotations.Nullable Object>inTransaction(
        tx -> {
          work.accept(tx);
          return null;
        });
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

  @Override
  public HistoryUseCases history() {
    return history;
  }

  @Override
  public MarketUseCases market() {
    return market;
  }

  @Override
  public NetworkUseCases network() {
    return network;
  }

  @Override
  public ResultUseCases results() {
    return results;
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

package io.github.coplan.storage.memory;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.port.storage.ActivityRepository;
import io.github.coplan.port.storage.OrganisationRepository;
import io.github.coplan.port.storage.PersonRepository;
import io.github.coplan.port.storage.PlanRepository;
import io.github.coplan.port.storage.Repositories;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The repositories of one unit of work over a {@link MemoryState}. Writes apply at once and push
 * their undo onto a log that {@link #rollback()} plays back. Not thread-safe: one unit, one thread.
 */
final class MemoryRepositories implements Repositories {

  private final MemoryState state;
  private final boolean readOnly;
  private final Deque<Runnable> undo = new ArrayDeque<>();
  private boolean valid = true;

  private final OrganisationRepository organisations = new Organisations();
  private final PersonRepository people = new People();
  private final PlanRepository plans = new Plans();
  private final ActivityRepository activities = new Activities();

  MemoryRepositories(MemoryState state, boolean readOnly) {
    this.state = state;
    this.readOnly = readOnly;
  }

  @Override
  public OrganisationRepository organisations() {
    return organisations;
  }

  @Override
  public PersonRepository people() {
    return people;
  }

  @Override
  public PlanRepository plans() {
    return plans;
  }

  @Override
  public ActivityRepository activities() {
    return activities;
  }

  /** Plays the undo log back, newest first. */
  void rollback() {
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
  }

  /** Ends the unit: the repositories refuse every later call. */
  void invalidate() {
    valid = false;
    undo.clear();
  }

  private void checkRead() {
    if (!valid) {
      throw new StorageException("the unit of work has ended; its repositories are no longer valid", null);
    }
  }

  private void checkWrite(Object value, String name) {
    checkRead();
    if (readOnly) {
      throw new StorageException("a read-only unit of work cannot write", null);
    }
    if (value == null) {
      throw InvalidInputException.of(name, Violation.REQUIRED, "a value is required");
    }
  }

  private static void requireId(@Nullable Object id) {
    if (id == null) {
      throw InvalidInputException.of("id", Violation.REQUIRED, "an id is required");
    }
  }

  private static void requireNew(long version, String kind, String id) {
    if (version != 0) {
      throw new ConflictException(kind, id, version);
    }
  }

  private static void requireVersion(long stored, long given, String kind, String id) {
    if (stored != given) {
      throw new ConflictException(kind, id, given);
    }
  }

  private final class Organisations implements OrganisationRepository {

    @Override
    public Optional<Organisation> findById(OrganisationId id) {
      checkRead();
      requireId(id);
      return Optional.ofNullable(state.organisations.get(id));
    }

    @Override
    public Optional<Organisation> findByIdentifier(ExternalIdentifier identifier) {
      checkRead();
      requireId(identifier);
      OrganisationId id = state.organisationsByIdentifier.get(identifier);
      return id == null ? Optional.empty() : Optional.of(state.organisations.get(id));
    }

    @Override
    public Organisation insert(Organisation organisation) {
      checkWrite(organisation, "organisation");
      OrganisationId id = organisation.id();
      requireNew(organisation.version(), "organisation", id.toString());
      if (state.organisations.containsKey(id)) {
        throw new DuplicateException(DuplicateException.ID, id.toString());
      }
      checkIdentifiers(organisation);
      return put(organisation.withVersion(1));
    }

    @Override
    public Organisation update(Organisation organisation) {
      checkWrite(organisation, "organisation");
      OrganisationId id = organisation.id();
      Organisation stored = state.organisations.get(id);
      if (stored == null) {
        throw new NotFoundException("organisation", id.toString());
      }
      requireVersion(stored.version(), organisation.version(), "organisation", id.toString());
      checkIdentifiers(organisation);
      return put(organisation.withVersion(stored.version() + 1));
    }

    private void checkIdentifiers(Organisation organisation) {
      for (ExternalIdentifier identifier : organisation.profile().identifiers()) {
        OrganisationId owner = state.organisationsByIdentifier.get(identifier);
        if (owner != null && !owner.equals(organisation.id())) {
          throw new DuplicateException(DuplicateException.ORGANISATION_IDENTIFIER, identifier.toString());
        }
      }
    }

    private Organisation put(Organisation value) {
      Organisation old = state.putOrganisation(value.id(), value);
      undo.push(() -> state.putOrganisation(value.id(), old));
      return value;
    }
  }

  private final class People implements PersonRepository {

    @Override
    public Optional<Person> findById(PersonId id) {
      checkRead();
      requireId(id);
      return Optional.ofNullable(state.people.get(id));
    }

    @Override
    public Person insert(Person person) {
      checkWrite(person, "person");
      requireNew(person.version(), "person", person.id().toString());
      if (state.people.containsKey(person.id())) {
        throw new DuplicateException(DuplicateException.ID, person.id().toString());
      }
      return put(person.withVersion(1));
    }

    @Override
    public Person update(Person person) {
      checkWrite(person, "person");
      Person stored = state.people.get(person.id());
      if (stored == null) {
        throw new NotFoundException("person", person.id().toString());
      }
      requireVersion(stored.version(), person.version(), "person", person.id().toString());
      return put(person.withVersion(stored.version() + 1));
    }

    private Person put(Person value) {
      Person old = state.putPerson(value.id(), value);
      undo.push(() -> state.putPerson(value.id(), old));
      return value;
    }
  }

  private final class Plans implements PlanRepository {

    @Override
    public Optional<CooperationPlan> findById(PlanId id) {
      checkRead();
      requireId(id);
      return Optional.ofNullable(state.plans.get(id));
    }

    @Override
    public Optional<CooperationPlan> findByCode(PlanCode code) {
      checkRead();
      requireId(code);
      PlanId id = state.plansByCode.get(code);
      return id == null ? Optional.empty() : Optional.of(state.plans.get(id));
    }

    @Override
    public CooperationPlan insert(CooperationPlan plan) {
      checkWrite(plan, "plan");
      requireNew(plan.version(), "plan", plan.id().toString());
      if (state.plans.containsKey(plan.id())) {
        throw new DuplicateException(DuplicateException.ID, plan.id().toString());
      }
      checkCode(plan);
      return put(plan.withVersion(1));
    }

    @Override
    public CooperationPlan update(CooperationPlan plan) {
      checkWrite(plan, "plan");
      CooperationPlan stored = state.plans.get(plan.id());
      if (stored == null) {
        throw new NotFoundException("plan", plan.id().toString());
      }
      requireVersion(stored.version(), plan.version(), "plan", plan.id().toString());
      checkCode(plan);
      return put(plan.withVersion(stored.version() + 1));
    }

    private void checkCode(CooperationPlan plan) {
      PlanId owner = state.plansByCode.get(plan.code());
      if (owner != null && !owner.equals(plan.id())) {
        throw new DuplicateException(DuplicateException.PLAN_CODE, plan.code().value());
      }
    }

    private CooperationPlan put(CooperationPlan value) {
      CooperationPlan old = state.putPlan(value.id(), value);
      undo.push(() -> state.putPlan(value.id(), old));
      return value;
    }
  }

  private final class Activities implements ActivityRepository {

    @Override
    public Optional<Activity> findById(ActivityId id) {
      checkRead();
      requireId(id);
      return Optional.ofNullable(state.activities.get(id));
    }

    @Override
    public Activity insert(Activity activity) {
      checkWrite(activity, "activity");
      requireNew(activity.version(), "activity", activity.id().toString());
      if (state.activities.containsKey(activity.id())) {
        throw new DuplicateException(DuplicateException.ID, activity.id().toString());
      }
      return put(activity.withVersion(1));
    }

    @Override
    public Activity update(Activity activity) {
      checkWrite(activity, "activity");
      Activity stored = state.activities.get(activity.id());
      if (stored == null) {
        throw new NotFoundException("activity", activity.id().toString());
      }
      requireVersion(stored.version(), activity.version(), "activity", activity.id().toString());
      return put(activity.withVersion(stored.version() + 1));
    }

    private Activity put(Activity value) {
      Activity old = state.putActivity(value.id(), value);
      undo.push(() -> state.putActivity(value.id(), old));
      return value;
    }

    @Override
    public Page<Activity> search(ActivityQuery query) {
      checkRead();
      if (query == null) {
        throw InvalidInputException.of("query", Violation.REQUIRED, "a query is required");
      }
      List<Activity> rows = new ArrayList<>();
      for (ActivityId id : candidates(query)) {
        Activity a = state.activities.get(id);
        if (query.matches(a) && query.isAfterCursor(a)) {
          rows.add(a);
        }
      }
      rows.sort(query.sort().comparator());
      return query.toPage(rows.subList(0, Math.min(rows.size(), query.pageSize() + 1)));
    }

    /** The narrowest index for the query, as a database would choose it. */
    private Collection<ActivityId> candidates(ActivityQuery query) {
      Collection<ActivityId> byPlan = query.plan() == null ? null : state.activitiesOf(query.plan());
      Collection<ActivityId> byParticipant = query.participant() == null ? null : state.activitiesOf(query.participant());
      if (byPlan != null && byParticipant != null) {
        return byPlan.size() <= byParticipant.size() ? byPlan : byParticipant;
      }
      if (byPlan != null) {
        return byPlan;
      }
      if (byParticipant != null) {
        return byParticipant;
      }
      return state.activities.keySet();
    }

    @Override
    public PlanProgress progress(ProgressQuery query) {
      checkRead();
      if (query == null) {
        throw InvalidInputException.of("query", Violation.REQUIRED, "a query is required");
      }
      Map<Integer, Map<ActivityStatus, Long>> byStatus = new TreeMap<>();
      Map<Integer, long[]> overdueAndUpcoming = new HashMap<>();
      Set<Participant> participants = new HashSet<>();
      for (ActivityId id : state.activitiesOf(query.plan())) {
        Activity a = state.activities.get(id);
        int area = a.details().contentArea();
        byStatus.computeIfAbsent(area, k -> new EnumMap<>(ActivityStatus.class)).merge(a.status(), 1L, Long::sum);
        long[] counts = overdueAndUpcoming.computeIfAbsent(area, k -> new long[2]);
        if (a.isOverdue(query.asOf())) {
          counts[0]++;
        }
        if (query.isUpcoming(a)) {
          counts[1]++;
        }
        if (a.status() != ActivityStatus.CANCELLED) {
          for (Participation p : a.participations()) {
            if (p.status() != ParticipationStatus.WITHDRAWN) {
              participants.add(p.participant());
            }
          }
        }
      }
      List<ContentAreaProgress> areas = new ArrayList<>();
      byStatus.forEach((area, counts) -> {
        long[] ou = overdueAndUpcoming.get(area);
        areas.add(new ContentAreaProgress(area, counts, ou[0], ou[1]));
      });
      Map<CountryCode, Long> byCountry = new TreeMap<>();
      Map<OrganisationType, Long> byType = new EnumMap<>(OrganisationType.class);
      for (Participant p : participants) {
        if (p.kind() == Participant.Kind.ORGANISATION) {
          Organisation o = state.organisations.get(new OrganisationId(p.id()));
          if (o != null) {
            byCountry.merge(o.profile().country(), 1L, Long::sum);
            byType.merge(o.profile().type(), 1L, Long::sum);
          }
        } else {
          Person person = state.people.get(new PersonId(p.id()));
          if (person != null) {
            byCountry.merge(person.profile().country(), 1L, Long::sum);
          }
        }
      }
      return new PlanProgress(query.plan(), query.asOf(), query.upcomingUntil(), areas, byCountry, byType);
    }
  }
}

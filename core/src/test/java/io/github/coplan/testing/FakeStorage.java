package io.github.coplan.testing;

import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.access.Viewer;
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
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.CategoryLineage;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.MarketCounts;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.network.Connection;
import io.github.coplan.domain.network.ConnectionQuery;
import io.github.coplan.domain.network.Degree;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
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
import io.github.coplan.domain.query.ActivitySummary;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.result.Actual;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.AccessRepository;
import io.github.coplan.port.storage.ActivityRepository;
import io.github.coplan.port.storage.Aggregates;
import io.github.coplan.port.storage.CandidateQuery;
import io.github.coplan.port.storage.HistoryRepository;
import io.github.coplan.port.storage.MarketRepository;
import io.github.coplan.port.storage.NetworkRepository;
import io.github.coplan.port.storage.NetworkScan;
import io.github.coplan.port.storage.OrganisationRepository;
import io.github.coplan.port.storage.PersonRepository;
import io.github.coplan.port.storage.PlanRepository;
import io.github.coplan.port.storage.Repositories;
import io.github.coplan.port.storage.ResultRepository;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.port.storage.UnitOfWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A small storage for core's own tests of the use cases: one lock, each unit of work on a copy of
 * the maps that replaces them only when the work returns. It follows the storage contract where the
 * use cases can tell (versions, duplicates, rollback, read-only, no nesting, close) and answers
 * searches and progress with the domain's own definitions; the real adapters are proven by the
 * storage testkit, not here.
 */
public final class FakeStorage implements Storage {

  private final ThreadLocal<Boolean> inWork = ThreadLocal.withInitial(() -> false);
  private State committed = new State();
  private boolean closed;
  private int commits;

  /**
   * How many units of work that could write were committed.
   *
   * @return the count
   */
  public synchronized int commits() {
    return commits;
  }

  /**
   * How many change records the history holds, of every aggregate.
   *
   * @return the count
   */
  public synchronized int records() {
    return committed.history.size();
  }

  @Override
  public synchronized <T> T inTransaction(UnitOfWork<T> work) {
    return run(work, false);
  }

  @Override
  public synchronized <T> T readOnly(UnitOfWork<T> work) {
    return run(work, true);
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  private <T> T run(UnitOfWork<T> work, boolean readOnly) {
    if (closed) {
      throw new StorageException("the storage is closed", null);
    }
    if (inWork.get()) {
      throw new StorageException("units of work do not nest", null);
    }
    State working = committed.copy();
    Repos repos = new Repos(working, readOnly);
    inWork.set(true);
    try {
      T result = work.run(repos);
      if (!readOnly) {
        committed = working;
        commits++;
      }
      return result;
    } finally {
      repos.valid = false;
      inWork.set(false);
    }
  }

  private static final class State {
    final Map<OrganisationId, Organisation> organisations = new LinkedHashMap<>();
    final Map<PersonId, Person> people = new LinkedHashMap<>();
    final Map<PlanId, CooperationPlan> plans = new LinkedHashMap<>();
    final Map<ActivityId, Activity> activities = new LinkedHashMap<>();
    final List<ChangeRecord> history = new ArrayList<>();
    final Map<PlanId, PlanAccess> access = new LinkedHashMap<>();
    final Map<CategoryCode, Category> categories = new LinkedHashMap<>();
    final Map<ProfileId, TechnologyProfile> profiles = new LinkedHashMap<>();
    final Map<IntroductionId, Introduction> introductions = new LinkedHashMap<>();
    final Map<RelationshipTypeCode, RelationshipType> relationshipTypes = new LinkedHashMap<>();
    final Map<RelationshipId, Relationship> relationships = new LinkedHashMap<>();
    final Map<ResultId, Result> results = new LinkedHashMap<>();
    final Map<ObservationId, Observation> observations = new LinkedHashMap<>();

    boolean visible(@Nullable Set<Principal> principals, PlanId plan) {
      if (principals == null) {
        return true;
      }
      PlanAccess a = access.get(plan);
      return a != null && a.visibleTo(principals);
    }

    State copy() {
      State s = new State();
      s.history.addAll(history);
      s.access.putAll(access);
      s.organisations.putAll(organisations);
      s.people.putAll(people);
      s.plans.putAll(plans);
      s.activities.putAll(activities);
      s.categories.putAll(categories);
      s.profiles.putAll(profiles);
      s.introductions.putAll(introductions);
      s.relationshipTypes.putAll(relationshipTypes);
      s.relationships.putAll(relationships);
      s.results.putAll(results);
      s.observations.putAll(observations);
      return s;
    }
  }

  private static final class Repos implements Repositories {
    private final State s;
    private final boolean readOnly;
    boolean valid = true;

    Repos(State s, boolean readOnly) {
      this.s = s;
      this.readOnly = readOnly;
    }

    private void read() {
      if (!valid) {
        throw new StorageException("the unit of work is over", null);
      }
    }

    private void write() {
      read();
      if (readOnly) {
        throw new StorageException("a read-only unit of work cannot write", null);
      }
    }

    private static <K, V> V insert(
        Map<K, V> map, K id, V value, long version, Function<Long, V> stored) {
      if (version != 0) {
        throw new ConflictException("new", id.toString(), version);
      }
      if (map.containsKey(id)) {
        throw new DuplicateException(DuplicateException.ID, id.toString());
      }
      V copy = stored.apply(1L);
      map.put(id, copy);
      return copy;
    }

    private static <K, V> V update(
        String kind,
        Map<K, V> map,
        K id,
        long version,
        Function<V, Long> versionOf,
        Function<Long, V> stored) {
      V current = map.get(id);
      if (current == null) {
        throw new NotFoundException(kind, id.toString());
      }
      if (versionOf.apply(current) != version) {
        throw new ConflictException(kind, id.toString(), version);
      }
      V copy = stored.apply(version + 1);
      map.put(id, copy);
      return copy;
    }

    @Override
    public OrganisationRepository organisations() {
      return new OrganisationRepository() {
        @Override
        public Optional<Organisation> findById(OrganisationId id) {
          read();
          return Optional.ofNullable(s.organisations.get(id));
        }

        @Override
        public Optional<Organisation> findByIdentifier(ExternalIdentifier identifier) {
          read();
          return s.organisations.values().stream()
              .filter(o -> o.profile().identifiers().contains(identifier))
              .findFirst();
        }

        @Override
        public Organisation insert(Organisation o) {
          write();
          checkIdentifiers(o);
          return Repos.insert(
              s.organisations, o.id(), o, o.version(), v -> Aggregates.withVersion(o, v));
        }

        @Override
        public Organisation update(Organisation o) {
          write();
          checkIdentifiers(o);
          return Repos.update(
              "organisation",
              s.organisations,
              o.id(),
              o.version(),
              Organisation::version,
              v -> Aggregates.withVersion(o, v));
        }

        @Override
        public Page<Organisation> search(OrganisationQuery query) {
          read();
          List<Organisation> rows =
              s.organisations.values().stream()
                  .filter(x -> OrganisationQuery.ForAdapters.matches(query, x))
                  .filter(x -> OrganisationQuery.ForAdapters.isAfterCursor(query, x))
                  .sorted(query.sort().comparator())
                  .limit(query.pageSize() + 1L)
                  .toList();
          return OrganisationQuery.ForAdapters.toPage(
              query,
              rows,
              query.countTotal()
                  ? s.organisations.values().stream()
                      .filter(x -> OrganisationQuery.ForAdapters.matches(query, x))
                      .count()
                  : null);
        }

        private void checkIdentifiers(Organisation o) {
          for (Organisation other : s.organisations.values()) {
            for (ExternalIdentifier i : o.profile().identifiers()) {
              if (!other.id().equals(o.id()) && other.profile().identifiers().contains(i)) {
                throw new DuplicateException(
                    DuplicateException.ORGANISATION_IDENTIFIER, i.toString());
              }
            }
          }
        }
      };
    }

    @Override
    public PersonRepository people() {
      return new PersonRepository() {
        @Override
        public Optional<Person> findById(PersonId id) {
          read();
          return Optional.ofNullable(s.people.get(id));
        }

        @Override
        public Person insert(Person p) {
          write();
          return Repos.insert(s.people, p.id(), p, p.version(), v -> Aggregates.withVersion(p, v));
        }

        @Override
        public Person update(Person p) {
          write();
          return Repos.update(
              "person",
              s.people,
              p.id(),
              p.version(),
              Person::version,
              v -> Aggregates.withVersion(p, v));
        }

        @Override
        public Page<Person> search(PersonQuery query) {
          read();
          List<Person> rows =
              s.people.values().stream()
                  .filter(x -> PersonQuery.ForAdapters.matches(query, x))
                  .filter(x -> PersonQuery.ForAdapters.isAfterCursor(query, x))
                  .sorted(query.sort().comparator())
                  .limit(query.pageSize() + 1L)
                  .toList();
          return PersonQuery.ForAdapters.toPage(
              query,
              rows,
              query.countTotal()
                  ? s.people.values().stream()
                      .filter(x -> PersonQuery.ForAdapters.matches(query, x))
                      .count()
                  : null);
        }
      };
    }

    @Override
    public PlanRepository plans() {
      return new PlanRepository() {
        @Override
        public Optional<CooperationPlan> findById(PlanId id) {
          read();
          return Optional.ofNullable(s.plans.get(id));
        }

        @Override
        public Optional<CooperationPlan> findByCode(PlanCode code) {
          read();
          return s.plans.values().stream().filter(p -> p.code().equals(code)).findFirst();
        }

        @Override
        public CooperationPlan insert(CooperationPlan p) {
          write();
          if (s.plans.values().stream()
              .anyMatch(o -> o.code().equals(p.code()) && !o.id().equals(p.id()))) {
            throw new DuplicateException(DuplicateException.PLAN_CODE, p.code().value());
          }
          return Repos.insert(s.plans, p.id(), p, p.version(), v -> Aggregates.withVersion(p, v));
        }

        @Override
        public CooperationPlan update(CooperationPlan p) {
          write();
          return Repos.update(
              "plan",
              s.plans,
              p.id(),
              p.version(),
              CooperationPlan::version,
              v -> Aggregates.withVersion(p, v));
        }

        @Override
        public Page<CooperationPlan> search(PlanQuery query) {
          read();
          List<CooperationPlan> rows =
              s.plans.values().stream()
                  .filter(x -> PlanQuery.ForAdapters.matches(query, x))
                  .filter(x -> s.visible(query.visibleTo(), x.id()))
                  .filter(x -> PlanQuery.ForAdapters.isAfterCursor(query, x))
                  .sorted(query.sort().comparator())
                  .limit(query.pageSize() + 1L)
                  .toList();
          return PlanQuery.ForAdapters.toPage(
              query,
              rows,
              query.countTotal()
                  ? s.plans.values().stream()
                      .filter(x -> PlanQuery.ForAdapters.matches(query, x))
                      .filter(x -> s.visible(query.visibleTo(), x.id()))
                      .count()
                  : null);
        }
      };
    }

    @Override
    public AccessRepository access() {
      return new AccessRepository() {
        @Override
        public Optional<PlanAccess> findByPlan(PlanId plan) {
          read();
          return Optional.ofNullable(s.access.get(plan));
        }

        @Override
        public Optional<PlanAccess> findFor(PlanId plan, Viewer viewer) {
          read();
          PlanAccess stored = s.access.get(plan);
          if (stored == null) {
            return Optional.empty();
          }
          Set<Principal> principals = principalsOf(viewer);
          return Optional.of(
              PlanAccess.ForAdapters.restore(
                  plan,
                  stored.visibility(),
                  stored.grants().stream().filter(g -> principals.contains(g.principal())).toList(),
                  stored.version()));
        }

        @Override
        public Set<Principal> principalsOf(Viewer viewer) {
          read();
          Person person = s.people.get(viewer.person());
          return viewer.principals(person == null ? List.of() : person.affiliations());
        }

        @Override
        public PlanAccess insert(PlanAccess a) {
          write();
          if (a.version() != 0) {
            throw new ConflictException("plan access", a.plan().toString(), a.version());
          }
          if (s.access.containsKey(a.plan())) {
            throw new DuplicateException(DuplicateException.ID, a.plan().toString());
          }
          PlanAccess stored = PlanAccess.ForAdapters.withVersion(a, 1);
          s.access.put(a.plan(), stored);
          return stored;
        }

        @Override
        public PlanAccess update(PlanAccess a) {
          write();
          PlanAccess current = s.access.get(a.plan());
          if (current == null) {
            throw new NotFoundException("plan access", a.plan().toString());
          }
          if (current.version() != a.version()) {
            throw new ConflictException("plan access", a.plan().toString(), a.version());
          }
          PlanAccess stored = PlanAccess.ForAdapters.withVersion(a, a.version() + 1);
          s.access.put(a.plan(), stored);
          return stored;
        }
      };
    }

    @Override
    public HistoryRepository history() {
      return new HistoryRepository() {
        @Override
        public List<ChangeRecord> append(List<ChangeRecord> records) {
          write();
          List<ChangeRecord> stored = new ArrayList<>();
          for (ChangeRecord r : records) {
            ChangeRecord appended = r.withSequence(s.history.size() + 1);
            s.history.add(appended);
            stored.add(appended);
          }
          return stored;
        }

        @Override
        public void erase(AggregateRef aggregate, Set<String> fields) {
          write();
          s.history.replaceAll(r -> r.aggregate().equals(aggregate) ? r.without(fields) : r);
        }

        @Override
        public List<ChangeRecord> ofAggregate(
            AggregateRef aggregate, long beforeVersion, int limit) {
          read();
          List<ChangeRecord> out = new ArrayList<>();
          for (int i = s.history.size() - 1; i >= 0 && out.size() < limit; i--) {
            ChangeRecord r = s.history.get(i);
            if (r.aggregate().equals(aggregate) && r.version() < beforeVersion) {
              out.add(r);
            }
          }
          return out;
        }

        @Override
        public List<ChangeRecord> ofPlan(PlanId plan, long afterSequence, int limit) {
          read();
          List<ChangeRecord> out = new ArrayList<>();
          for (ChangeRecord r : s.history) {
            if (plan.equals(r.plan()) && r.sequence() > afterSequence && out.size() < limit) {
              out.add(r);
            }
          }
          return out;
        }
      };
    }

    @Override
    public ActivityRepository activities() {
      return new ActivityRepository() {
        @Override
        public Optional<Activity> findById(ActivityId id) {
          read();
          return Optional.ofNullable(s.activities.get(id));
        }

        @Override
        public Optional<Activity> findVisible(ActivityId id, Viewer viewer) {
          read();
          Activity a = s.activities.get(id);
          return a != null && s.visible(principalsOf(viewer), a.plan())
              ? Optional.of(a)
              : Optional.empty();
        }

        private Set<Principal> principalsOf(Viewer viewer) {
          Person person = s.people.get(viewer.person());
          return viewer.principals(person == null ? List.of() : person.affiliations());
        }

        @Override
        public Activity insert(Activity a) {
          write();
          return Repos.insert(
              s.activities, a.id(), a, a.version(), v -> Aggregates.withVersion(a, v));
        }

        @Override
        public Activity update(Activity a) {
          write();
          return Repos.update(
              "activity",
              s.activities,
              a.id(),
              a.version(),
              Activity::version,
              v -> Aggregates.withVersion(a, v));
        }

        @Override
        public Page<Activity> search(ActivityQuery query) {
          read();
          List<Activity> rows =
              s.activities.values().stream()
                  .filter(a -> ActivityQuery.ForAdapters.matches(query, a))
                  .filter(a -> s.visible(query.visibleTo(), a.plan()))
                  .filter(a -> ActivityQuery.ForAdapters.isAfterCursor(query, a))
                  .sorted(query.sort().comparator())
                  .limit(query.pageSize() + 1L)
                  .toList();
          return ActivityQuery.ForAdapters.toPage(
              query,
              rows,
              query.countTotal()
                  ? s.activities.values().stream()
                      .filter(a -> ActivityQuery.ForAdapters.matches(query, a))
                      .filter(a -> s.visible(query.visibleTo(), a.plan()))
                      .count()
                  : null);
        }

        @Override
        public PlanProgress progress(ProgressQuery query) {
          read();
          Map<Integer, Map<ActivityStatus, Long>> byArea = new TreeMap<>();
          Map<Integer, long[]> overdueUpcoming = new HashMap<>();
          Set<Participant> who = new LinkedHashSet<>();
          List<ActivitySummary> overdue = new ArrayList<>();
          List<ActivitySummary> upcoming = new ArrayList<>();
          for (Activity a : s.activities.values()) {
            if (!a.plan().equals(query.plan())) {
              continue;
            }
            int area = a.details().contentArea();
            byArea
                .computeIfAbsent(area, k -> new EnumMap<>(ActivityStatus.class))
                .merge(a.status(), 1L, Long::sum);
            long[] counts = overdueUpcoming.computeIfAbsent(area, k -> new long[2]);
            if (query.isOverdue(a)) {
              counts[0]++;
              overdue.add(ActivitySummary.of(a));
            }
            if (query.isUpcoming(a)) {
              counts[1]++;
              upcoming.add(ActivitySummary.of(a));
            }
            if (a.status() != ActivityStatus.CANCELLED) {
              for (Participation p : a.participations()) {
                if (p.status() != ParticipationStatus.WITHDRAWN) {
                  who.add(p.participant());
                }
              }
            }
          }
          List<ContentAreaProgress> areas = new ArrayList<>();
          byArea.forEach(
              (area, statuses) ->
                  areas.add(
                      new ContentAreaProgress(
                          area,
                          statuses,
                          overdueUpcoming.get(area)[0],
                          overdueUpcoming.get(area)[1])));
          Map<CountryCode, Long> people = new HashMap<>();
          Map<CountryCode, Long> organisations = new HashMap<>();
          Map<OrganisationType, Long> byType = new EnumMap<>(OrganisationType.class);
          for (Participant p : who) {
            if (p instanceof Participant.Organisation organisation) {
              Organisation o = s.organisations.get(organisation.id());
              organisations.merge(o.profile().country(), 1L, Long::sum);
              byType.merge(o.profile().type(), 1L, Long::sum);
            } else {
              people.merge(
                  s.people.get(((Participant.Person) p).id()).profile().country(), 1L, Long::sum);
            }
          }
          return new PlanProgress(
              query.plan(),
              query.asOf(),
              query.upcomingUntil(),
              areas,
              people,
              organisations,
              byType,
              first(overdue, query.listLimit()),
              first(upcoming, query.listLimit()));
        }

        private List<ActivitySummary> first(List<ActivitySummary> found, int limit) {
          return found.stream().sorted(ActivitySummary.ORDER).limit(limit).toList();
        }
      };
    }

    @Override
    public MarketRepository market() {
      return new Market();
    }

    @Override
    public ResultRepository results() {
      return new Results();
    }

    /** The results framework: plain maps, scanned for every question. */
    private final class Results implements ResultRepository {

      @Override
      public Optional<Result> findResult(ResultId id) {
        read();
        return Optional.ofNullable(s.results.get(Network.required("id", id)));
      }

      @Override
      public Optional<Result> findResultOf(IndicatorId indicator) {
        read();
        Network.required("id", indicator);
        return s.results.values().stream()
            .filter(r -> r.findIndicator(indicator).isPresent())
            .findFirst();
      }

      @Override
      public List<Result> resultsOf(PlanId plan) {
        read();
        Network.required("plan", plan);
        return s.results.values().stream()
            .filter(r -> r.plan().equals(plan))
            .sorted(
                Comparator.comparing(
                        (Result r) -> r.contentArea() == null ? 0 : r.contentArea().intValue())
                    .thenComparing(r -> r.id().toString()))
            .toList();
      }

      private void requireIndicatorsFree(Result result) {
        for (Result other : s.results.values()) {
          if (other.id().equals(result.id())) {
            continue;
          }
          for (var i : result.indicators()) {
            if (other.findIndicator(i.id()).isPresent()) {
              throw new DuplicateException(DuplicateException.INDICATOR, i.id().toString());
            }
          }
        }
      }

      @Override
      public Result insertResult(Result result) {
        write();
        Network.required("result", result);
        if (result.version() == 0 && !s.results.containsKey(result.id())) {
          requireIndicatorsFree(result);
        }
        return Repos.insert(
            s.results, result.id(), result, result.version(), v -> withVersion(result, v));
      }

      @Override
      public Result updateResult(Result result) {
        write();
        Network.required("result", result);
        Result stored = s.results.get(result.id());
        if (stored != null && stored.version() == result.version()) {
          requireIndicatorsFree(result);
        }
        return Repos.update(
            "result",
            s.results,
            result.id(),
            result.version(),
            Result::version,
            v ->
                withVersion(
                    new Result(
                        result.id(),
                        stored == null ? result.plan() : stored.plan(),
                        result.contentArea(),
                        result.type(),
                        result.title(),
                        result.description(),
                        result.indicators(),
                        result.version()),
                    v));
      }

      private Result withVersion(Result r, long v) {
        return new Result(
            r.id(),
            r.plan(),
            r.contentArea(),
            r.type(),
            r.title(),
            r.description(),
            r.indicators(),
            v);
      }

      private Observation withVersion(Observation o, long v) {
        return new Observation(
            o.id(),
            o.indicator(),
            o.period(),
            o.value(),
            o.observedOn(),
            o.reporter(),
            o.dimensions(),
            o.status(),
            o.note(),
            o.recordedAt(),
            v);
      }

      @Override
      public Optional<Observation> findObservation(ObservationId id) {
        read();
        return Optional.ofNullable(s.observations.get(Network.required("id", id)));
      }

      @Override
      public Observation insertObservation(Observation observation) {
        write();
        Network.required("observation", observation);
        if (observation.version() == 0
            && !s.observations.containsKey(observation.id())
            && findResultOf(observation.indicator()).isEmpty()) {
          throw new NotFoundException("indicator", observation.indicator().toString());
        }
        return Repos.insert(
            s.observations,
            observation.id(),
            observation,
            observation.version(),
            v -> withVersion(observation, v));
      }

      @Override
      public Observation updateObservation(Observation observation) {
        write();
        Network.required("observation", observation);
        Observation stored = s.observations.get(observation.id());
        return Repos.update(
            "observation",
            s.observations,
            observation.id(),
            observation.version(),
            Observation::version,
            v ->
                new Observation(
                    observation.id(),
                    stored == null ? observation.indicator() : stored.indicator(),
                    stored == null ? observation.period() : stored.period(),
                    stored == null ? observation.value() : stored.value(),
                    stored == null ? observation.observedOn() : stored.observedOn(),
                    stored == null ? observation.reporter() : stored.reporter(),
                    stored == null ? observation.dimensions() : stored.dimensions(),
                    observation.status(),
                    observation.note(),
                    stored == null ? observation.recordedAt() : stored.recordedAt(),
                    v));
      }

      @Override
      public List<Observation> observationsOf(IndicatorId indicator) {
        read();
        Network.required("indicator", indicator);
        return s.observations.values().stream()
            .filter(o -> o.indicator().equals(indicator))
            .sorted(Actual.LATEST_LAST)
            .toList();
      }

      @Override
      public List<Observation> observationsOfPlan(PlanId plan) {
        read();
        Network.required("plan", plan);
        java.util.Set<IndicatorId> mine = new java.util.HashSet<>();
        for (Result r : resultsOf(plan)) {
          r.indicators().forEach(i -> mine.add(i.id()));
        }
        return s.observations.values().stream()
            .filter(o -> mine.contains(o.indicator()))
            .sorted(Actual.LATEST_LAST)
            .toList();
      }

      @Override
      public java.util.Map<io.github.coplan.domain.result.PeriodId, Long> derive(
          PlanId plan,
          io.github.coplan.domain.result.Rule rule,
          List<io.github.coplan.domain.result.Period> periods) {
        read();
        Network.required("plan", plan);
        Network.required("rule", rule);
        Network.required("periods", periods);
        periods.forEach(p -> Network.required("periods", p));
        return io.github.coplan.port.storage.RuleScan.derive(held(), plan, rule, periods);
      }

      @Override
      public List<io.github.coplan.domain.result.Evidence> evidence(
          PlanId plan,
          io.github.coplan.domain.result.Rule rule,
          java.time.LocalDate from,
          java.time.LocalDate to) {
        read();
        Network.required("plan", plan);
        Network.required("rule", rule);
        Network.required("from", from);
        Network.required("to", to);
        return io.github.coplan.port.storage.RuleScan.evidence(held(), plan, rule, from, to);
      }

      private io.github.coplan.port.storage.RuleScan.Held held() {
        return new io.github.coplan.port.storage.RuleScan.Held() {
          @Override
          public java.util.Collection<Activity> activitiesOf(PlanId plan) {
            return s.activities.values().stream().filter(a -> a.plan().equals(plan)).toList();
          }

          @Override
          public io.github.coplan.domain.shared.@Nullable CountryCode countryOf(PersonId person) {
            Person p = s.people.get(person);
            return p == null ? null : p.profile().country();
          }

          @Override
          public java.util.Collection<Introduction> introductionsOf(PlanId plan) {
            return s.introductions.values().stream().filter(i -> plan.equals(i.plan())).toList();
          }
        };
      }
    }

    @Override
    public NetworkRepository network() {
      return new Network();
    }

    /**
     * The network: plain maps, every query answered by {@link NetworkScan} over all that is held,
     * as the viewer sees it.
     */
    private final class Network implements NetworkRepository {

      private static <T> T required(String name, @Nullable T value) {
        if (value == null) {
          throw InvalidInputException.of(
              name, io.github.coplan.domain.error.Violation.REQUIRED, "a value is required");
        }
        return value;
      }

      private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
          throw InvalidInputException.of(
              name,
              io.github.coplan.domain.error.Violation.OUT_OF_RANGE,
              min + " to " + max + ", was " + value);
        }
      }

      @Override
      public void saveType(RelationshipType type) {
        write();
        required("type", type);
        s.relationshipTypes.put(type.code(), type);
      }

      @Override
      public Optional<RelationshipType> findType(RelationshipTypeCode code) {
        read();
        return Optional.ofNullable(s.relationshipTypes.get(required("id", code)));
      }

      @Override
      public List<RelationshipType> types() {
        read();
        return s.relationshipTypes.values().stream()
            .sorted(Comparator.comparing(RelationshipType::code))
            .toList();
      }

      @Override
      public Optional<Relationship> findRelationship(RelationshipId id) {
        read();
        return Optional.ofNullable(s.relationships.get(required("id", id)));
      }

      @Override
      public Optional<Relationship> findTie(
          RelationshipTypeCode type, Participant from, Participant to, PartialDate start) {
        read();
        required("type", type);
        required("from", from);
        required("to", to);
        required("start", start);
        return s.relationships.values().stream()
            .filter(
                r ->
                    r.type().equals(type)
                        && r.from().equals(from)
                        && r.to().equals(to)
                        && r.start().equals(start))
            .findFirst();
      }

      @Override
      public Relationship insertRelationship(Relationship relationship) {
        write();
        required("relationship", relationship);
        requireTieFree(relationship);
        return Repos.insert(
            s.relationships,
            relationship.id(),
            relationship,
            relationship.version(),
            v -> Relationship.ForAdapters.withVersion(relationship, v));
      }

      @Override
      public Relationship updateRelationship(Relationship relationship) {
        write();
        required("relationship", relationship);
        Relationship stored = s.relationships.get(relationship.id());
        if (stored != null && stored.version() == relationship.version()) {
          requireTieFree(relationship); // after not-found and conflict, as the stores check
        }
        return Repos.update(
            "relationship",
            s.relationships,
            relationship.id(),
            relationship.version(),
            Relationship::version,
            v -> Relationship.ForAdapters.withVersion(relationship, v));
      }

      private void requireTieFree(Relationship relationship) {
        findTie(relationship.type(), relationship.from(), relationship.to(), relationship.start())
            .filter(other -> !other.id().equals(relationship.id()))
            .ifPresent(
                other -> {
                  throw new DuplicateException(
                      DuplicateException.RELATIONSHIP, relationship.toString());
                });
      }

      @Override
      public List<Relationship> relationshipsOf(Participant participant) {
        read();
        required("participant", participant);
        return s.relationships.values().stream()
            .filter(r -> r.involves(participant))
            .sorted(NetworkScan.RELATIONSHIP_ORDER)
            .toList();
      }

      @Override
      public List<Relationship> relationshipsFrom(RelationshipSource source) {
        read();
        required("source", source);
        return s.relationships.values().stream()
            .filter(r -> source.equals(r.source()))
            .sorted(NetworkScan.RELATIONSHIP_ORDER)
            .toList();
      }

      @Override
      public List<Connection> connectionsOf(
          Participant participant, LocalDate asOf, @Nullable Viewer viewer) {
        read();
        required("participant", participant);
        required("asOf", asOf);
        return scan(viewer).connectionsOf(participant, asOf);
      }

      @Override
      public io.github.coplan.domain.network.Network network(
          Participant root, int depth, LocalDate asOf, int limit, @Nullable Viewer viewer) {
        read();
        required("root", root);
        required("asOf", asOf);
        requireRange("depth", depth, 1, 2);
        requireRange("limit", limit, 1, Integer.MAX_VALUE);
        return scan(viewer).network(root, depth, asOf, limit);
      }

      @Override
      public List<Connection> connectionsMade(ConnectionQuery query, @Nullable Viewer viewer) {
        read();
        required("query", query);
        return scan(viewer).connectionsMade(query);
      }

      @Override
      public List<Connection> goneCold(
          Participant participant, LocalDate asOf, LocalDate cutoff, @Nullable Viewer viewer) {
        read();
        required("participant", participant);
        required("asOf", asOf);
        required("cutoff", cutoff);
        return scan(viewer).goneCold(participant, asOf, cutoff);
      }

      @Override
      public List<Degree> mostConnected(
          @Nullable PlanId plan, LocalDate from, LocalDate to, int limit, @Nullable Viewer viewer) {
        read();
        required("from", from);
        required("to", to);
        requireRange("limit", limit, 1, Integer.MAX_VALUE);
        return scan(viewer).mostConnected(plan, from, to, limit);
      }

      private NetworkScan scan(@Nullable Viewer viewer) {
        Set<Principal> principals;
        if (viewer == null) {
          principals = null;
        } else {
          Person person = s.people.get(viewer.person());
          principals = viewer.principals(person == null ? List.of() : person.affiliations());
        }
        return new NetworkScan(
            new NetworkScan.Held() {
              @Override
              public Collection<Activity> activities() {
                return s.activities.values();
              }

              @Override
              public Collection<Relationship> relationships() {
                return s.relationships.values();
              }

              @Override
              public @Nullable CountryCode country(Participant participant) {
                if (participant instanceof Participant.Person p) {
                  Person person = s.people.get(p.id());
                  return person == null ? null : person.profile().country();
                }
                Organisation o = s.organisations.get(((Participant.Organisation) participant).id());
                return o == null ? null : o.profile().country();
              }

              @Override
              public @Nullable OrganisationType type(Participant participant) {
                if (participant instanceof Participant.Organisation p) {
                  Organisation o = s.organisations.get(p.id());
                  return o == null ? null : o.profile().type();
                }
                return null;
              }
            },
            plan -> s.visible(principals, plan));
      }
    }

    /**
     * The marketplace: plain maps, searched by the domain's own definitions; the candidates are
     * retrieved step by step as {@link CandidateQuery} describes them.
     */
    private final class Market implements MarketRepository {

      private static <T> T required(String name, @Nullable T value) {
        if (value == null) {
          throw InvalidInputException.of(
              name, io.github.coplan.domain.error.Violation.REQUIRED, "a value is required");
        }
        return value;
      }

      @Override
      public void saveCategory(Category category) {
        write();
        required("category", category);
        s.categories.put(category.code(), category);
      }

      @Override
      public Map<CategoryCode, CategoryLineage> lineages(Collection<CategoryCode> codes) {
        read();
        required("codes", codes);
        Map<CategoryCode, CategoryLineage> out = new LinkedHashMap<>();
        for (CategoryCode code : codes) {
          Category c = s.categories.get(required("codes", code));
          if (c != null) {
            out.put(code, new CategoryLineage(code, c.parent(), root(c)));
          }
        }
        return out;
      }

      private CategoryCode root(Category c) {
        Category at = c;
        while (at.parent() != null) {
          at = s.categories.get(at.parent());
        }
        return at.code();
      }

      private int depth(Category c) {
        int depth = 0;
        for (Category at = c; at.parent() != null; at = s.categories.get(at.parent())) {
          depth++;
        }
        return depth;
      }

      @Override
      public List<Category> taxonomy() {
        read();
        return s.categories.values().stream()
            .sorted(Comparator.comparingInt(this::depth).thenComparing(Category::code))
            .toList();
      }

      @Override
      public Optional<TechnologyProfile> findProfile(ProfileId id) {
        read();
        return Optional.ofNullable(s.profiles.get(required("id", id)));
      }

      @Override
      public TechnologyProfile insertProfile(TechnologyProfile profile) {
        write();
        required("profile", profile);
        return Repos.insert(
            s.profiles,
            profile.id(),
            profile,
            profile.version(),
            v -> TechnologyProfile.ForAdapters.withVersion(profile, v));
      }

      @Override
      public TechnologyProfile updateProfile(TechnologyProfile profile) {
        write();
        required("profile", profile);
        return Repos.update(
            "profile",
            s.profiles,
            profile.id(),
            profile.version(),
            TechnologyProfile::version,
            v -> TechnologyProfile.ForAdapters.withVersion(profile, v));
      }

      @Override
      public List<TechnologyProfile> searchProfiles(ProfileQuery query) {
        read();
        required("query", query);
        return s.profiles.values().stream()
            .filter(query::matches)
            .sorted(Comparator.comparing(p -> p.id().toString()))
            .limit(query.limit())
            .toList();
      }

      @Override
      public List<TechnologyProfile> candidates(CandidateQuery query) {
        read();
        required("query", query);
        // the rank each profile gathers from the keys it is posted under
        Map<ProfileId, Integer> rank = new LinkedHashMap<>();
        for (CategoryCode key : query.categories()) {
          for (TechnologyProfile p : postings(query, p -> p.content().categories().contains(key))) {
            rank.merge(p.id(), CandidateQuery.CATEGORY_WEIGHT, Integer::sum);
          }
        }
        for (String key : query.keywords()) {
          for (TechnologyProfile p :
              postings(query, p -> p.content().foldedKeywords().contains(key))) {
            rank.merge(p.id(), CandidateQuery.KEYWORD_WEIGHT, Integer::sum);
          }
        }
        Comparator<TechnologyProfile> order =
            Comparator.<TechnologyProfile>comparingInt(p -> rank.get(p.id()))
                .reversed()
                .thenComparing(recentFirst());
        return rank.keySet().stream()
            .map(s.profiles::get)
            .filter(p -> !p.id().equals(query.subject()))
            .filter(
                p ->
                    query.requiredPartnership() == null
                        || p.content().partnerships().contains(query.requiredPartnership()))
            .filter(
                p ->
                    query.requesterCountry() == null
                        || p.content().targetCountries().isEmpty()
                        || p.content().targetCountries().contains(query.requesterCountry()))
            .filter(
                p ->
                    query.ownerCountries().isEmpty()
                        || query
                            .ownerCountries()
                            .contains(s.organisations.get(p.owner()).profile().country()))
            .sorted(order)
            .limit(query.limit())
            .toList();
      }

      /** The most recently confirmed first, ties by id text. */
      private static Comparator<TechnologyProfile> recentFirst() {
        return Comparator.comparing(
                TechnologyProfile::confirmedOn, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(p -> p.id().toString());
      }

      /** The postings of one key: its first live profiles of a wanted kind and another owner. */
      private List<TechnologyProfile> postings(
          CandidateQuery query, java.util.function.Predicate<TechnologyProfile> key) {
        LocalDate day = query.asOf();
        return s.profiles.values().stream()
            .filter(key)
            .filter(p -> query.kinds().contains(p.content().kind()))
            .filter(p -> p.isLiveOn(day))
            .filter(p -> !p.owner().equals(query.excludedOwner()))
            .sorted(recentFirst())
            .limit(query.perKey())
            .toList();
      }

      @Override
      public Optional<Introduction> findIntroduction(IntroductionId id) {
        read();
        return Optional.ofNullable(s.introductions.get(required("id", id)));
      }

      @Override
      public Optional<Introduction> findIntroductionBetween(ProfileId request, ProfileId offer) {
        read();
        required("request", request);
        required("offer", offer);
        return s.introductions.values().stream()
            .filter(i -> i.request().equals(request) && i.offer().equals(offer))
            .findFirst();
      }

      @Override
      public Introduction insertIntroduction(Introduction introduction) {
        write();
        required("introduction", introduction);
        if (introduction.version() == 0
            && !s.introductions.containsKey(introduction.id())
            && findIntroductionBetween(introduction.request(), introduction.offer()).isPresent()) {
          throw new DuplicateException(
              DuplicateException.INTRODUCTION, introduction.request() + "→" + introduction.offer());
        }
        return Repos.insert(
            s.introductions,
            introduction.id(),
            introduction,
            introduction.version(),
            v -> Introduction.ForAdapters.withVersion(introduction, v));
      }

      @Override
      public Introduction updateIntroduction(Introduction introduction) {
        write();
        required("introduction", introduction);
        return Repos.update(
            "introduction",
            s.introductions,
            introduction.id(),
            introduction.version(),
            Introduction::version,
            v -> Introduction.ForAdapters.withVersion(introduction, v));
      }

      @Override
      public List<Introduction> introductionsOf(ProfileId profile) {
        read();
        required("profile", profile);
        return s.introductions.values().stream()
            .filter(i -> i.request().equals(profile) || i.offer().equals(profile))
            .sorted(Comparator.comparing(i -> i.id().toString()))
            .toList();
      }

      @Override
      public List<MarketCounts> counts(PlanId plan, LocalDate from, LocalDate to) {
        read();
        required("plan", plan);
        required("from", from);
        required("to", to);
        // per content area (null last): published, suggested, interest, meetings, agreed, declined
        Map<Optional<Integer>, long[]> rows =
            new TreeMap<>(
                Comparator.comparing(
                    (Optional<Integer> a) -> a.orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder())));
        for (TechnologyProfile p : s.profiles.values()) {
          if (plan.equals(p.plan())) {
            long[] row =
                rows.computeIfAbsent(Optional.ofNullable(p.contentArea()), k -> new long[6]);
            row[0] += in(p.publishedOn(), from, to);
          }
        }
        for (Introduction i : s.introductions.values()) {
          if (plan.equals(i.plan())) {
            long[] row =
                rows.computeIfAbsent(Optional.ofNullable(i.contentArea()), k -> new long[6]);
            row[1] += in(i.suggestedOn(), from, to);
            row[2] += in(i.interestOn(), from, to);
            row[3] += in(i.metOn(), from, to);
            row[4] += in(i.agreedOn(), from, to);
            row[5] += in(i.declinedOn(), from, to);
          }
        }
        List<MarketCounts> out = new ArrayList<>();
        rows.forEach(
            (area, c) ->
                out.add(new MarketCounts(area.orElse(null), c[0], c[1], c[2], c[3], c[4], c[5])));
        return out;
      }

      private static long in(@Nullable LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to) ? 1 : 0;
      }
    }
  }
}

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
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
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
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.port.storage.AccessRepository;
import io.github.coplan.port.storage.ActivityRepository;
import io.github.coplan.port.storage.Aggregates;
import io.github.coplan.port.storage.HistoryRepository;
import io.github.coplan.port.storage.OrganisationRepository;
import io.github.coplan.port.storage.PersonRepository;
import io.github.coplan.port.storage.PlanRepository;
import io.github.coplan.port.storage.Repositories;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.port.storage.UnitOfWork;
import java.util.ArrayList;
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
  }
}

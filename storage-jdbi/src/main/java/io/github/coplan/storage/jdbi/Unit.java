package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.error.CoplanException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.port.storage.AccessRepository;
import io.github.coplan.port.storage.ActivityRepository;
import io.github.coplan.port.storage.HistoryRepository;
import io.github.coplan.port.storage.MarketRepository;
import io.github.coplan.port.storage.NetworkRepository;
import io.github.coplan.port.storage.OrganisationRepository;
import io.github.coplan.port.storage.PersonRepository;
import io.github.coplan.port.storage.PlanRepository;
import io.github.coplan.port.storage.Repositories;
import io.github.coplan.port.storage.ResultRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * The repositories of one unit of work, on one JDBI handle inside one transaction, and the unit's
 * identity map: the activities and plans it read or wrote, by id. Every repository call goes
 * through {@link #read} or {@link #write}, which check that the unit is still running and may
 * write, and turn every failure of the database into the core's error family. After a failure of
 * the database the unit refuses further calls and is rolled back, even if the work caught the
 * error: PostgreSQL cannot go on in a failed transaction, and half a unit of work must never be
 * committed. Not thread-safe: one unit, one thread.
 */
final class Unit implements Repositories {

  /** Work on the database. */
  @FunctionalInterface
  interface Work<T> {
    T run();
  }

  private final Handle handle;
  private final Sql sql;
  private final AggregateCache cache;
  private final boolean readOnly;
  private final OrganisationRepository organisations;
  private final PersonRepository people;
  private final PlanRepository plans;
  private final ActivityRepository activities;
  private final HistoryRepository history;
  private final AccessRepository access;
  private final MarketRepository market;
  private final NetworkRepository network;
  private final ResultRepository results;

  /**
   * The activities as this unit read or wrote them, by id: an update diffs its participations
   * against them.
   */
  private final Map<ActivityId, Activity> seen = new HashMap<>();

  /**
   * The plans as this unit read or wrote them, by id: offered to the cache when the unit commits.
   */
  private final Map<PlanId, CooperationPlan> seenPlans = new HashMap<>();

  private boolean active = true;
  private @Nullable CoplanException failure;

  /** Whether the unit erased data from the history: see {@link #erasedHistory()}. */
  private boolean erased;

  /**
   * Whether the failure was a transaction conflict (serialization failure, deadlock): the store
   * runs the unit again.
   */
  private boolean conflicted;

  Unit(Handle handle, Sql sql, AggregateCache cache, boolean readOnly) {
    this.handle = handle;
    this.sql = sql;
    this.cache = cache;
    this.readOnly = readOnly;
    this.organisations = new JdbiOrganisationRepository(this);
    this.people = new JdbiPersonRepository(this);
    this.plans = new JdbiPlanRepository(this);
    this.activities = new JdbiActivityRepository(this);
    this.history = new JdbiHistoryRepository(this);
    this.access = new JdbiAccessRepository(this);
    this.market = new JdbiMarketRepository(this);
    this.network = new JdbiNetworkRepository(this);
    this.results = new JdbiResultRepository(this);
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

  @Override
  public HistoryRepository history() {
    return history;
  }

  @Override
  public AccessRepository access() {
    return access;
  }

  @Override
  public MarketRepository market() {
    return market;
  }

  @Override
  public NetworkRepository network() {
    return network;
  }

  /**
   * The results framework. Results and observations are never cached: they are read from the tables
   * in every unit, and nothing of them is offered to the {@link AggregateCache} by {@link
   * #publish}.
   */
  @Override
  public ResultRepository results() {
    return results;
  }

  Handle handle() {
    return handle;
  }

  Sql sql() {
    return sql;
  }

  Dialect dialect() {
    return sql.dialect();
  }

  /**
   * A statement that reads aggregate rows, by name, made to keep them as read until the unit ends:
   * see {@link #keeping(String)}.
   */
  String rowsToKeep(String name) {
    return keeping(sql.get(name));
  }

  /**
   * A query that reads aggregate rows, made to keep them as read until the unit ends. In a unit
   * that writes on PostgreSQL it locks the rows it returns ({@code FOR UPDATE}): a concurrent
   * writing unit that reads or changes one of them waits until this unit ends, so that a rule this
   * unit checked against what it read (the plan is not frozen, the new parent is no descendant)
   * still holds when it commits. A unit that waited for a row another changed fails as a
   * serialization failure, and one of two units that each wait for the other as a deadlock; the
   * store runs it again. Plain reads, and read-only units, never wait. SQLite needs nothing: a
   * writing unit holds the database's write lock from its start.
   */
  String keeping(String query) {
    return locksRows() ? query + sql.get("lock.keepRead") : query;
  }

  /** Runs a statement of one count, such as a search's total; it locks nothing. */
  long count(ActivitySearch count) {
    return count.bind(handle.createQuery(count.sql())).mapTo(Long.class).one();
  }

  /** Whether {@link #keeping} locks the rows a query reads: in a unit that writes on PostgreSQL. */
  boolean locksRows() {
    return !readOnly && sql.dialect() == Dialect.POSTGRES;
  }

  /** The activity as this unit last read or wrote it, or null. */
  @Nullable Activity seen(ActivityId id) {
    return seen.get(id);
  }

  void saw(Activity activity) {
    seen.put(activity.id(), activity);
  }

  void saw(CooperationPlan plan) {
    seenPlans.put(plan.id(), plan);
  }

  AggregateCache cache() {
    return cache;
  }

  /** Notes that the unit erased data from the history ({@link HistoryRepository#erase}). */
  void erased() {
    erased = true;
  }

  /**
   * Whether the unit erased data from the history: once it committed, the store clears what the
   * database may keep of the erased values outside the tables ({@link Database#afterErasure}).
   */
  boolean erasedHistory() {
    return erased;
  }

  /** Offers what this unit read and wrote to the cache: to be called once the unit committed. */
  void publish() {
    seen.values().forEach(cache::offer);
    seenPlans.values().forEach(cache::offer);
  }

  /**
   * Runs a read.
   *
   * @param what what it does, for error messages: "read an activity"
   * @param argument the argument, which must not be null
   * @param name the argument's name, for the violation when it is null
   * @param work the work
   */
  <T> T read(String what, @Nullable Object argument, String name, Work<T> work) {
    checkActive();
    if (argument == null) {
      throw InvalidInputException.of(name, Violation.REQUIRED, "a value is required");
    }
    return run(what, work);
  }

  /**
   * Runs a read of several arguments, or of none, each of which must not be null: the first that is
   * null is refused by its name.
   *
   * @param what what it does, for error messages
   * @param names the arguments' names, in order
   * @param arguments the arguments, in the same order
   * @param work the work
   */
  <T> T read(String what, List<String> names, List<?> arguments, Work<T> work) {
    checkActive();
    for (int i = 0; i < arguments.size(); i++) {
      if (arguments.get(i) == null) {
        throw InvalidInputException.of(names.get(i), Violation.REQUIRED, "a value is required");
      }
    }
    return run(what, work);
  }

  /** Runs a write; a read-only unit refuses it. */
  <T> T write(String what, @Nullable Object argument, String name, Work<T> work) {
    checkActive();
    if (readOnly) {
      throw new StorageException("a read-only unit of work cannot write", null);
    }
    if (argument == null) {
      throw InvalidInputException.of(name, Violation.REQUIRED, "a value is required");
    }
    return run(what, work);
  }

  /**
   * Ends the unit in failure after part of a write was done, so that the part is rolled back; for
   * the rare refusals that are found only after writing.
   */
  <E extends CoplanException> E fail(E error) {
    failure = error;
    return error;
  }

  /** Ends the unit: its repositories refuse every later call. */
  void end() {
    active = false;
  }

  /** The failure of the database that ended this unit, if any. */
  @Nullable CoplanException failure() {
    return failure;
  }

  /** Whether the unit failed on a transaction conflict that running it again may not meet. */
  boolean conflicted() {
    return conflicted;
  }

  private void checkActive() {
    if (!active) {
      throw new StorageException(
          "the unit of work has ended; its repositories are no longer valid", null);
    }
    if (failure != null) {
      throw new StorageException(
          "the unit of work failed in the store and will be rolled back", failure);
    }
  }

  private <T> T run(String what, Work<T> work) {
    try {
      return work.run();
    } catch (InvalidInputException | RuleViolationException e) {
      // The arguments were checked before the work ran: this is stored data the domain no longer
      // accepts.
      throw fail(
          new StorageException(
              "could not " + what + ": the stored data is not valid (" + e.getMessage() + ")", e));
    } catch (CoplanException e) {
      throw e;
    } catch (RuntimeException e) {
      conflicted = Errors.classify(dialect(), e) == Dialect.Failure.SERIALIZATION;
      throw fail(Errors.translate(dialect(), what, e));
    }
  }
}

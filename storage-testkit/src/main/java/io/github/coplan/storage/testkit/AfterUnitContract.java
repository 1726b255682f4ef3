package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.Viewer;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipantKind;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.PartnershipType;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.network.ConnectionQuery;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.domain.result.ResultType;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.AccessRepository;
import io.github.coplan.port.storage.ActivityRepository;
import io.github.coplan.port.storage.CandidateQuery;
import io.github.coplan.port.storage.HistoryRepository;
import io.github.coplan.port.storage.MarketRepository;
import io.github.coplan.port.storage.NetworkRepository;
import io.github.coplan.port.storage.OrganisationRepository;
import io.github.coplan.port.storage.PersonRepository;
import io.github.coplan.port.storage.PlanRepository;
import io.github.coplan.port.storage.Repositories;
import io.github.coplan.port.storage.ResultRepository;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every method of every repository, found by reflection so that a method added later is covered
 * without a new test: called after its unit of work has ended (committed, read-only, or failed) it
 * throws a {@link StorageException} and changes nothing; called inside a unit with a null argument
 * it throws an {@link InvalidInputException} with the one violation {@code <name>:required}, the
 * convention of the rest of the API, and changes nothing.
 */
public abstract class AfterUnitContract extends StorageContract {

  /** The path of an argument that may be null: the call must succeed with it null. */
  private static final String MAY_BE_NULL = "~";

  /**
   * The name each method's violation gives a null argument, by repository method name: ids and keys
   * are {@code id}, aggregates their kind, queries {@code query}. A method with more than one
   * argument that may be null lists one path per such argument, in order, separated by commas.
   */
  private static final Map<String, String> NULL_PATHS =
      Map.ofEntries(
          Map.entry("OrganisationRepository.findById", "id"),
          Map.entry("OrganisationRepository.findByIdentifier", "id"),
          Map.entry("OrganisationRepository.insert", "organisation"),
          Map.entry("OrganisationRepository.update", "organisation"),
          Map.entry("OrganisationRepository.search", "query"),
          Map.entry("PersonRepository.findById", "id"),
          Map.entry("PersonRepository.insert", "person"),
          Map.entry("PersonRepository.update", "person"),
          Map.entry("PersonRepository.search", "query"),
          Map.entry("PlanRepository.findById", "id"),
          Map.entry("PlanRepository.findByCode", "id"),
          Map.entry("PlanRepository.insert", "plan"),
          Map.entry("PlanRepository.update", "plan"),
          Map.entry("PlanRepository.search", "query"),
          Map.entry("ActivityRepository.findById", "id"),
          Map.entry("ActivityRepository.findVisible", "id,viewer"),
          Map.entry("ActivityRepository.insert", "activity"),
          Map.entry("ActivityRepository.insertAll", "activities"),
          Map.entry("ActivityRepository.update", "activity"),
          Map.entry("ActivityRepository.search", "query"),
          Map.entry("ActivityRepository.progress", "query"),
          Map.entry("HistoryRepository.append", "records"),
          Map.entry("HistoryRepository.erase", "id,fields"),
          Map.entry("HistoryRepository.ofAggregate", "id"),
          Map.entry("HistoryRepository.ofPlan", "id"),
          Map.entry("AccessRepository.findByPlan", "id"),
          Map.entry("AccessRepository.findFor", "id,viewer"),
          Map.entry("AccessRepository.principalsOf", "viewer"),
          Map.entry("AccessRepository.insert", "access"),
          Map.entry("AccessRepository.update", "access"),
          Map.entry("MarketRepository.saveCategory", "category"),
          Map.entry("MarketRepository.lineages", "codes"),
          Map.entry("MarketRepository.taxonomy", ""),
          Map.entry("MarketRepository.findProfile", "id"),
          Map.entry("MarketRepository.insertProfile", "profile"),
          Map.entry("MarketRepository.updateProfile", "profile"),
          Map.entry("MarketRepository.searchProfiles", "query"),
          Map.entry("MarketRepository.candidates", "query"),
          Map.entry("MarketRepository.findIntroduction", "id"),
          Map.entry("MarketRepository.findIntroductionBetween", "request,offer"),
          Map.entry("MarketRepository.insertIntroduction", "introduction"),
          Map.entry("MarketRepository.updateIntroduction", "introduction"),
          Map.entry("MarketRepository.introductionsOf", "id"),
          Map.entry("MarketRepository.counts", "id,from,to"),
          Map.entry("NetworkRepository.saveType", "type"),
          Map.entry("NetworkRepository.findType", "id"),
          Map.entry("NetworkRepository.types", ""),
          Map.entry("NetworkRepository.findRelationship", "id"),
          Map.entry("NetworkRepository.findTie", "type,from,to,start"),
          Map.entry("NetworkRepository.insertRelationship", "relationship"),
          Map.entry("NetworkRepository.updateRelationship", "relationship"),
          Map.entry("NetworkRepository.relationshipsOf", "participant"),
          Map.entry("NetworkRepository.relationshipsFrom", "source"),
          Map.entry("NetworkRepository.connectionsOf", "participant,asOf," + MAY_BE_NULL),
          Map.entry("NetworkRepository.network", "root,asOf," + MAY_BE_NULL),
          Map.entry("NetworkRepository.connectionsMade", "query," + MAY_BE_NULL),
          Map.entry("NetworkRepository.goneCold", "participant,asOf,cutoff," + MAY_BE_NULL),
          Map.entry("NetworkRepository.mostConnected", MAY_BE_NULL + ",from,to," + MAY_BE_NULL),
          Map.entry("ResultRepository.findResult", "id"),
          Map.entry("ResultRepository.findResultOf", "id"),
          Map.entry("ResultRepository.resultsOf", "plan"),
          Map.entry("ResultRepository.insertResult", "result"),
          Map.entry("ResultRepository.updateResult", "result"),
          Map.entry("ResultRepository.findObservation", "id"),
          Map.entry("ResultRepository.insertObservation", "observation"),
          Map.entry("ResultRepository.updateObservation", "observation"),
          Map.entry("ResultRepository.observationsOf", "indicator"),
          Map.entry("ResultRepository.observationsOfPlan", "plan"),
          Map.entry("ResultRepository.derive", "plan,rule,periods"),
          Map.entry("ResultRepository.deriveAll", "plan,indicators"),
          Map.entry("ResultRepository.evidence", "plan,rule,from,to"));

  /** The repository interfaces and how a unit's repositories hand each out. */
  private static final Map<Class<?>, Function<Repositories, Object>> REPOSITORIES =
      Map.of(
          OrganisationRepository.class, Repositories::organisations,
          PersonRepository.class, Repositories::people,
          PlanRepository.class, Repositories::plans,
          ActivityRepository.class, Repositories::activities,
          HistoryRepository.class, Repositories::history,
          AccessRepository.class, Repositories::access,
          MarketRepository.class, Repositories::market,
          NetworkRepository.class, Repositories::network,
          ResultRepository.class, Repositories::results);

  private Organisation dost;
  private Person dung;
  private CooperationPlan plan;
  private Activity week;
  private Result result;
  private Observation observation;

  /** For subclasses. */
  protected AfterUnitContract() {}

  /** Stores one aggregate of each kind: a result with an indicator and an observation of it too. */
  @BeforeEach
  protected void storeOneOfEach() {
    dost = insert(newOrganisation(dostHcmcProfile()));
    dung = insert(newPerson("Nguyễn Việt Dũng", CountryCode.VN));
    plan = insert(newPlan("HCMC-IIA-2018"));
    week = insert(newActivity(plan.id(), details(1, ActivityType.WORKSHOP, en("Week"), "2018-Q4")));
    Indicator trained =
        Indicator.of(new IndicatorId(nextId()), en("People trained"), Measure.UNIT)
            .withPeriod(
                Period.of(
                    new PeriodId(nextId()), PartialDate.ofYear(2019), PartialDate.ofYear(2019)));
    Result defined =
        Result.of(new ResultId(nextId()), plan.id(), 1, ResultType.OUTPUT, en("Training"))
            .withIndicator(trained);
    result = write(r -> r.results().insertResult(defined));
    Observation reported =
        Observation.draft(
            new ObservationId(nextId()),
            trained,
            trained.periods().get(0).id(),
            Value.quantity(12),
            LocalDate.of(2019, 6, 1),
            ACTOR,
            Map.of(),
            CLOCK.instant());
    observation = write(r -> r.results().insertObservation(reported));
  }

  /**
   * The contract knows every method of every repository: a new method needs its expected violation
   * here.
   */
  @Test
  protected void everyRepositoryMethodIsKnown() {
    List<String> methods = new ArrayList<>();
    for (Class<?> type : REPOSITORIES.keySet()) {
      for (Method m : methodsOf(type)) {
        methods.add(name(m));
      }
    }
    assertThat(methods)
        .as("the repository methods")
        .containsExactlyInAnyOrderElementsOf(NULL_PATHS.keySet());
  }

  /**
   * Every method of the repositories of a committed writing unit refuses every call after the unit.
   */
  @Test
  protected void repositoriesOfACommittedUnitRefuseEveryMethod() {
    assertEveryMethodRefused(leak(false, false));
  }

  /** Every method of the repositories of a read-only unit refuses every call after the unit. */
  @Test
  protected void repositoriesOfAReadOnlyUnitRefuseEveryMethod() {
    assertEveryMethodRefused(leak(true, false));
  }

  /** Every method of the repositories of a unit that failed refuses every call after the unit. */
  @Test
  protected void repositoriesOfAFailedUnitRefuseEveryMethod() {
    assertEveryMethodRefused(leak(false, true));
  }

  /**
   * Repositories handed out by the unit's {@link Repositories} after it ended refuse every call
   * too.
   */
  @Test
  // its units of work have nothing to return and return null, which UnitOfWork<T extends @Nullable
  // Object>
  // allows; NullAway reads that bound only in JSpecify mode (JDK 17.0.19+), not in the mode of
  // older JDKs
  @SuppressWarnings("NullAway")
  protected void repositoriesAskedForAfterTheUnitRefuseEveryMethod() {
    AtomicReference<Repositories> leaked = new AtomicReference<>();
    write(
        r -> {
          leaked.set(r);
          return null;
        });
    Map<String, Object> before = snapshot();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<Class<?>, Function<Repositories, Object>> e : REPOSITORIES.entrySet()) {
      Object repository;
      try {
        repository = e.getValue().apply(leaked.get());
      } catch (StorageException refused) {
        continue; // refusing to hand out the repository is refusing the call
      }
      for (Method m : methodsOf(e.getKey())) {
        check(wrong, m, invoke(repository, m, -1), StorageException.class, null);
      }
    }
    assertThat(wrong).as("calls that were not refused").isEmpty();
    assertThat(snapshot()).isEqualTo(before);
  }

  /**
   * A null argument to any method of a writing unit's repositories is invalid input naming the
   * argument.
   */
  @Test
  protected void nullArgumentsAreRequiredInAWritingUnit() {
    Map<String, Object> before = snapshot();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<Class<?>, Function<Repositories, Object>> e : REPOSITORIES.entrySet()) {
      for (Method m : methodsOf(e.getKey())) {
        for (int i = 0; i < m.getParameterCount(); i++) {
          if (m.getParameterTypes()[i].isPrimitive()) {
            continue; // cannot be null
          }
          int nullAt = i;
          Throwable thrown = invokeIn(false, r -> invoke(e.getValue().apply(r), m, nullAt));
          checkNull(wrong, m, i, thrown);
        }
      }
    }
    assertThat(wrong).as("null arguments not refused as required").isEmpty();
    assertThat(snapshot()).isEqualTo(before);
  }

  /**
   * A null argument to any read of a read-only unit's repositories is invalid input naming the
   * argument.
   */
  @Test
  protected void nullArgumentsAreRequiredInAReadOnlyUnit() {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<Class<?>, Function<Repositories, Object>> e : REPOSITORIES.entrySet()) {
      for (Method m : methodsOf(e.getKey())) {
        if (isWrite(m)) {
          continue;
        }
        for (int i = 0; i < m.getParameterCount(); i++) {
          if (m.getParameterTypes()[i].isPrimitive()) {
            continue; // cannot be null
          }
          int nullAt = i;
          Throwable thrown = invokeIn(true, r -> invoke(e.getValue().apply(r), m, nullAt));
          checkNull(wrong, m, i, thrown);
        }
      }
    }
    assertThat(wrong).as("null arguments not refused as required").isEmpty();
  }

  /**
   * A unit of work that is null is invalid input, for writing and read-only units alike, and runs
   * nothing.
   */
  @Test
  // hands null where the API asks for a value, on purpose: the test proves the store refuses it
  @SuppressWarnings("NullAway")
  protected void nullWorkIsRequired() {
    assertInvalid(() -> storage().inTransaction(null), "work:required");
    assertInvalid(() -> storage().readOnly(null), "work:required");
  }

  /** Null ids inside a list of activities to insert name their place in the list. */
  @Test
  protected void nullActivityInAListIsRequiredAtItsIndex() {
    Activity fresh =
        newActivity(plan.id(), details(1, ActivityType.MEETING, en("Meeting"), "2019"));
    List<Activity> withNull = Arrays.asList(fresh, null);

    InvalidInputException e =
        assertRefused(
            InvalidInputException.class, () -> write(r -> r.activities().insertAll(withNull)));

    assertViolations(e, "activities[1]:required");
    assertThat(findActivity(fresh.id())).isEmpty();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private void assertEveryMethodRefused(Repositories leaked) {
    Map<String, Object> before = snapshot();
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (Map.Entry<Class<?>, Function<Repositories, Object>> e : REPOSITORIES.entrySet()) {
      // Asked for inside the unit, used after it.
      Object repository = e.getValue().apply(leaked);
      for (Method m : methodsOf(e.getKey())) {
        check(wrong, m, invoke(repository, m, -1), StorageException.class, null);
        calls++;
      }
    }
    assertThat(wrong).as("calls that were not refused").isEmpty();
    assertThat(calls).isEqualTo(NULL_PATHS.size());
    assertThat(snapshot()).as("the store after the refused calls").isEqualTo(before);
    assertThat(stored(dost.id())).isEqualTo(dost);
    assertThat(stored(dung.id())).isEqualTo(dung);
    assertThat(stored(plan.id())).isEqualTo(plan);
    assertThat(stored(week.id())).isEqualTo(week);
    Optional<Result> resultAfter = read(r -> r.results().findResult(result.id()));
    assertThat(resultAfter).contains(result);
    Optional<Observation> observationAfter =
        read(r -> r.results().findObservation(observation.id()));
    assertThat(observationAfter).contains(observation);
  }

  /** The repositories of a unit that has ended, with each repository asked for inside it. */
  // its units of work have nothing to return and return null, which UnitOfWork<T extends @Nullable
  // Object>
  // allows; NullAway reads that bound only in JSpecify mode (JDK 17.0.19+), not in the mode of
  // older JDKs
  @SuppressWarnings("NullAway")
  private Repositories leak(boolean readOnly, boolean failing) {
    AtomicReference<Repositories> leaked = new AtomicReference<>();
    Map<Class<?>, Object> asked = new HashMap<>();
    io.github.coplan.port.storage.UnitOfWork<@Nullable Object> work =
        r -> {
          leaked.set(r);
          REPOSITORIES.forEach((type, get) -> asked.put(type, get.apply(r)));
          if (failing) {
            throw new IllegalStateException("the unit fails");
          }
          return null;
        };
    if (failing) {
      thrown(IllegalStateException.class, () -> this.<@Nullable Object>write(work));
    } else if (readOnly) {
      read(work);
    } else {
      write(work);
    }
    Repositories r = leaked.get();
    return new Repositories() {
      @Override
      public OrganisationRepository organisations() {
        return (OrganisationRepository)
            Objects.requireNonNull(
                asked.get(OrganisationRepository.class),
                "OrganisationRepository asked for in the unit");
      }

      @Override
      public PersonRepository people() {
        return (PersonRepository)
            Objects.requireNonNull(
                asked.get(PersonRepository.class), "PersonRepository asked for in the unit");
      }

      @Override
      public PlanRepository plans() {
        return (PlanRepository)
            Objects.requireNonNull(
                asked.get(PlanRepository.class), "PlanRepository asked for in the unit");
      }

      @Override
      public ActivityRepository activities() {
        return (ActivityRepository)
            Objects.requireNonNull(
                asked.get(ActivityRepository.class), "ActivityRepository asked for in the unit");
      }

      @Override
      public HistoryRepository history() {
        return (HistoryRepository)
            Objects.requireNonNull(
                asked.get(HistoryRepository.class), "HistoryRepository asked for in the unit");
      }

      @Override
      public AccessRepository access() {
        return (AccessRepository)
            Objects.requireNonNull(
                asked.get(AccessRepository.class), "AccessRepository asked for in the unit");
      }

      @Override
      public MarketRepository market() {
        return (MarketRepository)
            Objects.requireNonNull(
                asked.get(MarketRepository.class), "MarketRepository asked for in the unit");
      }

      @Override
      public NetworkRepository network() {
        return (NetworkRepository)
            Objects.requireNonNull(
                asked.get(NetworkRepository.class), "NetworkRepository asked for in the unit");
      }

      @Override
      public ResultRepository results() {
        return (ResultRepository)
            Objects.requireNonNull(
                asked.get(ResultRepository.class), "ResultRepository asked for in the unit");
      }

      @Override
      public String toString() {
        return "repositories of an ended unit: " + r;
      }
    };
  }

  /** Runs a call in its own unit, and returns what it threw, or null. */
  // its units of work have nothing to return and return null, which UnitOfWork<T extends @Nullable
  // Object>
  // allows; NullAway reads that bound only in JSpecify mode (JDK 17.0.19+), not in the mode of
  // older JDKs
  @SuppressWarnings("NullAway")
  private @Nullable Throwable invokeIn(
      boolean readOnly, Function<Repositories, @Nullable Throwable> call) {
    AtomicReference<@Nullable Throwable> seen = new AtomicReference<>();
    io.github.coplan.port.storage.UnitOfWork<@Nullable Object> work =
        r -> {
          seen.set(call.apply(r));
          return null;
        };
    try {
      if (readOnly) {
        read(work);
      } else {
        write(work);
      }
    } catch (RuntimeException e) {
      // The store may fail the whole unit on the refused call; what the call threw is what counts.
      if (seen.get() == null) {
        seen.set(e);
      }
    }
    return seen.get();
  }

  /**
   * Calls a repository method with sample arguments, null at {@code nullAt} (-1: none), and returns
   * what it threw, or null.
   */
  private @Nullable Throwable invoke(Object repository, Method m, int nullAt) {
    @Nullable Object[] args = new Object[m.getParameterCount()];
    for (int i = 0; i < args.length; i++) {
      args[i] = i == nullAt ? null : sample(m, m.getParameterTypes()[i]);
    }
    try {
      m.invoke(repository, args);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (IllegalAccessException e) {
      throw new AssertionError("cannot call " + name(m), e);
    }
  }

  /**
   * Checks what a call with argument {@code index} null threw: nothing, for an argument that may be
   * null; else the one violation {@code <path>:required}.
   */
  private static void checkNull(
      List<String> wrong, Method m, int index, @Nullable Throwable thrown) {
    String path = nullPath(m, index);
    if (!path.equals(MAY_BE_NULL)) {
      check(wrong, m, thrown, InvalidInputException.class, path + ":required");
    } else if (thrown != null) {
      wrong.add(name(m) + ": " + thrown + " for an argument that may be null");
    }
  }

  private static void check(
      List<String> wrong,
      Method m,
      @Nullable Throwable thrown,
      Class<? extends Throwable> type,
      @Nullable String violation) {
    if (thrown == null) {
      wrong.add(name(m) + ": nothing thrown");
    } else if (!type.isInstance(thrown)) {
      wrong.add(name(m) + ": " + thrown);
    } else if (violation != null) {
      List<String> got =
          ((InvalidInputException) thrown)
              .violations().stream().map(v -> v.path() + ":" + v.code()).toList();
      if (!got.equals(List.of(violation))) {
        wrong.add(name(m) + ": " + got + " instead of [" + violation + "]");
      }
    }
  }

  /** A valid argument of a type: new aggregates for writes, stored ids for reads. */
  private Object sample(Method m, Class<?> type) {
    if (type == long.class) {
      return m.getName().equals("ofAggregate") ? Long.MAX_VALUE : 0L;
    } else if (type == int.class) {
      return m.getName().equals("network") ? 2 : 10; // the depth of a network is 1 or 2
    } else if (type == RelationshipType.class) {
      return new RelationshipType(
          RelationshipTypeCode.of("late"),
          en("late"),
          en("late"),
          Set.of(ParticipantKind.PERSON),
          Set.of(ParticipantKind.ORGANISATION),
          false);
    } else if (type == RelationshipTypeCode.class) {
      return RelationshipTypeCode.of("late");
    } else if (type == RelationshipId.class) {
      return new RelationshipId(nextId());
    } else if (type == Relationship.class) {
      return Relationship.record(
          new RelationshipId(nextId()),
          RelationshipType.INTRODUCED_TO,
          Participant.of(dung.id()),
          Participant.of(dost.id()),
          PartialDate.ofYear(2019),
          null,
          null,
          null,
          null,
          null);
    } else if (type == Participant.class) {
      return Participant.of(dung.id());
    } else if (type == PartialDate.class) {
      return PartialDate.ofYear(2019);
    } else if (type == RelationshipSource.class) {
      return RelationshipSource.of(week.id());
    } else if (type == ConnectionQuery.class) {
      return ConnectionQuery.of(plan.id(), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
    } else if (type == AggregateRef.class) {
      return AggregateRef.of(plan.id());
    } else if (type == Set.class && m.getName().equals("erase")) {
      return Set.of("noSuchField");
    } else if (type == List.class && m.getName().equals("append")) {
      return List.of(
          new ChangeRecord(
              0,
              nextId(),
              ACTOR,
              CLOCK.instant(),
              AggregateRef.of(plan.id()),
              plan.id(),
              plan.version() + 1,
              "Late",
              null,
              List.of()));
    } else if (type == OrganisationId.class) {
      return dost.id();
    } else if (type == ExternalIdentifier.class) {
      return dost.profile().identifiers().iterator().next();
    } else if (type == Organisation.class) {
      return newOrganisation(israelInnovationAuthorityProfile());
    } else if (type == PersonId.class) {
      return dung.id();
    } else if (type == Person.class) {
      return newPerson("Doron Lebovich", CountryCode.IL);
    } else if (type == PlanId.class) {
      return plan.id();
    } else if (type == PlanCode.class) {
      return plan.code();
    } else if (type == CooperationPlan.class) {
      return newPlan("LATE-PLAN");
    } else if (type == ActivityId.class) {
      return week.id();
    } else if (type == Activity.class) {
      return newActivity(plan.id(), details(1, ActivityType.MEETING, en("Late"), "2019"));
    } else if (type == List.class && m.getName().equals("derive")) {
      return List.of(
          Period.of(new PeriodId(nextId()), PartialDate.ofYear(2019), PartialDate.ofYear(2019)));
    } else if (type == List.class && m.getName().equals("deriveAll")) {
      return List.of(
          Indicator.of(new IndicatorId(nextId()), en("Late"), Measure.UNIT)
              .derivedBy(Rule.CompletedActivities.ofTypes()));
    } else if (type == Rule.class) {
      return Rule.CompletedActivities.ofTypes();
    } else if (type == List.class) {
      return List.of(
          newActivity(plan.id(), details(1, ActivityType.MEETING, en("Late in a list"), "2019")));
    } else if (type == Viewer.class) {
      return new Viewer(dung.id(), LocalDate.of(2019, 1, 1));
    } else if (type == PlanAccess.class) {
      return PlanAccess.of(plan.id(), List.of());
    } else if (type == ActivityQuery.class) {
      return ActivityQuery.builder().build();
    } else if (type == PlanQuery.class) {
      return PlanQuery.builder().build();
    } else if (type == OrganisationQuery.class) {
      return OrganisationQuery.builder().build();
    } else if (type == PersonQuery.class) {
      return PersonQuery.builder().affiliatedWith(dost.id(), LocalDate.of(2019, 1, 1)).build();
    } else if (type == Category.class) {
      return new Category(CategoryCode.of("late"), null, en("Late"));
    } else if (type == Collection.class) {
      return List.of(CategoryCode.of("late"));
    } else if (type == ProfileId.class) {
      return new ProfileId(nextId());
    } else if (type == IntroductionId.class) {
      return new IntroductionId(nextId());
    } else if (type == TechnologyProfile.class) {
      return TechnologyProfile.draft(
          new ProfileId(nextId()),
          dost.id(),
          dung.id(),
          null,
          null,
          ProfileContent.builder()
              .kind(ProfileKind.TECHNOLOGY_OFFER)
              .title(en("Late offer"))
              .summary(en("Late"))
              .description(en("Late"))
              .partnership(PartnershipType.COMMERCIAL)
              .build());
    } else if (type == Introduction.class) {
      return Introduction.suggest(
          new IntroductionId(nextId()),
          new ProfileId(nextId()),
          new ProfileId(nextId()),
          null,
          null,
          LocalDate.of(2019, 1, 1));
    } else if (type == ProfileQuery.class) {
      return ProfileQuery.all(10);
    } else if (type == CandidateQuery.class) {
      return new CandidateQuery(
          new ProfileId(nextId()),
          dost.id(),
          Set.of(ProfileKind.TECHNOLOGY_REQUEST),
          null,
          null,
          Set.of(),
          LocalDate.of(2019, 1, 1),
          List.of(CategoryCode.of("late")),
          List.of("late"),
          10,
          10);
    } else if (type == LocalDate.class) {
      return LocalDate.of(2019, 1, 1);
    } else if (type == ResultId.class) {
      return result.id();
    } else if (type == IndicatorId.class) {
      return result.indicators().get(0).id();
    } else if (type == Result.class) {
      return Result.of(new ResultId(nextId()), plan.id(), 1, ResultType.OUTPUT, en("Late result"));
    } else if (type == ObservationId.class) {
      return observation.id();
    } else if (type == Observation.class) {
      return Observation.draft(
          new ObservationId(nextId()),
          result.indicators().get(0),
          result.indicators().get(0).periods().get(0).id(),
          Value.quantity(1),
          LocalDate.of(2019, 1, 1),
          ACTOR,
          Map.of(),
          CLOCK.instant());
    } else if (type == ProgressQuery.class) {
      return new ProgressQuery(plan.id(), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
    }
    throw new AssertionError(
        "the contract has no sample argument of type " + type.getName() + ": add one");
  }

  private static List<Method> methodsOf(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == type)
        .sorted(
            Comparator.comparing(AfterUnitContract::name)
                .thenComparing(m -> Arrays.toString(m.getParameterTypes())))
        .toList();
  }

  private static boolean isWrite(Method m) {
    return m.getName().startsWith("insert")
        || m.getName().startsWith("update")
        || m.getName().startsWith("save")
        || m.getName().equals("append")
        || m.getName().equals("erase");
  }

  /**
   * The path of the violation when argument {@code index} of a method is null: the method's one
   * path, or the one of that argument among its arguments that may be null.
   */
  private static String nullPath(Method m, int index) {
    String[] paths =
        Objects.requireNonNull(NULL_PATHS.get(name(m)), "a known method").split(",", -1);
    if (paths.length == 1) {
      return paths[0];
    }
    int nullable = 0;
    for (int i = 0; i < index; i++) {
      if (!m.getParameterTypes()[i].isPrimitive()) {
        nullable++;
      }
    }
    return paths[nullable];
  }

  private static String name(Method m) {
    return m.getDeclaringClass().getSimpleName() + "." + m.getName();
  }
}

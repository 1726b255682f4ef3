package io.github.coplan.storage.memory;

import io.github.coplan.domain.access.Grant;
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
import io.github.coplan.domain.error.Violation;
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
import io.github.coplan.domain.network.Network;
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
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.ActivitySummary;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.result.Evidence;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.domain.result.Rule;
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
import io.github.coplan.port.storage.RuleScan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
 * The repositories of one unit of work over a {@link MemoryState}, all of them in one object so
 * that a unit costs at most one small allocation. Writes apply at once and log what they replaced
 * in the store's {@link UndoLog}, which puts it back if the unit fails. Not thread-safe: one unit,
 * one thread.
 */
final class MemoryRepositories
    implements Repositories,
        OrganisationRepository,
        PersonRepository,
        PlanRepository,
        ActivityRepository,
        HistoryRepository,
        AccessRepository,
        MarketRepository,
        NetworkRepository,
        ResultRepository {

  private final MemoryState state;

  /** Where writes log what they replace; null in a read-only unit, which refuses every write. */
  private final @Nullable UndoLog undo;

  private final CurrentUnit thread;
  private final long unit;

  /**
   * The repositories of unit {@code unit} of {@code thread}; they answer only while it runs.
   *
   * @param undo the store's undo log for a writing unit, null for a read-only one
   */
  MemoryRepositories(MemoryState state, @Nullable UndoLog undo, CurrentUnit thread, long unit) {
    this.state = state;
    this.undo = undo;
    this.thread = thread;
    this.unit = unit;
  }

  @Override
  public OrganisationRepository organisations() {
    return this;
  }

  @Override
  public PersonRepository people() {
    return this;
  }

  @Override
  public PlanRepository plans() {
    return this;
  }

  @Override
  public ActivityRepository activities() {
    return this;
  }

  @Override
  public HistoryRepository history() {
    return this;
  }

  @Override
  public AccessRepository access() {
    return this;
  }

  @Override
  public MarketRepository market() {
    return this;
  }

  @Override
  public NetworkRepository network() {
    return this;
  }

  @Override
  public ResultRepository results() {
    return this;
  }

  private void checkRead() {
    if (!thread.isRunning(unit)) {
      throw new StorageException(
          "the unit of work has ended; its repositories are no longer valid", null);
    }
  }

  private UndoLog checkWrite(@Nullable Object value, String name) {
    checkRead();
    UndoLog log = undo;
    if (log == null) {
      throw new StorageException("a read-only unit of work cannot write", null);
    }
    if (value == null) {
      throw InvalidInputException.of(name, Violation.REQUIRED, "a value is required");
    }
    return log;
  }

  private static void requireId(@Nullable Object id) {
    if (id == null) {
      throw InvalidInputException.of("id", Violation.REQUIRED, "an id is required");
    }
  }

  private static void require(String name, @Nullable Object value) {
    if (value == null) {
      throw InvalidInputException.of(name, Violation.REQUIRED, "a value is required");
    }
  }

  // The id goes in as an object and becomes text only for the error: an update must not pay for
  // formatting a UUID it will almost never show.
  private static void requireNew(long version, String kind, Object id) {
    if (version != 0) {
      throw new ConflictException(kind, id.toString(), version);
    }
  }

  private static void requireVersion(long stored, long given, String kind, Object id) {
    if (stored != given) {
      throw new ConflictException(kind, id.toString(), given);
    }
  }

  // ---- results

  @Override
  public Optional<Result> findResult(ResultId id) {
    checkRead();
    requireId(id);
    return Optional.ofNullable(state.results.results.get(id));
  }

  @Override
  public Optional<Result> findResultOf(IndicatorId indicator) {
    checkRead();
    requireId(indicator);
    return Optional.ofNullable(state.results.resultOf(indicator));
  }

  @Override
  public List<Result> resultsOf(PlanId plan) {
    checkRead();
    require("plan", plan);
    return state.results.resultsOf(plan);
  }

  @Override
  public Result insertResult(Result result) {
    UndoLog log = checkWrite(result, "result");
    ResultId id = result.id();
    requireNew(result.version(), "result", id);
    if (state.results.results.containsKey(id)) {
      throw new DuplicateException(DuplicateException.ID, id.toString());
    }
    requireIndicatorsFree(result);
    return put(state, log, withVersion(result, result.plan(), 1));
  }

  @Override
  public Result updateResult(Result result) {
    UndoLog log = checkWrite(result, "result");
    ResultId id = result.id();
    Result stored = state.results.results.get(id);
    if (stored == null) {
      throw new NotFoundException("result", id.toString());
    }
    requireVersion(stored.version(), result.version(), "result", id);
    requireIndicatorsFree(result);
    return put(state, log, withVersion(result, stored.plan(), stored.version() + 1));
  }

  /** Refuses a result holding an indicator id that another stored result holds. */
  private void requireIndicatorsFree(Result result) {
    for (Indicator i : result.indicators()) {
      ResultId owner = state.results.resultByIndicator.get(i.id());
      if (owner != null && !owner.equals(result.id())) {
        throw new DuplicateException(DuplicateException.INDICATOR, i.id().toString());
      }
    }
  }

  /** A result of a plan and version, the rest as given. */
  private static Result withVersion(Result r, PlanId plan, long version) {
    return new Result(
        r.id(),
        plan,
        r.contentArea(),
        r.type(),
        r.title(),
        r.description(),
        r.indicators(),
        version);
  }

  private static Result put(MemoryState state, UndoLog log, Result value) {
    log.log(value.id(), state.results.putResult(value.id(), value));
    return value;
  }

  @Override
  public Optional<Observation> findObservation(ObservationId id) {
    checkRead();
    requireId(id);
    return Optional.ofNullable(state.results.observations.get(id));
  }

  @Override
  public Observation insertObservation(Observation observation) {
    UndoLog log = checkWrite(observation, "observation");
    ObservationId id = observation.id();
    requireNew(observation.version(), "observation", id);
    if (state.results.observations.containsKey(id)) {
      throw new DuplicateException(DuplicateException.ID, id.toString());
    }
    IndicatorId indicator = observation.indicator();
    if (!state.results.resultByIndicator.containsKey(indicator)) {
      throw new NotFoundException("indicator", indicator.toString());
    }
    return put(state, log, reviewed(observation, observation, 1));
  }

  @Override
  public Observation updateObservation(Observation observation) {
    UndoLog log = checkWrite(observation, "observation");
    ObservationId id = observation.id();
    Observation stored = state.results.observations.get(id);
    if (stored == null) {
      throw new NotFoundException("observation", id.toString());
    }
    requireVersion(stored.version(), observation.version(), "observation", id);
    return put(state, log, reviewed(stored, observation, stored.version() + 1));
  }

  /** An observation as first stored, with the review (status and note) of another, at a version. */
  private static Observation reviewed(Observation stored, Observation review, long version) {
    return new Observation(
        stored.id(),
        stored.indicator(),
        stored.period(),
        stored.value(),
        stored.observedOn(),
        stored.reporter(),
        stored.dimensions(),
        review.status(),
        review.note(),
        stored.recordedAt(),
        version);
  }

  private static Observation put(MemoryState state, UndoLog log, Observation value) {
    log.log(value.id(), state.results.putObservation(value.id(), value));
    return value;
  }

  @Override
  public List<Observation> observationsOf(IndicatorId indicator) {
    checkRead();
    require("indicator", indicator);
    return state.results.observationsOf(indicator);
  }

  @Override
  public List<Observation> observationsOfPlan(PlanId plan) {
    checkRead();
    require("plan", plan);
    return state.results.observationsOfPlan(plan);
  }

  @Override
  public Map<PeriodId, Long> derive(PlanId plan, Rule rule, List<Period> periods) {
    checkRead();
    requireAll("plan", plan, "rule", rule, "periods", periods);
    for (Period p : periods) {
      require("periods", p);
    }
    return RuleScan.derive(new Held(), plan, rule, periods);
  }

  @Override
  public List<Evidence> evidence(PlanId plan, Rule rule, LocalDate from, LocalDate to) {
    checkRead();
    requireAll("plan", plan, "rule", rule, "from", from, "to", to);
    return RuleScan.evidence(new Held(), plan, rule, from, to);
  }

  // ---- network

  @Override
  public void saveType(RelationshipType type) {
    UndoLog log = checkWrite(type, "type");
    log.log(type.code(), state.putType(type.code(), type));
  }

  @Override
  public Optional<RelationshipType> findType(RelationshipTypeCode code) {
    checkRead();
    requireId(code);
    return Optional.ofNullable(state.relationshipTypes.get(code));
  }

  @Override
  public List<RelationshipType> types() {
    checkRead();
    List<RelationshipType> types = new ArrayList<>(state.relationshipTypes.values());
    types.sort(java.util.Comparator.comparing(RelationshipType::code));
    return List.copyOf(types);
  }

  @Override
  public Optional<Relationship> findRelationship(RelationshipId id) {
    checkRead();
    requireId(id);
    return Optional.ofNullable(state.relationships.get(id));
  }

  @Override
  public Optional<Relationship> findTie(
      RelationshipTypeCode type, Participant from, Participant to, PartialDate start) {
    checkRead();
    requireAll("type", type, "from", from, "to", to, "start", start);
    RelationshipId id = state.relationshipsByTie.get(new MemoryState.TieKey(type, from, to, start));
    return Optional.ofNullable(id == null ? null : state.relationships.get(id));
  }

  @Override
  public Relationship insertRelationship(Relationship relationship) {
    UndoLog log = checkWrite(relationship, "relationship");
    RelationshipId id = relationship.id();
    requireNew(relationship.version(), "relationship", id);
    if (state.relationships.containsKey(id)) {
      throw new DuplicateException(DuplicateException.ID, id.toString());
    }
    requireTieFree(relationship);
    return put(state, log, Relationship.ForAdapters.withVersion(relationship, 1));
  }

  @Override
  public Relationship updateRelationship(Relationship relationship) {
    UndoLog log = checkWrite(relationship, "relationship");
    RelationshipId id = relationship.id();
    Relationship stored = state.relationships.get(id);
    if (stored == null) {
      throw new NotFoundException("relationship", id.toString());
    }
    requireVersion(stored.version(), relationship.version(), "relationship", id);
    requireTieFree(relationship);
    return put(
        state, log, Relationship.ForAdapters.withVersion(relationship, stored.version() + 1));
  }

  /** Refuses a relationship of the type, sides and start of another stored one. */
  private void requireTieFree(Relationship relationship) {
    RelationshipId other = state.relationshipsByTie.get(MemoryState.TieKey.of(relationship));
    if (other != null && !other.equals(relationship.id())) {
      throw new DuplicateException(
          DuplicateException.RELATIONSHIP,
          relationship.from()
              + " "
              + relationship.type()
              + " "
              + relationship.to()
              + " from "
              + relationship.start());
    }
  }

  private static Relationship put(MemoryState state, UndoLog log, Relationship value) {
    log.log(value.id(), state.putRelationship(value.id(), value));
    return value;
  }

  @Override
  public List<Relationship> relationshipsOf(Participant participant) {
    checkRead();
    require("participant", participant);
    List<Relationship> found = new ArrayList<>();
    for (RelationshipId id : state.relationshipsByParticipant.getOrDefault(participant, Set.of())) {
      Relationship r = state.relationships.get(id);
      if (r != null) {
        found.add(r);
      }
    }
    found.sort(NetworkScan.RELATIONSHIP_ORDER);
    return List.copyOf(found);
  }

  @Override
  public List<Relationship> relationshipsFrom(RelationshipSource source) {
    checkRead();
    require("source", source);
    List<Relationship> found = new ArrayList<>();
    for (Relationship r : state.relationships.values()) {
      if (source.equals(r.source())) {
        found.add(r);
      }
    }
    found.sort(NetworkScan.RELATIONSHIP_ORDER);
    return List.copyOf(found);
  }

  @Override
  public List<Connection> connectionsOf(
      Participant participant, LocalDate asOf, @Nullable Viewer viewer) {
    checkRead();
    requireAll("participant", participant, "asOf", asOf);
    return scan(viewer).connectionsOf(participant, asOf);
  }

  @Override
  public Network network(
      Participant root, int depth, LocalDate asOf, int limit, @Nullable Viewer viewer) {
    checkRead();
    requireAll("root", root, "asOf", asOf);
    if (depth < 1 || depth > 2) {
      throw InvalidInputException.of("depth", Violation.OUT_OF_RANGE, "1 or 2, was " + depth);
    }
    requireLimit(limit);
    return scan(viewer).network(root, depth, asOf, limit);
  }

  @Override
  public List<Connection> connectionsMade(ConnectionQuery query, @Nullable Viewer viewer) {
    checkRead();
    requireQuery(query);
    return scan(viewer).connectionsMade(query);
  }

  @Override
  public List<Connection> goneCold(
      Participant participant, LocalDate asOf, LocalDate cutoff, @Nullable Viewer viewer) {
    checkRead();
    requireAll("participant", participant, "asOf", asOf, "cutoff", cutoff);
    return scan(viewer).goneCold(participant, asOf, cutoff);
  }

  @Override
  public List<Degree> mostConnected(
      @Nullable PlanId plan, LocalDate from, LocalDate to, int limit, @Nullable Viewer viewer) {
    checkRead();
    requireAll("from", from, "to", to);
    requireLimit(limit);
    return scan(viewer).mostConnected(plan, from, to, limit);
  }

  /** Refuses the first missing of pairs of names and values. */
  private static void requireAll(Object... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      require((String) namesAndValues[i], namesAndValues[i + 1]);
    }
  }

  /** A scan of the held aggregates as a viewer sees them; a null viewer sees everything. */
  private NetworkScan scan(@Nullable Viewer viewer) {
    Set<Principal> principals = viewer == null ? null : principalsOf(viewer);
    return new NetworkScan(new Held(), plan -> state.visible(principals, plan));
  }

  /** The aggregates of the state, as a scan reads them. */
  private final class Held implements NetworkScan.Held, RuleScan.Held {

    @Override
    public Collection<Activity> activities() {
      return state.activities.values();
    }

    @Override
    public Collection<Activity> activitiesOf(Participant participant) {
      return found(state.activitiesOf(participant));
    }

    @Override
    public Collection<Activity> activitiesOf(PlanId plan) {
      return found(state.activitiesOf(plan));
    }

    private List<Activity> found(Collection<ActivityId> ids) {
      List<Activity> found = new ArrayList<>(ids.size());
      for (ActivityId id : ids) {
        Activity a = state.activities.get(id);
        // Null only in an optimistic read racing a writer, whose result is thrown away anyway.
        if (a != null) {
          found.add(a);
        }
      }
      return found;
    }

    @Override
    public Collection<Relationship> relationships() {
      return state.relationships.values();
    }

    @Override
    public Collection<Relationship> relationshipsOf(Participant participant) {
      return MemoryRepositories.this.relationshipsOf(participant);
    }

    @Override
    public @Nullable CountryCode country(Participant participant) {
      if (participant instanceof Participant.Person p) {
        Person person = state.people.get(p.id());
        return person == null ? null : person.profile().country();
      }
      Organisation o = state.organisations.get(((Participant.Organisation) participant).id());
      return o == null ? null : o.profile().country();
    }

    @Override
    public @Nullable CountryCode countryOf(PersonId id) {
      Person person = state.people.get(id);
      return person == null ? null : person.profile().country();
    }

    @Override
    public Collection<Introduction> introductionsOf(PlanId plan) {
      return state.market.introductionsOf(plan);
    }

    @Override
    public @Nullable OrganisationType type(Participant participant) {
      if (participant instanceof Participant.Organisation p) {
        Organisation o = state.organisations.get(p.id());
        return o == null ? null : o.profile().type();
      }
      return null;
    }
  }

  // ---- access

  @Override
  public Optional<PlanAccess> findByPlan(PlanId plan) {
    checkRead();
    requireId(plan);
    return Optional.ofNullable(state.access.get(plan));
  }

  @Override
  public Optional<PlanAccess> findFor(PlanId plan, Viewer viewer) {
    checkRead();
    requireId(plan);
    requireViewer(viewer);
    PlanAccess stored = state.access.get(plan);
    if (stored == null) {
      return Optional.empty();
    }
    Set<Principal> principals = principalsOf(viewer);
    List<Grant> theirs = new ArrayList<>();
    for (Grant g : stored.grants()) {
      if (principals.contains(g.principal())) {
        theirs.add(g);
      }
    }
    return Optional.of(
        PlanAccess.ForAdapters.restore(plan, stored.visibility(), theirs, stored.version()));
  }

  @Override
  public Set<Principal> principalsOf(Viewer viewer) {
    checkRead();
    requireViewer(viewer);
    Person person = state.people.get(viewer.person());
    return viewer.principals(person == null ? List.of() : person.affiliations());
  }

  private static void requireViewer(@Nullable Viewer viewer) {
    if (viewer == null) {
      throw InvalidInputException.of("viewer", Violation.REQUIRED, "a viewer is required");
    }
  }

  @Override
  public PlanAccess insert(PlanAccess access) {
    UndoLog log = checkWrite(access, "access");
    PlanId plan = access.plan();
    requireNew(access.version(), "plan access", plan);
    if (state.access.containsKey(plan)) {
      throw new DuplicateException(DuplicateException.ID, plan.toString());
    }
    return put(state, log, PlanAccess.ForAdapters.withVersion(access, 1));
  }

  @Override
  public PlanAccess update(PlanAccess access) {
    UndoLog log = checkWrite(access, "access");
    PlanId plan = access.plan();
    PlanAccess stored = state.access.get(plan);
    if (stored == null) {
      throw new NotFoundException("plan access", plan.toString());
    }
    requireVersion(stored.version(), access.version(), "plan access", plan);
    return put(state, log, PlanAccess.ForAdapters.withVersion(access, stored.version() + 1));
  }

  private static PlanAccess put(MemoryState state, UndoLog log, PlanAccess value) {
    log.log(new UndoLog.AccessOf(value.plan()), state.putAccess(value.plan(), value));
    return value;
  }

  // ---- history

  @Override
  public List<ChangeRecord> append(List<ChangeRecord> records) {
    UndoLog log = checkWrite(records, "records");
    int i = 0;
    for (ChangeRecord r : records) {
      if (r == null) {
        throw InvalidInputException.of(
            "records[" + i + "]", Violation.REQUIRED, "a record is required");
      }
      i++;
    }
    List<ChangeRecord> stored = new ArrayList<>(records.size());
    for (ChangeRecord r : records) {
      ChangeRecord appended = state.history.append(r);
      log.log(appended, null);
      stored.add(appended);
    }
    return List.copyOf(stored);
  }

  @Override
  public void erase(AggregateRef aggregate, Set<String> fields) {
    UndoLog log = checkWrite(aggregate, "id");
    checkFields(fields);
    for (ChangeRecord[] pair : state.history.erase(aggregate, fields)) {
      log.log(pair[1], pair[0]);
    }
  }

  /** Refuses a missing set of field names, or a missing name in it. */
  private static void checkFields(@Nullable Set<String> fields) {
    if (fields == null) {
      throw InvalidInputException.of("fields", Violation.REQUIRED, "a set of fields is required");
    }
    int i = 0;
    for (String field : fields) {
      if (field == null) {
        throw InvalidInputException.of(
            "fields[" + i + "]", Violation.REQUIRED, "a field name is required");
      }
      i++;
    }
  }

  @Override
  public List<ChangeRecord> ofAggregate(AggregateRef aggregate, long beforeVersion, int limit) {
    checkRead();
    requireId(aggregate);
    requireLimit(limit);
    return List.copyOf(state.history.ofAggregate(aggregate, beforeVersion, limit));
  }

  @Override
  public List<ChangeRecord> ofPlan(PlanId plan, long afterSequence, int limit) {
    checkRead();
    requireId(plan);
    requireLimit(limit);
    return List.copyOf(state.history.ofPlan(plan, afterSequence, limit));
  }

  private static void requireLimit(int limit) {
    if (limit < 1) {
      throw InvalidInputException.of(
          "limit", Violation.OUT_OF_RANGE, "a limit is at least 1, was " + limit);
    }
  }

  // ---- market

  @Override
  public void saveCategory(Category category) {
    UndoLog log = checkWrite(category, "category");
    MarketState market = state.market;
    CategoryCode code = category.code();
    log.log(code, market.putCategory(code, market.place(category)));
  }

  @Override
  public Map<CategoryCode, CategoryLineage> lineages(Collection<CategoryCode> codes) {
    checkRead();
    require("codes", codes);
    Map<CategoryCode, CategoryLineage> found = new HashMap<>();
    int i = 0;
    for (CategoryCode code : codes) {
      require("codes[" + i + "]", code);
      MarketState.Placed placed = state.market.category(code);
      if (placed != null) {
        found.put(code, placed.lineage());
      }
      i++;
    }
    return Map.copyOf(found);
  }

  @Override
  public List<Category> taxonomy() {
    checkRead();
    return state.market.taxonomy();
  }

  @Override
  public Optional<TechnologyProfile> findProfile(ProfileId id) {
    checkRead();
    requireId(id);
    return Optional.ofNullable(state.market.profile(id));
  }

  @Override
  public TechnologyProfile insertProfile(TechnologyProfile profile) {
    UndoLog log = checkWrite(profile, "profile");
    ProfileId id = profile.id();
    requireNew(profile.version(), "profile", id);
    if (state.market.profile(id) != null) {
      throw new DuplicateException(DuplicateException.ID, id.toString());
    }
    return put(state, log, TechnologyProfile.ForAdapters.withVersion(profile, 1));
  }

  @Override
  public TechnologyProfile updateProfile(TechnologyProfile profile) {
    UndoLog log = checkWrite(profile, "profile");
    ProfileId id = profile.id();
    TechnologyProfile stored = state.market.profile(id);
    if (stored == null) {
      throw new NotFoundException("profile", id.toString());
    }
    requireVersion(stored.version(), profile.version(), "profile", id);
    return put(
        state, log, TechnologyProfile.ForAdapters.withVersion(profile, stored.version() + 1));
  }

  private static TechnologyProfile put(MemoryState state, UndoLog log, TechnologyProfile value) {
    log.log(value.id(), state.market.putProfile(value.id(), value));
    return value;
  }

  @Override
  public List<TechnologyProfile> searchProfiles(ProfileQuery query) {
    checkRead();
    requireQuery(query);
    return state.market.search(query);
  }

  @Override
  public List<TechnologyProfile> candidates(CandidateQuery query) {
    checkRead();
    requireQuery(query);
    return state.market.candidates(query, state.organisations);
  }

  @Override
  public Optional<Introduction> findIntroduction(IntroductionId id) {
    checkRead();
    requireId(id);
    return Optional.ofNullable(state.market.introduction(id));
  }

  @Override
  public Optional<Introduction> findIntroductionBetween(ProfileId request, ProfileId offer) {
    checkRead();
    require("request", request);
    require("offer", offer);
    return Optional.ofNullable(state.market.introductionBetween(request, offer));
  }

  @Override
  public Introduction insertIntroduction(Introduction introduction) {
    UndoLog log = checkWrite(introduction, "introduction");
    IntroductionId id = introduction.id();
    requireNew(introduction.version(), "introduction", id);
    if (state.market.introduction(id) != null) {
      throw new DuplicateException(DuplicateException.ID, id.toString());
    }
    requirePairFree(introduction);
    return put(state, log, Introduction.ForAdapters.withVersion(introduction, 1));
  }

  @Override
  public Introduction updateIntroduction(Introduction introduction) {
    UndoLog log = checkWrite(introduction, "introduction");
    IntroductionId id = introduction.id();
    Introduction stored = state.market.introduction(id);
    if (stored == null) {
      throw new NotFoundException("introduction", id.toString());
    }
    requireVersion(stored.version(), introduction.version(), "introduction", id);
    requirePairFree(introduction);
    return put(
        state, log, Introduction.ForAdapters.withVersion(introduction, stored.version() + 1));
  }

  /** Refuses an introduction of a request and an offer that another introduction introduced. */
  private void requirePairFree(Introduction introduction) {
    Introduction other =
        state.market.introductionBetween(introduction.request(), introduction.offer());
    if (other != null && !other.id().equals(introduction.id())) {
      throw new DuplicateException(
          DuplicateException.INTRODUCTION, introduction.request() + "→" + introduction.offer());
    }
  }

  private static Introduction put(MemoryState state, UndoLog log, Introduction value) {
    log.log(value.id(), state.market.putIntroduction(value.id(), value));
    return value;
  }

  @Override
  public List<Introduction> introductionsOf(ProfileId profile) {
    checkRead();
    requireId(profile);
    return state.market.introductionsOf(profile);
  }

  @Override
  public List<MarketCounts> counts(PlanId plan, LocalDate from, LocalDate to) {
    checkRead();
    requireId(plan);
    require("from", from);
    require("to", to);
    return state.market.counts(plan, from, to);
  }

  // ---- organisations

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
    return id == null ? Optional.empty() : Optional.ofNullable(state.organisations.get(id));
  }

  @Override
  public Organisation insert(Organisation organisation) {
    UndoLog log = checkWrite(organisation, "organisation");
    OrganisationId id = organisation.id();
    requireNew(organisation.version(), "organisation", id);
    if (state.organisations.containsKey(id)) {
      throw new DuplicateException(DuplicateException.ID, id.toString());
    }
    checkIdentifiers(organisation);
    return put(state, log, Aggregates.withVersion(organisation, 1));
  }

  @Override
  public Organisation update(Organisation organisation) {
    UndoLog log = checkWrite(organisation, "organisation");
    OrganisationId id = organisation.id();
    Organisation stored = state.organisations.get(id);
    if (stored == null) {
      throw new NotFoundException("organisation", id.toString());
    }
    requireVersion(stored.version(), organisation.version(), "organisation", id);
    checkIdentifiers(organisation);
    return put(state, log, Aggregates.withVersion(organisation, stored.version() + 1));
  }

  @Override
  public Page<Organisation> search(OrganisationQuery query) {
    checkRead();
    requireQuery(query);
    List<Organisation> rows = new ArrayList<>();
    long total = 0;
    for (Organisation o : state.organisations.values()) {
      if (OrganisationQuery.ForAdapters.matches(query, o)) {
        total++;
        if (OrganisationQuery.ForAdapters.isAfterCursor(query, o)) {
          rows.add(o);
        }
      }
    }
    rows.sort(query.sort().comparator());
    return OrganisationQuery.ForAdapters.toPage(
        query, firstOf(rows, query.pageSize()), query.countTotal() ? total : null);
  }

  private void checkIdentifiers(Organisation organisation) {
    for (ExternalIdentifier identifier : organisation.profile().identifiers()) {
      OrganisationId owner = state.organisationsByIdentifier.get(identifier);
      if (owner != null && !owner.equals(organisation.id())) {
        throw new DuplicateException(
            DuplicateException.ORGANISATION_IDENTIFIER, identifier.toString());
      }
    }
  }

  // The puts are static so that this object is not handed to code the compiler may not inline:
  // kept local, a unit's object can be optimised away.
  private static Organisation put(MemoryState state, UndoLog log, Organisation value) {
    log.log(value.id(), state.putOrganisation(value.id(), value));
    return value;
  }

  // ---- people

  @Override
  public Optional<Person> findById(PersonId id) {
    checkRead();
    requireId(id);
    return Optional.ofNullable(state.people.get(id));
  }

  @Override
  public Person insert(Person person) {
    UndoLog log = checkWrite(person, "person");
    PersonId id = person.id();
    requireNew(person.version(), "person", id);
    if (state.people.containsKey(id)) {
      throw new DuplicateException(DuplicateException.ID, id.toString());
    }
    return put(state, log, Aggregates.withVersion(person, 1));
  }

  @Override
  public Person update(Person person) {
    UndoLog log = checkWrite(person, "person");
    PersonId id = person.id();
    Person stored = state.people.get(id);
    if (stored == null) {
      throw new NotFoundException("person", id.toString());
    }
    requireVersion(stored.version(), person.version(), "person", id);
    return put(state, log, Aggregates.withVersion(person, stored.version() + 1));
  }

  @Override
  public Page<Person> search(PersonQuery query) {
    checkRead();
    requireQuery(query);
    query.requireDay();
    List<Person> rows = new ArrayList<>();
    long total = 0;
    for (Person p : state.people.values()) {
      if (PersonQuery.ForAdapters.matches(query, p)) {
        total++;
        if (PersonQuery.ForAdapters.isAfterCursor(query, p)) {
          rows.add(p);
        }
      }
    }
    rows.sort(query.sort().comparator());
    return PersonQuery.ForAdapters.toPage(
        query, firstOf(rows, query.pageSize()), query.countTotal() ? total : null);
  }

  private static Person put(MemoryState state, UndoLog log, Person value) {
    log.log(value.id(), state.putPerson(value.id(), value));
    return value;
  }

  // ---- plans

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
    return id == null ? Optional.empty() : Optional.ofNullable(state.plans.get(id));
  }

  @Override
  public CooperationPlan insert(CooperationPlan plan) {
    UndoLog log = checkWrite(plan, "plan");
    PlanId id = plan.id();
    requireNew(plan.version(), "plan", id);
    if (state.plans.containsKey(id)) {
      throw new DuplicateException(DuplicateException.ID, id.toString());
    }
    checkCode(plan);
    return put(state, log, Aggregates.withVersion(plan, 1));
  }

  @Override
  public CooperationPlan update(CooperationPlan plan) {
    UndoLog log = checkWrite(plan, "plan");
    PlanId id = plan.id();
    CooperationPlan stored = state.plans.get(id);
    if (stored == null) {
      throw new NotFoundException("plan", id.toString());
    }
    requireVersion(stored.version(), plan.version(), "plan", id);
    checkCode(plan);
    return put(state, log, Aggregates.withVersion(plan, stored.version() + 1));
  }

  @Override
  public Page<CooperationPlan> search(PlanQuery query) {
    checkRead();
    requireQuery(query);
    List<CooperationPlan> rows = new ArrayList<>();
    long total = 0;
    for (CooperationPlan p : state.plans.values()) {
      if (PlanQuery.ForAdapters.matches(query, p) && state.visible(query.visibleTo(), p.id())) {
        total++;
        if (PlanQuery.ForAdapters.isAfterCursor(query, p)) {
          rows.add(p);
        }
      }
    }
    rows.sort(query.sort().comparator());
    return PlanQuery.ForAdapters.toPage(
        query, firstOf(rows, query.pageSize()), query.countTotal() ? total : null);
  }

  private void checkCode(CooperationPlan plan) {
    PlanId owner = state.plansByCode.get(plan.code());
    if (owner != null && !owner.equals(plan.id())) {
      throw new DuplicateException(DuplicateException.PLAN_CODE, plan.code().value());
    }
  }

  private static CooperationPlan put(MemoryState state, UndoLog log, CooperationPlan value) {
    log.log(value.id(), state.putPlan(value.id(), value));
    return value;
  }

  // ---- activities

  @Override
  public Optional<Activity> findById(ActivityId id) {
    checkRead();
    requireId(id);
    return Optional.ofNullable(state.activities.get(id));
  }

  @Override
  public Optional<Activity> findVisible(ActivityId id, Viewer viewer) {
    checkRead();
    requireId(id);
    requireViewer(viewer);
    Activity activity = state.activities.get(id);
    return activity != null && state.visible(principalsOf(viewer), activity.plan())
        ? Optional.of(activity)
        : Optional.empty();
  }

  @Override
  public Activity insert(Activity activity) {
    UndoLog log = checkWrite(activity, "activity");
    ActivityId id = activity.id();
    requireNew(activity.version(), "activity", id);
    if (state.activities.containsKey(id)) {
      throw new DuplicateException(DuplicateException.ID, id.toString());
    }
    return put(state, log, Aggregates.withVersion(activity, 1));
  }

  @Override
  public Activity update(Activity activity) {
    UndoLog log = checkWrite(activity, "activity");
    ActivityId id = activity.id();
    Activity stored = state.activities.get(id);
    if (stored == null) {
      throw new NotFoundException("activity", id.toString());
    }
    requireVersion(stored.version(), activity.version(), "activity", id);
    return put(state, log, Aggregates.withVersion(activity, stored.version() + 1));
  }

  private static Activity put(MemoryState state, UndoLog log, Activity value) {
    log.log(value.id(), state.putActivity(value.id(), value));
    return value;
  }

  @Override
  public Page<Activity> search(ActivityQuery query) {
    checkRead();
    requireQuery(query);
    List<Activity> rows = new ArrayList<>();
    long total = 0;
    for (ActivityId id : candidates(query)) {
      Activity a = state.activities.get(id);
      // Null only in an optimistic read racing a writer, whose result is thrown away anyway.
      if (a != null
          && ActivityQuery.ForAdapters.matches(query, a)
          && state.visible(query.visibleTo(), a.plan())) {
        total++;
        if (ActivityQuery.ForAdapters.isAfterCursor(query, a)) {
          rows.add(a);
        }
      }
    }
    rows.sort(query.sort().comparator());
    return ActivityQuery.ForAdapters.toPage(
        query, firstOf(rows, query.pageSize()), query.countTotal() ? total : null);
  }

  /**
   * The rows a page needs of sorted candidates: its own and one more, which tells that a next page
   * follows.
   */
  private static <T> List<T> firstOf(List<T> rows, int pageSize) {
    return rows.subList(0, Math.min(rows.size(), pageSize + 1));
  }

  private static void requireQuery(@Nullable Object query) {
    if (query == null) {
      throw InvalidInputException.of("query", Violation.REQUIRED, "a query is required");
    }
  }

  /** The narrowest index for the query, as a database would choose it. */
  private Collection<ActivityId> candidates(ActivityQuery query) {
    Collection<ActivityId> byPlan = query.plan() == null ? null : state.activitiesOf(query.plan());
    Collection<ActivityId> byParticipant =
        query.participant() == null ? null : state.activitiesOf(query.participant());
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
    requireQuery(query);
    Map<Integer, Map<ActivityStatus, Long>> byStatus = new TreeMap<>();
    Map<Integer, long[]> overdueAndUpcoming = new HashMap<>();
    Set<Participant> participants = new HashSet<>();
    List<Activity> overdue = new ArrayList<>();
    List<Activity> upcoming = new ArrayList<>();
    for (ActivityId id : state.activitiesOf(query.plan())) {
      Activity a = state.activities.get(id);
      if (a == null) {
        continue; // only in an optimistic read racing a writer, whose result is thrown away anyway
      }
      int area = a.details().contentArea();
      byStatus
          .computeIfAbsent(area, k -> new EnumMap<>(ActivityStatus.class))
          .merge(a.status(), 1L, Long::sum);
      long[] counts = overdueAndUpcoming.computeIfAbsent(area, k -> new long[2]);
      if (query.isOverdue(a)) {
        counts[0]++;
        overdue.add(a);
      }
      if (query.isUpcoming(a)) {
        counts[1]++;
        upcoming.add(a);
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
    byStatus.forEach(
        (area, counts) -> {
          // filled row by row with byStatus: every area has its counts, the default only tells the
          // checker so
          long[] ou = overdueAndUpcoming.getOrDefault(area, new long[2]);
          areas.add(new ContentAreaProgress(area, counts, ou[0], ou[1]));
        });
    Map<CountryCode, Long> people = new TreeMap<>();
    Map<CountryCode, Long> organisations = new TreeMap<>();
    Map<OrganisationType, Long> byType = new EnumMap<>(OrganisationType.class);
    for (Participant p : participants) {
      if (p instanceof Participant.Organisation organisation) {
        Organisation o = state.organisations.get(organisation.id());
        if (o != null) {
          organisations.merge(o.profile().country(), 1L, Long::sum);
          byType.merge(o.profile().type(), 1L, Long::sum);
        }
      } else {
        Person person = state.people.get(((Participant.Person) p).id());
        if (person != null) {
          people.merge(person.profile().country(), 1L, Long::sum);
        }
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

  /**
   * The first activities in the order of a report's lists, summarised: immutable values, shared
   * with nothing the store changes.
   */
  private static List<ActivitySummary> first(List<Activity> found, int limit) {
    return found.stream()
        .sorted(ActivitySort.DEFAULT.comparator())
        .limit(limit)
        .map(ActivitySummary::of)
        .toList();
  }
}

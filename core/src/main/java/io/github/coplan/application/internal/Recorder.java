package io.github.coplan.application.internal;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.access.Viewer;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.history.Snapshots;
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
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The repositories of one command, recording what it writes: each insert or update becomes a {@link
 * ChangeRecord} of the fields that changed since the aggregate was read (or last written) in this
 * command, appended to the history by {@link #flush} at the command's end, in the same unit of
 * work. One per run of a command: a unit of work run again gets a fresh recorder.
 *
 * <p>A command may have the values of some fields of some aggregates withheld: its records list no
 * change of those fields at all, so that a command that erases them (forgetting a person) does not
 * write them into the history again.
 */
final class Recorder implements Repositories {

  private final Repositories delegate;

  /**
   * What the command knows of each aggregate: the aggregate as it read it, or the fields of what it
   * last wrote. An aggregate read is turned into fields only when the command writes it, so that
   * reads the command makes for its checks cost nothing more.
   */
  private final Map<AggregateRef, Known> known = new HashMap<>();

  private final List<Pending> records = new ArrayList<>();
  private final UUID command;
  private final Actor actor;
  private final Instant at;

  /** The fields whose changes the records leave out, by aggregate. */
  private final Map<AggregateRef, Set<String>> withheld;

  private final OrganisationRepository organisations;
  private final PersonRepository people;
  private final PlanRepository plans;
  private final ActivityRepository activities;
  private final AccessRepository access;
  private final MarketRepository market;
  private final NetworkRepository network;
  private final ResultRepository results;

  Recorder(
      Repositories delegate,
      UUID command,
      Actor actor,
      Instant at,
      Map<AggregateRef, Set<String>> withheld) {
    this.delegate = delegate;
    this.command = command;
    this.actor = actor;
    this.at = at;
    this.withheld = withheld;
    this.organisations = new Organisations(delegate.organisations());
    this.people = new People(delegate.people());
    this.plans = new Plans(delegate.plans());
    this.activities = new Activities(delegate.activities());
    this.access = new Access(delegate.access());
    this.market = new Market(delegate.market());
    this.network = new Net(delegate.network());
    this.results = new Res(delegate.results());
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
    return delegate.history();
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

  @Override
  public ResultRepository results() {
    return results;
  }

  /** Appends the records of what the command wrote, if it wrote anything. */
  void flush(String commandName, @Nullable String reason) {
    if (records.isEmpty()) {
      return;
    }
    List<ChangeRecord> named = new ArrayList<>(records.size());
    for (Pending r : records) {
      named.add(
          new ChangeRecord(
              0,
              command,
              actor,
              at,
              r.ref(),
              r.plan(),
              r.version(),
              commandName,
              reason,
              r.changes()));
    }
    records.clear();
    delegate.history().append(named);
  }

  private <A> Optional<A> read(AggregateRef ref, Optional<A> found) {
    found.ifPresent(a -> known.putIfAbsent(ref, new Known(a)));
    return found;
  }

  private <A> A wrote(
      AggregateRef ref, @Nullable PlanId plan, long version, A written, boolean created) {
    Known seen = known.get(ref);
    SortedMap<String, String> before = created || seen == null ? null : seen.fields();
    SortedMap<String, String> after = Snapshots.ofAny(written);
    known.put(ref, new Known(after));
    List<FieldChange> changes =
        FieldChange.between(before == null ? new TreeMap<>() : before, after);
    Set<String> withheldFields = withheld.get(ref);
    if (withheldFields != null) {
      List<FieldChange> kept = new ArrayList<>(changes.size());
      for (FieldChange c : changes) {
        if (!withheldFields.contains(c.field())) {
          kept.add(c);
        }
      }
      changes = kept;
    }
    records.add(new Pending(ref, plan, version, changes));
    return written;
  }

  private void beforeOf(AggregateRef ref, Optional<?> stored) {
    known.put(ref, new Known(stored.isPresent() ? stored.get() : new TreeMap<String, String>()));
  }

  /** An aggregate as read, or the fields of one written; turned into fields once, when asked. */
  private static final class Known {
    private Object value;

    Known(Object value) {
      this.value = value;
    }

    @SuppressWarnings("unchecked") // a SortedMap is only ever the fields this class made
    SortedMap<String, String> fields() {
      if (!(value instanceof SortedMap)) {
        value = Snapshots.ofAny(value);
      }
      return (SortedMap<String, String>) value;
    }
  }

  /** A change recorded, waiting for the command's name and reason. */
  private record Pending(
      AggregateRef ref, @Nullable PlanId plan, long version, List<FieldChange> changes) {}

  private final class Access implements AccessRepository {
    private final AccessRepository d;

    Access(AccessRepository d) {
      this.d = d;
    }

    @Override
    public Optional<PlanAccess> findByPlan(PlanId plan) {
      Optional<PlanAccess> found = d.findByPlan(plan);
      return found.isPresent() ? read(AggregateRef.accessOf(found.get().plan()), found) : found;
    }

    /** Not kept as read: what it returns is not the access as stored. */
    @Override
    public Optional<PlanAccess> findFor(PlanId plan, Viewer viewer) {
      return d.findFor(plan, viewer);
    }

    @Override
    public Set<Principal> principalsOf(Viewer viewer) {
      return d.principalsOf(viewer);
    }

    @Override
    public PlanAccess insert(PlanAccess a) {
      PlanAccess stored = d.insert(a);
      return wrote(
          AggregateRef.accessOf(stored.plan()), stored.plan(), stored.version(), stored, true);
    }

    @Override
    public PlanAccess update(PlanAccess a) {
      AggregateRef ref = AggregateRef.accessOf(a.plan());
      if (!known.containsKey(ref)) {
        beforeOf(ref, d.findByPlan(a.plan()));
      }
      PlanAccess stored = d.update(a);
      return wrote(ref, stored.plan(), stored.version(), stored, false);
    }
  }

  private final class Organisations implements OrganisationRepository {
    private final OrganisationRepository d;

    Organisations(OrganisationRepository d) {
      this.d = d;
    }

    @Override
    public Optional<Organisation> findById(OrganisationId id) {
      Optional<Organisation> found = d.findById(id);
      return found.isPresent() ? read(AggregateRef.of(found.get().id()), found) : found;
    }

    @Override
    public Optional<Organisation> findByIdentifier(ExternalIdentifier identifier) {
      Optional<Organisation> found = d.findByIdentifier(identifier);
      return found.isPresent() ? read(AggregateRef.of(found.get().id()), found) : found;
    }

    @Override
    public Organisation insert(Organisation organisation) {
      Organisation stored = d.insert(organisation);
      return wrote(AggregateRef.of(stored.id()), null, stored.version(), stored, true);
    }

    @Override
    public Organisation update(Organisation organisation) {
      AggregateRef ref = AggregateRef.of(organisation.id());
      if (!known.containsKey(ref)) {
        beforeOf(ref, d.findById(organisation.id()));
      }
      Organisation stored = d.update(organisation);
      return wrote(ref, null, stored.version(), stored, false);
    }

    @Override
    public Page<Organisation> search(OrganisationQuery query) {
      return d.search(query);
    }
  }

  private final class People implements PersonRepository {
    private final PersonRepository d;

    People(PersonRepository d) {
      this.d = d;
    }

    @Override
    public Optional<Person> findById(PersonId id) {
      Optional<Person> found = d.findById(id);
      return found.isPresent() ? read(AggregateRef.of(found.get().id()), found) : found;
    }

    @Override
    public Person insert(Person person) {
      Person stored = d.insert(person);
      return wrote(AggregateRef.of(stored.id()), null, stored.version(), stored, true);
    }

    @Override
    public Person update(Person person) {
      AggregateRef ref = AggregateRef.of(person.id());
      if (!known.containsKey(ref)) {
        beforeOf(ref, d.findById(person.id()));
      }
      Person stored = d.update(person);
      return wrote(ref, null, stored.version(), stored, false);
    }

    @Override
    public Page<Person> search(PersonQuery query) {
      return d.search(query);
    }
  }

  private final class Plans implements PlanRepository {
    private final PlanRepository d;

    Plans(PlanRepository d) {
      this.d = d;
    }

    @Override
    public Optional<CooperationPlan> findById(PlanId id) {
      Optional<CooperationPlan> found = d.findById(id);
      return found.isPresent() ? read(AggregateRef.of(found.get().id()), found) : found;
    }

    @Override
    public Optional<CooperationPlan> findByCode(PlanCode code) {
      Optional<CooperationPlan> found = d.findByCode(code);
      return found.isPresent() ? read(AggregateRef.of(found.get().id()), found) : found;
    }

    @Override
    public CooperationPlan insert(CooperationPlan plan) {
      CooperationPlan stored = d.insert(plan);
      return wrote(AggregateRef.of(stored.id()), stored.id(), stored.version(), stored, true);
    }

    @Override
    public CooperationPlan update(CooperationPlan plan) {
      AggregateRef ref = AggregateRef.of(plan.id());
      if (!known.containsKey(ref)) {
        beforeOf(ref, d.findById(plan.id()));
      }
      CooperationPlan stored = d.update(plan);
      return wrote(ref, stored.id(), stored.version(), stored, false);
    }

    @Override
    public Page<CooperationPlan> search(PlanQuery query) {
      return d.search(query);
    }
  }

  private final class Activities implements ActivityRepository {
    private final ActivityRepository d;

    Activities(ActivityRepository d) {
      this.d = d;
    }

    @Override
    public Optional<Activity> findById(ActivityId id) {
      Optional<Activity> found = d.findById(id);
      return found.isPresent() ? read(AggregateRef.of(found.get().id()), found) : found;
    }

    /** Not kept as read: a read of the use cases that only read, never a command's. */
    @Override
    public Optional<Activity> findVisible(ActivityId id, Viewer viewer) {
      return d.findVisible(id, viewer);
    }

    @Override
    public Activity insert(Activity activity) {
      Activity stored = d.insert(activity);
      return wrote(AggregateRef.of(stored.id()), stored.plan(), stored.version(), stored, true);
    }

    @Override
    public List<Activity> insertAll(List<Activity> activities) {
      List<Activity> stored = d.insertAll(activities);
      for (Activity a : stored) {
        wrote(AggregateRef.of(a.id()), a.plan(), a.version(), a, true);
      }
      return stored;
    }

    @Override
    public Activity update(Activity activity) {
      AggregateRef ref = AggregateRef.of(activity.id());
      if (!known.containsKey(ref)) {
        beforeOf(ref, d.findById(activity.id()));
      }
      Activity stored = d.update(activity);
      return wrote(ref, stored.plan(), stored.version(), stored, false);
    }

    @Override
    public Page<Activity> search(ActivityQuery query) {
      return d.search(query);
    }

    @Override
    public PlanProgress progress(ProgressQuery query) {
      return d.progress(query);
    }
  }

  /**
   * Records the profiles and introductions a command writes. The taxonomy is reference data: its
   * categories are not recorded.
   */
  private final class Market implements MarketRepository {
    private final MarketRepository d;

    Market(MarketRepository d) {
      this.d = d;
    }

    @Override
    public void saveCategory(Category category) {
      d.saveCategory(category);
    }

    @Override
    public Map<CategoryCode, CategoryLineage> lineages(Collection<CategoryCode> codes) {
      return d.lineages(codes);
    }

    @Override
    public List<Category> taxonomy() {
      return d.taxonomy();
    }

    @Override
    public Optional<TechnologyProfile> findProfile(ProfileId id) {
      Optional<TechnologyProfile> found = d.findProfile(id);
      return found.isPresent() ? read(AggregateRef.of(found.get().id()), found) : found;
    }

    @Override
    public TechnologyProfile insertProfile(TechnologyProfile profile) {
      TechnologyProfile stored = d.insertProfile(profile);
      return wrote(AggregateRef.of(stored.id()), stored.plan(), stored.version(), stored, true);
    }

    @Override
    public TechnologyProfile updateProfile(TechnologyProfile profile) {
      AggregateRef ref = AggregateRef.of(profile.id());
      if (!known.containsKey(ref)) {
        beforeOf(ref, d.findProfile(profile.id()));
      }
      TechnologyProfile stored = d.updateProfile(profile);
      return wrote(ref, stored.plan(), stored.version(), stored, false);
    }

    @Override
    public List<TechnologyProfile> searchProfiles(ProfileQuery query) {
      return d.searchProfiles(query);
    }

    @Override
    public List<TechnologyProfile> candidates(CandidateQuery query) {
      return d.candidates(query);
    }

    @Override
    public Optional<Introduction> findIntroduction(IntroductionId id) {
      Optional<Introduction> found = d.findIntroduction(id);
      return found.isPresent() ? read(AggregateRef.of(found.get().id()), found) : found;
    }

    @Override
    public Optional<Introduction> findIntroductionBetween(ProfileId request, ProfileId offer) {
      Optional<Introduction> found = d.findIntroductionBetween(request, offer);
      return found.isPresent() ? read(AggregateRef.of(found.get().id()), found) : found;
    }

    @Override
    public Introduction insertIntroduction(Introduction introduction) {
      Introduction stored = d.insertIntroduction(introduction);
      return wrote(AggregateRef.of(stored.id()), stored.plan(), stored.version(), stored, true);
    }

    @Override
    public Introduction updateIntroduction(Introduction introduction) {
      AggregateRef ref = AggregateRef.of(introduction.id());
      if (!known.containsKey(ref)) {
        beforeOf(ref, d.findIntroduction(introduction.id()));
      }
      Introduction stored = d.updateIntroduction(introduction);
      return wrote(ref, stored.plan(), stored.version(), stored, false);
    }

    @Override
    public List<Introduction> introductionsOf(ProfileId profile) {
      return d.introductionsOf(profile);
    }

    @Override
    public List<MarketCounts> counts(PlanId plan, LocalDate from, LocalDate to) {
      return d.counts(plan, from, to);
    }
  }

  /**
   * Records the relationships a command writes. Relationship types are reference data, and the
   * connections are derived: neither is recorded.
   */
  private final class Net implements NetworkRepository {
    private final NetworkRepository d;

    Net(NetworkRepository d) {
      this.d = d;
    }

    @Override
    public void saveType(RelationshipType type) {
      d.saveType(type);
    }

    @Override
    public Optional<RelationshipType> findType(RelationshipTypeCode code) {
      return d.findType(code);
    }

    @Override
    public List<RelationshipType> types() {
      return d.types();
    }

    @Override
    public Optional<Relationship> findRelationship(RelationshipId id) {
      Optional<Relationship> found = d.findRelationship(id);
      return found.isPresent() ? read(AggregateRef.of(found.get().id()), found) : found;
    }

    @Override
    public Optional<Relationship> findTie(
        RelationshipTypeCode type, Participant from, Participant to, PartialDate start) {
      return d.findTie(type, from, to, start);
    }

    @Override
    public Relationship insertRelationship(Relationship relationship) {
      Relationship stored = d.insertRelationship(relationship);
      return wrote(AggregateRef.of(stored.id()), stored.plan(), stored.version(), stored, true);
    }

    @Override
    public Relationship updateRelationship(Relationship relationship) {
      AggregateRef ref = AggregateRef.of(relationship.id());
      if (!known.containsKey(ref)) {
        beforeOf(ref, d.findRelationship(relationship.id()));
      }
      Relationship stored = d.updateRelationship(relationship);
      return wrote(ref, stored.plan(), stored.version(), stored, false);
    }

    @Override
    public List<Relationship> relationshipsOf(Participant participant) {
      return d.relationshipsOf(participant);
    }

    @Override
    public List<Relationship> relationshipsFrom(RelationshipSource source) {
      return d.relationshipsFrom(source);
    }

    @Override
    public List<Connection> connectionsOf(
        Participant participant, LocalDate asOf, @Nullable Viewer viewer) {
      return d.connectionsOf(participant, asOf, viewer);
    }

    @Override
    public Network network(
        Participant root, int depth, LocalDate asOf, int limit, @Nullable Viewer viewer) {
      return d.network(root, depth, asOf, limit, viewer);
    }

    @Override
    public List<Connection> connectionsMade(ConnectionQuery query, @Nullable Viewer viewer) {
      return d.connectionsMade(query, viewer);
    }

    @Override
    public List<Connection> goneCold(
        Participant participant, LocalDate asOf, LocalDate cutoff, @Nullable Viewer viewer) {
      return d.goneCold(participant, asOf, cutoff, viewer);
    }

    @Override
    public List<Degree> mostConnected(
        @Nullable PlanId plan, LocalDate from, LocalDate to, int limit, @Nullable Viewer viewer) {
      return d.mostConnected(plan, from, to, limit, viewer);
    }
  }

  private final class Res implements ResultRepository {
    private final ResultRepository d;

    Res(ResultRepository d) {
      this.d = d;
    }

    @Override
    public Optional<Result> findResult(ResultId id) {
      Optional<Result> found = d.findResult(id);
      return found.isPresent() ? read(AggregateRef.of(id), found) : found;
    }

    @Override
    public Optional<Result> findResultOf(IndicatorId indicator) {
      Optional<Result> found = d.findResultOf(indicator);
      return found.isPresent() ? read(AggregateRef.of(found.get().id()), found) : found;
    }

    @Override
    public List<Result> resultsOf(PlanId plan) {
      return d.resultsOf(plan);
    }

    @Override
    public Result insertResult(Result result) {
      Result stored = d.insertResult(result);
      return wrote(AggregateRef.of(stored.id()), stored.plan(), stored.version(), stored, true);
    }

    @Override
    public Result updateResult(Result result) {
      AggregateRef ref = AggregateRef.of(result.id());
      if (!known.containsKey(ref)) {
        beforeOf(ref, d.findResult(result.id()));
      }
      Result stored = d.updateResult(result);
      return wrote(ref, stored.plan(), stored.version(), stored, false);
    }

    @Override
    public Optional<Observation> findObservation(ObservationId id) {
      Optional<Observation> found = d.findObservation(id);
      return found.isPresent() ? read(AggregateRef.of(id), found) : found;
    }

    @Override
    public Observation insertObservation(Observation observation) {
      Observation stored = d.insertObservation(observation);
      return wrote(AggregateRef.of(stored.id()), planOf(stored), stored.version(), stored, true);
    }

    @Override
    public Observation updateObservation(Observation observation) {
      AggregateRef ref = AggregateRef.of(observation.id());
      if (!known.containsKey(ref)) {
        beforeOf(ref, d.findObservation(observation.id()));
      }
      Observation stored = d.updateObservation(observation);
      return wrote(ref, planOf(stored), stored.version(), stored, false);
    }

    private @Nullable PlanId planOf(Observation observation) {
      return d.findResultOf(observation.indicator()).map(Result::plan).orElse(null);
    }

    @Override
    public List<Observation> observationsOf(IndicatorId indicator) {
      return d.observationsOf(indicator);
    }

    @Override
    public List<Observation> observationsOfPlan(PlanId plan) {
      return d.observationsOfPlan(plan);
    }

    @Override
    public java.util.Map<io.github.coplan.domain.result.PeriodId, Long> derive(
        PlanId plan,
        io.github.coplan.domain.result.Rule rule,
        List<io.github.coplan.domain.result.Period> periods) {
      return d.derive(plan, rule, periods);
    }

    @Override
    public java.util.Map<
            io.github.coplan.domain.result.IndicatorId,
            java.util.Map<io.github.coplan.domain.result.PeriodId, Long>>
        deriveAll(PlanId plan, List<io.github.coplan.domain.result.Indicator> indicators) {
      return d.deriveAll(plan, indicators);
    }

    @Override
    public List<io.github.coplan.domain.result.Evidence> evidence(
        PlanId plan, io.github.coplan.domain.result.Rule rule, LocalDate from, LocalDate to) {
      return d.evidence(plan, rule, from, to);
    }
  }
}

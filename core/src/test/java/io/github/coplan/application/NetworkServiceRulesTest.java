package io.github.coplan.application;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.MarketFixtures.introductionId;
import static io.github.coplan.testing.MarketFixtures.offer;
import static io.github.coplan.testing.MarketFixtures.profileId;
import static io.github.coplan.testing.MarketFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipantKind;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.network.Connection;
import io.github.coplan.domain.network.ConnectionQuery;
import io.github.coplan.domain.network.Degree;
import io.github.coplan.domain.network.Meeting;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.port.storage.UnitOfWork;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@link NetworkUseCases} over the fake store: the types, where a relationship may
 * come from and what it takes from its source, who may revise it, what a person sees of it, and the
 * arguments the queries refuse.
 */
class NetworkServiceRulesTest {

  private static final RelationshipTypeCode INTRODUCED_TO = RelationshipType.INTRODUCED_TO.code();
  private static final RelationshipTypeCode MENTOR_OF = RelationshipType.MENTOR_OF.code();
  private static final RelationshipTypeCode ADVISES = RelationshipTypeCode.of("advises");
  private static final LocalDate MAY_10 = LocalDate.of(2019, 5, 10);
  private static final LocalDate END_OF_2019 = LocalDate.of(2019, 12, 31);
  private static final PartialDate MAY_2019 = PartialDate.parse("2019-05");
  private static final String UNRELATED = "relationship.source-unrelated: ";

  private final FakeStorage storage = new FakeStorage();
  private final SequentialIds ids = new SequentialIds();
  private final Clock clock = Clock.systemUTC();
  private final Services system = Services.create(storage, clock, ids, Actor.APPLICATION, true);
  private OrganisationId dost;
  private OrganisationId iia;
  private PersonId director;
  private PersonId guest;
  private PersonId attendee;
  private PersonId stranger;
  private PersonId coordinator;
  private PersonId reporter;
  private PersonId outsider;
  private PlanId plan;
  private ActivityId workshop;
  private ActivityId tour;

  @BeforeEach
  void registerThePlanAWorkshopAndATour() {
    dost = organisation("Sở KH&CN TP.HCM");
    iia = organisation("Israel Innovation Authority");
    director = person("Nguyễn Văn A");
    guest = person("Avi C");
    attendee = person("Trần Thị B");
    stranger = person("Lê Văn D");
    coordinator = person("Phạm Thị E");
    reporter = person("Hoàng Văn F");
    outsider = person("Vũ Thị G");
    plan =
        system
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("HCMC-NET-2019"), vi("Kế hoạch"))
                    .withPeriod(DateSpan.parse("2018/2021")))
            .id();
    system.plans().addContentArea(new AddContentArea(plan, new ContentArea(1, vi("Chính sách"))));
    system
        .plans()
        .grant(new GrantRole(plan, Grant.of(Principal.person(coordinator), PlanRole.COORDINATOR)));
    system
        .plans()
        .grant(new GrantRole(plan, Grant.of(Principal.person(reporter), PlanRole.REPORTER)));
    workshop =
        system
            .activities()
            .propose(
                new ProposeActivity(
                    plan,
                    ActivityDetails.builder()
                        .contentArea(1)
                        .type(ActivityType.WORKSHOP)
                        .title(vi("Hội thảo"))
                        .planned(DateSpan.parse("2019-05-10"))
                        .build()))
            .id();
    for (PersonId p : List.of(director, guest, outsider)) {
      system
          .activities()
          .addParticipant(
              new AddParticipant(
                  workshop,
                  Participant.of(p),
                  ParticipationRole.ATTENDEE,
                  ParticipationStatus.ATTENDED));
    }
    // a tour known only by its itinerary: one stop, hosted by the IIA, attended by one person
    tour = new ActivityId(new UUID(0x7001, 1));
    Activity restored =
        Activity.ForAdapters.restore(
            tour,
            plan,
            ActivityDetails.builder()
                .contentArea(1)
                .type(ActivityType.STUDY_TOUR)
                .title(vi("Đoàn khảo sát"))
                .planned(DateSpan.parse("2019-06-01"))
                .build(),
            null,
            ActivityStatus.PROPOSED,
            null,
            null,
            null,
            List.of(),
            List.of(
                Stop.planned(
                    new StopId(new UUID(0x5709, 1)),
                    Place.of("Jerusalem", CountryCode.IL, ZoneId.of("Asia/Jerusalem")),
                    iia,
                    "họp",
                    StopTime.parse("2019-06-01"),
                    List.of(attendee))),
            0);
    storage.inTransaction(r -> r.activities().insert(restored));
  }

  private OrganisationId organisation(String name) {
    return system
        .organisations()
        .register(
            new RegisterOrganisation(
                OrganisationProfile.builder()
                    .name(vi(name))
                    .type(OrganisationType.GOVERNMENT)
                    .country(CountryCode.VN)
                    .build()))
        .id();
  }

  private PersonId person(String name) {
    return system
        .people()
        .register(new RegisterPerson(PersonProfile.of(name, CountryCode.VN), List.of()))
        .id();
  }

  private Services as(PersonId person) {
    return Services.create(storage, clock, ids, Actor.person(person), true);
  }

  private static <E extends Throwable> E refused(Class<E> type, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isExactlyInstanceOf(type);
    return type.cast(thrown);
  }

  private static NotFoundException notFound(ThrowingCallable call, String kind, String id) {
    NotFoundException e = refused(NotFoundException.class, call);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.id()).isEqualTo(id);
    return e;
  }

  private static RecordRelationship introduced(Participant from, Participant to) {
    return RecordRelationship.of(INTRODUCED_TO, from, to, MAY_2019);
  }

  private static RecordRelationship introduced(PersonId from, PersonId to) {
    return introduced(Participant.of(from), Participant.of(to));
  }

  private static RelationshipType advises(boolean symmetric) {
    return new RelationshipType(
        ADVISES,
        vi("tư vấn cho"),
        vi(symmetric ? "tư vấn cho" : "được tư vấn bởi"),
        EnumSet.of(ParticipantKind.PERSON),
        EnumSet.of(ParticipantKind.PERSON),
        symmetric);
  }

  // ---- types -----------------------------------------------------------------------------------

  @Test
  void theTypesAreTheStandardOnesUntilOthersAreDefinedAndThenAllByCode() {
    assertThat(system.network().types()).isEqualTo(RelationshipType.STANDARD);

    List<RelationshipType> defined =
        system.network().defineTypes(new DefineRelationshipTypes(List.of(advises(false))));

    List<RelationshipType> all =
        List.of(
            advises(false),
            RelationshipType.INTRODUCED_TO,
            RelationshipType.INVESTOR_IN,
            RelationshipType.MENTOR_OF,
            RelationshipType.PARTNER_OF);
    assertThat(defined).isEqualTo(all);
    assertThat(system.network().types()).isEqualTo(all);
  }

  @Test
  void aPersonMayNotDefineTypes() {
    int commits = storage.commits();
    AccessDeniedException denied =
        refused(
            AccessDeniedException.class,
            () ->
                as(coordinator)
                    .network()
                    .defineTypes(new DefineRelationshipTypes(List.of(advises(false)))));
    assertThat(denied.permission()).isEqualTo("DEFINE_RELATIONSHIP_TYPES");
    assertThat(storage.commits()).isEqualTo(commits);
    assertThat(system.network().types()).isEqualTo(RelationshipType.STANDARD);
  }

  @Test
  void aTypeMayBeRelabelledButItsSidesAndSymmetryAreFixed() {
    RelationshipType relabelled =
        new RelationshipType(
            MENTOR_OF,
            vi("người hướng dẫn của"),
            vi("được hướng dẫn bởi"),
            RelationshipType.MENTOR_OF.fromKinds(),
            RelationshipType.MENTOR_OF.toKinds(),
            false);
    assertThat(system.network().defineTypes(new DefineRelationshipTypes(List.of(relabelled))))
        .contains(relabelled)
        .doesNotContain(RelationshipType.MENTOR_OF)
        .hasSize(4);

    RelationshipType otherFrom =
        new RelationshipType(
            MENTOR_OF,
            vi("x"),
            vi("y"),
            EnumSet.allOf(ParticipantKind.class),
            RelationshipType.MENTOR_OF.toKinds(),
            false);
    RelationshipType otherTo =
        new RelationshipType(
            MENTOR_OF,
            vi("x"),
            vi("y"),
            RelationshipType.MENTOR_OF.fromKinds(),
            EnumSet.of(ParticipantKind.PERSON),
            false);
    for (RelationshipType changed : List.of(otherFrom, otherTo)) {
      assertThat(
              rule(
                      () ->
                          system
                              .network()
                              .defineTypes(new DefineRelationshipTypes(List.of(changed))),
                      RuleCode.RELATIONSHIP_TYPE_SIDES_FIXED)
                  .getMessage())
          .contains("type mentor_of joins [PERSON] to ")
          .endsWith(", one way; its sides and symmetry cannot change");
    }

    RelationshipType bothWays =
        new RelationshipType(
            INTRODUCED_TO,
            vi("x"),
            vi("x"),
            RelationshipType.INTRODUCED_TO.fromKinds(),
            RelationshipType.INTRODUCED_TO.toKinds(),
            true);
    assertThat(
            rule(
                    () ->
                        system
                            .network()
                            .defineTypes(new DefineRelationshipTypes(List.of(bothWays))),
                    RuleCode.RELATIONSHIP_TYPE_SIDES_FIXED)
                .getMessage())
        .endsWith(
            "type introduced_to joins [PERSON, ORGANISATION] to [PERSON, ORGANISATION], one way;"
                + " its sides and symmetry cannot change");

    system.network().defineTypes(new DefineRelationshipTypes(List.of(advises(true))));
    assertThat(
            rule(
                    () ->
                        system
                            .network()
                            .defineTypes(new DefineRelationshipTypes(List.of(advises(false)))),
                    RuleCode.RELATIONSHIP_TYPE_SIDES_FIXED)
                .getMessage())
        .endsWith(
            "type advises joins [PERSON] to [PERSON], both ways;"
                + " its sides and symmetry cannot change");
    assertThat(system.network().types())
        .containsExactly(
            advises(true),
            RelationshipType.INTRODUCED_TO,
            RelationshipType.INVESTOR_IN,
            relabelled,
            RelationshipType.PARTNER_OF);
  }

  @Test
  void aRelationshipTakesAStoredTypeElseAStandardOneElseNone() {
    Relationship mentor =
        system
            .network()
            .record(
                RecordRelationship.of(
                    MENTOR_OF, Participant.of(director), Participant.of(guest), MAY_2019));
    assertThat(mentor.type()).isEqualTo(MENTOR_OF);

    rule(
        () ->
            system
                .network()
                .record(
                    RecordRelationship.of(
                        ADVISES, Participant.of(director), Participant.of(guest), MAY_2019)),
        RuleCode.RELATIONSHIP_TYPE_UNKNOWN);

    system.network().defineTypes(new DefineRelationshipTypes(List.of(advises(false))));
    Relationship advice =
        system
            .network()
            .record(
                RecordRelationship.of(
                    ADVISES, Participant.of(director), Participant.of(guest), MAY_2019));
    assertThat(advice.type()).isEqualTo(ADVISES);
  }

  // ---- record ----------------------------------------------------------------------------------

  @Test
  void bothSidesMustExist() {
    PersonId nobody = new PersonId(new UUID(0xdead, 1));
    OrganisationId noOrganisation = new OrganisationId(new UUID(0xdead, 2));
    notFound(() -> system.network().record(introduced(nobody, guest)), "person", nobody.toString());
    notFound(
        () -> system.network().record(introduced(director, nobody)), "person", nobody.toString());
    notFound(
        () ->
            system
                .network()
                .record(introduced(Participant.of(noOrganisation), Participant.of(guest))),
        "organisation",
        noOrganisation.toString());
    notFound(
        () ->
            system
                .network()
                .record(introduced(Participant.of(guest), Participant.of(noOrganisation))),
        "organisation",
        noOrganisation.toString());
  }

  @Test
  void anActivityAPersonCannotSeeIsNotFoundEvenToOneWhoTookPart() {
    notFound(
        () ->
            as(outsider)
                .network()
                .record(introduced(outsider, director).producedBy(RelationshipSource.of(workshop))),
        "activity",
        workshop.toString());
  }

  @Test
  void eachSideMustHaveTakenPartInTheActivity() {
    RelationshipSource source = RelationshipSource.of(workshop);
    assertThat(
            rule(
                    () -> system.network().record(introduced(stranger, guest).producedBy(source)),
                    RuleCode.RELATIONSHIP_SOURCE_UNRELATED)
                .getMessage())
        .isEqualTo(UNRELATED + Participant.of(stranger) + " took no part in activity " + workshop);
    assertThat(
            rule(
                    () ->
                        system.network().record(introduced(director, stranger).producedBy(source)),
                    RuleCode.RELATIONSHIP_SOURCE_UNRELATED)
                .getMessage())
        .isEqualTo(UNRELATED + Participant.of(stranger) + " took no part in activity " + workshop);
    RelationshipSource ofTour = RelationshipSource.of(tour);
    rule(
        () -> system.network().record(introduced(director, attendee).producedBy(ofTour)),
        RuleCode.RELATIONSHIP_SOURCE_UNRELATED);
  }

  @Test
  void theHostAndAnAttendeeOfAStopTookPartAndTheRelationshipTakesTheActivitysPlanAndArea() {
    Relationship met =
        as(coordinator)
            .network()
            .record(
                introduced(Participant.of(attendee), Participant.of(iia))
                    .producedBy(RelationshipSource.of(tour)));
    assertThat(met.from()).isEqualTo(Participant.of(attendee));
    assertThat(met.to()).isEqualTo(Participant.of(iia));
    assertThat(met.plan()).isEqualTo(plan);
    assertThat(met.contentArea()).isEqualTo(1);
    assertThat(met.source()).isEqualTo(RelationshipSource.of(tour));
    assertThat(met.version()).isEqualTo(1);

    Relationship back =
        system
            .network()
            .record(
                introduced(Participant.of(iia), Participant.of(attendee))
                    .producedBy(RelationshipSource.of(tour)));
    assertThat(back.from()).isEqualTo(Participant.of(iia));
  }

  @Test
  void aReporterOfThePlanSeesTheActivityButMayNotRecordBetweenOthers() {
    int commits = storage.commits();
    AccessDeniedException denied =
        refused(
            AccessDeniedException.class,
            () ->
                as(reporter)
                    .network()
                    .record(
                        introduced(director, guest).producedBy(RelationshipSource.of(workshop))));
    assertThat(denied.permission()).isEqualTo("EDIT_ACTIVITIES");
    assertThat(storage.commits()).isEqualTo(commits);
  }

  /** Stores a request owned by the DOST and an offer owned by the IIA, and an introduction. */
  private Introduction introduction(long n, PersonId requestContact, PersonId offerContact) {
    return storage.inTransaction(
        r -> {
          TechnologyProfile req =
              r.market()
                  .insertProfile(
                      TechnologyProfile.draft(
                          profileId(2 * n), dost, requestContact, plan, 1, request().build()));
          TechnologyProfile off =
              r.market()
                  .insertProfile(
                      TechnologyProfile.draft(
                          profileId(2 * n + 1), iia, offerContact, null, null, offer().build()));
          return r.market()
              .insertIntroduction(
                  Introduction.suggest(introductionId(n), req.id(), off.id(), plan, 1, MAY_10));
        });
  }

  @Test
  void theOwnersAndContactsOfAnIntroductionsProfilesMayBeItsSides() {
    Introduction i = introduction(1, director, guest);
    RelationshipSource source = RelationshipSource.of(i.id());

    Relationship owners =
        system
            .network()
            .record(introduced(Participant.of(dost), Participant.of(iia)).producedBy(source));
    assertThat(owners.plan()).isEqualTo(plan);
    assertThat(owners.contentArea()).isEqualTo(1);
    assertThat(owners.source()).isEqualTo(source);
    Relationship contacts = system.network().record(introduced(director, guest).producedBy(source));
    assertThat(contacts.from()).isEqualTo(Participant.of(director));
    Relationship mixed =
        system
            .network()
            .record(introduced(Participant.of(iia), Participant.of(director)).producedBy(source));
    assertThat(mixed.from()).isEqualTo(Participant.of(iia));
    Relationship reverse =
        system
            .network()
            .record(introduced(Participant.of(guest), Participant.of(dost)).producedBy(source));
    assertThat(reverse.to()).isEqualTo(Participant.of(dost));
    assertThat(system.network().relationshipsFrom(source))
        .containsExactlyInAnyOrder(owners, contacts, mixed, reverse);

    assertThat(
            rule(
                    () -> system.network().record(introduced(stranger, guest).producedBy(source)),
                    RuleCode.RELATIONSHIP_SOURCE_UNRELATED)
                .getMessage())
        .isEqualTo(
            UNRELATED
                + Participant.of(stranger)
                + " owns neither profile of introduction "
                + i.id()
                + " nor is the contact of one");
    rule(
        () -> system.network().record(introduced(guest, stranger).producedBy(source)),
        RuleCode.RELATIONSHIP_SOURCE_UNRELATED);
  }

  @Test
  void anIntroductionOfAPlanAPersonCannotSeeIsNotFound() {
    Introduction i = introduction(1, stranger, guest);
    notFound(
        () ->
            as(stranger)
                .network()
                .record(introduced(stranger, guest).producedBy(RelationshipSource.of(i.id()))),
        "introduction",
        i.id().toString());
    Relationship seen =
        as(coordinator)
            .network()
            .record(introduced(stranger, guest).producedBy(RelationshipSource.of(i.id())));
    assertThat(seen.plan()).isEqualTo(plan);
  }

  /** A store that counts the units of work opened on it. */
  private static final class CountingStorage implements Storage {
    private final Storage delegate;
    private int opened;

    CountingStorage(Storage delegate) {
      this.delegate = delegate;
    }

    @Override
    public <T> T inTransaction(UnitOfWork<T> work) {
      opened++;
      return delegate.inTransaction(work);
    }

    @Override
    public <T> T readOnly(UnitOfWork<T> work) {
      opened++;
      return delegate.readOnly(work);
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  @Test
  void missingAndOutOfRangeArgumentsAreRefusedBeforeTheStoreIsOpened() {
    CountingStorage counting = new CountingStorage(storage);
    NetworkUseCases network =
        Services.create(counting, clock, ids, Actor.APPLICATION, true).network();
    Participant root = Participant.of(director);
    violation(() -> network.record(null), "command", "required");
    violation(() -> network.revise(null), "command", "required");
    violation(() -> network.defineTypes(null), "command", "required");
    violation(() -> network.get(null), "id", "required");
    violation(() -> network.relationshipsOf(null), "participant", "required");
    violation(() -> network.relationshipsFrom(null), "source", "required");
    violation(() -> network.connectionsMade(null), "query", "required");
    violation(() -> network.connectionsOf(null, END_OF_2019), "participant", "required");
    violation(() -> network.connectionsOf(root, null), "asOf", "required");
    violation(() -> network.network(null, 1, END_OF_2019, 10), "root", "required");
    violation(() -> network.network(root, 1, null, 10), "asOf", "required");
    violation(() -> network.network(root, 0, END_OF_2019, 10), "depth", "out-of-range");
    violation(() -> network.network(root, 3, END_OF_2019, 10), "depth", "out-of-range");
    violation(() -> network.network(root, 1, END_OF_2019, 0), "limit", "out-of-range");
    violation(() -> network.network(root, 1, END_OF_2019, 100_001), "limit", "out-of-range");
    violation(() -> network.goneCold(null, END_OF_2019, 1), "participant", "required");
    violation(() -> network.goneCold(root, null, 1), "asOf", "required");
    violation(() -> network.goneCold(root, END_OF_2019, 0), "months", "out-of-range");
    violation(() -> network.mostConnected(plan, null, END_OF_2019, 1), "from", "required");
    violation(() -> network.mostConnected(plan, END_OF_2019, null, 1), "to", "required");
    violation(
        () -> network.mostConnected(plan, LocalDate.of(2019, 1, 1), END_OF_2019, 0),
        "limit",
        "out-of-range");
    assertThat(counting.opened).isZero();
  }

  // ---- revise ----------------------------------------------------------------------------------

  @Test
  void aRevisionMustBeOfTheCurrentVersionByOneWhoMayActOnIt() {
    Relationship own = as(director).network().record(introduced(director, guest));

    ConflictException stale =
        refused(
            ConflictException.class,
            () ->
                system
                    .network()
                    .revise(
                        new ReviseRelationship(
                            own.id(), own.start(), PartialDate.parse("2020"), null, 7L)));
    assertThat(stale.isStaleVersion()).isTrue();
    assertThat(stale.expectedVersion()).hasValue(7L);

    int commits = storage.commits();
    refused(
        AccessDeniedException.class,
        () ->
            as(stranger)
                .network()
                .revise(ReviseRelationship.of(own).endingOn(PartialDate.parse("2020"))));
    assertThat(storage.commits()).isEqualTo(commits);

    Relationship ended =
        as(guest).network().revise(ReviseRelationship.of(own).endingOn(PartialDate.parse("2020")));
    assertThat(ended.end()).isEqualTo(PartialDate.parse("2020"));
    assertThat(ended.version()).isEqualTo(2);

    RelationshipId nothing = new RelationshipId(new UUID(0xdead, 3));
    notFound(
        () -> system.network().revise(new ReviseRelationship(nothing, MAY_2019, null, null, null)),
        "relationship",
        nothing.toString());
  }

  // ---- what a person sees ----------------------------------------------------------------------

  @Test
  void aPersonSeesARelationshipOfAPlanOnlyWhenSeeingThePlan() {
    Relationship open = system.network().record(introduced(director, guest));
    Relationship ofPlan =
        system
            .network()
            .record(
                RecordRelationship.of(
                        MENTOR_OF, Participant.of(director), Participant.of(guest), MAY_2019)
                    .producedBy(RelationshipSource.of(workshop)));

    assertThat(as(stranger).network().get(open.id())).isEqualTo(open);
    notFound(() -> as(stranger).network().get(ofPlan.id()), "relationship", ofPlan.id().toString());
    assertThat(as(reporter).network().get(ofPlan.id())).isEqualTo(ofPlan);
    RelationshipId nothing = new RelationshipId(new UUID(0xdead, 3));
    notFound(() -> system.network().get(nothing), "relationship", nothing.toString());

    assertThat(as(stranger).network().relationshipsOf(Participant.of(guest))).containsExactly(open);
    assertThat(as(reporter).network().relationshipsOf(Participant.of(guest)))
        .containsExactlyInAnyOrder(open, ofPlan);
    assertThat(system.network().relationshipsOf(Participant.of(guest)))
        .containsExactlyInAnyOrder(open, ofPlan);
    assertThat(as(stranger).network().relationshipsFrom(RelationshipSource.of(workshop))).isEmpty();
    assertThat(as(reporter).network().relationshipsFrom(RelationshipSource.of(workshop)))
        .containsExactly(ofPlan);
  }

  // ---- queries ---------------------------------------------------------------------------------

  private Connection met(PersonId first, PersonId second) {
    return new Connection(
        Participant.of(first),
        Participant.of(second),
        List.of(
            new Meeting(
                workshop,
                null,
                PartialDate.parse("2019-05-10"),
                ParticipationRole.ATTENDEE,
                ParticipationRole.ATTENDEE)));
  }

  @Test
  void theNetworksDepthAndLimitAreBounded() {
    Participant root = Participant.of(director);
    violation(() -> system.network().network(root, 0, END_OF_2019, 10), "depth", "out-of-range");
    violation(() -> system.network().network(root, 3, END_OF_2019, 10), "depth", "out-of-range");
    violation(() -> system.network().network(root, 1, END_OF_2019, 0), "limit", "out-of-range");
    violation(
        () -> system.network().network(root, 1, END_OF_2019, 100_001), "limit", "out-of-range");
    assertThat(system.network().network(root, 1, END_OF_2019, 1).root()).isEqualTo(root);
    assertThat(system.network().network(root, 2, END_OF_2019, 100_000).root()).isEqualTo(root);
  }

  @Test
  void goneColdTakesOneToTwelveHundredMonthsBeforeTheDay() {
    Participant root = Participant.of(director);
    violation(() -> system.network().goneCold(root, END_OF_2019, 0), "months", "out-of-range");
    violation(() -> system.network().goneCold(root, END_OF_2019, 1_201), "months", "out-of-range");
    List<Connection> both = List.of(met(director, guest), met(director, outsider));
    // the meeting on 2019-05-10 keeps them warm until the cutoff, the day months before, passes it
    assertThat(system.network().goneCold(root, LocalDate.of(2119, 5, 11), 1_200)).isEqualTo(both);
    assertThat(system.network().goneCold(root, LocalDate.of(2119, 5, 10), 1_200)).isEmpty();
    assertThat(system.network().goneCold(root, LocalDate.of(2019, 6, 11), 1)).isEqualTo(both);
    assertThat(system.network().goneCold(root, LocalDate.of(2019, 6, 10), 1)).isEmpty();
    assertThat(system.network().goneCold(root, LocalDate.of(2020, 5, 11), 12)).isEqualTo(both);
    assertThat(system.network().goneCold(root, LocalDate.of(2020, 5, 10), 12)).isEmpty();
  }

  @Test
  void connectionsMadeAreOfAPlanThePersonSees() {
    ConnectionQuery query = ConnectionQuery.of(plan, LocalDate.of(2019, 1, 1), END_OF_2019);
    List<Connection> all =
        List.of(met(director, guest), met(director, outsider), met(guest, outsider));
    assertThat(system.network().connectionsMade(query)).isEqualTo(all);
    assertThat(as(reporter).network().connectionsMade(query)).isEqualTo(all);
    notFound(() -> as(stranger).network().connectionsMade(query), "plan", plan.toString());
    PlanId none = new PlanId(new UUID(0xdead, 4));
    notFound(
        () ->
            system
                .network()
                .connectionsMade(ConnectionQuery.of(none, LocalDate.of(2019, 1, 1), END_OF_2019)),
        "plan",
        none.toString());
  }

  @Test
  void mostConnectedIsOfAPeriodAndABoundedNumberOfAPlanThePersonSees() {
    LocalDate jan1 = LocalDate.of(2019, 1, 1);
    violation(
        () -> system.network().mostConnected(plan, MAY_10, MAY_10.minusDays(1), 10),
        "to",
        "end-before-start");
    violation(
        () -> system.network().mostConnected(plan, jan1, END_OF_2019, 0), "limit", "out-of-range");
    violation(
        () -> system.network().mostConnected(plan, jan1, END_OF_2019, 1_001),
        "limit",
        "out-of-range");
    List<Degree> ranked = system.network().mostConnected(plan, MAY_10, MAY_10, 1_000);
    assertThat(ranked)
        .containsExactly(
            new Degree(Participant.of(director), 2, 2),
            new Degree(Participant.of(guest), 2, 2),
            new Degree(Participant.of(outsider), 2, 2));
    assertThat(system.network().mostConnected(null, jan1, END_OF_2019, 1))
        .containsExactly(new Degree(Participant.of(director), 2, 2));
    assertThat(as(reporter).network().mostConnected(plan, jan1, END_OF_2019, 10)).isEqualTo(ranked);
    notFound(
        () -> as(stranger).network().mostConnected(plan, jan1, END_OF_2019, 10),
        "plan",
        plan.toString());
    PlanId none = new PlanId(new UUID(0xdead, 4));
    notFound(
        () -> system.network().mostConnected(none, jan1, END_OF_2019, 10), "plan", none.toString());
  }
}

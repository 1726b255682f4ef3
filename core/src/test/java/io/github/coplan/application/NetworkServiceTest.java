package io.github.coplan.application;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.network.Connection;
import io.github.coplan.domain.network.Meeting;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link NetworkUseCases} over the fake store: who may record a relationship (a side, the staff of
 * a side organisation, a coordinator of the source's plan, not a stranger), and the connections the
 * fake store derives with the shared scan, as a person sees them.
 */
class NetworkServiceTest {

  private static final RelationshipTypeCode INTRODUCED_TO = RelationshipType.INTRODUCED_TO.code();
  private static final LocalDate END_OF_2019 = LocalDate.of(2019, 12, 31);

  private final FakeStorage storage = new FakeStorage();
  private final SequentialIds ids = new SequentialIds();
  private final Clock clock = Clock.systemUTC();
  private final Services system = Services.create(storage, clock, ids, Actor.APPLICATION, true);
  private OrganisationId dost;
  private PersonId director;
  private PersonId staff;
  private PersonId guest;
  private PersonId stranger;
  private PersonId coordinator;
  private PlanId plan;
  private ActivityId workshop;

  @BeforeEach
  void registerThePlanAndAWorkshop() {
    dost =
        system
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(vi("Sở KH&CN TP.HCM"))
                        .type(OrganisationType.LOCAL_GOVERNMENT)
                        .country(CountryCode.VN)
                        .build()))
            .id();
    director = person("Nguyễn Văn A");
    staff =
        system
            .people()
            .register(
                new RegisterPerson(
                    PersonProfile.of("Trần Thị B", CountryCode.VN),
                    List.of(new Affiliation(dost, "Chuyên viên", LocalDate.of(2000, 1, 1), null))))
            .id();
    guest = person("Avi C");
    stranger = person("Lê Văn D");
    coordinator = person("Phạm Thị E");
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
    for (PersonId p : List.of(director, guest)) {
      system
          .activities()
          .addParticipant(
              new AddParticipant(
                  workshop,
                  Participant.of(p),
                  ParticipationRole.ATTENDEE,
                  ParticipationStatus.ATTENDED));
    }
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

  /** Asserts that a call throws an error of a type, and returns it. */
  private static <E extends Throwable> E refused(
      Class<E> type, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(type);
    return type.cast(thrown);
  }

  private static RecordRelationship introduced(PersonId from, PersonId to) {
    return RecordRelationship.of(
        INTRODUCED_TO, Participant.of(from), Participant.of(to), PartialDate.parse("2019-05"));
  }

  @Test
  void aSideRecordsARelationshipAndAStrangerIsDenied() {
    Relationship own = as(director).network().record(introduced(director, guest));
    assertThat(own.version()).isEqualTo(1);
    assertThat(own.plan()).isNull();

    int commits = storage.commits();
    refused(
        AccessDeniedException.class,
        () -> as(stranger).network().record(introduced(director, guest)));
    assertThat(storage.commits()).isEqualTo(commits);
    assertThat(system.network().relationshipsOf(Participant.of(guest))).containsExactly(own);
  }

  @Test
  void theStaffOfASideOrganisationRecordsForIt() {
    Relationship forDost =
        as(staff)
            .network()
            .record(
                RecordRelationship.of(
                    INTRODUCED_TO,
                    Participant.of(dost),
                    Participant.of(guest),
                    PartialDate.parse("2019")));
    assertThat(forDost.from()).isEqualTo(Participant.of(dost));
    AccessDeniedException denied =
        refused(
            AccessDeniedException.class,
            () -> as(staff).network().record(introduced(director, guest)));
    assertThat(denied.permission()).isEqualTo("EDIT_ACTIVITIES");
  }

  @Test
  void aCoordinatorOfTheSourcesPlanRecordsBetweenOthers() {
    Relationship fromWorkshop =
        as(coordinator)
            .network()
            .record(introduced(director, guest).producedBy(RelationshipSource.of(workshop)));
    assertThat(fromWorkshop.plan()).isEqualTo(plan);
    assertThat(fromWorkshop.contentArea()).isEqualTo(1);

    refused(
        AccessDeniedException.class,
        () ->
            as(coordinator)
                .network()
                .record(
                    RecordRelationship.of(
                        INTRODUCED_TO,
                        Participant.of(director),
                        Participant.of(guest),
                        PartialDate.parse("2019-06"))));
    refused(
        NotFoundException.class,
        () ->
            as(stranger)
                .network()
                .record(introduced(director, guest).producedBy(RelationshipSource.of(workshop))));
    DuplicateException duplicate =
        refused(
            DuplicateException.class,
            () ->
                system
                    .network()
                    .record(
                        introduced(director, guest).producedBy(RelationshipSource.of(workshop))));
    assertThat(duplicate.what()).isEqualTo(DuplicateException.RELATIONSHIP);
    rule(
        () ->
            system
                .network()
                .record(introduced(director, stranger).producedBy(RelationshipSource.of(workshop))),
        RuleCode.RELATIONSHIP_SOURCE_UNRELATED);
  }

  @Test
  void meetingsOfARestrictedPlanAreSeenOnlyWithAGrant() {
    Meeting met =
        new Meeting(
            workshop,
            null,
            PartialDate.parse("2019-05-10"),
            ParticipationRole.ATTENDEE,
            ParticipationRole.ATTENDEE);
    Connection expected =
        new Connection(Participant.of(director), Participant.of(guest), List.of(met));

    assertThat(system.network().connectionsOf(Participant.of(director), END_OF_2019))
        .containsExactly(expected);
    assertThat(as(stranger).network().connectionsOf(Participant.of(director), END_OF_2019))
        .isEmpty();
    assertThat(as(coordinator).network().connectionsOf(Participant.of(director), END_OF_2019))
        .containsExactly(expected);
    assertThat(
            as(stranger).network().network(Participant.of(director), 2, END_OF_2019, 10).reached())
        .isEmpty();
  }

  @Test
  void badArgumentsAreRefusedBeforeTheStore() {
    violation(
        () -> system.network().network(Participant.of(director), 3, END_OF_2019, 10),
        "depth",
        "out-of-range");
    violation(
        () -> system.network().goneCold(Participant.of(director), END_OF_2019, 0),
        "months",
        "out-of-range");
    violation(
        () -> system.network().mostConnected(plan, END_OF_2019, LocalDate.of(2019, 1, 1), 10),
        "to",
        "end-before-start");
  }
}

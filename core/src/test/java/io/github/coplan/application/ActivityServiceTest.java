package io.github.coplan.application;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.details;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivityServiceTest {

  private final FakeStorage storage = new FakeStorage();
  private final Services services =
      Services.create(storage, Clock.systemUTC(), new SequentialIds(), Actor.APPLICATION, true);
  private final ActivityUseCases activities = services.activities();
  private Organisation dost;
  private Organisation iia;
  private Organisation embassy;
  private Person director;
  private CooperationPlan plan;
  private CooperationPlan otherPlan;

  @BeforeEach
  void setUpTheReferencePlan() {
    dost = organisation("Sở KH&CN TP.HCM", CountryCode.VN);
    iia = organisation("Israel Innovation Authority", CountryCode.IL);
    embassy = organisation("Đại sứ quán Israel", CountryCode.IL);
    director =
        services
            .people()
            .register(
                new RegisterPerson(
                    PersonProfile.of("Nguyễn Văn A", CountryCode.VN),
                    List.of(
                        new Affiliation(
                            dost.id(),
                            "Phó Giám đốc",
                            LocalDate.of(2016, 1, 1),
                            LocalDate.of(2018, 12, 31)),
                        new Affiliation(dost.id(), "Giám đốc", LocalDate.of(2019, 1, 1), null))));
    plan = draftPlan("HCMC-IIA-2018");
    services.plans().addParty(new AddParty(plan.id(), Party.of(dost.id(), PartyRole.SIGNATORY)));
    services.plans().addParty(new AddParty(plan.id(), Party.of(iia.id(), PartyRole.SIGNATORY)));
    services
        .plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("Chính sách"))));
    plan =
        services
            .plans()
            .addContentArea(
                new AddContentArea(plan.id(), new ContentArea(5, vi("Sự kiện khởi nghiệp"))));
    otherPlan = draftPlan("HCMC-KR-2019");
    otherPlan =
        services
            .plans()
            .addContentArea(
                new AddContentArea(otherPlan.id(), new ContentArea(1, vi("Chính sách"))));
  }

  private Organisation organisation(String name, CountryCode country) {
    return services
        .organisations()
        .register(
            new RegisterOrganisation(
                OrganisationProfile.builder()
                    .name(vi(name))
                    .type(OrganisationType.GOVERNMENT)
                    .country(country)
                    .build()));
  }

  private CooperationPlan draftPlan(String code) {
    return services
        .plans()
        .draft(
            new DraftPlan(PlanCode.of(code), vi("Kế hoạch " + code))
                .withPeriod(DateSpan.parse("2018/2021")));
  }

  private Activity propose(int contentArea, String planned, String title) {
    return activities.propose(new ProposeActivity(plan.id(), details(contentArea, planned, title)));
  }

  private Activity proposeUnder(Activity parent, String title) {
    return activities.propose(
        new ProposeActivity(plan.id(), details(1, "2018-11", title)).withParent(parent.id()));
  }

  private static ActivityId activityNth(long n) {
    return new ActivityId(SequentialIds.nth(n));
  }

  private static void notFound(ThrowingCallable call, String kind, Object id) {
    NotFoundException e = catchThrowableOfType(NotFoundException.class, call);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.id()).isEqualTo(id.toString());
    assertThat(e.code()).isEqualTo(NotFoundException.CODE);
  }

  /** Asserts the call is refused and that no unit of work was committed by it. */
  private void refusedWithoutWriting(ThrowingCallable call, RuleCode code) {
    int before = storage.commits();
    rule(call, code);
    assertThat(storage.commits()).isEqualTo(before);
  }

  /** Asserts the call is refused as invalid input (path:code) and that nothing was committed. */
  private void invalidWithoutWriting(ThrowingCallable call, String violation) {
    int before = storage.commits();
    String[] parts = violation.split(":");
    violation(call, parts[0], parts[1]);
    assertThat(storage.commits()).isEqualTo(before);
  }

  @Test
  void proposeStoresAProposedActivityOfVersionOne() {
    Activity tour = propose(1, "2018-11/..", "Đoàn khảo sát tại Israel");

    // Each command before took an id for itself and, if it made an aggregate, one for that.
    assertThat(tour.id()).isEqualTo(activityNth(18));
    assertThat(tour.plan()).isEqualTo(plan.id());
    assertThat(tour.status()).isEqualTo(ActivityStatus.PROPOSED);
    assertThat(tour.version()).isEqualTo(1);
    assertThat(tour.parent()).isNull();
    assertThat(activities.get(tour.id())).isEqualTo(tour);
  }

  @Test
  void proposeChecksThePlanItsContentAreaAndLeadParty() {
    ActivityDetails unknownArea = details(9, "2018-11", "Hội thảo");
    ActivityDetails embassyLeads =
        details(1, "2018-11", "Hội thảo").toBuilder().leadParty(embassy.id()).build();
    ActivityDetails dostLeads =
        details(5, "2018-Q4", "Tuần lễ ĐMST").toBuilder().leadParty(dost.id()).build();
    PlanId missingPlan = new PlanId(SequentialIds.nth(89));

    notFound(
        () -> activities.propose(new ProposeActivity(missingPlan, unknownArea)),
        "plan",
        missingPlan);
    refusedWithoutWriting(
        () -> activities.propose(new ProposeActivity(plan.id(), unknownArea)),
        RuleCode.PLAN_CONTENT_AREA_UNKNOWN);
    refusedWithoutWriting(
        () -> activities.propose(new ProposeActivity(plan.id(), embassyLeads)),
        RuleCode.PLAN_PARTY_UNKNOWN);
    Activity week = activities.propose(new ProposeActivity(plan.id(), dostLeads));

    assertThat(week.details().leadParty()).isEqualTo(dost.id());
    assertThat(activities.search(ActivityQuery.builder().plan(plan.id()).build()).items())
        .containsExactly(week);
  }

  @Test
  void aParentMustExistAndBelongToTheSamePlan() {
    Activity tour = propose(1, "2018-11/..", "Đoàn khảo sát");
    Activity foreign =
        activities.propose(new ProposeActivity(otherPlan.id(), details(1, "2019", "Hội thảo")));

    Activity visit = proposeUnder(tour, "Thăm Israel Innovation Authority");
    notFound(
        () ->
            activities.propose(
                new ProposeActivity(plan.id(), details(1, "2018-11", "Con"))
                    .withParent(activityNth(99))),
        "activity",
        activityNth(99));
    refusedWithoutWriting(
        () ->
            activities.propose(
                new ProposeActivity(plan.id(), details(1, "2018-11", "Con"))
                    .withParent(foreign.id())),
        RuleCode.ACTIVITY_PARENT_OTHER_PLAN);

    assertThat(visit.parent()).isEqualTo(tour.id());
    assertThat(activities.search(ActivityQuery.builder().plan(plan.id()).build()).items())
        .containsExactly(tour, visit);
  }

  @Test
  void moveRefusesEveryParentThatWouldMakeACycle() {
    Activity a = propose(1, "2018", "A");
    Activity b = proposeUnder(a, "B");
    Activity c = proposeUnder(b, "C");

    refusedWithoutWriting(
        () -> activities.move(MoveActivity.under(a.id(), c.id())), RuleCode.ACTIVITY_PARENT_CYCLE);
    refusedWithoutWriting(
        () -> activities.move(MoveActivity.under(a.id(), b.id())), RuleCode.ACTIVITY_PARENT_CYCLE);
    refusedWithoutWriting(
        () -> activities.move(MoveActivity.under(a.id(), a.id())), RuleCode.ACTIVITY_SELF_PARENT);

    assertThat(activities.get(a.id()).parent()).isNull();
    assertThat(activities.get(a.id()).version()).isEqualTo(1);
  }

  @Test
  void moveChangesTheParentOrTakesItAway() {
    Activity a = propose(1, "2018", "A");
    Activity b = propose(1, "2018", "B");
    Activity c = proposeUnder(a, "C");

    Activity underB = activities.move(MoveActivity.under(c.id(), b.id()));
    Activity top = activities.move(MoveActivity.toTop(c.id()));

    assertThat(underB.parent()).isEqualTo(b.id());
    assertThat(underB.version()).isEqualTo(2);
    assertThat(top.parent()).isNull();
    assertThat(top.version()).isEqualTo(3);
    notFound(
        () -> activities.move(MoveActivity.under(activityNth(98), a.id())),
        "activity",
        activityNth(98));
    notFound(
        () -> activities.move(MoveActivity.under(c.id(), activityNth(97))),
        "activity",
        activityNth(97));
    assertThat(activities.get(c.id())).isEqualTo(top);
  }

  @Test
  void moveToAnActivityOfAnotherPlanIsRefused() {
    Activity a = propose(1, "2018", "A");
    Activity foreign =
        activities.propose(new ProposeActivity(otherPlan.id(), details(1, "2019", "Hội thảo")));

    refusedWithoutWriting(
        () -> activities.move(MoveActivity.under(a.id(), foreign.id())),
        RuleCode.ACTIVITY_PARENT_OTHER_PLAN);
  }

  @Test
  void aCycleAlreadyInTheStoreEndsTheParentWalk() {
    // Two activities that are each other's parent, written past the use cases as a damaged store
    // would hold them.
    storage.inTransaction(
        r -> {
          r.activities()
              .insert(
                  Activity.propose(
                      activityNth(60), plan.id(), details(1, "2018", "X"), activityNth(61)));
          return r.activities()
              .insert(
                  Activity.propose(
                      activityNth(61), plan.id(), details(1, "2018", "Y"), activityNth(60)));
        });

    refusedWithoutWriting(
        () ->
            activities.propose(
                new ProposeActivity(plan.id(), details(1, "2018", "Z"))
                    .withParent(activityNth(60))),
        RuleCode.ACTIVITY_PARENT_CYCLE);
  }

  @Test
  void reviseReplacesTheDetailsAndChecksTheExpectedVersion() {
    Activity tour = propose(1, "2018-11/..", "Đoàn khảo sát");
    ActivityDetails moved = details(5, "2019-Q1", "Đoàn khảo sát lần 2");

    Activity revised = activities.revise(new ReviseActivity(tour.id(), moved, 1L));
    ConflictException e =
        catchThrowableOfType(
            ConflictException.class,
            () -> activities.revise(new ReviseActivity(tour.id(), details(1, "2018", "Cũ"), 1L)));
    refusedWithoutWriting(
        () -> activities.revise(new ReviseActivity(tour.id(), details(7, "2018", "Sai"))),
        RuleCode.PLAN_CONTENT_AREA_UNKNOWN);

    assertThat(revised.details()).isEqualTo(moved);
    assertThat(revised.version()).isEqualTo(2);
    assertThat(e.kind()).isEqualTo("activity");
    assertThat(e.id()).contains(tour.id().toString());
    assertThat(e.expectedVersion()).hasValue(1L);
    assertThat(activities.get(tour.id())).isEqualTo(revised);
    notFound(
        () -> activities.revise(new ReviseActivity(activityNth(90), moved)),
        "activity",
        activityNth(90));
  }

  @Test
  void anActivityRunsFromProposedToCompleted() {
    Activity tour = propose(1, "2018-11/..", "Đoàn khảo sát");

    Activity planned = activities.changeStatus(ChangeActivityStatus.plan(tour.id()));
    Activity scheduled =
        activities.changeStatus(
            ChangeActivityStatus.schedule(tour.id(), DateSpan.parse("2018-11-20/2018-11-27")));
    Activity started =
        activities.changeStatus(
            ChangeActivityStatus.start(tour.id(), PartialDate.parse("2018-11-20")));
    Activity completed =
        activities.changeStatus(
            ChangeActivityStatus.complete(tour.id(), PartialDate.parse("2018-11-27")));

    assertThat(planned.status()).isEqualTo(ActivityStatus.PLANNED);
    assertThat(planned.details().planned()).isEqualTo(DateSpan.parse("2018-11/.."));
    assertThat(scheduled.status()).isEqualTo(ActivityStatus.SCHEDULED);
    assertThat(scheduled.details().planned()).isEqualTo(DateSpan.parse("2018-11-20/2018-11-27"));
    assertThat(started.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
    assertThat(started.actualStart()).isEqualTo(PartialDate.parse("2018-11-20"));
    assertThat(completed.status()).isEqualTo(ActivityStatus.COMPLETED);
    assertThat(completed.actualStart()).isEqualTo(PartialDate.parse("2018-11-20"));
    assertThat(completed.actualEnd()).isEqualTo(PartialDate.parse("2018-11-27"));
    assertThat(completed.version()).isEqualTo(5);
    refusedWithoutWriting(
        () -> activities.revise(new ReviseActivity(tour.id(), details(1, "2018", "Muộn"))),
        RuleCode.ACTIVITY_CLOSED);
  }

  @Test
  void postponeAndCancelNeedAReason() {
    Activity tour = propose(1, "2018-11/..", "Đoàn khảo sát");
    activities.changeStatus(ChangeActivityStatus.plan(tour.id()));

    invalidWithoutWriting(
        () -> activities.changeStatus(ChangeActivityStatus.postpone(tour.id(), null)),
        "reason:required");
    Activity postponed =
        activities.changeStatus(ChangeActivityStatus.postpone(tour.id(), "chờ visa"));
    invalidWithoutWriting(
        () -> activities.changeStatus(ChangeActivityStatus.cancel(tour.id(), " ")), "reason:blank");
    Activity cancelled =
        activities.changeStatus(ChangeActivityStatus.cancel(tour.id(), "hết kinh phí"));

    assertThat(postponed.status()).isEqualTo(ActivityStatus.POSTPONED);
    assertThat(postponed.statusReason()).isEqualTo("chờ visa");
    assertThat(cancelled.status()).isEqualTo(ActivityStatus.CANCELLED);
    assertThat(cancelled.statusReason()).isEqualTo("hết kinh phí");
    refusedWithoutWriting(
        () -> activities.changeStatus(ChangeActivityStatus.plan(tour.id())),
        RuleCode.ACTIVITY_ILLEGAL_TRANSITION);
  }

  @Test
  void startingNeedsTheActualStart() {
    Activity tour = propose(1, "2018-11/..", "Đoàn khảo sát");
    activities.changeStatus(ChangeActivityStatus.plan(tour.id()));
    activities.changeStatus(ChangeActivityStatus.schedule(tour.id()));

    invalidWithoutWriting(
        () -> activities.changeStatus(ChangeActivityStatus.start(tour.id(), null)),
        "actualStart:required");
    assertThat(activities.get(tour.id()).status()).isEqualTo(ActivityStatus.SCHEDULED);
  }

  @Test
  void everyChangeToAnActivityOfAFrozenPlanIsRefused() {
    Activity tour = propose(1, "2018-11/..", "Đoàn khảo sát");
    activities.addParticipant(
        new AddParticipant(
            tour.id(),
            Participant.of(dost.id()),
            ParticipationRole.ORGANISER,
            ParticipationStatus.INVITED));
    services.plans().changeStatus(ChangePlanStatus.cancel(plan.id(), "không được phê duyệt"));

    refusedWithoutWriting(() -> propose(1, "2019", "Mới"), RuleCode.PLAN_FROZEN);
    refusedWithoutWriting(
        () -> activities.revise(new ReviseActivity(tour.id(), details(1, "2019", "Sửa"))),
        RuleCode.PLAN_FROZEN);
    refusedWithoutWriting(
        () -> activities.move(MoveActivity.toTop(tour.id())), RuleCode.PLAN_FROZEN);
    refusedWithoutWriting(
        () -> activities.changeStatus(ChangeActivityStatus.plan(tour.id())), RuleCode.PLAN_FROZEN);
    refusedWithoutWriting(
        () ->
            activities.addParticipant(
                new AddParticipant(
                    tour.id(),
                    Participant.of(iia.id()),
                    ParticipationRole.HOST,
                    ParticipationStatus.INVITED)),
        RuleCode.PLAN_FROZEN);
    refusedWithoutWriting(
        () ->
            activities.changeParticipation(
                new ChangeParticipation(
                    tour.id(),
                    Participant.of(dost.id()),
                    ParticipationRole.ORGANISER,
                    ParticipationStatus.CONFIRMED)),
        RuleCode.PLAN_FROZEN);
    assertThat(activities.get(tour.id()).version()).isEqualTo(2);
  }

  @Test
  void aPersonIsRecordedWithTheAffiliationHeldWhenTheActivityBegins() {
    Activity tour = propose(1, "2018-11/..", "Đoàn khảo sát");
    Activity later = propose(1, "2018-11/..", "Hội thảo");
    activities.changeStatus(ChangeActivityStatus.plan(later.id()));
    activities.changeStatus(ChangeActivityStatus.schedule(later.id()));
    activities.changeStatus(ChangeActivityStatus.start(later.id(), PartialDate.parse("2019-02")));

    Activity byPlan =
        activities.addParticipant(
            new AddParticipant(
                tour.id(),
                Participant.of(director.id()),
                ParticipationRole.HEAD_OF_DELEGATION,
                ParticipationStatus.INVITED));
    Activity byStart =
        activities.addParticipant(
            new AddParticipant(
                later.id(),
                Participant.of(director.id()),
                ParticipationRole.SPEAKER,
                ParticipationStatus.CONFIRMED));

    assertThat(byPlan.participations())
        .containsExactly(
            new Participation(
                Participant.of(director.id()),
                ParticipationRole.HEAD_OF_DELEGATION,
                ParticipationStatus.INVITED,
                new AffiliationSnapshot(dost.id(), "Phó Giám đốc")));
    assertThat(byStart.participations())
        .containsExactly(
            new Participation(
                Participant.of(director.id()),
                ParticipationRole.SPEAKER,
                ParticipationStatus.CONFIRMED,
                new AffiliationSnapshot(dost.id(), "Giám đốc")));
    assertThat(activities.get(tour.id())).isEqualTo(byPlan);
  }

  @Test
  void aPersonWithoutAnAffiliationThatDayIsRecordedWithoutOne() {
    Activity early = propose(1, "2015", "Khảo sát sơ bộ");

    Activity withPerson =
        activities.addParticipant(
            new AddParticipant(
                early.id(),
                Participant.of(director.id()),
                ParticipationRole.EXPERT,
                ParticipationStatus.INVITED));

    assertThat(withPerson.participations())
        .singleElement()
        .extracting(Participation::affiliation)
        .isNull();
  }

  @Test
  void aGivenAffiliationIsKeptWhenItsOrganisationExists() {
    Activity tour = propose(1, "2018-11/..", "Đoàn khảo sát");
    AffiliationSnapshot asEmbassyGuest = new AffiliationSnapshot(embassy.id(), "Khách mời");
    OrganisationId missing = new OrganisationId(SequentialIds.nth(95));

    Activity added =
        activities.addParticipant(
            new AddParticipant(
                    tour.id(),
                    Participant.of(director.id()),
                    ParticipationRole.DELEGATE,
                    ParticipationStatus.INVITED)
                .withAffiliation(asEmbassyGuest));
    notFound(
        () ->
            activities.addParticipant(
                new AddParticipant(
                        tour.id(),
                        Participant.of(director.id()),
                        ParticipationRole.EXPERT,
                        ParticipationStatus.INVITED)
                    .withAffiliation(new AffiliationSnapshot(missing, "Cố vấn"))),
        "organisation",
        missing);

    assertThat(added.participations())
        .singleElement()
        .extracting(Participation::affiliation)
        .isEqualTo(asEmbassyGuest);
    assertThat(activities.get(tour.id()).participations()).hasSize(1);
  }

  @Test
  void participantsMustExistAndTakePartOncePerRole() {
    Activity week = propose(5, "2018-Q4", "Tuần lễ ĐMST");
    PersonId missingPerson = new PersonId(SequentialIds.nth(93));
    OrganisationId missingOrganisation = new OrganisationId(SequentialIds.nth(94));

    Activity hosted =
        activities.addParticipant(
            new AddParticipant(
                week.id(),
                Participant.of(iia.id()),
                ParticipationRole.HOST,
                ParticipationStatus.CONFIRMED));
    notFound(
        () ->
            activities.addParticipant(
                new AddParticipant(
                    week.id(),
                    Participant.of(missingPerson),
                    ParticipationRole.SPEAKER,
                    ParticipationStatus.INVITED)),
        "person",
        missingPerson);
    notFound(
        () ->
            activities.addParticipant(
                new AddParticipant(
                    week.id(),
                    Participant.of(missingOrganisation),
                    ParticipationRole.HOST,
                    ParticipationStatus.INVITED)),
        "organisation",
        missingOrganisation);
    notFound(
        () ->
            activities.addParticipant(
                new AddParticipant(
                    activityNth(92),
                    Participant.of(iia.id()),
                    ParticipationRole.HOST,
                    ParticipationStatus.INVITED)),
        "activity",
        activityNth(92));
    refusedWithoutWriting(
        () ->
            activities.addParticipant(
                new AddParticipant(
                    week.id(),
                    Participant.of(iia.id()),
                    ParticipationRole.HOST,
                    ParticipationStatus.INVITED)),
        RuleCode.PARTICIPATION_EXISTS);

    assertThat(hosted.participations())
        .containsExactly(
            new Participation(
                Participant.of(iia.id()),
                ParticipationRole.HOST,
                ParticipationStatus.CONFIRMED,
                null));
    assertThat(activities.get(week.id())).isEqualTo(hosted);
  }

  @Test
  void addParticipantsAppendsTheListAsOneChangeWithEachPersonsAffiliation() {
    Activity tour = propose(1, "2018-11/..", "Đoàn khảo sát");
    activities.addParticipant(
        new AddParticipant(
            tour.id(),
            Participant.of(iia.id()),
            ParticipationRole.HOST,
            ParticipationStatus.CONFIRMED));
    AffiliationSnapshot guest = new AffiliationSnapshot(embassy.id(), "Khách mời");
    int records = storage.records();

    Activity added =
        activities.addParticipants(
            new AddParticipants(
                    tour.id(),
                    List.of(
                        AddParticipants.Entry.of(
                            Participant.of(director.id()),
                            ParticipationRole.HEAD_OF_DELEGATION,
                            ParticipationStatus.INVITED),
                        new AddParticipants.Entry(
                            Participant.of(director.id()),
                            ParticipationRole.SPEAKER,
                            ParticipationStatus.CONFIRMED,
                            guest),
                        AddParticipants.Entry.of(
                            Participant.of(dost.id()),
                            ParticipationRole.ORGANISER,
                            ParticipationStatus.CONFIRMED),
                        AddParticipants.Entry.of(
                            Participant.of(embassy.id()),
                            ParticipationRole.EXHIBITOR,
                            ParticipationStatus.INVITED)))
                .expecting(2));

    assertThat(added.version()).isEqualTo(3);
    assertThat(added.participations())
        .containsExactly(
            new Participation(
                Participant.of(iia.id()),
                ParticipationRole.HOST,
                ParticipationStatus.CONFIRMED,
                null),
            new Participation(
                Participant.of(director.id()),
                ParticipationRole.HEAD_OF_DELEGATION,
                ParticipationStatus.INVITED,
                new AffiliationSnapshot(dost.id(), "Phó Giám đốc")),
            new Participation(
                Participant.of(director.id()),
                ParticipationRole.SPEAKER,
                ParticipationStatus.CONFIRMED,
                guest),
            new Participation(
                Participant.of(dost.id()),
                ParticipationRole.ORGANISER,
                ParticipationStatus.CONFIRMED,
                null),
            new Participation(
                Participant.of(embassy.id()),
                ParticipationRole.EXHIBITOR,
                ParticipationStatus.INVITED,
                null));
    assertThat(activities.get(tour.id())).isEqualTo(added);
    // one record of the activity, under the command's name
    assertThat(storage.records()).isEqualTo(records + 1);
    List<ChangeRecord> history =
        services.history().of(HistoryQuery.of(AggregateRef.of(tour.id())).pageSize(10)).items();
    assertThat(history).extracting(ChangeRecord::commandName).contains("AddParticipants");
    assertThat(history)
        .filteredOn(c -> c.commandName().equals("AddParticipants"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.version()).isEqualTo(3);
              assertThat(c.changes())
                  .extracting(FieldChange::field)
                  .containsExactly("participations");
            });
  }

  @Test
  void addParticipantsRefusesTheWholeListWhenOneEntryIsRefused() {
    Activity week = propose(5, "2018-Q4", "Tuần lễ ĐMST");
    activities.addParticipant(
        new AddParticipant(
            week.id(),
            Participant.of(iia.id()),
            ParticipationRole.HOST,
            ParticipationStatus.CONFIRMED));
    Activity before = activities.get(week.id());
    PersonId missingPerson = new PersonId(SequentialIds.nth(93));
    OrganisationId missingOrganisation = new OrganisationId(SequentialIds.nth(94));
    AddParticipants.Entry first =
        AddParticipants.Entry.of(
            Participant.of(director.id()), ParticipationRole.DELEGATE, ParticipationStatus.INVITED);

    notFound(
        () ->
            activities.addParticipants(
                new AddParticipants(
                    week.id(),
                    List.of(
                        first,
                        AddParticipants.Entry.of(
                            Participant.of(missingPerson),
                            ParticipationRole.SPEAKER,
                            ParticipationStatus.INVITED)))),
        "person",
        missingPerson);
    notFound(
        () ->
            activities.addParticipants(
                new AddParticipants(
                    week.id(),
                    List.of(
                        first,
                        AddParticipants.Entry.of(
                            Participant.of(missingOrganisation),
                            ParticipationRole.HOST,
                            ParticipationStatus.INVITED)))),
        "organisation",
        missingOrganisation);
    notFound(
        () ->
            activities.addParticipants(
                new AddParticipants(
                    week.id(),
                    List.of(
                        first,
                        new AddParticipants.Entry(
                            Participant.of(director.id()),
                            ParticipationRole.EXPERT,
                            ParticipationStatus.INVITED,
                            new AffiliationSnapshot(missingOrganisation, "Cố vấn"))))),
        "organisation",
        missingOrganisation);
    notFound(
        () -> activities.addParticipants(new AddParticipants(activityNth(92), List.of(first))),
        "activity",
        activityNth(92));
    refusedWithoutWriting(
        () ->
            activities.addParticipants(
                new AddParticipants(
                    week.id(),
                    List.of(
                        first,
                        AddParticipants.Entry.of(
                            Participant.of(iia.id()),
                            ParticipationRole.HOST,
                            ParticipationStatus.INVITED)))),
        RuleCode.PARTICIPATION_EXISTS);
    ConflictException stale =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                activities.addParticipants(
                    new AddParticipants(week.id(), List.of(first)).expecting(1)));
    assertThat(stale.code()).isEqualTo(ConflictException.CODE);

    assertThat(activities.get(week.id())).isEqualTo(before);
    assertThat(before.participations()).hasSize(1);
  }

  @Test
  void addParticipantsIsRefusedOnAClosedActivityAndAFrozenPlan() {
    Activity week = propose(5, "2018-Q4", "Tuần lễ ĐMST");
    AddParticipants host =
        new AddParticipants(
            week.id(),
            List.of(
                AddParticipants.Entry.of(
                    Participant.of(iia.id()),
                    ParticipationRole.HOST,
                    ParticipationStatus.INVITED)));
    activities.changeStatus(ChangeActivityStatus.cancel(week.id(), "hoãn vô thời hạn"));

    refusedWithoutWriting(() -> activities.addParticipants(host), RuleCode.ACTIVITY_CLOSED);

    Activity tour = propose(1, "2018-11/..", "Đoàn khảo sát");
    services.plans().changeStatus(ChangePlanStatus.cancel(plan.id(), "không được phê duyệt"));
    refusedWithoutWriting(
        () ->
            activities.addParticipants(
                new AddParticipants(
                    tour.id(),
                    List.of(
                        AddParticipants.Entry.of(
                            Participant.of(iia.id()),
                            ParticipationRole.HOST,
                            ParticipationStatus.INVITED)))),
        RuleCode.PLAN_FROZEN);
    assertThat(activities.get(tour.id()).participations()).isEmpty();
    assertThat(activities.get(week.id()).participations()).isEmpty();
  }

  @Test
  void addParticipantsRefusesAMissingCommand() {
    invalidWithoutWriting(() -> activities.addParticipants(nullCommand()), "command:required");
  }

  @SuppressWarnings("NullAway")
  private static AddParticipants nullCommand() {
    return null;
  }

  @Test
  void changeParticipationMovesAStatusAlongItsTransitions() {
    Activity week = propose(5, "2018-Q4", "Tuần lễ ĐMST");
    activities.addParticipant(
        new AddParticipant(
            week.id(),
            Participant.of(iia.id()),
            ParticipationRole.HOST,
            ParticipationStatus.INVITED));

    Activity confirmed =
        activities.changeParticipation(
            new ChangeParticipation(
                week.id(),
                Participant.of(iia.id()),
                ParticipationRole.HOST,
                ParticipationStatus.CONFIRMED));
    refusedWithoutWriting(
        () ->
            activities.changeParticipation(
                new ChangeParticipation(
                    week.id(),
                    Participant.of(iia.id()),
                    ParticipationRole.HOST,
                    ParticipationStatus.INVITED)),
        RuleCode.PARTICIPATION_ILLEGAL_TRANSITION);
    refusedWithoutWriting(
        () ->
            activities.changeParticipation(
                new ChangeParticipation(
                    week.id(),
                    Participant.of(dost.id()),
                    ParticipationRole.HOST,
                    ParticipationStatus.CONFIRMED)),
        RuleCode.PARTICIPATION_UNKNOWN);

    assertThat(confirmed.participations())
        .singleElement()
        .extracting(Participation::status)
        .isEqualTo(ParticipationStatus.CONFIRMED);
    assertThat(confirmed.version()).isEqualTo(3);
  }

  @Test
  void searchPagesThroughTheMatchesInOrder() {
    Activity december = propose(1, "2018-12", "Tháng mười hai");
    Activity october = propose(5, "2018-10", "Tháng mười");
    Activity november = propose(1, "2018-11", "Tháng mười một");
    activities.propose(new ProposeActivity(otherPlan.id(), details(1, "2018-01", "Kế hoạch khác")));

    Page<Activity> first =
        activities.search(ActivityQuery.builder().plan(plan.id()).pageSize(2).build());
    Page<Activity> second =
        activities.search(
            ActivityQuery.builder().plan(plan.id()).pageSize(2).after(first.nextCursor()).build());
    Page<Activity> area1 =
        activities.search(ActivityQuery.builder().plan(plan.id()).contentAreas(1).build());

    assertThat(first.items()).containsExactly(october, november);
    assertThat(first.hasNext()).isTrue();
    assertThat(second.items()).containsExactly(december);
    assertThat(second.hasNext()).isFalse();
    assertThat(area1.items()).containsExactly(november, december);
  }

  @Test
  void missingArgumentsAreInvalidInput() {
    violation(() -> activities.propose(null), "command", Violation.REQUIRED);
    violation(() -> activities.revise(null), "command", Violation.REQUIRED);
    violation(() -> activities.move(null), "command", Violation.REQUIRED);
    violation(() -> activities.changeStatus(null), "command", Violation.REQUIRED);
    violation(() -> activities.addParticipant(null), "command", Violation.REQUIRED);
    violation(() -> activities.changeParticipation(null), "command", Violation.REQUIRED);
    violation(() -> activities.get(null), "id", Violation.REQUIRED);
    violation(() -> activities.search(null), "query", Violation.REQUIRED);
    notFound(() -> activities.get(activityNth(91)), "activity", activityNth(91));
  }
}

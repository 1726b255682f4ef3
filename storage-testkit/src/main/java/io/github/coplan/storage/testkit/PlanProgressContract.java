package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.application.ProgressReport;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivitySummary;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.coplan.port.storage.ActivityRepository#progress} and of the
 * progress report of {@link io.github.coplan.application.ReportUseCases}: counts per content area
 * and every status, overdue as of a day, upcoming in a window (boundary days included), the overdue
 * and upcoming activities listed earliest first (then by id) up to the query's limit, and distinct
 * people and organisations counted apart, by country and organisation type, without withdrawn
 * participations or cancelled activities, exactly as {@link PlanProgress} and {@link
 * ContentAreaProgress} define them; titles in the asked language or their original; bad input
 * refused with typed errors.
 *
 * <p>Each test starts with a plan {@code PROGRESS} whose content areas 1 to 3 hold ten activities
 * ({@code p1} to {@code p10}, titled as {@link #title(String)} says) and whose area 4 holds none,
 * and another plan with two activities.
 */
public abstract class PlanProgressContract extends StorageContract {

  /** The report day of most tests. */
  protected static final LocalDate AS_OF = LocalDate.of(2019, 1, 1);

  /** The last day of the upcoming window of most tests. */
  protected static final LocalDate UNTIL = LocalDate.of(2019, 3, 31);

  private final Map<String, Activity> activities = new HashMap<>();
  private CooperationPlan plan;
  private CooperationPlan other;
  private Organisation dost;
  private Organisation iia;
  private Organisation embassy;
  private Organisation university;
  private Organisation startup;
  private Person dung;
  private Person doron;
  private Person cohen;
  private Person hoa;
  private Person outsider;

  /** For subclasses. */
  protected PlanProgressContract() {}

  /** Stores the plans, organisations, people and activities. */
  @BeforeEach
  protected void storePlanWithActivities() {
    dost = insert(newOrganisation(dostHcmcProfile()));
    iia = insert(newOrganisation(israelInnovationAuthorityProfile()));
    embassy = insert(newOrganisation(embassyOfIsraelProfile()));
    university =
        insert(
            newOrganisation(
                organisationProfile(
                    "Đại học Quốc gia TP.HCM", OrganisationType.ACADEMIC, CountryCode.VN)));
    startup =
        insert(
            newOrganisation(
                organisationProfile("חברת הזנק", OrganisationType.PRIVATE_SECTOR, CountryCode.IL)));
    dung = insert(newPerson("Nguyễn Việt Dũng", CountryCode.VN));
    doron = insert(newPerson("Doron Lebovich", CountryCode.IL));
    cohen = insert(newPerson("נועה כהן", CountryCode.IL));
    hoa = insert(newPerson("Trần Thị Hoa", CountryCode.VN));
    outsider = insert(newPerson("Lê Văn Nam", CountryCode.VN));
    CooperationPlan draft = newPlan("PROGRESS");
    for (int n = 1; n <= 4; n++) {
      draft = draft.addContentArea(new ContentArea(n, contentAreaTitle(n)));
    }
    plan = insert(draft);
    other =
        insert(
            newPlan("OTHER")
                .addContentArea(new ContentArea(1, contentAreaTitle(1)))
                .addContentArea(new ContentArea(2, contentAreaTitle(2))));

    add(
        "p1",
        plan,
        1,
        "2018-Q4",
        ActivityStatus.PLANNED,
        null,
        null,
        dost,
        took(dost, ParticipationRole.ORGANISER, ParticipationStatus.CONFIRMED),
        took(embassy, ParticipationRole.ATTENDEE, ParticipationStatus.WITHDRAWN),
        took(doron, ParticipationRole.SPEAKER, ParticipationStatus.NO_SHOW));
    add(
        "p2",
        plan,
        1,
        "2019-01-01",
        ActivityStatus.SCHEDULED,
        null,
        null,
        null,
        took(dost, ParticipationRole.HOST, ParticipationStatus.INVITED),
        took(dung, ParticipationRole.DELEGATE, ParticipationStatus.CONFIRMED),
        took(university, ParticipationRole.ATTENDEE, ParticipationStatus.WITHDRAWN));
    add(
        "p3",
        plan,
        1,
        "2018-11",
        ActivityStatus.COMPLETED,
        "2018-11-05",
        "2018-11-09",
        iia,
        took(iia, ParticipationRole.EXHIBITOR, ParticipationStatus.ATTENDED),
        took(dung, ParticipationRole.HEAD_OF_DELEGATION, ParticipationStatus.ATTENDED));
    add(
        "p4",
        plan,
        1,
        "2018-12-01/2018-12-31",
        ActivityStatus.IN_PROGRESS,
        "2018-12-01",
        null,
        iia,
        took(cohen, ParticipationRole.EXPERT, ParticipationStatus.WITHDRAWN));
    add(
        "p5",
        plan,
        2,
        "2018-06",
        ActivityStatus.CANCELLED,
        null,
        null,
        null,
        took(iia, ParticipationRole.EXHIBITOR, ParticipationStatus.CONFIRMED),
        took(cohen, ParticipationRole.ATTENDEE, ParticipationStatus.CONFIRMED),
        took(university, ParticipationRole.HOST, ParticipationStatus.CONFIRMED));
    add(
        "p6",
        plan,
        2,
        "2019-03-31",
        ActivityStatus.POSTPONED,
        null,
        null,
        startup,
        took(startup, ParticipationRole.EXHIBITOR, ParticipationStatus.INVITED));
    add(
        "p7",
        plan,
        2,
        "2019-04-01",
        ActivityStatus.PROPOSED,
        null,
        null,
        null,
        took(hoa, ParticipationRole.ATTENDEE, ParticipationStatus.CONFIRMED));
    add("p8", plan, 2, "2018-12-31", ActivityStatus.PROPOSED, null, null, null);
    add("p9", plan, 3, "2018-11/..", ActivityStatus.PLANNED, null, null, dost);
    add(
        "p10",
        plan,
        3,
        "2019-Q1",
        ActivityStatus.PROPOSED,
        null,
        null,
        embassy,
        took(embassy, ParticipationRole.ATTENDEE, ParticipationStatus.INVITED));
    add(
        "q1",
        other,
        1,
        "2018-Q3",
        ActivityStatus.PLANNED,
        null,
        null,
        dost,
        took(outsider, ParticipationRole.DELEGATE, ParticipationStatus.CONFIRMED),
        took(dost, ParticipationRole.ORGANISER, ParticipationStatus.CONFIRMED));
    add(
        "q2",
        other,
        2,
        "2019-01",
        ActivityStatus.CANCELLED,
        null,
        null,
        null,
        took(university, ParticipationRole.HOST, ParticipationStatus.CONFIRMED));
  }

  /** Activities are counted per content area and status; areas without activities are left out. */
  @Test
  protected void countsActivitiesPerContentAreaAndStatus() {
    PlanProgress progress = progress(AS_OF, UNTIL);

    assertThat(progress.plan()).isEqualTo(plan.id());
    assertThat(progress.asOf()).isEqualTo(AS_OF);
    assertThat(progress.upcomingUntil()).isEqualTo(UNTIL);
    assertThat(progress.contentAreas())
        .containsExactly(
            new ContentAreaProgress(
                1,
                Map.of(
                    ActivityStatus.PLANNED,
                    1L,
                    ActivityStatus.SCHEDULED,
                    1L,
                    ActivityStatus.COMPLETED,
                    1L,
                    ActivityStatus.IN_PROGRESS,
                    1L),
                2,
                1),
            new ContentAreaProgress(
                2,
                Map.of(
                    ActivityStatus.CANCELLED,
                    1L,
                    ActivityStatus.POSTPONED,
                    1L,
                    ActivityStatus.PROPOSED,
                    2L),
                1,
                1),
            new ContentAreaProgress(
                3, Map.of(ActivityStatus.PLANNED, 1L, ActivityStatus.PROPOSED, 1L), 0, 1));
    assertThat(progress.count(ActivityStatus.PROPOSED)).isEqualTo(3);
    assertThat(progress.count(ActivityStatus.PLANNED)).isEqualTo(2);
    assertThat(progress.contentArea(4)).isEqualTo(ContentAreaProgress.empty(4));
    assertThat(progress.contentArea(1).total()).isEqualTo(4);
  }

  /** Overdue: latest planned day before the report day, neither completed nor cancelled. */
  @Test
  protected void overdueCountsSpansEndedBeforeTheReportDayThatAreStillOpen() {
    assertThat(overdueByArea(progress(AS_OF, UNTIL))).containsExactly(2L, 1L, 0L);
    assertThat(progress(AS_OF, UNTIL).overdue()).isEqualTo(3);
    // On the last day of 2018 nothing planned for 2018 is overdue yet.
    assertThat(overdueByArea(progress(LocalDate.of(2018, 12, 31), UNTIL)))
        .containsExactly(0L, 0L, 0L);
    // One day later than the report day, the activity planned for 2019-01-01 is overdue too.
    assertThat(overdueByArea(progress(LocalDate.of(2019, 1, 2), UNTIL)))
        .containsExactly(3L, 1L, 0L);
    // An open end is never overdue; the quarter ends on 2019-03-31.
    assertThat(overdueByArea(progress(LocalDate.of(2099, 1, 1), LocalDate.of(2099, 1, 1))))
        .containsExactly(3L, 3L, 1L);
  }

  /**
   * Upcoming: open, not in progress, earliest planned day in the window, both boundary days
   * included.
   */
  @Test
  protected void upcomingCountsOpenActivitiesStartingInTheWindow() {
    assertThat(upcomingByArea(progress(AS_OF, UNTIL))).containsExactly(1L, 1L, 1L);
    assertThat(upcomingByArea(progress(AS_OF, LocalDate.of(2019, 4, 1))))
        .containsExactly(1L, 2L, 1L);
    assertThat(upcomingByArea(progress(LocalDate.of(2019, 1, 2), LocalDate.of(2019, 3, 30))))
        .containsExactly(0L, 0L, 0L);
    assertThat(upcomingByArea(progress(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 1))))
        .containsExactly(1L, 0L, 0L);
    assertThat(upcomingByArea(progress(LocalDate.of(2018, 12, 1), LocalDate.of(2018, 12, 31))))
        .containsExactly(0L, 1L, 0L);
    assertThat(progress(AS_OF, UNTIL).upcoming()).isEqualTo(3);
  }

  /**
   * People and organisations are counted apart, each once: people by country, organisations by
   * country and by type.
   */
  @Test
  protected void peopleAndOrganisationsAreCountedApartAndOnceEach() {
    PlanProgress progress = progress(AS_OF, UNTIL);

    // People: Doron (p1, no-show), Dung (p2 and p3), Hoa (p7); not Cohen (withdrawn from p4, in
    // cancelled p5).
    assertThat(progress.peopleByCountry())
        .isEqualTo(Map.of(CountryCode.VN, 2L, CountryCode.IL, 1L));
    assertThat(progress.people()).isEqualTo(3);
    // Organisations: DOST (p1 and p2), the embassy in Vietnam (p10), the IIA (p3), the start-up
    // (p6); not the university.
    assertThat(progress.organisationsByCountry())
        .isEqualTo(Map.of(CountryCode.VN, 2L, CountryCode.IL, 2L));
    assertThat(progress.organisations()).isEqualTo(4);
    assertThat(progress.organisationsByType())
        .isEqualTo(
            Map.of(
                OrganisationType.LOCAL_GOVERNMENT,
                1L,
                OrganisationType.GOVERNMENT,
                2L,
                OrganisationType.PRIVATE_SECTOR,
                1L));
    assertThat(progress.peopleByCountry().keySet()).containsExactly(CountryCode.IL, CountryCode.VN);
    assertThat(progress.organisationsByCountry().keySet())
        .containsExactly(CountryCode.IL, CountryCode.VN);
  }

  /**
   * Every status is counted, in every content area, so the statuses add up to the number of
   * activities.
   */
  @Test
  protected void everyStatusIsCountedSoTheStatusesAddUpToTheTotal() {
    PlanProgress progress = progress(AS_OF, UNTIL);

    assertThat(progress.byStatus())
        .containsExactly(
            Map.entry(ActivityStatus.PROPOSED, 3L),
            Map.entry(ActivityStatus.PLANNED, 2L),
            Map.entry(ActivityStatus.SCHEDULED, 1L),
            Map.entry(ActivityStatus.IN_PROGRESS, 1L),
            Map.entry(ActivityStatus.COMPLETED, 1L),
            Map.entry(ActivityStatus.POSTPONED, 1L),
            Map.entry(ActivityStatus.CANCELLED, 1L));
    assertThat(progress.total()).isEqualTo(10);
    assertThat(progress.contentAreas())
        .extracting(ContentAreaProgress::total)
        .containsExactly(4L, 4L, 2L);
    for (ContentAreaProgress area : progress.contentAreas()) {
      assertThat(area.byStatus()).containsOnlyKeys(ActivityStatus.values());
      assertThat(area.byStatus().values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(area.total());
    }
  }

  /**
   * The overdue activities are listed, earliest planned day first, each with its id, title, planned
   * span, content area, lead party and status.
   */
  @Test
  protected void overdueActivitiesAreListedEarliestFirst() {
    PlanProgress progress = progress(AS_OF, UNTIL);

    assertThat(progress.overdueActivities())
        .containsExactly(
            new ActivitySummary(
                id("p1"),
                viEn("Hoạt động p1", "Activity p1"),
                DateSpan.parse("2018-Q4"),
                1,
                dost.id(),
                ActivityStatus.PLANNED),
            new ActivitySummary(
                id("p4"),
                viEn("Hoạt động p4", "Activity p4"),
                DateSpan.parse("2018-12-01/2018-12-31"),
                1,
                iia.id(),
                ActivityStatus.IN_PROGRESS),
            new ActivitySummary(
                id("p8"),
                LocalizedText.of("vi", "Hoạt động p8"),
                DateSpan.parse("2018-12-31"),
                2,
                null,
                ActivityStatus.PROPOSED));
    assertThat(progress.overdueActivities())
        .extracting(ActivitySummary::plannedText)
        .containsExactly("2018-Q4", "2018-12-01/2018-12-31", "2018-12-31");
    assertThat(progress.overdueNotListed()).isZero();
    // One day later p2, planned for 2019-01-01, is overdue too; on the last day of 2018 nothing is.
    assertThat(names(progress(LocalDate.of(2019, 1, 2), UNTIL).overdueActivities()))
        .containsExactly("p1", "p4", "p8", "p2");
    assertThat(progress(LocalDate.of(2018, 12, 31), UNTIL).overdueActivities()).isEmpty();
    // Far later every open activity without an open end is overdue; p2 and p10 start the same day,
    // p2 has the smaller id.
    assertThat(
            names(progress(LocalDate.of(2099, 1, 1), LocalDate.of(2099, 1, 1)).overdueActivities()))
        .containsExactly("p1", "p4", "p8", "p2", "p10", "p6", "p7");
  }

  /**
   * The upcoming activities are listed, earliest planned day first, both boundary days of the
   * window included.
   */
  @Test
  protected void upcomingActivitiesAreListedEarliestFirst() {
    PlanProgress progress = progress(AS_OF, UNTIL);

    assertThat(progress.upcomingActivities())
        .containsExactly(
            new ActivitySummary(
                id("p2"),
                viEn("Hoạt động p2", "Activity p2"),
                DateSpan.parse("2019-01-01"),
                1,
                null,
                ActivityStatus.SCHEDULED),
            new ActivitySummary(
                id("p10"),
                viEnHe("Hoạt động p10", "Activity p10", "פעילות p10"),
                DateSpan.parse("2019-Q1"),
                3,
                embassy.id(),
                ActivityStatus.PROPOSED),
            new ActivitySummary(
                id("p6"),
                viEn("Hoạt động p6", "Activity p6"),
                DateSpan.parse("2019-03-31"),
                2,
                startup.id(),
                ActivityStatus.POSTPONED));
    assertThat(progress.upcomingActivities())
        .extracting(ActivitySummary::plannedText)
        .containsExactly("2019-01-01", "2019-Q1", "2019-03-31");
    assertThat(names(progress(AS_OF, LocalDate.of(2019, 4, 1)).upcomingActivities()))
        .containsExactly("p2", "p10", "p6", "p7");
    assertThat(
            names(
                progress(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 1))
                    .upcomingActivities()))
        .containsExactly("p1");
    assertThat(progress(LocalDate.of(2019, 1, 2), LocalDate.of(2019, 3, 30)).upcomingActivities())
        .isEmpty();
  }

  /** The lists stop at the query's limit; the counts still count every activity. */
  @Test
  protected void theListsStopAtTheLimitButTheCountsDoNot() {
    LocalDate later = LocalDate.of(2099, 1, 1);
    PlanProgress two =
        read(r -> r.activities().progress(new ProgressQuery(plan.id(), later, later, 2)));
    PlanProgress none =
        read(r -> r.activities().progress(new ProgressQuery(plan.id(), AS_OF, UNTIL, 0)));
    PlanProgress one =
        read(r -> r.activities().progress(new ProgressQuery(plan.id(), AS_OF, UNTIL, 1)));

    assertThat(names(two.overdueActivities())).containsExactly("p1", "p4");
    assertThat(two.overdue()).isEqualTo(7);
    assertThat(two.overdueNotListed()).isEqualTo(5);
    assertThat(none.overdueActivities()).isEmpty();
    assertThat(none.upcomingActivities()).isEmpty();
    assertThat(none.overdue()).isEqualTo(3);
    assertThat(none.upcoming()).isEqualTo(3);
    assertThat(names(one.overdueActivities())).containsExactly("p1");
    assertThat(names(one.upcomingActivities())).containsExactly("p2");
    assertThat(one.upcomingNotListed()).isEqualTo(2);
    assertThat(progress(AS_OF, UNTIL).contentAreas()).isEqualTo(one.contentAreas());
  }

  /**
   * Activities that start the same day are listed by id, compared as unsigned numbers (the order of
   * their text form), in both lists.
   */
  @Test
  protected void activitiesStartingTheSameDayAreListedByIdAsUnsignedNumbers() {
    CooperationPlan same =
        insert(newPlan("SAME-DAY").addContentArea(new ContentArea(1, contentAreaTitle(1))));
    List<UUID> ids =
        List.of(
            UUID.fromString("80000000-0000-7000-8000-000000000001"),
            UUID.fromString("7fffffff-ffff-7fff-bfff-ffffffffffff"),
            UUID.fromString("80000000-0000-7000-0000-000000000002"),
            UUID.fromString("00000000-0000-7000-8000-000000000003"));
    for (UUID id : ids) {
      insert(
          Activity.ForAdapters.restore(
              new ActivityId(id),
              same.id(),
              details(1, ActivityType.OTHER, en("Same day " + id), "2019-02"),
              null,
              ActivityStatus.PLANNED,
              null,
              null,
              null,
              List.of(),
              0));
    }
    List<ActivityId> expected =
        List.of(
            new ActivityId(ids.get(3)),
            new ActivityId(ids.get(1)),
            new ActivityId(ids.get(2)),
            new ActivityId(ids.get(0)));

    PlanProgress before =
        read(r -> r.activities().progress(new ProgressQuery(same.id(), AS_OF, UNTIL)));
    PlanProgress after =
        read(
            r ->
                r.activities()
                    .progress(new ProgressQuery(same.id(), LocalDate.of(2019, 3, 1), UNTIL)));

    assertThat(before.upcomingActivities())
        .extracting(ActivitySummary::id)
        .containsExactlyElementsOf(expected);
    assertThat(after.overdueActivities())
        .extracting(ActivitySummary::id)
        .containsExactlyElementsOf(expected);
    assertThat(
            read(r -> r.activities().progress(new ProgressQuery(same.id(), AS_OF, UNTIL, 2)))
                .upcomingActivities())
        .extracting(ActivitySummary::id)
        .containsExactlyElementsOf(expected.subList(0, 2));
  }

  /** Withdrawn participations and cancelled activities do not count; the counts follow updates. */
  @Test
  protected void withdrawnParticipationsAndCancelledActivitiesDoNotCount() {
    withdraw("p1", dost, ParticipationRole.ORGANISER);
    withdraw("p2", dost, ParticipationRole.HOST);
    Activity p3 = stored(fixture("p3").id());
    write(
        r ->
            r.activities()
                .update(
                    Activity.ForAdapters.restore(
                        p3.id(),
                        p3.plan(),
                        p3.details(),
                        null,
                        ActivityStatus.CANCELLED,
                        null,
                        null,
                        "Hủy",
                        p3.participations(),
                        p3.version())));

    PlanProgress progress = progress(AS_OF, UNTIL);

    // Left: Doron (p1), Dung (p2), the start-up (p6), Hoa (p7) and the embassy (p10).
    assertThat(progress.peopleByCountry())
        .isEqualTo(Map.of(CountryCode.VN, 2L, CountryCode.IL, 1L));
    assertThat(progress.organisationsByCountry())
        .isEqualTo(Map.of(CountryCode.VN, 1L, CountryCode.IL, 1L));
    assertThat(progress.organisationsByType())
        .isEqualTo(Map.of(OrganisationType.GOVERNMENT, 1L, OrganisationType.PRIVATE_SECTOR, 1L));
    assertThat(progress.contentArea(1).byStatus())
        .containsEntry(ActivityStatus.COMPLETED, 0L)
        .containsEntry(ActivityStatus.CANCELLED, 1L);
  }

  /**
   * The counts and the lists follow status changes, changed planned spans, titles and lead parties.
   */
  @Test
  protected void countsAndListsFollowUpdates() {
    Activity p8 = stored(fixture("p8").id());
    write(
        r ->
            r.activities()
                .update(
                    p8.plan(null)
                        .schedule(null)
                        .complete(
                            PartialDate.parse("2018-12-31"), PartialDate.parse("2018-12-31"))));
    Activity p7 = stored(fixture("p7").id());
    write(
        r ->
            r.activities()
                .update(
                    p7.revise(
                        p7.details().toBuilder().planned(DateSpan.parse("2019-02")).build())));
    Activity p1 = stored(fixture("p1").id());
    write(
        r ->
            r.activities()
                .update(
                    p1.revise(
                        p1.details().toBuilder()
                            .title(viEn("Hội thảo", "Workshop"))
                            .leadParty(null)
                            .build())));

    PlanProgress progress = progress(AS_OF, UNTIL);

    assertThat(progress.contentArea(2))
        .isEqualTo(
            new ContentAreaProgress(
                2,
                Map.of(
                    ActivityStatus.CANCELLED,
                    1L,
                    ActivityStatus.POSTPONED,
                    1L,
                    ActivityStatus.PROPOSED,
                    1L,
                    ActivityStatus.COMPLETED,
                    1L),
                0,
                2));
    assertThat(progress.overdueActivities())
        .containsExactly(
            new ActivitySummary(
                id("p1"),
                viEn("Hội thảo", "Workshop"),
                DateSpan.parse("2018-Q4"),
                1,
                null,
                ActivityStatus.PLANNED),
            new ActivitySummary(
                id("p4"),
                viEn("Hoạt động p4", "Activity p4"),
                DateSpan.parse("2018-12-01/2018-12-31"),
                1,
                iia.id(),
                ActivityStatus.IN_PROGRESS));
    assertThat(names(progress.upcomingActivities())).containsExactly("p2", "p10", "p7", "p6");
    assertThat(progress.upcomingActivities().get(2).planned()).isEqualTo(DateSpan.parse("2019-02"));
  }

  /** Another plan's activities and participants are not counted, and its own counts are its own. */
  @Test
  protected void otherPlansAreCountedApart() {
    PlanProgress progress =
        read(r -> r.activities().progress(new ProgressQuery(other.id(), AS_OF, UNTIL)));

    assertThat(progress.contentAreas())
        .containsExactly(
            new ContentAreaProgress(1, Map.of(ActivityStatus.PLANNED, 1L), 1, 0),
            new ContentAreaProgress(2, Map.of(ActivityStatus.CANCELLED, 1L), 0, 0));
    assertThat(progress.peopleByCountry()).isEqualTo(Map.of(CountryCode.VN, 1L));
    assertThat(progress.organisationsByCountry()).isEqualTo(Map.of(CountryCode.VN, 1L));
    assertThat(progress.organisationsByType())
        .isEqualTo(Map.of(OrganisationType.LOCAL_GOVERNMENT, 1L));
    assertThat(progress.overdueActivities())
        .containsExactly(
            new ActivitySummary(
                id("q1"),
                viEn("Hoạt động q1", "Activity q1"),
                DateSpan.parse("2018-Q3"),
                1,
                dost.id(),
                ActivityStatus.PLANNED));
    assertThat(progress.upcomingActivities()).isEmpty();
    assertThat(
            names(progress(LocalDate.of(2099, 1, 1), LocalDate.of(2099, 1, 1)).overdueActivities()))
        .doesNotContain("q1", "q2");
  }

  /** A plan without activities, or an unknown plan, gives empty counts. */
  @Test
  protected void planWithoutActivitiesGivesEmptyCounts() {
    CooperationPlan empty = insert(newPlan("EMPTY"));
    PlanId unknown = new PlanId(nextId());

    for (PlanId id : List.of(empty.id(), unknown)) {
      PlanProgress progress =
          read(r -> r.activities().progress(new ProgressQuery(id, AS_OF, UNTIL)));
      assertThat(progress)
          .isEqualTo(
              new PlanProgress(
                  id, AS_OF, UNTIL, List.of(), Map.of(), Map.of(), Map.of(), List.of(), List.of()));
      assertThat(progress).isEqualTo(PlanProgress.empty(new ProgressQuery(id, AS_OF, UNTIL)));
    }
  }

  /**
   * The report through the public API lists every content area of the plan, with a 90-day window.
   */
  @Test
  protected void reportThroughThePublicApiListsEveryContentArea() {
    ProgressReport report = coplan().reports().progress(plan.id(), AS_OF);

    assertThat(report.plan()).isEqualTo(stored(plan.id()));
    assertThat(report.progress().upcomingUntil()).isEqualTo(LocalDate.of(2019, 4, 1));
    assertThat(report.lines()).extracting(l -> l.area().number()).containsExactly(1, 2, 3, 4);
    assertThat(report.lines())
        .extracting(l -> l.counts().upcoming())
        .containsExactly(1L, 2L, 1L, 0L);
    assertThat(report.lines())
        .extracting(l -> l.counts().overdue())
        .containsExactly(2L, 1L, 0L, 0L);
    assertThat(report.lines()).extracting(l -> l.counts().total()).containsExactly(4L, 4L, 2L, 0L);
    assertThat(report.lines().get(0).area().title()).isEqualTo(contentAreaTitle(1));
    NotFoundException e =
        assertRefused(
            NotFoundException.class,
            () -> coplan().reports().progress(new PlanId(nextId()), AS_OF));
    assertThat(e.kind()).isEqualTo("plan");
    assertThat(report.language()).isNull();
    assertThat(report.overdueActivities())
        .extracting(ProgressReport.ActivityLine::title)
        .containsExactly("Hoạt động p1", "Hoạt động p4", "Hoạt động p8");
    assertThat(report.progress().total()).isEqualTo(10);
  }

  /**
   * Through the public API the listed activities come in the asked language where their titles have
   * it, in their original language where they do not, with the planned span as the plan states it.
   */
  @Test
  protected void reportThroughThePublicApiNamesActivitiesInTheAskedLanguage() {
    ProgressReport report = coplan().reports().progress(plan.id(), AS_OF, "EN");

    assertThat(report.language()).isEqualTo("en");
    assertThat(report.overdueActivities())
        .containsExactly(
            new ProgressReport.ActivityLine(
                id("p1"),
                "Activity p1",
                "en",
                "2018-Q4",
                1,
                contentAreaTitle(1).best("en"),
                dost.id(),
                ActivityStatus.PLANNED),
            new ProgressReport.ActivityLine(
                id("p4"),
                "Activity p4",
                "en",
                "2018-12-01/2018-12-31",
                1,
                contentAreaTitle(1).best("en"),
                iia.id(),
                ActivityStatus.IN_PROGRESS),
            new ProgressReport.ActivityLine(
                id("p8"),
                "Hoạt động p8",
                "vi",
                "2018-12-31",
                2,
                contentAreaTitle(2).best("en"),
                null,
                ActivityStatus.PROPOSED));
    assertThat(report.upcomingActivities())
        .containsExactly(
            new ProgressReport.ActivityLine(
                id("p2"),
                "Activity p2",
                "en",
                "2019-01-01",
                1,
                contentAreaTitle(1).best("en"),
                null,
                ActivityStatus.SCHEDULED),
            new ProgressReport.ActivityLine(
                id("p10"),
                "Activity p10",
                "en",
                "2019-Q1",
                3,
                contentAreaTitle(3).best("en"),
                embassy.id(),
                ActivityStatus.PROPOSED),
            new ProgressReport.ActivityLine(
                id("p6"),
                "Activity p6",
                "en",
                "2019-03-31",
                2,
                contentAreaTitle(2).best("en"),
                startup.id(),
                ActivityStatus.POSTPONED),
            new ProgressReport.ActivityLine(
                id("p7"),
                "Activity p7",
                "en",
                "2019-04-01",
                2,
                contentAreaTitle(2).best("en"),
                null,
                ActivityStatus.PROPOSED));

    ProgressReport hebrew =
        coplan().reports().progress(new ProgressQuery(plan.id(), AS_OF, UNTIL), "he");
    assertThat(hebrew.upcomingActivities())
        .extracting(
            ProgressReport.ActivityLine::title,
            ProgressReport.ActivityLine::titleLanguage,
            ProgressReport.ActivityLine::contentAreaTitle)
        .containsExactly(
            tuple("Hoạt động p2", "vi", contentAreaTitle(1).original()),
            tuple("פעילות p10", "he", contentAreaTitle(3).original()),
            tuple("Hoạt động p6", "vi", contentAreaTitle(2).original()));
  }

  /** Bad input is refused with typed errors, every violation listed, and changes nothing. */
  @Test
  @SuppressWarnings("NullAway") // hands null to the API on purpose
  protected void badInputIsRefusedWithTypedErrors() {
    assertInvalid(() -> coplan().reports().progress(null, AS_OF), "plan:required");
    assertInvalid(() -> coplan().reports().progress(plan.id(), null), "asOf:required");
    assertInvalid(
        () -> coplan().reports().progress(plan.id(), AS_OF, "english!"), "language:malformed");
    assertInvalid(() -> coplan().reports().progress(plan.id(), AS_OF, ""), "language:malformed");
    assertInvalid(() -> coplan().reports().progress(plan.id(), AS_OF, null), "language:required");
    assertInvalid(
        () -> coplan().reports().progress(null, null, "en_US"),
        "plan:required",
        "asOf:required",
        "language:malformed");
    assertInvalid(
        () -> coplan().reports().progress(new ProgressQuery(plan.id(), AS_OF, UNTIL), "e"),
        "language:malformed");
    assertInvalid(() -> coplan().reports().progress(null, "en"), "query:required");
    assertInvalid(
        () ->
            coplan()
                .reports()
                .progress(
                    new ProgressQuery(plan.id(), AS_OF, UNTIL, ProgressQuery.MAX_LIST_LIMIT + 1)),
        "listLimit:out-of-range");
    assertInvalid(() -> read(r -> r.activities().progress(null)), "query:required");
    PlanId unknown = new PlanId(nextId());
    assertThat(
            assertRefused(
                    NotFoundException.class,
                    () -> coplan().reports().progress(unknown, AS_OF, "en"))
                .kind())
        .isEqualTo("plan");
    assertThat(
            assertRefused(
                    NotFoundException.class,
                    () ->
                        coplan().reports().progress(new ProgressQuery(unknown, AS_OF, UNTIL), "vi"))
                .id())
        .isEqualTo(unknown.toString());
  }

  /**
   * The progress of the plan {@code PROGRESS}, read in its own unit.
   *
   * @param asOf the report day
   * @param until the last day of the upcoming window
   * @return the counts
   */
  protected final PlanProgress progress(LocalDate asOf, LocalDate until) {
    return read(r -> r.activities().progress(new ProgressQuery(plan.id(), asOf, until)));
  }

  private ActivityId id(String name) {
    return fixture(name).id();
  }

  /** The fixture's names of listed activities, in order. */
  private List<String> names(List<ActivitySummary> listed) {
    Map<ActivityId, String> byId = new HashMap<>();
    activities.forEach((name, a) -> byId.put(a.id(), name));
    return listed.stream().map(a -> byId.getOrDefault(a.id(), a.id().toString())).toList();
  }

  /** The fixture's activity of that name. */
  private Activity fixture(String name) {
    return Objects.requireNonNull(activities.get(name), name);
  }

  private void withdraw(String name, Organisation who, ParticipationRole role) {
    Activity a = stored(fixture(name).id());
    write(
        r ->
            r.activities()
                .update(
                    a.changeParticipation(
                        Participant.of(who.id()), role, ParticipationStatus.WITHDRAWN)));
  }

  private static List<Long> overdueByArea(PlanProgress progress) {
    List<Long> counts = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      counts.add(progress.contentArea(n).overdue());
    }
    return counts;
  }

  private static List<Long> upcomingByArea(PlanProgress progress) {
    List<Long> counts = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      counts.add(progress.contentArea(n).upcoming());
    }
    return counts;
  }

  private void add(
      String name,
      CooperationPlan in,
      int area,
      String planned,
      ActivityStatus status,
      @Nullable String actualStart,
      @Nullable String actualEnd,
      @Nullable Organisation lead,
      Participation... participations) {
    Activity a =
        newActivity(
            in.id(),
            details(area, ActivityType.OTHER, title(name), planned).toBuilder()
                .leadParty(lead == null ? null : lead.id())
                .build(),
            status,
            actualStart == null ? null : PartialDate.parse(actualStart),
            actualEnd == null ? null : PartialDate.parse(actualEnd),
            status == ActivityStatus.CANCELLED || status == ActivityStatus.POSTPONED
                ? "Lý do"
                : null,
            List.of(participations));
    activities.put(name, insert(a));
  }

  /**
   * The title of an activity of the fixture: in Vietnamese (the original) and English, but {@code
   * p8} in Vietnamese only and {@code p10} in Hebrew too.
   *
   * @param name the activity's name in the fixture, {@code p1} to {@code p10}, {@code q1} or {@code
   *     q2}
   * @return its title
   */
  protected static LocalizedText title(String name) {
    return switch (name) {
      case "p8" -> LocalizedText.of("vi", "Hoạt động p8");
      case "p10" -> viEnHe("Hoạt động p10", "Activity p10", "פעילות p10");
      default -> viEn("Hoạt động " + name, "Activity " + name);
    };
  }

  private static Participation took(
      Organisation who, ParticipationRole role, ParticipationStatus status) {
    return new Participation(Participant.of(who.id()), role, status, null);
  }

  private static Participation took(
      Person who, ParticipationRole role, ParticipationStatus status) {
    return new Participation(Participant.of(who.id()), role, status, null);
  }
}

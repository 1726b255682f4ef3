package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.ProgressReport;
import io.github.coplan.domain.activity.Activity;
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
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.coplan.port.storage.ActivityRepository#progress}: counts per
 * content area and status, overdue as of a day, upcoming in a window (boundary days included), and
 * distinct participants by country and organisation type, without withdrawn participations or
 * cancelled activities, exactly as {@link PlanProgress} and {@link ContentAreaProgress} define them.
 *
 * <p>Each test starts with a plan {@code PROGRESS} whose content areas 1 to 3 hold ten activities
 * ({@code p1} to {@code p10}) and whose area 4 holds none, and another plan with two activities.
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
    university = insert(newOrganisation(organisationProfile("Đại học Quốc gia TP.HCM", OrganisationType.ACADEMIC, CountryCode.VN)));
    startup = insert(newOrganisation(organisationProfile("חברת הזנק", OrganisationType.PRIVATE_SECTOR, CountryCode.IL)));
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
    other = insert(newPlan("OTHER").addContentArea(new ContentArea(1, contentAreaTitle(1))).addContentArea(new ContentArea(2, contentAreaTitle(2))));

    add("p1", plan, 1, "2018-Q4", ActivityStatus.PLANNED, null, null,
        took(dost, ParticipationRole.ORGANISER, ParticipationStatus.CONFIRMED),
        took(embassy, ParticipationRole.ATTENDEE, ParticipationStatus.WITHDRAWN),
        took(doron, ParticipationRole.SPEAKER, ParticipationStatus.NO_SHOW));
    add("p2", plan, 1, "2019-01-01", ActivityStatus.SCHEDULED, null, null,
        took(dost, ParticipationRole.HOST, ParticipationStatus.INVITED),
        took(dung, ParticipationRole.DELEGATE, ParticipationStatus.CONFIRMED),
        took(university, ParticipationRole.ATTENDEE, ParticipationStatus.WITHDRAWN));
    add("p3", plan, 1, "2018-11", ActivityStatus.COMPLETED, "2018-11-05", "2018-11-09",
        took(iia, ParticipationRole.EXHIBITOR, ParticipationStatus.ATTENDED),
        took(dung, ParticipationRole.HEAD_OF_DELEGATION, ParticipationStatus.ATTENDED));
    add("p4", plan, 1, "2018-12-01/2018-12-31", ActivityStatus.IN_PROGRESS, "2018-12-01", null,
        took(cohen, ParticipationRole.EXPERT, ParticipationStatus.WITHDRAWN));
    add("p5", plan, 2, "2018-06", ActivityStatus.CANCELLED, null, null,
        took(iia, ParticipationRole.EXHIBITOR, ParticipationStatus.CONFIRMED),
        took(cohen, ParticipationRole.ATTENDEE, ParticipationStatus.CONFIRMED),
        took(university, ParticipationRole.HOST, ParticipationStatus.CONFIRMED));
    add("p6", plan, 2, "2019-03-31", ActivityStatus.POSTPONED, null, null,
        took(startup, ParticipationRole.EXHIBITOR, ParticipationStatus.INVITED));
    add("p7", plan, 2, "2019-04-01", ActivityStatus.PROPOSED, null, null,
        took(hoa, ParticipationRole.ATTENDEE, ParticipationStatus.CONFIRMED));
    add("p8", plan, 2, "2018-12-31", ActivityStatus.PROPOSED, null, null);
    add("p9", plan, 3, "2018-11/..", ActivityStatus.PLANNED, null, null);
    add("p10", plan, 3, "2019-Q1", ActivityStatus.PROPOSED, null, null,
        took(embassy, ParticipationRole.ATTENDEE, ParticipationStatus.INVITED));
    add("q1", other, 1, "2018-Q3", ActivityStatus.PLANNED, null, null,
        took(outsider, ParticipationRole.DELEGATE, ParticipationStatus.CONFIRMED),
        took(dost, ParticipationRole.ORGANISER, ParticipationStatus.CONFIRMED));
    add("q2", other, 2, "2019-01", ActivityStatus.CANCELLED, null, null,
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
            new ContentAreaProgress(1, Map.of(ActivityStatus.PLANNED, 1L, ActivityStatus.SCHEDULED, 1L,
                ActivityStatus.COMPLETED, 1L, ActivityStatus.IN_PROGRESS, 1L), 2, 1),
            new ContentAreaProgress(2, Map.of(ActivityStatus.CANCELLED, 1L, ActivityStatus.POSTPONED, 1L,
                ActivityStatus.PROPOSED, 2L), 1, 1),
            new ContentAreaProgress(3, Map.of(ActivityStatus.PLANNED, 1L, ActivityStatus.PROPOSED, 1L), 0, 1));
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
    assertThat(overdueByArea(progress(LocalDate.of(2018, 12, 31), UNTIL))).containsExactly(0L, 0L, 0L);
    // One day later than the report day, the activity planned for 2019-01-01 is overdue too.
    assertThat(overdueByArea(progress(LocalDate.of(2019, 1, 2), UNTIL))).containsExactly(3L, 1L, 0L);
    // An open end is never overdue; the quarter ends on 2019-03-31.
    assertThat(overdueByArea(progress(LocalDate.of(2099, 1, 1), LocalDate.of(2099, 1, 1)))).containsExactly(3L, 3L, 1L);
  }

  /** Upcoming: open, not in progress, earliest planned day in the window, both boundary days included. */
  @Test
  protected void upcomingCountsOpenActivitiesStartingInTheWindow() {
    assertThat(upcomingByArea(progress(AS_OF, UNTIL))).containsExactly(1L, 1L, 1L);
    assertThat(upcomingByArea(progress(AS_OF, LocalDate.of(2019, 4, 1)))).containsExactly(1L, 2L, 1L);
    assertThat(upcomingByArea(progress(LocalDate.of(2019, 1, 2), LocalDate.of(2019, 3, 30)))).containsExactly(0L, 0L, 0L);
    assertThat(upcomingByArea(progress(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 1)))).containsExactly(1L, 0L, 0L);
    assertThat(upcomingByArea(progress(LocalDate.of(2018, 12, 1), LocalDate.of(2018, 12, 31)))).containsExactly(0L, 1L, 0L);
    assertThat(progress(AS_OF, UNTIL).upcoming()).isEqualTo(3);
  }

  /** Participants are counted once each, by country and by organisation type. */
  @Test
  protected void participantsAreCountedOnceByCountryAndOrganisationType() {
    PlanProgress progress = progress(AS_OF, UNTIL);

    assertThat(progress.participantsByCountry()).isEqualTo(Map.of(CountryCode.VN, 4L, CountryCode.IL, 3L));
    assertThat(progress.organisationsByType())
        .isEqualTo(Map.of(OrganisationType.LOCAL_GOVERNMENT, 1L, OrganisationType.GOVERNMENT, 2L, OrganisationType.PRIVATE_SECTOR, 1L));
    assertThat(progress.participantsByCountry().keySet()).containsExactly(CountryCode.IL, CountryCode.VN);
  }

  /** Withdrawn participations and cancelled activities do not count; the counts follow updates. */
  @Test
  protected void withdrawnParticipationsAndCancelledActivitiesDoNotCount() {
    withdraw("p1", dost, ParticipationRole.ORGANISER);
    withdraw("p2", dost, ParticipationRole.HOST);
    Activity p3 = stored(fixture("p3").id());
    write(r -> r.activities().update(Activity.restore(p3.id(), p3.plan(), p3.details(), null, ActivityStatus.CANCELLED, null, null,
        "Hủy", p3.participations(), p3.version())));

    PlanProgress progress = progress(AS_OF, UNTIL);

    // Left: Doron (p1), Dung (p2), the start-up (p6), Hoa (p7) and the embassy (p10).
    assertThat(progress.participantsByCountry()).isEqualTo(Map.of(CountryCode.VN, 3L, CountryCode.IL, 2L));
    assertThat(progress.organisationsByType()).isEqualTo(Map.of(OrganisationType.GOVERNMENT, 1L, OrganisationType.PRIVATE_SECTOR, 1L));
    assertThat(progress.contentArea(1).byStatus())
        .containsEntry(ActivityStatus.COMPLETED, 0L)
        .containsEntry(ActivityStatus.CANCELLED, 1L);
  }

  /** The counts follow status changes and changed planned spans. */
  @Test
  protected void countsFollowUpdates() {
    Activity p8 = stored(fixture("p8").id());
    write(r -> r.activities().update(p8.plan(null).schedule(null).complete(PartialDate.parse("2018-12-31"), PartialDate.parse("2018-12-31"))));
    Activity p7 = stored(fixture("p7").id());
    write(r -> r.activities().update(p7.revise(p7.details().toBuilder().planned(DateSpan.parse("2019-02")).build())));

    PlanProgress progress = progress(AS_OF, UNTIL);

    assertThat(progress.contentArea(2))
        .isEqualTo(new ContentAreaProgress(2, Map.of(ActivityStatus.CANCELLED, 1L, ActivityStatus.POSTPONED, 1L,
            ActivityStatus.PROPOSED, 1L, ActivityStatus.COMPLETED, 1L), 0, 2));
  }

  /** Another plan's activities and participants are not counted, and its own counts are its own. */
  @Test
  protected void otherPlansAreCountedApart() {
    PlanProgress progress = read(r -> r.activities().progress(new ProgressQuery(other.id(), AS_OF, UNTIL)));

    assertThat(progress.contentAreas())
        .containsExactly(
            new ContentAreaProgress(1, Map.of(ActivityStatus.PLANNED, 1L), 1, 0),
            new ContentAreaProgress(2, Map.of(ActivityStatus.CANCELLED, 1L), 0, 0));
    assertThat(progress.participantsByCountry()).isEqualTo(Map.of(CountryCode.VN, 2L));
    assertThat(progress.organisationsByType()).isEqualTo(Map.of(OrganisationType.LOCAL_GOVERNMENT, 1L));
  }

  /** A plan without activities, or an unknown plan, gives empty counts. */
  @Test
  protected void planWithoutActivitiesGivesEmptyCounts() {
    CooperationPlan empty = insert(newPlan("EMPTY"));
    PlanId unknown = new PlanId(nextId());

    for (PlanId id : List.of(empty.id(), unknown)) {
      PlanProgress progress = read(r -> r.activities().progress(new ProgressQuery(id, AS_OF, UNTIL)));
      assertThat(progress).isEqualTo(new PlanProgress(id, AS_OF, UNTIL, List.of(), Map.of(), Map.of()));
    }
  }

  /** The report through the public API lists every content area of the plan, with a 90-day window. */
  @Test
  protected void reportThroughThePublicApiListsEveryContentArea() {
    ProgressReport report = coplan().reports().progress(plan.id(), AS_OF);

    assertThat(report.plan()).isEqualTo(stored(plan.id()));
    assertThat(report.progress().upcomingUntil()).isEqualTo(LocalDate.of(2019, 4, 1));
    assertThat(report.lines()).extracting(l -> l.area().number()).containsExactly(1, 2, 3, 4);
    assertThat(report.lines()).extracting(l -> l.counts().upcoming()).containsExactly(1L, 2L, 1L, 0L);
    assertThat(report.lines()).extracting(l -> l.counts().overdue()).containsExactly(2L, 1L, 0L, 0L);
    assertThat(report.lines()).extracting(l -> l.counts().total()).containsExactly(4L, 4L, 2L, 0L);
    assertThat(report.lines().get(0).area().title()).isEqualTo(contentAreaTitle(1));
    NotFoundException e = assertRefused(NotFoundException.class, () -> coplan().reports().progress(new PlanId(nextId()), AS_OF));
    assertThat(e.kind()).isEqualTo("plan");
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

  /** The fixture's activity of that name. */
  private Activity fixture(String name) {
    return Objects.requireNonNull(activities.get(name), name);
  }

  private void withdraw(String name, Organisation who, ParticipationRole role) {
    Activity a = stored(fixture(name).id());
    write(r -> r.activities().update(a.changeParticipation(Participant.of(who.id()), role, ParticipationStatus.WITHDRAWN)));
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

  private void add(String name, CooperationPlan in, int area, String planned, ActivityStatus status,
      @Nullable String actualStart, @Nullable String actualEnd, Participation... participations) {
    Activity a =
        newActivity(
            in.id(),
            details(area, ActivityType.OTHER, viEn("Hoạt động " + name, "Activity " + name), planned),
            status,
            actualStart == null ? null : PartialDate.parse(actualStart),
            actualEnd == null ? null : PartialDate.parse(actualEnd),
            status == ActivityStatus.CANCELLED || status == ActivityStatus.POSTPONED ? "Lý do" : null,
            List.of(participations));
    activities.put(name, insert(a));
  }

  private static Participation took(Organisation who, ParticipationRole role, ParticipationStatus status) {
    return new Participation(Participant.of(who.id()), role, status, null);
  }

  private static Participation took(Person who, ParticipationRole role, ParticipationStatus status) {
    return new Participation(Participant.of(who.id()), role, status, null);
  }
}

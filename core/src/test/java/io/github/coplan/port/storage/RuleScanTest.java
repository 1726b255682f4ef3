package io.github.coplan.port.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.market.AgreementKind;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.IntroductionStage;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Evidence;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The reference computation of derived indicators over aggregates in memory, checked against a
 * small plan counted by hand: the day an activity counts on, period boundaries, each rule's
 * filters, distinct attendees, and the order of counts and evidence.
 */
class RuleScanTest {

  private static final PlanId PLAN = PlanId.of("00000000-0000-7000-8000-000000000001");
  private static final PlanId OTHER_PLAN = PlanId.of("00000000-0000-7000-8000-000000000002");

  private static final PersonId VINH = person(1);
  private static final PersonId LAN = person(2);
  private static final PersonId AVI = person(3);

  /** A person the store does not hold: no country. */
  private static final PersonId GONE = person(4);

  private static final OrganisationId DOST =
      new OrganisationId(UUID.fromString("00000000-0000-7000-8000-0000000000c1"));

  /** Study tour, area 1, completed; started on 1 January 2019, the first day of H1. */
  private static final ActivityId TOUR = activityId(0x11);

  /** Workshop, area 2, completed; started on 30 June 2019, the last day of H1. */
  private static final ActivityId WORKSHOP = activityId(0x12);

  /** Study tour, area 1, scheduled, never started; planned for 2019-Q3: counts on 1 July 2019. */
  private static final ActivityId SCHEDULED = activityId(0x13);

  /** Study tour, area 1, completed; planned for 2018, started 31 December 2019: the last of H2. */
  private static final ActivityId LATE_TOUR = activityId(0x14);

  /** Completed on days outside 2019. */
  private static final ActivityId BEFORE = activityId(0x15);

  private static final ActivityId AFTER = activityId(0x16);

  /** Cancelled after it started in H1. */
  private static final ActivityId CANCELLED = activityId(0x17);

  /** Another plan's completed study tour in H1. */
  private static final ActivityId ELSEWHERE = activityId(0x18);

  /** Meeting, area 2, completed, started on 30 June 2019 like the workshop, its id before it. */
  private static final ActivityId MEETING = activityId(0x10);

  private static final IntroductionId AGREED_AREA_1 = introductionId(0x21);
  private static final IntroductionId AGREED_NO_AREA = introductionId(0x22);
  private static final IntroductionId MET_ONLY = introductionId(0x23);
  private static final IntroductionId OTHER_PLANS = introductionId(0x24);
  private static final IntroductionId AGREED_AREA_2 = introductionId(0x25);

  private static final PeriodId H1_ID = periodId(1);
  private static final PeriodId H2_ID = periodId(2);
  private static final Period H1 =
      Period.of(H1_ID, PartialDate.ofMonth(2019, 1), PartialDate.ofMonth(2019, 6));
  private static final Period H2 =
      Period.of(H2_ID, PartialDate.ofMonth(2019, 7), PartialDate.ofMonth(2019, 12));

  private static final LocalDate JAN_1 = LocalDate.of(2019, 1, 1);
  private static final LocalDate JUN_30 = LocalDate.of(2019, 6, 30);
  private static final LocalDate JUL_1 = LocalDate.of(2019, 7, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2019, 12, 31);

  private static PersonId person(int n) {
    return new PersonId(new UUID(0x0000_0000_0000_7000L, 0x8000_0000_0000_00a0L | n));
  }

  private static ActivityId activityId(int n) {
    return new ActivityId(new UUID(0x0000_0000_0000_7000L, 0x8000_0000_0000_0000L | n));
  }

  private static IntroductionId introductionId(int n) {
    return new IntroductionId(new UUID(0x0000_0000_0000_7000L, 0x8000_0000_0000_0000L | n));
  }

  private static PeriodId periodId(int n) {
    return new PeriodId(new UUID(0x0000_0000_0000_7000L, 0x8000_0000_0000_0f00L | n));
  }

  private static Activity activity(
      ActivityId id,
      PlanId plan,
      ActivityType type,
      int area,
      String planned,
      ActivityStatus status,
      @Nullable String start,
      Participation... participations) {
    ActivityDetails details =
        ActivityDetails.builder()
            .contentArea(area)
            .type(type)
            .title(LocalizedText.of("en", "Activity " + id))
            .planned(DateSpan.parse(planned))
            .build();
    return Activity.ForAdapters.restore(
        id,
        plan,
        details,
        null,
        status,
        start == null ? null : PartialDate.parse(start),
        null,
        null,
        List.of(participations),
        1);
  }

  private static Participation attended(PersonId who, ParticipationRole role) {
    return new Participation(Participant.of(who), role, ParticipationStatus.ATTENDED, null);
  }

  private static Introduction introduction(
      IntroductionId id, PlanId plan, @Nullable Integer area, @Nullable LocalDate agreedOn) {
    return Introduction.ForAdapters.restore(
        id,
        new ProfileId(UUID.fromString("00000000-0000-7000-8000-0000000000e1")),
        new ProfileId(UUID.fromString("00000000-0000-7000-8000-0000000000e2")),
        plan,
        area,
        agreedOn == null ? IntroductionStage.MEETING : IntroductionStage.AGREEMENT,
        LocalDate.of(2018, 12, 1),
        Map.of(),
        null,
        LocalDate.of(2018, 12, 15),
        agreedOn == null ? null : AgreementKind.LICENCE,
        null,
        agreedOn,
        null,
        null,
        null,
        1);
  }

  /** The plan's records, the meeting first so that evidence is sorted, not kept as held. */
  private static final List<Activity> ACTIVITIES =
      List.of(
          activity(
              MEETING,
              PLAN,
              ActivityType.MEETING,
              2,
              "2019",
              ActivityStatus.COMPLETED,
              "2019-06-30",
              attended(LAN, ParticipationRole.ATTENDEE)),
          activity(
              WORKSHOP,
              PLAN,
              ActivityType.WORKSHOP,
              2,
              "2019-Q2",
              ActivityStatus.COMPLETED,
              "2019-06-30",
              attended(VINH, ParticipationRole.ATTENDEE),
              attended(GONE, ParticipationRole.ATTENDEE)),
          activity(
              LATE_TOUR,
              PLAN,
              ActivityType.STUDY_TOUR,
              1,
              "2018",
              ActivityStatus.COMPLETED,
              "2019-12-31",
              attended(AVI, ParticipationRole.DELEGATE)),
          activity(
              TOUR,
              PLAN,
              ActivityType.STUDY_TOUR,
              1,
              "2019-Q2",
              ActivityStatus.COMPLETED,
              "2019-01-01",
              attended(VINH, ParticipationRole.HEAD_OF_DELEGATION),
              new Participation(
                  Participant.of(LAN),
                  ParticipationRole.DELEGATE,
                  ParticipationStatus.NO_SHOW,
                  null),
              new Participation(
                  Participant.of(DOST), ParticipationRole.HOST, ParticipationStatus.ATTENDED, null),
              attended(VINH, ParticipationRole.DELEGATE),
              attended(AVI, ParticipationRole.ORGANISER)),
          activity(
              SCHEDULED,
              PLAN,
              ActivityType.STUDY_TOUR,
              1,
              "2019-Q3",
              ActivityStatus.SCHEDULED,
              null,
              attended(LAN, ParticipationRole.DELEGATE),
              new Participation(
                  Participant.of(VINH),
                  ParticipationRole.DELEGATE,
                  ParticipationStatus.CONFIRMED,
                  null)),
          activity(
              BEFORE,
              PLAN,
              ActivityType.STUDY_TOUR,
              1,
              "2019",
              ActivityStatus.COMPLETED,
              "2018-12-31",
              attended(VINH, ParticipationRole.DELEGATE)),
          activity(
              AFTER,
              PLAN,
              ActivityType.STUDY_TOUR,
              1,
              "2019",
              ActivityStatus.COMPLETED,
              "2020-01-01",
              attended(VINH, ParticipationRole.DELEGATE)),
          activity(
              CANCELLED,
              PLAN,
              ActivityType.STUDY_TOUR,
              1,
              "2019",
              ActivityStatus.CANCELLED,
              "2019-03-01"),
          activity(
              ELSEWHERE,
              OTHER_PLAN,
              ActivityType.STUDY_TOUR,
              1,
              "2019",
              ActivityStatus.COMPLETED,
              "2019-03-01",
              attended(VINH, ParticipationRole.DELEGATE)));

  private static final List<Introduction> INTRODUCTIONS =
      List.of(
          introduction(AGREED_NO_AREA, PLAN, null, LocalDate.of(2019, 8, 1)),
          introduction(AGREED_AREA_2, PLAN, 2, JUN_30),
          introduction(AGREED_AREA_1, PLAN, 1, LocalDate.of(2019, 3, 1)),
          introduction(MET_ONLY, PLAN, 2, null),
          introduction(OTHER_PLANS, OTHER_PLAN, 1, LocalDate.of(2019, 3, 2)));

  /** What the store holds: the records above, and the countries of all but one person. */
  private static final RuleScan.Held HELD =
      new RuleScan.Held() {
        @Override
        public Collection<Activity> activitiesOf(PlanId plan) {
          return ACTIVITIES.stream().filter(a -> a.plan().equals(plan)).toList();
        }

        @Override
        public @Nullable CountryCode countryOf(PersonId person) {
          if (person.equals(AVI)) {
            return CountryCode.IL;
          }
          return person.equals(GONE) ? null : CountryCode.VN;
        }

        @Override
        public Collection<Introduction> introductionsOf(PlanId plan) {
          return INTRODUCTIONS.stream().filter(i -> plan.equals(i.plan())).toList();
        }
      };

  private static Map<PeriodId, Long> derive(Rule rule, Period... periods) {
    return RuleScan.derive(HELD, PLAN, rule, List.of(periods));
  }

  private static List<Evidence> evidenceOf2019(Rule rule) {
    return RuleScan.evidence(HELD, PLAN, rule, JAN_1, DEC_31);
  }

  // ---- the day ---------------------------------------------------------------------------------

  @Test
  void anActivityCountsOnTheEarliestDayOfItsActualStartElseOfItsPlannedStart() {
    Activity started =
        activity(
            TOUR, PLAN, ActivityType.STUDY_TOUR, 1, "2018", ActivityStatus.COMPLETED, "2019-05");
    Activity planned =
        activity(
            TOUR,
            PLAN,
            ActivityType.STUDY_TOUR,
            1,
            "2019-Q2/2019-12",
            ActivityStatus.PLANNED,
            null);

    assertThat(RuleScan.day(started)).isEqualTo(LocalDate.of(2019, 5, 1));
    assertThat(RuleScan.day(planned)).isEqualTo(LocalDate.of(2019, 4, 1));
  }

  // ---- completed activities --------------------------------------------------------------------

  @Test
  void completedActivitiesCountOnlyCompletedOnesOfThePlanFromFirstToLastDay() {
    Rule any = Rule.CompletedActivities.ofTypes();

    assertThat(derive(any, H1, H2)).containsExactly(entry(H1_ID, 3L), entry(H2_ID, 1L));
    assertThat(evidenceOf2019(any))
        .containsExactly(
            Evidence.activity(TOUR, JAN_1),
            Evidence.activity(MEETING, JUN_30),
            Evidence.activity(WORKSHOP, JUN_30),
            Evidence.activity(LATE_TOUR, DEC_31));
  }

  @Test
  void completedActivitiesOfSomeTypesAndAreas() {
    Rule tours = Rule.CompletedActivities.ofTypes(ActivityType.STUDY_TOUR);
    Rule area2 = Rule.CompletedActivities.ofTypes().inAreas(2);
    Rule workshopsInArea1 = Rule.CompletedActivities.ofTypes(ActivityType.WORKSHOP).inAreas(1);

    assertThat(derive(tours, H1, H2)).containsExactly(entry(H1_ID, 1L), entry(H2_ID, 1L));
    assertThat(evidenceOf2019(tours))
        .containsExactly(Evidence.activity(TOUR, JAN_1), Evidence.activity(LATE_TOUR, DEC_31));
    assertThat(derive(area2, H1, H2)).containsExactly(entry(H1_ID, 2L), entry(H2_ID, 0L));
    assertThat(evidenceOf2019(area2))
        .containsExactly(Evidence.activity(MEETING, JUN_30), Evidence.activity(WORKSHOP, JUN_30));
    assertThat(derive(workshopsInArea1, H1, H2))
        .containsExactly(entry(H1_ID, 0L), entry(H2_ID, 0L));
  }

  @Test
  void theFirstAndLastDaysOfAPeriodAreIn() {
    Rule any = Rule.CompletedActivities.ofTypes();
    PeriodId dayId = periodId(3);
    Period lastOfJune =
        Period.of(dayId, PartialDate.parse("2019-06-30"), PartialDate.parse("2019-06-30"));

    assertThat(derive(any, lastOfJune)).containsExactly(entry(dayId, 2L));
    assertThat(RuleScan.evidence(HELD, PLAN, any, JUN_30, JUN_30))
        .containsExactly(Evidence.activity(MEETING, JUN_30), Evidence.activity(WORKSHOP, JUN_30));
    assertThat(RuleScan.evidence(HELD, PLAN, any, JAN_1, JAN_1))
        .containsExactly(Evidence.activity(TOUR, JAN_1));
    assertThat(
            RuleScan.evidence(HELD, PLAN, any, LocalDate.of(2019, 1, 2), LocalDate.of(2019, 6, 29)))
        .isEmpty();
    assertThat(RuleScan.evidence(HELD, PLAN, any, DEC_31, JAN_1)).isEmpty();
  }

  // ---- attendees -------------------------------------------------------------------------------

  @Test
  void attendeesAreDistinctPeopleWhoAttendedInEachPeriod() {
    Rule any = Rule.Attendees.ofTypes();

    // H1: Vinh (twice at the tour, once at the workshop), Avi, Lan at the meeting, and one gone
    assertThat(derive(any, H1, H2)).containsExactly(entry(H1_ID, 4L), entry(H2_ID, 2L));
    assertThat(evidenceOf2019(any))
        .containsExactly(
            Evidence.attendance(TOUR, VINH, JAN_1),
            Evidence.attendance(TOUR, AVI, JAN_1),
            Evidence.attendance(MEETING, LAN, JUN_30),
            Evidence.attendance(WORKSHOP, VINH, JUN_30),
            Evidence.attendance(WORKSHOP, GONE, JUN_30),
            Evidence.attendance(SCHEDULED, LAN, JUL_1),
            Evidence.attendance(LATE_TOUR, AVI, DEC_31));
  }

  @Test
  void attendeesOfSomeRolesTypesAndAreas() {
    Rule delegates = Rule.Attendees.ofTypes().withRoles(ParticipationRole.DELEGATE);
    Rule heads = Rule.Attendees.ofTypes().withRoles(ParticipationRole.HEAD_OF_DELEGATION);
    Rule workshops = Rule.Attendees.ofTypes(ActivityType.WORKSHOP);
    Rule area1 = Rule.Attendees.ofTypes().inAreas(1);

    assertThat(derive(delegates, H1, H2)).containsExactly(entry(H1_ID, 1L), entry(H2_ID, 2L));
    assertThat(evidenceOf2019(delegates))
        .containsExactly(
            Evidence.attendance(TOUR, VINH, JAN_1),
            Evidence.attendance(SCHEDULED, LAN, JUL_1),
            Evidence.attendance(LATE_TOUR, AVI, DEC_31));
    assertThat(evidenceOf2019(heads)).containsExactly(Evidence.attendance(TOUR, VINH, JAN_1));
    assertThat(derive(workshops, H1, H2)).containsExactly(entry(H1_ID, 2L), entry(H2_ID, 0L));
    assertThat(derive(area1, H1, H2)).containsExactly(entry(H1_ID, 2L), entry(H2_ID, 2L));
    assertThat(evidenceOf2019(area1))
        .containsExactly(
            Evidence.attendance(TOUR, VINH, JAN_1),
            Evidence.attendance(TOUR, AVI, JAN_1),
            Evidence.attendance(SCHEDULED, LAN, JUL_1),
            Evidence.attendance(LATE_TOUR, AVI, DEC_31));
  }

  @Test
  void attendeesFromSomeCountriesLeaveOutAPersonTheStoreDoesNotHold() {
    Rule israelis = Rule.Attendees.ofTypes().from(CountryCode.IL);
    Rule vietnamese = Rule.Attendees.ofTypes().from(CountryCode.VN);

    assertThat(derive(israelis, H1, H2)).containsExactly(entry(H1_ID, 1L), entry(H2_ID, 1L));
    assertThat(evidenceOf2019(israelis))
        .containsExactly(
            Evidence.attendance(TOUR, AVI, JAN_1), Evidence.attendance(LATE_TOUR, AVI, DEC_31));
    assertThat(derive(vietnamese, H1, H2)).containsExactly(entry(H1_ID, 2L), entry(H2_ID, 1L));
    assertThat(evidenceOf2019(vietnamese))
        .containsExactly(
            Evidence.attendance(TOUR, VINH, JAN_1),
            Evidence.attendance(MEETING, LAN, JUN_30),
            Evidence.attendance(WORKSHOP, VINH, JUN_30),
            Evidence.attendance(SCHEDULED, LAN, JUL_1));
  }

  @Test
  void aPersonIsCountedOncePerPeriodButEvidenceOncePerActivity() {
    Rule vinh =
        Rule.Attendees.ofTypes(ActivityType.STUDY_TOUR, ActivityType.WORKSHOP).from(CountryCode.VN);
    PeriodId yearId = periodId(4);
    Period year = Period.of(yearId, PartialDate.ofYear(2019), PartialDate.ofYear(2019));

    assertThat(derive(vinh, year)).containsExactly(entry(yearId, 2L));
    assertThat(RuleScan.evidence(HELD, PLAN, vinh, JAN_1, JUN_30))
        .containsExactly(
            Evidence.attendance(TOUR, VINH, JAN_1), Evidence.attendance(WORKSHOP, VINH, JUN_30));
    assertThat(derive(vinh, H1)).containsExactly(entry(H1_ID, 1L));
  }

  // ---- agreed introductions --------------------------------------------------------------------

  @Test
  void agreedIntroductionsCountOnTheDayOfTheAgreement() {
    Rule any = Rule.AgreedIntroductions.inAreas();

    assertThat(derive(any, H1, H2)).containsExactly(entry(H1_ID, 2L), entry(H2_ID, 1L));
    assertThat(evidenceOf2019(any))
        .containsExactly(
            Evidence.agreement(AGREED_AREA_1, LocalDate.of(2019, 3, 1)),
            Evidence.agreement(AGREED_AREA_2, JUN_30),
            Evidence.agreement(AGREED_NO_AREA, LocalDate.of(2019, 8, 1)));
    assertThat(RuleScan.evidence(HELD, PLAN, any, JUL_1, LocalDate.of(2019, 7, 31))).isEmpty();
    assertThat(
            RuleScan.evidence(HELD, PLAN, any, LocalDate.of(2019, 8, 1), LocalDate.of(2019, 8, 1)))
        .containsExactly(Evidence.agreement(AGREED_NO_AREA, LocalDate.of(2019, 8, 1)));
  }

  @Test
  void anIntroductionWithoutAContentAreaCountsOnlyForEveryArea() {
    Rule area1 = Rule.AgreedIntroductions.inAreas(1);
    Rule areas12 = Rule.AgreedIntroductions.inAreas(1, 2);

    assertThat(derive(area1, H1, H2)).containsExactly(entry(H1_ID, 1L), entry(H2_ID, 0L));
    assertThat(evidenceOf2019(area1))
        .containsExactly(Evidence.agreement(AGREED_AREA_1, LocalDate.of(2019, 3, 1)));
    assertThat(evidenceOf2019(areas12))
        .containsExactly(
            Evidence.agreement(AGREED_AREA_1, LocalDate.of(2019, 3, 1)),
            Evidence.agreement(AGREED_AREA_2, JUN_30));
    assertThat(RuleScan.evidence(HELD, OTHER_PLAN, area1, JAN_1, DEC_31))
        .containsExactly(Evidence.agreement(OTHER_PLANS, LocalDate.of(2019, 3, 2)));
  }

  // ---- periods ---------------------------------------------------------------------------------

  @Test
  void noPeriodsNoCounts() {
    assertThat(derive(Rule.CompletedActivities.ofTypes())).isEmpty();
    assertThat(derive(Rule.Attendees.ofTypes())).isEmpty();
  }

  @Test
  void theCountsAreInTheOrderOfThePeriodsGivenEachOverItsOwnDays() {
    Rule any = Rule.CompletedActivities.ofTypes();
    PeriodId q3Id = periodId(5);
    Period q3 = Period.of(q3Id, PartialDate.ofQuarter(2019, 3), PartialDate.ofQuarter(2019, 3));

    assertThat(derive(any, H2, H1)).containsExactly(entry(H2_ID, 1L), entry(H1_ID, 3L));
    assertThat(derive(any, q3, H1, H2))
        .containsExactly(entry(q3Id, 0L), entry(H1_ID, 3L), entry(H2_ID, 1L));
    assertThat(derive(Rule.Attendees.ofTypes(), H1, q3))
        .containsExactly(entry(H1_ID, 4L), entry(q3Id, 1L));
    assertThat(derive(Rule.Attendees.ofTypes(), H2, H1))
        .containsExactly(entry(H2_ID, 2L), entry(H1_ID, 4L));
  }

  @Test
  void anotherPlansRecordsAreNotCounted() {
    List<Period> periods = new ArrayList<>(List.of(H1));

    assertThat(RuleScan.derive(HELD, OTHER_PLAN, Rule.CompletedActivities.ofTypes(), periods))
        .containsExactly(entry(H1_ID, 1L));
    assertThat(RuleScan.evidence(HELD, OTHER_PLAN, Rule.Attendees.ofTypes(), JAN_1, DEC_31))
        .containsExactly(Evidence.attendance(ELSEWHERE, VINH, LocalDate.of(2019, 3, 1)));
  }
}

package io.github.coplan.domain.query;

import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.innovationWeek;
import static io.github.coplan.testing.Fixtures.studyTour;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressTest {

  private static final LocalDate NEW_YEAR_2019 = LocalDate.of(2019, 1, 1);

  @Test
  void contentAreaProgressFillsEveryStatusWithZero() {
    ContentAreaProgress progress =
        new ContentAreaProgress(
            5, Map.of(ActivityStatus.SCHEDULED, 2L, ActivityStatus.COMPLETED, 1L), 1, 0);

    assertThat(progress.byStatus()).hasSize(ActivityStatus.values().length).isUnmodifiable();
    assertThat(progress.count(ActivityStatus.SCHEDULED)).isEqualTo(2);
    assertThat(progress.count(ActivityStatus.COMPLETED)).isEqualTo(1);
    assertThat(progress.count(ActivityStatus.PROPOSED)).isZero();
    assertThat(progress.count(ActivityStatus.CANCELLED)).isZero();
    assertThat(progress.total()).isEqualTo(3);
    assertThat(progress.overdue()).isEqualTo(1);
    assertThat(progress.upcoming()).isZero();
    assertThat(progress)
        .isEqualTo(
            new ContentAreaProgress(
                5,
                Map.of(
                    ActivityStatus.SCHEDULED,
                    2L,
                    ActivityStatus.COMPLETED,
                    1L,
                    ActivityStatus.PROPOSED,
                    0L),
                1,
                0));
  }

  @Test
  void anEmptyContentAreaCountsZero() {
    ContentAreaProgress empty = ContentAreaProgress.empty(3);

    assertThat(empty.contentArea()).isEqualTo(3);
    assertThat(empty.total()).isZero();
    assertThat(empty.byStatus().values()).containsOnly(0L).hasSize(7);
  }

  @Test
  void planProgressAnswersForMissingAreasAndSumsTheOthers() {
    PlanProgress progress =
        new PlanProgress(
            PLAN,
            NEW_YEAR_2019,
            LocalDate.of(2019, 3, 31),
            List.of(
                new ContentAreaProgress(5, Map.of(ActivityStatus.SCHEDULED, 1L), 1, 0),
                new ContentAreaProgress(
                    1, Map.of(ActivityStatus.PROPOSED, 2L, ActivityStatus.COMPLETED, 1L), 0, 2)),
            Map.of(CountryCode.VN, 2L, CountryCode.IL, 1L),
            Map.of(CountryCode.VN, 1L, CountryCode.IL, 1L),
            Map.of(OrganisationType.GOVERNMENT, 1L, OrganisationType.LOCAL_GOVERNMENT, 1L),
            List.of(ActivitySummary.of(innovationWeek())),
            List.of());

    assertThat(progress.contentAreas())
        .extracting(ContentAreaProgress::contentArea)
        .containsExactly(1, 5);
    assertThat(progress.contentArea(7)).isEqualTo(ContentAreaProgress.empty(7));
    assertThat(progress.contentArea(5).count(ActivityStatus.SCHEDULED)).isEqualTo(1);
    assertThat(progress.count(ActivityStatus.PROPOSED)).isEqualTo(2);
    assertThat(progress.count(ActivityStatus.IN_PROGRESS)).isZero();
    assertThat(progress.overdue()).isEqualTo(1);
    assertThat(progress.upcoming()).isEqualTo(2);
    assertThat(progress.overdueNotListed()).isZero();
    assertThat(progress.upcomingNotListed()).isEqualTo(2);
    assertThat(progress.peopleByCountry())
        .containsExactly(Map.entry(CountryCode.IL, 1L), Map.entry(CountryCode.VN, 2L));
    assertThat(progress.organisationsByCountry())
        .containsExactly(Map.entry(CountryCode.IL, 1L), Map.entry(CountryCode.VN, 1L));
    assertThat(progress.people()).isEqualTo(3);
    assertThat(progress.organisations()).isEqualTo(2);
    assertThat(progress.organisationsByType())
        .containsExactly(
            Map.entry(OrganisationType.GOVERNMENT, 1L),
            Map.entry(OrganisationType.LOCAL_GOVERNMENT, 1L));
  }

  @Test
  void everyStatusIsCountedSoTheStatusesAddUpToTheTotal() {
    PlanProgress progress =
        new PlanProgress(
            PLAN,
            NEW_YEAR_2019,
            NEW_YEAR_2019,
            List.of(
                new ContentAreaProgress(
                    1,
                    Map.of(
                        ActivityStatus.PROPOSED,
                        1L,
                        ActivityStatus.PLANNED,
                        2L,
                        ActivityStatus.SCHEDULED,
                        3L,
                        ActivityStatus.IN_PROGRESS,
                        4L),
                    0,
                    0),
                new ContentAreaProgress(
                    2,
                    Map.of(
                        ActivityStatus.COMPLETED,
                        5L,
                        ActivityStatus.POSTPONED,
                        6L,
                        ActivityStatus.CANCELLED,
                        7L,
                        ActivityStatus.PROPOSED,
                        10L),
                    0,
                    0)),
            Map.of(),
            Map.of(),
            Map.of(),
            List.of(),
            List.of());

    assertThat(progress.byStatus())
        .containsExactly(
            Map.entry(ActivityStatus.PROPOSED, 11L),
            Map.entry(ActivityStatus.PLANNED, 2L),
            Map.entry(ActivityStatus.SCHEDULED, 3L),
            Map.entry(ActivityStatus.IN_PROGRESS, 4L),
            Map.entry(ActivityStatus.COMPLETED, 5L),
            Map.entry(ActivityStatus.POSTPONED, 6L),
            Map.entry(ActivityStatus.CANCELLED, 7L));
    assertThat(progress.byStatus()).isUnmodifiable();
    assertThat(progress.total()).isEqualTo(38);
    assertThat(progress.byStatus().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(progress.total());
    assertThat(progress.people()).isZero();
    assertThat(progress.organisations()).isZero();
  }

  @Test
  void anEmptyProgressHasNoCountsAndNoLists() {
    ProgressQuery query = new ProgressQuery(PLAN, NEW_YEAR_2019, LocalDate.of(2019, 3, 31));
    PlanProgress empty = PlanProgress.empty(query);

    assertThat(empty)
        .isEqualTo(
            new PlanProgress(
                PLAN,
                NEW_YEAR_2019,
                LocalDate.of(2019, 3, 31),
                List.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                List.of(),
                List.of()));
    assertThat(empty.total()).isZero();
    assertThat(empty.byStatus().values()).containsOnly(0L).hasSize(7);
    assertThat(empty.overdueNotListed()).isZero();
  }

  @Test
  void planProgressCopiesItsListsAndRefusesMissingParts() {
    List<ActivitySummary> overdue = new ArrayList<>(List.of(ActivitySummary.of(innovationWeek())));
    PlanProgress progress =
        new PlanProgress(
            PLAN,
            NEW_YEAR_2019,
            NEW_YEAR_2019,
            List.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            overdue,
            List.of());
    overdue.clear();

    assertThat(progress.overdueActivities()).hasSize(1).isUnmodifiable();
    assertThat(progress.upcomingActivities()).isUnmodifiable();
    assertThat(progress.peopleByCountry()).isUnmodifiable();
    assertThat(progress.organisationsByCountry()).isUnmodifiable();
    violations(
        () -> new PlanProgress(null, null, null, null, null, null, null, null, null),
        tuple("plan", Violation.REQUIRED),
        tuple("asOf", Violation.REQUIRED),
        tuple("upcomingUntil", Violation.REQUIRED),
        tuple("contentAreas", Violation.REQUIRED),
        tuple("peopleByCountry", Violation.REQUIRED),
        tuple("organisationsByCountry", Violation.REQUIRED),
        tuple("organisationsByType", Violation.REQUIRED),
        tuple("overdueActivities", Violation.REQUIRED),
        tuple("upcomingActivities", Violation.REQUIRED));
    List<ActivitySummary> withNull = new ArrayList<>();
    withNull.add(null);
    violations(
        () ->
            new PlanProgress(
                PLAN,
                NEW_YEAR_2019,
                NEW_YEAR_2019,
                List.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                List.of(),
                withNull),
        tuple("upcomingActivities[0]", Violation.REQUIRED));
  }

  @Test
  void aSummaryTellsWhatAReaderNeedsOfAnActivity() {
    Activity week = innovationWeek();
    ActivitySummary summary = ActivitySummary.of(week);

    assertThat(summary)
        .isEqualTo(
            new ActivitySummary(
                week.id(),
                week.details().title(),
                DateSpan.parse("2018-Q4/2018-Q4"),
                5,
                DOST,
                ActivityStatus.PROPOSED));
    assertThat(summary.plannedText()).isEqualTo("2018-Q4");
    assertThat(ActivitySummary.of(studyTour()).leadParty()).isNull();
    assertThat(ActivitySummary.of(studyTour()).plannedText()).isEqualTo("2018-11/..");
    violations(
        () -> new ActivitySummary(null, null, null, 1, null, null),
        tuple("id", Violation.REQUIRED),
        tuple("title", Violation.REQUIRED),
        tuple("planned", Violation.REQUIRED),
        tuple("status", Violation.REQUIRED));
  }

  @ParameterizedTest(name = "{0} is shown as {1}")
  @CsvSource({
    "2018-Q4, 2018-Q4",
    "2018-Q4/2018-Q4, 2018-Q4",
    "2018-11~/2018-11~, 2018-11~",
    "2018-11~/2018-11, 2018-11~/2018-11",
    "2018-12-01/2018-12-31, 2018-12-01/2018-12-31",
    "2018-11/.., 2018-11/..",
    "2018/2021, 2018/2021",
  })
  void thePlannedTextIsOneDateWhenTheSpanStartsAndEndsWithIt(String planned, String shown) {
    ActivitySummary summary =
        new ActivitySummary(
            activityId(1), vi("x"), DateSpan.parse(planned), 1, null, ActivityStatus.PLANNED);

    assertThat(summary.plannedText()).isEqualTo(shown);
    assertThat(DateSpan.parse(summary.plannedText())).isEqualTo(summary.planned());
  }

  @Test
  void summariesAreOrderedByEarliestPlannedDayThenByIdAsAnUnsignedNumber() {
    ActivitySummary low = summary(new UUID(0x7fff_ffff_ffff_7fffL, 1), "2019-01-01");
    ActivitySummary high = summary(new UUID(0x8000_0000_0000_7000L, 1), "2019-01");
    ActivitySummary lowLeast =
        summary(new UUID(0x8000_0000_0000_7000L, 0x7fff_ffff_ffff_ffffL), "2019-Q1");
    ActivitySummary highLeast =
        summary(new UUID(0x8000_0000_0000_7000L, 0x8000_0000_0000_0000L), "2019");
    ActivitySummary earlier = summary(new UUID(-1L, -1L), "2018-12-31");

    List<ActivitySummary> sorted =
        new ArrayList<>(List.of(highLeast, high, low, lowLeast, earlier));
    sorted.sort(ActivitySummary.ORDER);

    assertThat(sorted).containsExactly(earlier, low, high, lowLeast, highLeast);
  }

  private static ActivitySummary summary(UUID id, String planned) {
    return new ActivitySummary(
        new ActivityId(id), vi("x"), DateSpan.parse(planned), 1, null, ActivityStatus.PLANNED);
  }

  @Test
  void aProgressQueryListsEveryBadPart() {
    violations(
        () -> new ProgressQuery(null, null, null),
        tuple("plan", Violation.REQUIRED),
        tuple("asOf", Violation.REQUIRED),
        tuple("upcomingUntil", Violation.REQUIRED));
    violations(
        () -> new ProgressQuery(PLAN, NEW_YEAR_2019, LocalDate.of(2018, 12, 31)),
        tuple("upcomingUntil", Violation.END_BEFORE_START));
    violations(
        () -> new ProgressQuery(PLAN, LocalDate.of(0, 1, 1), LocalDate.of(10_000, 1, 1)),
        tuple("asOf", Violation.OUT_OF_RANGE),
        tuple("upcomingUntil", Violation.OUT_OF_RANGE));
    violations(
        () -> new ProgressQuery(PLAN, NEW_YEAR_2019, NEW_YEAR_2019, -1),
        tuple("listLimit", Violation.OUT_OF_RANGE));
    violations(
        () -> new ProgressQuery(PLAN, NEW_YEAR_2019, NEW_YEAR_2019, 501),
        tuple("listLimit", Violation.OUT_OF_RANGE));
    violations(
        () -> new ProgressQuery(null, NEW_YEAR_2019, NEW_YEAR_2019, Integer.MIN_VALUE),
        tuple("plan", Violation.REQUIRED),
        tuple("listLimit", Violation.OUT_OF_RANGE));
  }

  @Test
  void aProgressQueryListsTwentyOfEachUnlessToldAndAtMostFiveHundred() {
    assertThat(new ProgressQuery(PLAN, NEW_YEAR_2019, NEW_YEAR_2019).listLimit())
        .isEqualTo(20)
        .isEqualTo(ProgressQuery.DEFAULT_LIST_LIMIT);
    assertThat(new ProgressQuery(PLAN, NEW_YEAR_2019, NEW_YEAR_2019, 0).listLimit()).isZero();
    assertThat(new ProgressQuery(PLAN, NEW_YEAR_2019, NEW_YEAR_2019, 500).listLimit())
        .isEqualTo(500)
        .isEqualTo(ProgressQuery.MAX_LIST_LIMIT);
  }

  @Test
  void overdueMeansTheLatestPlannedDayHasPassedAndTheActivityIsStillOpen() {
    Activity week = innovationWeek();

    assertThat(new ProgressQuery(PLAN, NEW_YEAR_2019, NEW_YEAR_2019).isOverdue(week)).isTrue();
    assertThat(new ProgressQuery(PLAN, LocalDate.of(2018, 12, 31), NEW_YEAR_2019).isOverdue(week))
        .isFalse();
    assertThat(new ProgressQuery(PLAN, NEW_YEAR_2019, NEW_YEAR_2019).isOverdue(week.cancel("hủy")))
        .isFalse();
  }

  @Test
  void upcomingMeansAnOpenActivityNotYetUnderWayStartingInTheWindow() {
    ProgressQuery q4 =
        new ProgressQuery(PLAN, LocalDate.of(2018, 10, 1), LocalDate.of(2018, 12, 31));
    ProgressQuery november =
        new ProgressQuery(PLAN, LocalDate.of(2018, 11, 1), LocalDate.of(2018, 11, 1));
    Activity week = innovationWeek();

    assertThat(q4.isUpcoming(week)).isTrue();
    assertThat(q4.isUpcoming(week.plan(null))).isTrue();
    assertThat(q4.isUpcoming(week.plan(null).postpone("hoãn"))).isTrue();
    assertThat(q4.isUpcoming(week.plan(null).schedule(null))).isTrue();
    assertThat(q4.isUpcoming(week.plan(null).schedule(null).start(PartialDate.parse("2018-10-01"))))
        .isFalse();
    assertThat(q4.isUpcoming(week.cancel("hủy"))).isFalse();
    assertThat(
            q4.isUpcoming(
                week.plan(null)
                    .schedule(null)
                    .complete(PartialDate.parse("2018-10-01"), PartialDate.parse("2018-10-07"))))
        .isFalse();
    assertThat(november.isUpcoming(week)).isFalse();
    assertThat(november.isUpcoming(studyTour())).isTrue();
    assertThat(new ProgressQuery(PLAN, NEW_YEAR_2019, LocalDate.of(2019, 12, 31)).isUpcoming(week))
        .isFalse();
  }
}

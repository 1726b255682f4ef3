package io.github.coplan.domain.query;

import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.innovationWeek;
import static io.github.coplan.testing.Fixtures.studyTour;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final LocalDate NEW_YEAR_2019 = LocalDate.of(2019, 1, 1);

  @Test
  void contentAreaProgressFillsEveryStatusWithZero() {
    ContentAreaProgress progress = new ContentAreaProgress(5, Map.of(ActivityStatus.SCHEDULED, 2L, ActivityStatus.COMPLETED, 1L), 1, 0);

    assertThat(progress.byStatus()).hasSize(ActivityStatus.values().length).isUnmodifiable();
    assertThat(progress.count(ActivityStatus.SCHEDULED)).isEqualTo(2);
    assertThat(progress.count(ActivityStatus.COMPLETED)).isEqualTo(1);
    assertThat(progress.count(ActivityStatus.PROPOSED)).isZero();
    assertThat(progress.count(ActivityStatus.CANCELLED)).isZero();
    assertThat(progress.total()).isEqualTo(3);
    assertThat(progress.overdue()).isEqualTo(1);
    assertThat(progress.upcoming()).isZero();
    assertThat(progress).isEqualTo(new ContentAreaProgress(5, Map.of(
        ActivityStatus.SCHEDULED, 2L, ActivityStatus.COMPLETED, 1L, ActivityStatus.PROPOSED, 0L), 1, 0));
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
    PlanProgress progress = new PlanProgress(
        PLAN,
        NEW_YEAR_2019,
        LocalDate.of(2019, 3, 31),
        List.of(
            new ContentAreaProgress(5, Map.of(ActivityStatus.SCHEDULED, 1L), 1, 0),
            new ContentAreaProgress(1, Map.of(ActivityStatus.PROPOSED, 2L, ActivityStatus.COMPLETED, 1L), 0, 2)),
        Map.of(CountryCode.VN, 3L, CountryCode.IL, 2L),
        Map.of(OrganisationType.GOVERNMENT, 1L, OrganisationType.LOCAL_GOVERNMENT, 1L));

    assertThat(progress.contentAreas()).extracting(ContentAreaProgress::contentArea).containsExactly(1, 5);
    assertThat(progress.contentArea(7)).isEqualTo(ContentAreaProgress.empty(7));
    assertThat(progress.contentArea(5).count(ActivityStatus.SCHEDULED)).isEqualTo(1);
    assertThat(progress.count(ActivityStatus.PROPOSED)).isEqualTo(2);
    assertThat(progress.count(ActivityStatus.IN_PROGRESS)).isZero();
    assertThat(progress.overdue()).isEqualTo(1);
    assertThat(progress.upcoming()).isEqualTo(2);
    assertThat(progress.participantsByCountry()).containsExactly(Map.entry(CountryCode.IL, 2L), Map.entry(CountryCode.VN, 3L));
    assertThat(progress.organisationsByType())
        .containsExactly(Map.entry(OrganisationType.GOVERNMENT, 1L), Map.entry(OrganisationType.LOCAL_GOVERNMENT, 1L));
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
  }

  @Test
  void upcomingMeansAnOpenActivityNotYetUnderWayStartingInTheWindow() {
    ProgressQuery q4 = new ProgressQuery(PLAN, LocalDate.of(2018, 10, 1), LocalDate.of(2018, 12, 31));
    ProgressQuery november = new ProgressQuery(PLAN, LocalDate.of(2018, 11, 1), LocalDate.of(2018, 11, 1));
    Activity week = innovationWeek();

    assertThat(q4.isUpcoming(week)).isTrue();
    assertThat(q4.isUpcoming(week.plan(null))).isTrue();
    assertThat(q4.isUpcoming(week.plan(null).postpone("hoãn"))).isTrue();
    assertThat(q4.isUpcoming(week.plan(null).schedule(null))).isTrue();
    assertThat(q4.isUpcoming(week.plan(null).schedule(null).start(PartialDate.parse("2018-10-01")))).isFalse();
    assertThat(q4.isUpcoming(week.cancel("hủy"))).isFalse();
    assertThat(q4.isUpcoming(week.plan(null).schedule(null).complete(PartialDate.parse("2018-10-01"), PartialDate.parse("2018-10-07"))))
        .isFalse();
    assertThat(november.isUpcoming(week)).isFalse();
    assertThat(november.isUpcoming(studyTour())).isTrue();
    assertThat(new ProgressQuery(PLAN, NEW_YEAR_2019, LocalDate.of(2019, 12, 31)).isUpcoming(week)).isFalse();
  }
}

package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.innovationWeek;
import static io.github.coplan.testing.Fixtures.readyPlan;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.query.ActivitySummary;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressReportTest {

  private static final LocalDate NEW_YEAR_2019 = LocalDate.of(2019, 1, 1);
  private static final CooperationPlan PLAN_WITH_AREAS_1_AND_5 = readyPlan();

  /**
   * The week (area 5, lead DOST, vi and en), a Vietnamese-only activity of area 1, one of an area
   * the plan lacks.
   */
  private static final PlanProgress PROGRESS =
      new PlanProgress(
          PLAN,
          NEW_YEAR_2019,
          LocalDate.of(2019, 4, 1),
          List.of(
              new ContentAreaProgress(5, Map.of(ActivityStatus.PROPOSED, 1L), 1, 0),
              new ContentAreaProgress(1, Map.of(ActivityStatus.PLANNED, 3L), 0, 3)),
          Map.of(),
          Map.of(),
          Map.of(),
          List.of(ActivitySummary.of(innovationWeek())),
          List.of(
              new ActivitySummary(
                  activityId(7),
                  vi("Hội thảo chính sách"),
                  DateSpan.parse("2019-02"),
                  1,
                  null,
                  ActivityStatus.PLANNED),
              new ActivitySummary(
                  activityId(8),
                  LocalizedText.of("he", "סדנה").with("en", "Workshop"),
                  DateSpan.parse("2019-03/2019-06"),
                  9,
                  DOST,
                  ActivityStatus.POSTPONED)));

  @Test
  void theListedActivitiesAreGivenInTheAskedLanguageWhereTheyHaveIt() {
    ProgressReport report = new ProgressReport(PLAN_WITH_AREAS_1_AND_5, PROGRESS, "en");

    assertThat(report.overdueActivities())
        .containsExactly(
            new ProgressReport.ActivityLine(
                innovationWeek().id(),
                "HCMC Innovation and Startup Week",
                "en",
                "2018-Q4",
                5,
                "Start-up events",
                DOST,
                ActivityStatus.PROPOSED));
    assertThat(report.upcomingActivities())
        .containsExactly(
            new ProgressReport.ActivityLine(
                activityId(7),
                "Hội thảo chính sách",
                "vi",
                "2019-02",
                1,
                "Innovation policy",
                null,
                ActivityStatus.PLANNED),
            new ProgressReport.ActivityLine(
                activityId(8),
                "Workshop",
                "en",
                "2019-03/2019-06",
                9,
                null,
                DOST,
                ActivityStatus.POSTPONED));
  }

  @Test
  void withoutALanguageEveryTitleIsInItsOriginalLanguage() {
    ProgressReport report = new ProgressReport(PLAN_WITH_AREAS_1_AND_5, PROGRESS);

    assertThat(report.language()).isNull();
    assertThat(report.overdueActivities())
        .extracting(
            ProgressReport.ActivityLine::title,
            ProgressReport.ActivityLine::titleLanguage,
            ProgressReport.ActivityLine::contentAreaTitle)
        .containsExactly(
            tuple(
                "Tuần lễ Đổi mới sáng tạo và khởi nghiệp TP.HCM",
                "vi",
                "Tham gia các sự kiện khởi nghiệp lớn"));
    assertThat(report.upcomingActivities())
        .extracting(ProgressReport.ActivityLine::title, ProgressReport.ActivityLine::titleLanguage)
        .containsExactly(tuple("Hội thảo chính sách", "vi"), tuple("סדנה", "he"));
    assertThat(report.text(PLAN_WITH_AREAS_1_AND_5.title()))
        .isEqualTo("Kế hoạch hợp tác ĐMST TP.HCM – Israel");
  }

  @Test
  void aLanguageNoTextHasFallsBackToEachOriginal() {
    ProgressReport report = new ProgressReport(PLAN_WITH_AREAS_1_AND_5, PROGRESS, "he");

    assertThat(report.overdueActivities())
        .extracting(ProgressReport.ActivityLine::title, ProgressReport.ActivityLine::titleLanguage)
        .containsExactly(tuple("Tuần lễ Đổi mới sáng tạo và khởi nghiệp TP.HCM", "vi"));
    assertThat(report.upcomingActivities())
        .extracting(ProgressReport.ActivityLine::title, ProgressReport.ActivityLine::titleLanguage)
        .containsExactly(tuple("Hội thảo chính sách", "vi"), tuple("סדנה", "he"));
    assertThat(report.languageOf(PLAN_WITH_AREAS_1_AND_5.title())).isEqualTo("vi");
  }

  @Test
  void theLanguageIsKeptInItsCanonicalForm() {
    ProgressReport report = new ProgressReport(PLAN_WITH_AREAS_1_AND_5, PROGRESS, "EN");

    assertThat(report.language()).isEqualTo("en");
    assertThat(report.text(PLAN_WITH_AREAS_1_AND_5.title()))
        .isEqualTo("HCMC – Israel innovation cooperation plan");
    assertThat(report.languageOf(PLAN_WITH_AREAS_1_AND_5.title())).isEqualTo("en");
    assertThat(report).isEqualTo(new ProgressReport(PLAN_WITH_AREAS_1_AND_5, PROGRESS, "en"));
  }

  @Test
  void theLinesCoverEveryContentAreaOfThePlan() {
    ProgressReport report = new ProgressReport(PLAN_WITH_AREAS_1_AND_5, PROGRESS, "en");

    assertThat(report.lines())
        .extracting(l -> l.area().number(), l -> l.counts().total())
        .containsExactly(tuple(1, 3L), tuple(5, 1L));
  }

  @Test
  void aReportRefusesMissingPartsAndABadLanguage() {
    violations(
        () -> new ProgressReport(null, null, "english!"),
        tuple("plan", Violation.REQUIRED),
        tuple("progress", Violation.REQUIRED),
        tuple("language", Violation.MALFORMED));
    violations(() -> new ProgressReport(null, PROGRESS), tuple("plan", Violation.REQUIRED));
  }
}

package io.github.coplan.examples.hcmc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.Coplan;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ProgressReport;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.storage.memory.InMemoryStorage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencePlanTest {

  private static final LocalDate NEW_YEAR_2019 = LocalDate.of(2019, 1, 1);

  @Test
  void recordsThePlanAsTheAnnouncementStatesIt() {
    try (Coplan coplan = Coplan.builder().storage(InMemoryStorage.create()).build()) {
      CooperationPlan plan = ReferencePlan.record(coplan);

      assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
      assertThat(plan.period()).hasToString("2018/2021");
      assertThat(plan.parties()).hasSize(2);
      assertThat(plan.contentAreas()).extracting(ContentArea::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
      assertThat(plan.contentAreas().get(0).title().original())
          .isEqualTo("Nghiên cứu xây dựng chính sách thúc đẩy hoạt động ĐMST");
      assertThat(plan.contentAreas().get(3).title().in("en")).hasValue("Exchange of start-ups");

      Activity tours = only(coplan, plan, ActivityType.STUDY_TOUR);
      assertThat(tours.details().planned().toString()).isEqualTo("2018-11/..");
      assertThat(tours.status()).isEqualTo(ActivityStatus.PLANNED);
      Activity week = only(coplan, plan, ActivityType.EVENT_SHOWCASE);
      assertThat(week.details().planned().start()).isEqualTo(PartialDate.ofQuarter(2018, 4));
      Activity visit = only(coplan, plan, ActivityType.DELEGATION_VISIT);
      assertThat(visit.status()).isEqualTo(ActivityStatus.COMPLETED);
      assertThat(visit.actualStart()).isEqualTo(PartialDate.ofMonth(2018, 5));
    }
  }

  @Test
  void progressAsOfNewYear2019ShowsTheInnovationWeekOverdue() {
    try (Coplan coplan = Coplan.builder().storage(InMemoryStorage.create()).build()) {
      CooperationPlan plan = ReferencePlan.record(coplan);
      PlanProgress progress = coplan.reports().progress(plan.id(), NEW_YEAR_2019).progress();

      assertThat(progress.count(ActivityStatus.PROPOSED)).isEqualTo(1);
      assertThat(progress.count(ActivityStatus.PLANNED)).isEqualTo(3);
      assertThat(progress.count(ActivityStatus.SCHEDULED)).isEqualTo(1);
      assertThat(progress.count(ActivityStatus.COMPLETED)).isEqualTo(2);
      assertThat(progress.overdue()).isEqualTo(1);
      assertThat(progress.contentArea(5).overdue()).isEqualTo(1);
      assertThat(progress.contentArea(1).count(ActivityStatus.COMPLETED)).isEqualTo(2);
      assertThat(progress.contentArea(2).total()).isZero();
      assertThat(progress.participantsByCountry()).isEqualTo(Map.of(CountryCode.IL, 2L, CountryCode.VN, 3L));
      assertThat(progress.participantsByCountry().keySet()).containsExactly(CountryCode.IL, CountryCode.VN);
      assertThat(progress.organisationsByType())
          .containsExactlyInAnyOrderEntriesOf(Map.of(OrganisationType.GOVERNMENT, 1L, OrganisationType.LOCAL_GOVERNMENT, 1L));
    }
  }

  @Test
  void completingTheWeekClearsTheOverdue() {
    try (Coplan coplan = Coplan.builder().storage(InMemoryStorage.create()).build()) {
      CooperationPlan plan = ReferencePlan.record(coplan);
      Activity week = only(coplan, plan, ActivityType.EVENT_SHOWCASE);
      coplan.activities().changeStatus(ChangeActivityStatus.complete(
          week.id(), PartialDate.parse("2018-12-10"), PartialDate.parse("2018-12-16")));

      PlanProgress progress = coplan.reports().progress(plan.id(), NEW_YEAR_2019).progress();
      assertThat(progress.overdue()).isZero();
      assertThat(progress.count(ActivityStatus.COMPLETED)).isEqualTo(3);
    }
  }

  @Test
  void runningTwiceOnOneFileRecordsOnceAndPrintsTheSameReport(@TempDir Path dir) {
    Path file = dir.resolve("hcmc.db");
    String first = HcmcIsraelInnovationPlan.run(file, NEW_YEAR_2019);
    String second = HcmcIsraelInnovationPlan.run(file, NEW_YEAR_2019);

    assertThat(second).isEqualTo(first);
    for (ContentArea area : ReferencePlan.CONTENT_AREAS) {
      assertThat(first).contains(area.title().original());
    }
    assertThat(first).contains("Tham gia các hoạt động, sự kiện lớn về khởi nghiệp ĐMST hàng năm ở 2 nước");
    assertThat(first).containsPattern("\\n5 +0 +0 +1 +0 +1 +0  Tham gia");
    assertThat(first).contains("participants by country: IL=2 VN=3");
    try (Coplan coplan = Coplan.builder().storage(io.github.coplan.storage.jdbi.JdbiStorage.sqlite(file)).build()) {
      CooperationPlan plan = coplan.plans().findByCode(ReferencePlan.CODE).orElseThrow();
      long activities = coplan.activities().search(ActivityQuery.builder().plan(plan.id()).pageSize(500).build()).items().size();
      assertThat(activities).isEqualTo(7);
    }
  }

  @Test
  void reportListsEveryContentAreaWithItsVietnameseTitle() {
    try (Coplan coplan = Coplan.builder().storage(InMemoryStorage.create()).build()) {
      CooperationPlan plan = ReferencePlan.record(coplan);
      ProgressReport report = coplan.reports().progress(plan.id(), NEW_YEAR_2019);
      String text = ProgressReportFormatter.format(report);

      assertThat(report.lines()).hasSize(7);
      assertThat(text.lines().filter(l -> l.matches("^[1-7] .*")).count()).isEqualTo(7);
      assertThat(text).contains("Đào tạo quản trị vườn ươm");
      assertThat(text).containsPattern("\\nall +1 +3 +1 +2 +1 +0\\n");
    }
  }

  private static Activity only(Coplan coplan, CooperationPlan plan, ActivityType type) {
    var page = coplan.activities().search(ActivityQuery.builder().plan(plan.id()).types(type).build());
    assertThat(page.items()).hasSize(1);
    return page.items().get(0);
  }
}

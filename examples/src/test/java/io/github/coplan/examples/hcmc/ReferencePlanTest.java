package io.github.coplan.examples.hcmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.Coplan;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ForgetPerson;
import io.github.coplan.application.GrantRole;
import io.github.coplan.application.ProgressReport;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.ReviseActivity;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySummary;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.storage.memory.InMemoryStorage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencePlanTest {

  private static final LocalDate NEW_YEAR_2019 = LocalDate.of(2019, 1, 1);

  @Test
  void recordsThePlanAsTheAnnouncementStatesIt() {
    try (Coplan store = Coplan.builder().storage(InMemoryStorage.create()).build()) {
      UseCases coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
      CooperationPlan plan = ReferencePlan.record(coplan);

      assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
      assertThat(plan.period()).hasToString("2018/2021");
      assertThat(plan.parties()).hasSize(2);
      assertThat(plan.contentAreas())
          .extracting(ContentArea::number)
          .containsExactly(1, 2, 3, 4, 5, 6, 7);
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
    try (Coplan store = Coplan.builder().storage(InMemoryStorage.create()).build()) {
      UseCases coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
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
      // The director, the deputy ambassador and the party secretary; DOST and the IIA.
      assertThat(progress.peopleByCountry())
          .isEqualTo(Map.of(CountryCode.IL, 1L, CountryCode.VN, 2L));
      assertThat(progress.organisationsByCountry())
          .isEqualTo(Map.of(CountryCode.IL, 1L, CountryCode.VN, 1L));
      assertThat(progress.peopleByCountry().keySet())
          .containsExactly(CountryCode.IL, CountryCode.VN);
      assertThat(progress.total()).isEqualTo(7);
      assertThat(progress.overdueActivities())
          .extracting(
              a -> a.title().best("en"), ActivitySummary::plannedText, ActivitySummary::status)
          .containsExactly(
              tuple("HCMC Innovation and Startup Week", "2018-Q4", ActivityStatus.SCHEDULED));
      assertThat(progress.upcomingActivities()).isEmpty();
      assertThat(progress.organisationsByType())
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(OrganisationType.GOVERNMENT, 1L, OrganisationType.LOCAL_GOVERNMENT, 1L));
    }
  }

  @Test
  void completingTheWeekClearsTheOverdue() {
    try (Coplan store = Coplan.builder().storage(InMemoryStorage.create()).build()) {
      UseCases coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
      CooperationPlan plan = ReferencePlan.record(coplan);
      Activity week = only(coplan, plan, ActivityType.EVENT_SHOWCASE);
      coplan
          .activities()
          .changeStatus(
              ChangeActivityStatus.complete(
                  week.id(), PartialDate.parse("2018-12-10"), PartialDate.parse("2018-12-16")));

      PlanProgress progress = coplan.reports().progress(plan.id(), NEW_YEAR_2019).progress();
      assertThat(progress.overdue()).isZero();
      assertThat(progress.count(ActivityStatus.COMPLETED)).isEqualTo(3);
    }
  }

  @Test
  void theLastChangeNamesAPersonOnlyWithTheirConsentAndNeverOnceForgotten() {
    try (Coplan store = Coplan.builder().storage(InMemoryStorage.create()).build()) {
      UseCases coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
      CooperationPlan plan = ReferencePlan.record(coplan);
      Activity week = only(coplan, plan, ActivityType.EVENT_SHOWCASE);
      Person named = coordinator(coplan, plan, "Trần Thị Mai", true);
      Person unnamed = coordinator(coplan, plan, "Lê Văn Bình", false);

      assertThat(HcmcIsraelInnovationPlan.lastChange(coplan, week.id()))
          .isEqualTo("ChangeActivityStatus.Schedule by system:hcmc-reference");

      revise(store, named, week);
      assertThat(HcmcIsraelInnovationPlan.lastChange(coplan, week.id()))
          .isEqualTo("ReviseActivity by Trần Thị Mai");

      revise(store, unnamed, week);
      assertThat(HcmcIsraelInnovationPlan.lastChange(coplan, week.id()))
          .isEqualTo("ReviseActivity by a person who has not agreed to be named");

      revise(store, named, week);
      coplan.people().forget(new ForgetPerson(named.id(), "asked to be forgotten"));
      String line = HcmcIsraelInnovationPlan.lastChange(coplan, week.id());
      assertThat(line).isEqualTo("ReviseActivity by a person since forgotten");
      // The report still counts the week as overdue and names its last change without the name.
      String report =
          ProgressReportFormatter.format(
              coplan.reports().progress(plan.id(), NEW_YEAR_2019),
              id -> id.toString(),
              id -> HcmcIsraelInnovationPlan.lastChange(coplan, id));
      assertThat(report)
          .contains("overdue: 1\n")
          .contains("  last change: ReviseActivity by a person since forgotten\n")
          .doesNotContain("Trần Thị Mai");
    }
  }

  /** Registers a person and grants them the coordinator's role on the plan. */
  private static Person coordinator(
      UseCases coplan, CooperationPlan plan, String name, boolean consent) {
    Person p =
        coplan
            .people()
            .register(
                new RegisterPerson(
                    new PersonProfile(name, CountryCode.VN, Set.of(), null, consent), List.of()));
    coplan
        .plans()
        .grant(new GrantRole(plan.id(), Grant.of(Principal.person(p.id()), PlanRole.COORDINATOR)));
    return p;
  }

  /** The person revises the activity's description, leaving it overdue. */
  private static void revise(Coplan store, Person who, Activity activity) {
    UseCases as = store.actingAs(Actor.person(who.id()));
    Activity current = as.activities().get(activity.id());
    as.activities()
        .revise(
            new ReviseActivity(
                current.id(),
                current.details().toBuilder()
                    .description(
                        LocalizedText.of("en", Map.of("en", "Revised " + current.version())))
                    .build(),
                null));
  }

  @Test
  void runningTwiceOnOneFileRecordsOnceAndPrintsTheSameReport(@TempDir Path dir) {
    Path file = dir.resolve("hcmc.db");
    String first = HcmcIsraelInnovationPlan.run(file, NEW_YEAR_2019);
    String second = HcmcIsraelInnovationPlan.run(file, NEW_YEAR_2019);

    assertThat(second).isEqualTo(first);
    for (ContentArea area : ReferencePlan.CONTENT_AREAS) {
      assertThat(first).contains(area.title().in("en").orElseThrow());
    }
    assertThat(first.lines())
        .contains(
            "5          0       0         1           0         0         0         0     1       1        0"
                + "  Taking part in each country's big annual start-up and innovation activities and events",
            // the study tour of November 2018 is the eighth activity, completed, in area 1
            "1          0       1         0           0         3         0         0     4       0        0"
                + "  Research and build policies that promote innovation",
            "all        1       3         1           0         3         0         0     8       1        0",
            "people: 7 (IL=2 VN=5)",
            "organisations: 4 (IL=3 VN=1), by type: GOVERNMENT=1 LOCAL_GOVERNMENT=1"
                + " PRIVATE_SECTOR=1 ACADEMIC=1",
            "overdue: 1",
            "  2018-Q4  area 5  SCHEDULED  HCMC Innovation and Startup Week  lead: DOST HCMC"
                + "  last change: ChangeActivityStatus.Schedule by system:hcmc-reference",
            "upcoming: 0");
    try (Coplan store =
        Coplan.builder().storage(io.github.coplan.storage.jdbi.JdbiStorage.sqlite(file)).build()) {
      UseCases coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
      CooperationPlan plan = coplan.plans().findByCode(ReferencePlan.CODE).orElseThrow();
      long activities =
          coplan
              .activities()
              .search(ActivityQuery.builder().plan(plan.id()).pageSize(500).build())
              .items()
              .size();
      assertThat(activities).isEqualTo(8);
    }
  }

  @Test
  void reportListsEveryContentAreaWithItsVietnameseTitle() {
    try (Coplan store = Coplan.builder().storage(InMemoryStorage.create()).build()) {
      UseCases coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
      CooperationPlan plan = ReferencePlan.record(coplan);
      ProgressReport report = coplan.reports().progress(plan.id(), NEW_YEAR_2019);
      String text = ProgressReportFormatter.format(report);

      assertThat(report.lines()).hasSize(7);
      assertThat(text.lines().filter(l -> l.matches("^[1-7] .*")).count()).isEqualTo(7);
      assertThat(text).contains("Đào tạo quản trị vườn ươm");
      assertThat(text).containsPattern("\\nall +1 +3 +1 +0 +2 +0 +0 +7 +1 +0\\n");
      assertThat(text).contains(", titles in their original language\n");
      assertThat(text.lines())
          .contains(
              "  2018-Q4  area 5  SCHEDULED  Tuần lễ Đổi mới sáng tạo và khởi nghiệp TP.HCM  lead: "
                  + leadOf(report));
    }
  }

  @Test
  void theReportShowsTheTitlesInTheAskedLanguageAndWhatItLeavesOut(@TempDir Path dir) {
    String vietnamese = HcmcIsraelInnovationPlan.run(dir.resolve("hcmc.db"), NEW_YEAR_2019, "vi");
    String later =
        HcmcIsraelInnovationPlan.run(dir.resolve("hcmc.db"), LocalDate.of(2030, 1, 1), "he");

    assertThat(vietnamese.lines())
        .contains(
            "  2018-Q4  area 5  SCHEDULED  Tuần lễ Đổi mới sáng tạo và khởi nghiệp TP.HCM  lead: DOST HCMC"
                + "  last change: ChangeActivityStatus.Schedule by system:hcmc-reference");
    assertThat(vietnamese)
        .contains("titles in vi")
        .contains("Nghiên cứu xây dựng chính sách thúc đẩy hoạt động ĐMST");
    // No title has Hebrew: each is shown in its original language. By 2030 every open activity that
    // has an end is overdue.
    assertThat(later.lines())
        .contains(
            "overdue: 4",
            "  2018/2021  area 4  PROPOSED  Kết nối các đoàn công tác của TP.HCM với các đơn vị, doanh nghiệp, cá nhân khởi nghiệp ĐMST của Israel"
                + "  lead: IIA  last change: ProposeActivity by system:hcmc-reference");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () ->
                        HcmcIsraelInnovationPlan.run(
                            dir.resolve("hcmc.db"), NEW_YEAR_2019, "english!"))
                .violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("language", Violation.MALFORMED));
  }

  @Test
  void aCutListSaysHowManyItLeavesOut() {
    try (Coplan store = Coplan.builder().storage(InMemoryStorage.create()).build()) {
      UseCases coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
      CooperationPlan plan = ReferencePlan.record(coplan);
      LocalDate later = LocalDate.of(2030, 1, 1);
      ProgressReport report =
          coplan.reports().progress(new ProgressQuery(plan.id(), later, later, 1), "en");
      String text = ProgressReportFormatter.format(report);

      // Without a way to name them, lead parties are shown by their id.
      assertThat(text.lines().dropWhile(l -> !l.startsWith("overdue")).toList())
          .containsExactly(
              "overdue: 4",
              "  2018/2021  area 4  PROPOSED  Connecting HCMC delegations with Israeli start-up organisations, companies and people  lead: "
                  + leadOf(report),
              "  … and 3 more",
              "upcoming: 0");
      assertThat(text).contains("titles in en\n");
    }
  }

  private static String leadOf(ProgressReport report) {
    return report.overdueActivities().get(0).leadParty().toString();
  }

  private static Activity only(UseCases coplan, CooperationPlan plan, ActivityType type) {
    var page =
        coplan.activities().search(ActivityQuery.builder().plan(plan.id()).types(type).build());
    assertThat(page.items()).hasSize(1);
    return page.items().get(0);
  }
}

package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.details;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivitySummary;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportServiceTest {

  private static final LocalDate NEW_YEAR_2019 = LocalDate.of(2019, 1, 1);

  private final FakeStorage storage = new FakeStorage();
  private final Services services =
      Services.create(storage, Clock.systemUTC(), new SequentialIds(), Actor.APPLICATION, true);
  private final ReportUseCases reports = services.reports();
  private CooperationPlan plan;
  private Organisation iia;

  @BeforeEach
  void draftAPlanWithThreeContentAreas() {
    iia =
        services
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(vi("Israel Innovation Authority"))
                        .type(OrganisationType.GOVERNMENT)
                        .country(CountryCode.IL)
                        .build()));
    plan =
        services
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("HCMC-IIA-2018"), vi("Kế hoạch"))
                    .withPeriod(DateSpan.parse("2018/2021")));
    services
        .plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(5, vi("Sự kiện"))));
    services
        .plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, vi("Chính sách"))));
    plan =
        services
            .plans()
            .addContentArea(new AddContentArea(plan.id(), new ContentArea(3, vi("Đào tạo"))));
  }

  private Activity propose(int area, String planned, String title) {
    return services
        .activities()
        .propose(new ProposeActivity(plan.id(), details(area, planned, title)));
  }

  @Test
  void theReportListsEveryContentAreaInNumberOrderWithZeroCountsIncluded() {
    Activity overdue = propose(1, "2018-11", "Khảo sát");
    propose(1, "2019-02", "Hội thảo");
    Activity cancelled = propose(5, "2019-03", "Tuần lễ");
    services
        .activities()
        .changeStatus(ChangeActivityStatus.cancel(cancelled.id(), "hoãn vô thời hạn"));
    services
        .activities()
        .addParticipant(
            new AddParticipant(
                overdue.id(),
                Participant.of(iia.id()),
                ParticipationRole.HOST,
                ParticipationStatus.CONFIRMED));

    ProgressReport report = reports.progress(plan.id(), NEW_YEAR_2019);

    assertThat(report.plan()).isEqualTo(plan);
    assertThat(report.lines()).extracting(l -> l.area().number()).containsExactly(1, 3, 5);
    assertThat(report.lines().get(0).counts().count(ActivityStatus.PROPOSED)).isEqualTo(2);
    assertThat(report.lines().get(0).counts().overdue()).isEqualTo(1);
    assertThat(report.lines().get(0).counts().upcoming()).isEqualTo(1);
    assertThat(report.lines().get(1).counts()).isEqualTo(ContentAreaProgress.empty(3));
    assertThat(report.lines().get(2).counts().count(ActivityStatus.CANCELLED)).isEqualTo(1);
    assertThat(report.lines().get(2).counts().upcoming()).isZero();
    assertThat(report.progress().organisationsByCountry())
        .containsExactly(Map.entry(CountryCode.IL, 1L));
    assertThat(report.progress().peopleByCountry()).isEmpty();
    assertThat(report.progress().organisationsByType())
        .containsExactly(Map.entry(OrganisationType.GOVERNMENT, 1L));
  }

  @ParameterizedTest(name = "as of {0} the upcoming window ends on {1}")
  @CsvSource({
    "2019-01-01, 2019-04-01",
    "2020-12-15, 2021-03-15",
    "0001-01-01, 0001-04-01",
    "9998-12-31, 9999-03-31",
    "9999-03-01, 9999-05-30",
    "9999-10-02, 9999-12-31",
    "9999-10-03, 9999-12-31",
    "9999-12-31, 9999-12-31",
  })
  void theDefaultUpcomingWindowIsNinetyDaysCutAtTheLastDay(LocalDate asOf, LocalDate until) {
    ProgressReport report = reports.progress(plan.id(), asOf);

    assertThat(report.progress().asOf()).isEqualTo(asOf);
    assertThat(report.progress().upcomingUntil()).isEqualTo(until);
  }

  @Test
  void aGivenWindowIsKept() {
    propose(3, "2019-06", "Khóa đào tạo");

    ProgressReport report =
        reports.progress(new ProgressQuery(plan.id(), NEW_YEAR_2019, LocalDate.of(2019, 6, 30)));

    assertThat(report.progress().upcomingUntil()).isEqualTo(LocalDate.of(2019, 6, 30));
    assertThat(report.progress().upcoming()).isEqualTo(1);
    assertThat(report.lines()).extracting(l -> l.counts().upcoming()).containsExactly(0L, 1L, 0L);
  }

  @Test
  void aReportDayOutsideTheYearsOfTheDomainIsOneViolation() {
    violation(
        () -> reports.progress(plan.id(), LocalDate.of(10000, 1, 1)),
        "asOf",
        Violation.OUT_OF_RANGE);
    violation(() -> reports.progress(plan.id(), LocalDate.MAX), "asOf", Violation.OUT_OF_RANGE);
    violation(
        () -> reports.progress(plan.id(), LocalDate.of(0, 12, 31)), "asOf", Violation.OUT_OF_RANGE);
    violation(() -> reports.progress(plan.id(), LocalDate.MIN), "asOf", Violation.OUT_OF_RANGE);
  }

  @Test
  void missingArgumentsAreListedTogether() {
    violations(
        () -> reports.progress((PlanId) null, null),
        tuple("plan", Violation.REQUIRED),
        tuple("asOf", Violation.REQUIRED));
    violation(() -> reports.progress(plan.id(), null), "asOf", Violation.REQUIRED);
    violations(
        () -> reports.progress((PlanId) null, LocalDate.of(10000, 1, 1)),
        tuple("plan", Violation.REQUIRED),
        tuple("asOf", Violation.OUT_OF_RANGE));
    violation(() -> reports.progress(null), "query", Violation.REQUIRED);
  }

  @Test
  void theReportNamesTheOverdueAndUpcomingActivitiesWithTheirCountsInTheAskedLanguage() {
    Activity second = propose(3, "2018-12", "Khảo sát");
    Activity first = propose(1, "2018-Q4", "Hội thảo");
    Activity upcoming = propose(5, "2019-02", "Tuần lễ");
    propose(5, "2019-06", "Diễn đàn");

    ProgressReport report = reports.progress(plan.id(), NEW_YEAR_2019, "EN");

    assertThat(report.language()).isEqualTo("en");
    assertThat(report.progress().overdue()).isEqualTo(2);
    assertThat(report.progress().overdueActivities())
        .containsExactly(ActivitySummary.of(first), ActivitySummary.of(second));
    assertThat(report.overdueActivities())
        .extracting(
            ProgressReport.ActivityLine::title,
            ProgressReport.ActivityLine::titleLanguage,
            ProgressReport.ActivityLine::planned,
            ProgressReport.ActivityLine::contentAreaTitle)
        .containsExactly(
            tuple("Hội thảo", "vi", "2018-Q4", "Chính sách"),
            tuple("Khảo sát", "vi", "2018-12", "Đào tạo"));
    assertThat(report.upcomingActivities())
        .extracting(ProgressReport.ActivityLine::id)
        .containsExactly(upcoming.id());
    assertThat(report.progress().upcomingNotListed()).isZero();
  }

  @Test
  void aGivenListLimitCutsTheListsButNotTheCounts() {
    propose(3, "2018-12", "Khảo sát");
    Activity first = propose(1, "2018-Q4", "Hội thảo");

    ProgressReport report =
        reports.progress(new ProgressQuery(plan.id(), NEW_YEAR_2019, NEW_YEAR_2019, 1), "vi");

    assertThat(report.progress().overdue()).isEqualTo(2);
    assertThat(report.overdueActivities())
        .extracting(ProgressReport.ActivityLine::id)
        .containsExactly(first.id());
    assertThat(report.progress().overdueNotListed()).isEqualTo(1);
    assertThat(
            reports
                .progress(new ProgressQuery(plan.id(), NEW_YEAR_2019, NEW_YEAR_2019, 0))
                .overdueActivities())
        .isEmpty();
  }

  @Test
  void aReportWithoutALanguageGivesTheOriginals() {
    propose(1, "2018-Q4", "Hội thảo");

    assertThat(reports.progress(plan.id(), NEW_YEAR_2019).language()).isNull();
    assertThat(
            reports.progress(new ProgressQuery(plan.id(), NEW_YEAR_2019, NEW_YEAR_2019)).language())
        .isNull();
    assertThat(reports.progress(plan.id(), NEW_YEAR_2019).overdueActivities())
        .extracting(ProgressReport.ActivityLine::titleLanguage)
        .containsExactly("vi");
  }

  @Test
  void aBadLanguageIsListedWithEveryOtherViolationBeforeThePlanIsLookedFor() {
    PlanId missing = new PlanId(SequentialIds.nth(70));
    ProgressQuery query = new ProgressQuery(missing, NEW_YEAR_2019, NEW_YEAR_2019);

    violation(
        () -> reports.progress(missing, NEW_YEAR_2019, "english!"),
        "language",
        Violation.MALFORMED);
    violation(() -> reports.progress(missing, NEW_YEAR_2019, null), "language", Violation.REQUIRED);
    violations(
        () -> reports.progress(null, null, "english!"),
        tuple("plan", Violation.REQUIRED),
        tuple("asOf", Violation.REQUIRED),
        tuple("language", Violation.MALFORMED));
    violations(
        () -> reports.progress(null, NEW_YEAR_2019, "english!"),
        tuple("plan", Violation.REQUIRED),
        tuple("language", Violation.MALFORMED));
    violations(
        () -> reports.progress(plan.id(), null, "english!"),
        tuple("asOf", Violation.REQUIRED),
        tuple("language", Violation.MALFORMED));
    violations(
        () -> reports.progress(plan.id(), LocalDate.MAX, "english!"),
        tuple("asOf", Violation.OUT_OF_RANGE),
        tuple("language", Violation.MALFORMED));
    violation(() -> reports.progress(query, "english!"), "language", Violation.MALFORMED);
    violations(
        () -> reports.progress(null, (String) null),
        tuple("query", Violation.REQUIRED),
        tuple("language", Violation.REQUIRED));
    assertThat(
            catchThrowableOfType(NotFoundException.class, () -> reports.progress(query, "en"))
                .kind())
        .isEqualTo("plan");
    assertThat(
            catchThrowableOfType(
                    NotFoundException.class, () -> reports.progress(missing, NEW_YEAR_2019, "en"))
                .kind())
        .isEqualTo("plan");
  }

  @Test
  void aMissingPlanIsNotFound() {
    PlanId missing = new PlanId(SequentialIds.nth(70));

    NotFoundException e =
        catchThrowableOfType(
            NotFoundException.class, () -> reports.progress(missing, NEW_YEAR_2019));

    assertThat(e.kind()).isEqualTo("plan");
    assertThat(e.id()).isEqualTo(missing.toString());
  }

  @Test
  void aPlanThePersonMayNotSeeIsNotFoundExactlyAsAMissingOne() {
    PersonId viewer =
        services
            .people()
            .register(new RegisterPerson(PersonProfile.of("Trần A", CountryCode.VN), List.of()))
            .id();
    ReportUseCases asViewer =
        Services.create(storage, Clock.systemUTC(), new SequentialIds(), Actor.person(viewer), true)
            .reports();

    NotFoundException hidden =
        catchThrowableOfType(
            NotFoundException.class, () -> asViewer.progress(plan.id(), NEW_YEAR_2019));
    NotFoundException missing =
        catchThrowableOfType(
            NotFoundException.class,
            () -> reports.progress(new PlanId(SequentialIds.nth(70)), NEW_YEAR_2019));

    assertThat(hidden.kind()).isEqualTo("plan");
    assertThat(hidden.id()).isEqualTo(plan.id().toString());
    assertThat(hidden.getMessage())
        .isEqualTo(
            missing.getMessage().replace(SequentialIds.nth(70).toString(), plan.id().toString()));
    services
        .plans()
        .grant(new GrantRole(plan.id(), Grant.of(Principal.person(viewer), PlanRole.VIEWER)));
    assertThat(asViewer.progress(plan.id(), NEW_YEAR_2019).plan().id()).isEqualTo(plan.id());
  }
}

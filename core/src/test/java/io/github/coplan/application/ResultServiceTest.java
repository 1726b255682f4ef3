package io.github.coplan.application;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.history.AggregateKind;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Actual;
import io.github.coplan.domain.result.Aggregation;
import io.github.coplan.domain.result.Baseline;
import io.github.coplan.domain.result.Dimension;
import io.github.coplan.domain.result.Evidence;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.IndicatorProgress;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.ObservationStatus;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Progress;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.domain.result.ResultType;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.AccessRepository;
import io.github.coplan.port.storage.ActivityRepository;
import io.github.coplan.port.storage.HistoryRepository;
import io.github.coplan.port.storage.MarketRepository;
import io.github.coplan.port.storage.NetworkRepository;
import io.github.coplan.port.storage.OrganisationRepository;
import io.github.coplan.port.storage.PersonRepository;
import io.github.coplan.port.storage.PlanRepository;
import io.github.coplan.port.storage.Repositories;
import io.github.coplan.port.storage.ResultRepository;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.port.storage.UnitOfWork;
import io.github.coplan.testing.Expect;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResultServiceTest {

  private static final Instant NOW = Instant.parse("2020-02-01T09:00:00Z");

  private final FakeStorage storage = new FakeStorage();
  private final SequentialIds ids = new SequentialIds();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final Services system = Services.create(storage, clock, ids, Actor.APPLICATION, true);
  private PlanId plan;
  private PersonId admin;
  private PersonId coordinator;
  private PersonId reporter;
  private PersonId otherReporter;
  private PersonId viewer;
  private PersonId stranger;

  @BeforeEach
  void registerThePlanAndItsPeople() {
    plan =
        system
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("HCMC-RES-2019"), vi("Kế hoạch"))
                    .withPeriod(DateSpan.parse("2018/2021")))
            .id();
    system.plans().addContentArea(new AddContentArea(plan, new ContentArea(1, vi("Chính sách"))));
    system.plans().addContentArea(new AddContentArea(plan, new ContentArea(2, vi("Đào tạo"))));
    admin = person("Nguyễn Văn A", PlanRole.ADMINISTRATOR, Set.of());
    coordinator = person("Trần Thị B", PlanRole.COORDINATOR, Set.of(1));
    reporter = person("Lê Văn C", PlanRole.REPORTER, Set.of(1));
    otherReporter = person("Phạm Văn D", PlanRole.REPORTER, Set.of(1));
    viewer = person("Avi E", PlanRole.VIEWER, Set.of());
    stranger =
        system
            .people()
            .register(new RegisterPerson(PersonProfile.of("Hoàng F", CountryCode.VN), List.of()))
            .id();
  }

  private PersonId person(String name, PlanRole role, Set<Integer> areas) {
    PersonId id =
        system
            .people()
            .register(new RegisterPerson(PersonProfile.of(name, CountryCode.VN), List.of()))
            .id();
    system.plans().grant(new GrantRole(plan, new Grant(Principal.person(id), role, areas)));
    return id;
  }

  private Services as(PersonId who) {
    return Services.create(storage, clock, ids, Actor.person(who), true);
  }

  private static LocalizedText en(String text) {
    return LocalizedText.of("en", text);
  }

  /** A result in area 1 with an indicator "officials trained" and the period 2019, target 60. */
  private Result officials() {
    Result result =
        system
            .results()
            .define(
                DefineResult.of(plan, 1, ResultType.OUTPUT, en("Officials trained"))
                    .describedAs(en("Officials of the city trained in innovation policy")));
    result =
        system
            .results()
            .defineIndicator(
                DefineIndicator.of(result.id(), en("Officials trained"), Measure.UNIT)
                    .withUnit("people"));
    IndicatorId indicator = result.indicators().get(0).id();
    return system
        .results()
        .addPeriod(
            AddPeriod.of(indicator, PartialDate.ofYear(2019), PartialDate.ofYear(2019))
                .withTarget(Value.quantity(60)));
  }

  private static IndicatorId indicator(Result result) {
    return result.indicators().get(0).id();
  }

  private static PeriodId period(Result result) {
    return result.indicators().get(0).periods().get(0).id();
  }

  private Observation reported(Services who, Result result, long amount, String day) {
    return who.results()
        .report(
            ReportObservation.of(
                indicator(result), period(result), Value.quantity(amount), LocalDate.parse(day)));
  }

  private Observation approved(Result result, long amount, String day) {
    Observation o = reported(system, result, amount, day);
    system.results().review(ReviewObservation.submit(o.id()));
    return system.results().review(ReviewObservation.approve(o.id()));
  }

  @Test
  void aResultIsDefinedWithItsIndicatorAndPeriod() {
    Result result = officials();

    assertThat(result.version()).isEqualTo(3);
    assertThat(result.plan()).isEqualTo(plan);
    assertThat(result.contentArea()).isEqualTo(1);
    assertThat(result.type()).isEqualTo(ResultType.OUTPUT);
    assertThat(result.description())
        .isEqualTo(en("Officials of the city trained in innovation policy"));
    Indicator i = result.indicators().get(0);
    assertThat(i.unit()).isEqualTo("people");
    assertThat(i.ascending()).isTrue();
    assertThat(i.aggregation()).isEqualTo(Aggregation.SUM);
    assertThat(i.periods())
        .extracting(p -> p.start().toString(), p -> p.end().toString(), p -> p.target())
        .containsExactly(tuple("2019", "2019", Value.quantity(60)));
    assertThat(system.results().get(result.id())).isEqualTo(result);
    assertThat(system.results().resultsOf(plan)).containsExactly(result);
  }

  @Test
  void anIndicatorKeepsTheAggregationAndDirectionAsked() {
    Result result =
        system.results().define(DefineResult.of(plan, null, ResultType.OUTCOME, en("Pilots")));

    Result changed =
        system
            .results()
            .defineIndicator(
                DefineIndicator.of(result.id(), en("Months to a first pilot"), Measure.UNIT)
                    .descending()
                    .aggregatedBy(Aggregation.LATEST)
                    .withBaseline(Baseline.of(PartialDate.ofYear(2018), Value.quantity(18)))
                    .withDimension(Dimension.of("sector", "health", "transport")));

    Indicator i = changed.indicators().get(0);
    assertThat(i.ascending()).isFalse();
    assertThat(i.aggregation()).isEqualTo(Aggregation.LATEST);
    assertThat(i.baseline()).isEqualTo(Baseline.of(PartialDate.ofYear(2018), Value.quantity(18)));
    assertThat(i.dimensions()).containsExactly(Dimension.of("sector", "health", "transport"));
    assertThat(changed.contentArea()).isNull();
  }

  @Test
  void aResultInAContentAreaThePlanLacksIsRefused() {
    rule(
        () -> system.results().define(DefineResult.of(plan, 3, ResultType.OUTPUT, en("Missing"))),
        RuleCode.PLAN_CONTENT_AREA_UNKNOWN);
    assertThat(system.results().resultsOf(plan)).isEmpty();
  }

  @Test
  void aResultOfAnUnknownPlanIsNotFound() {
    PlanId unknown = PlanId.of("00000000-0000-7000-8000-0000000000ff");
    assertThatThrownBy(
            () ->
                system.results().define(DefineResult.of(unknown, null, ResultType.OUTPUT, en("X"))))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("plan"));
    assertThatThrownBy(() -> system.results().resultsOf(unknown))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anAggregationTheMeasureRefusesChangesNothing() {
    Result result = officials();

    violation(
        () ->
            system
                .results()
                .defineIndicator(
                    DefineIndicator.of(result.id(), en("Share"), Measure.UNIT)
                        .aggregatedBy(Aggregation.RATIO_OF_SUMS)),
        "aggregation",
        Violation.OUT_OF_RANGE);
    assertThat(system.results().get(result.id())).isEqualTo(result);
  }

  @Test
  void anOverlappingPeriodIsRefusedAndAnUnknownIndicatorNotFound() {
    Result result = officials();

    violation(
        () ->
            system
                .results()
                .addPeriod(
                    AddPeriod.of(
                        indicator(result),
                        PartialDate.ofMonth(2019, 12),
                        PartialDate.ofYear(2020))),
        "periods",
        Violation.OUT_OF_RANGE);
    IndicatorId unknown =
        new IndicatorId(java.util.UUID.fromString("00000000-0000-7000-8000-0000000000fe"));
    assertThatThrownBy(
            () ->
                system
                    .results()
                    .addPeriod(
                        AddPeriod.of(unknown, PartialDate.ofYear(2020), PartialDate.ofYear(2020))))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("indicator");
              assertThat(e.id()).isEqualTo(unknown.toString());
            });
    assertThat(system.results().get(result.id())).isEqualTo(result);
  }

  @Test
  void aTargetIsSetAndClearedOnItsPeriodOnly() {
    Result result = officials();
    Result two =
        system
            .results()
            .addPeriod(
                AddPeriod.of(indicator(result), PartialDate.ofYear(2020), PartialDate.ofYear(2020))
                    .withTarget(Value.quantity(90)));

    Result set =
        system
            .results()
            .setTarget(new SetTarget(indicator(result), period(result), Value.quantity(70)));
    Result cleared =
        system.results().setTarget(new SetTarget(indicator(result), period(result), null));

    assertThat(set.indicators().get(0).periods())
        .extracting(p -> p.target())
        .containsExactly(Value.quantity(70), Value.quantity(90));
    assertThat(cleared.indicators().get(0).periods())
        .extracting(p -> p.target())
        .containsExactly(null, Value.quantity(90));
    assertThat(cleared.version()).isEqualTo(two.version() + 2);
    violation(
        () ->
            system
                .results()
                .setTarget(new SetTarget(indicator(result), period(result), Value.ratio(1, 2))),
        "periods[0].target",
        Violation.OUT_OF_RANGE);
    PeriodId unknown =
        new PeriodId(java.util.UUID.fromString("00000000-0000-7000-8000-0000000000fd"));
    assertThatThrownBy(
            () -> system.results().setTarget(new SetTarget(indicator(result), unknown, null)))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("period"));
  }

  @Test
  void anObservationIsADraftOfItsReporterRecordedNow() {
    Result result = officials();

    Observation o = reported(as(reporter), result, 12, "2019-06-30");

    assertThat(o.status()).isEqualTo(ObservationStatus.DRAFT);
    assertThat(o.reporter()).isEqualTo(Actor.person(reporter));
    assertThat(o.recordedAt()).isEqualTo(NOW);
    assertThat(o.version()).isEqualTo(1);
    assertThat(o.indicator()).isEqualTo(indicator(result));
    assertThat(o.period()).isEqualTo(period(result));
    assertThat(system.results().observationsOf(indicator(result))).containsExactly(o);
  }

  @Test
  void aValueOfTheWrongKindOrDayIsRefusedAndNothingStored() {
    Result result = officials();

    violation(
        () ->
            system
                .results()
                .report(
                    ReportObservation.of(
                        indicator(result),
                        period(result),
                        Value.ratio(1, 2),
                        LocalDate.of(2019, 5, 1))),
        "value",
        Violation.OUT_OF_RANGE);
    violation(
        () ->
            system
                .results()
                .report(
                    ReportObservation.of(
                        indicator(result),
                        period(result),
                        Value.quantity(3),
                        LocalDate.of(2020, 1, 1))),
        "observedOn",
        Violation.OUT_OF_RANGE);
    violation(() -> Value.quantity("N/A"), "amount", Violation.MALFORMED);
    assertThat(system.results().observationsOf(indicator(result))).isEmpty();
  }

  @Test
  void onlyApprovedObservationsCountAndUnapprovingTakesEffectAtOnce() {
    Result result = officials();
    approved(result, 12, "2019-03-01");
    Observation second = approved(result, 18, "2019-09-01");

    assertThat(system.results().actual(indicator(result), period(result), Map.of()).value())
        .isEqualByComparingTo("30");
    assertThat(system.results().progress(indicator(result), period(result)).value())
        .isEqualByComparingTo("0.5");

    Observation unapproved = system.results().review(ReviewObservation.unapprove(second.id()));

    assertThat(unapproved.status()).isEqualTo(ObservationStatus.SUBMITTED);
    assertThat(unapproved.version()).isEqualTo(4);
    assertThat(system.results().actual(indicator(result), period(result), Map.of()).value())
        .isEqualByComparingTo("12");
    assertThat(system.results().progress(indicator(result), period(result)).value())
        .isEqualByComparingTo("0.2");
  }

  @Test
  void aReturnedObservationKeepsItsNoteAndIsFinal() {
    Result result = officials();
    Observation o = reported(system, result, 12, "2019-03-01");
    system.results().review(ReviewObservation.submit(o.id()));

    Observation returned =
        system.results().review(ReviewObservation.returnWith(o.id(), "count only city officials"));

    assertThat(returned.status()).isEqualTo(ObservationStatus.RETURNED);
    assertThat(returned.note()).isEqualTo("count only city officials");
    rule(
        () -> system.results().review(ReviewObservation.approve(o.id())),
        RuleCode.OBSERVATION_ILLEGAL_TRANSITION);
    rule(
        () -> system.results().review(ReviewObservation.submit(o.id())),
        RuleCode.OBSERVATION_ILLEGAL_TRANSITION);
    violation(() -> ReviewObservation.returnWith(o.id(), " "), "note", Violation.BLANK);
  }

  @Test
  void aStaleReviewIsAConflict() {
    Result result = officials();
    Observation o = reported(system, result, 12, "2019-03-01");

    assertThatThrownBy(() -> system.results().review(new ReviewObservation.Submit(o.id(), 7L)))
        .isInstanceOf(ConflictException.class);
    assertThat(system.results().review(new ReviewObservation.Submit(o.id(), 1L)).version())
        .isEqualTo(2);
  }

  @Test
  void anUnknownObservationIsNotFound() {
    var unknown =
        new io.github.coplan.domain.result.ObservationId(
            java.util.UUID.fromString("00000000-0000-7000-8000-0000000000fc"));
    assertThatThrownBy(() -> system.results().review(ReviewObservation.submit(unknown)))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("observation"));
  }

  @Test
  void aReporterReportsAndSubmitsButACoordinatorReviews() {
    Result result = officials();
    Observation own = reported(as(reporter), result, 5, "2019-04-01");

    assertThat(as(reporter).results().review(ReviewObservation.submit(own.id())).status())
        .isEqualTo(ObservationStatus.SUBMITTED);
    assertThatThrownBy(() -> as(reporter).results().review(ReviewObservation.approve(own.id())))
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            e -> assertThat(e.getMessage()).contains("EDIT_ACTIVITIES"));
    assertThat(as(coordinator).results().review(ReviewObservation.approve(own.id())).status())
        .isEqualTo(ObservationStatus.APPROVED);
  }

  @Test
  void anotherReporterMaySubmitADraftButAViewerMayNot() {
    Result result = officials();
    Observation draft = reported(as(reporter), result, 5, "2019-04-01");
    Observation second = reported(as(reporter), result, 6, "2019-04-02");

    assertThatThrownBy(() -> as(viewer).results().review(ReviewObservation.submit(draft.id())))
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            e ->
                assertThat(e.getMessage())
                    .contains("RECORD_OUTCOMES")
                    .contains(draft.id().toString()));
    assertThat(as(otherReporter).results().review(ReviewObservation.submit(second.id())).status())
        .isEqualTo(ObservationStatus.SUBMITTED);
  }

  @Test
  void aViewerMayReadButNotReportOrDefine() {
    Result result = officials();

    assertThat(as(viewer).results().get(result.id())).isEqualTo(result);
    assertThatThrownBy(() -> reported(as(viewer), result, 1, "2019-04-01"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                as(coordinator)
                    .results()
                    .define(DefineResult.of(plan, 1, ResultType.OUTPUT, en("Coordinated"))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            as(admin)
                .results()
                .define(DefineResult.of(plan, 1, ResultType.OUTPUT, en("Admin")))
                .version())
        .isEqualTo(1);
  }

  @Test
  void onlyThoseWhoMayEditThePlanChangeItsIndicators() {
    Result result = officials();

    assertThatThrownBy(
            () ->
                as(coordinator)
                    .results()
                    .defineIndicator(DefineIndicator.of(result.id(), en("More"), Measure.UNIT)))
        .isInstanceOfSatisfying(
            AccessDeniedException.class, e -> assertThat(e.getMessage()).contains("EDIT_PLAN"));
    assertThatThrownBy(
            () ->
                as(reporter)
                    .results()
                    .addPeriod(
                        AddPeriod.of(
                            indicator(result), PartialDate.ofYear(2020), PartialDate.ofYear(2020))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                as(coordinator)
                    .results()
                    .setTarget(new SetTarget(indicator(result), period(result), null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            as(admin)
                .results()
                .setTarget(new SetTarget(indicator(result), period(result), Value.quantity(61)))
                .version())
        .isEqualTo(4);
    assertThat(system.results().get(result.id()).indicators().get(0).periods().get(0).target())
        .isEqualTo(Value.quantity(61));
  }

  @Test
  void aStrangerFindsNothing() {
    Result result = officials();
    Observation o = approved(result, 3, "2019-02-01");
    Services outsider = as(stranger);

    assertThatThrownBy(() -> outsider.results().get(result.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("result"));
    assertThatThrownBy(() -> outsider.results().resultsOf(plan))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> outsider.results().progressOf(plan))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("plan"));
    assertThatThrownBy(() -> outsider.results().actual(indicator(result), period(result), Map.of()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> outsider.results().observationsOf(indicator(result)))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("indicator"));
    assertThatThrownBy(() -> outsider.results().progress(indicator(result), period(result)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> outsider.results().review(ReviewObservation.unapprove(o.id())))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("observation"));
    assertThatThrownBy(
            () ->
                outsider
                    .results()
                    .defineIndicator(DefineIndicator.of(result.id(), en("X"), Measure.UNIT)))
        .isInstanceOf(NotFoundException.class);
    assertThat(outsider.history().of(HistoryQuery.of(AggregateRef.of(result.id()))).items())
        .isEmpty();
    assertThat(outsider.history().of(HistoryQuery.of(AggregateRef.of(o.id()))).items()).isEmpty();
  }

  @Test
  void resultsAndObservationsAreRecordedInTheHistory() {
    Result result = officials();
    Observation o = approved(result, 3, "2019-02-01");

    List<ChangeRecord> ofResult =
        as(viewer).history().of(HistoryQuery.of(AggregateRef.of(result.id()))).items();
    List<ChangeRecord> ofObservation =
        as(viewer).history().of(HistoryQuery.of(AggregateRef.of(o.id()))).items();

    assertThat(ofResult)
        .extracting(ChangeRecord::version, ChangeRecord::commandName)
        .containsExactly(
            tuple(3L, "AddPeriod"), tuple(2L, "DefineIndicator"), tuple(1L, "DefineResult"));
    assertThat(ofResult.get(2).aggregate().kind()).isEqualTo(AggregateKind.RESULT);
    assertThat(ofResult.get(2).plan()).isEqualTo(plan);
    assertThat(ofObservation)
        .extracting(ChangeRecord::version, ChangeRecord::commandName)
        .containsExactly(
            tuple(3L, "ReviewObservation.Approve"),
            tuple(2L, "ReviewObservation.Submit"),
            tuple(1L, "ReportObservation"));
    assertThat(ofObservation.get(0).plan()).isEqualTo(plan);
    assertThat(ofObservation.get(0).changes())
        .extracting(c -> c.field(), c -> c.before(), c -> c.after())
        .containsExactly(tuple("status", "SUBMITTED", "APPROVED"));
  }

  @Test
  void thePlansProgressListsEveryPeriodOfEveryIndicator() {
    Result result = officials();
    approved(result, 12, "2019-03-01");
    Result planWide =
        system.results().define(DefineResult.of(plan, null, ResultType.IMPACT, en("Ecosystem")));
    planWide =
        system
            .results()
            .defineIndicator(DefineIndicator.of(planWide.id(), en("Start-ups"), Measure.UNIT));
    planWide =
        system
            .results()
            .addPeriod(
                AddPeriod.of(
                    indicator(planWide), PartialDate.ofYear(2020), PartialDate.ofYear(2021)));

    List<IndicatorProgress> lines = system.results().progressOf(plan);
    ProgressReport report = system.reports().progress(plan, LocalDate.of(2020, 1, 1));

    assertThat(lines)
        .extracting(
            IndicatorProgress::result, IndicatorProgress::contentArea, l -> l.progress().value())
        .containsExactly(
            tuple(planWide.id(), null, null), tuple(result.id(), 1, new BigDecimal("0.2")));
    assertThat(lines.get(0).progress().reason()).isEqualTo("the period has no target");
    assertThat(report.indicators()).isEqualTo(lines);
    assertThat(report.planIndicators()).containsExactly(lines.get(0));
    assertThat(report.lines())
        .extracting(l -> l.area().number(), l -> l.indicators().size())
        .containsExactly(tuple(1, 1), tuple(2, 0));
    assertThat(report.lines().get(0).indicators()).containsExactly(lines.get(1));
  }

  @Test
  void aBreakdownIsAskedForByItsDimensionValues() {
    Result result =
        system.results().define(DefineResult.of(plan, 1, ResultType.OUTPUT, en("Trained")));
    result =
        system
            .results()
            .defineIndicator(
                DefineIndicator.of(result.id(), en("Managers trained"), Measure.UNIT)
                    .withDimension(Dimension.of("sex", "female", "male")));
    result =
        system
            .results()
            .addPeriod(
                AddPeriod.of(
                    indicator(result), PartialDate.ofYear(2019), PartialDate.ofYear(2019)));
    Observation women =
        system
            .results()
            .report(
                ReportObservation.of(
                        indicator(result),
                        period(result),
                        Value.quantity(4),
                        LocalDate.of(2019, 5, 1))
                    .brokenDownBy("sex", "female"));
    system.results().review(ReviewObservation.submit(women.id()));
    system.results().review(ReviewObservation.approve(women.id()));

    assertThat(
            system
                .results()
                .actual(indicator(result), period(result), Map.of("sex", "female"))
                .value())
        .isEqualByComparingTo("4");
    assertThat(system.results().actual(indicator(result), period(result), Map.of()).reported())
        .isFalse();
    assertThat(women.dimensions()).containsExactly(Map.entry("sex", "female"));
  }

  @Test
  void missingArgumentsAreRefused() {
    violation(() -> system.results().define(null), "command", Violation.REQUIRED);
    violation(() -> system.results().defineIndicator(null), "command", Violation.REQUIRED);
    violation(() -> system.results().addPeriod(null), "command", Violation.REQUIRED);
    violation(() -> system.results().setTarget(null), "command", Violation.REQUIRED);
    violation(() -> system.results().report(null), "command", Violation.REQUIRED);
    violation(() -> system.results().review(null), "command", Violation.REQUIRED);
    violation(() -> system.results().get(null), "id", Violation.REQUIRED);
    violation(() -> system.results().resultsOf(null), "plan", Violation.REQUIRED);
    violation(() -> system.results().observationsOf(null), "indicator", Violation.REQUIRED);
    violation(() -> system.results().progressOf(null), "plan", Violation.REQUIRED);
    Result result = officials();
    violation(
        () -> system.results().actual(null, period(result), Map.of()),
        "indicator",
        Violation.REQUIRED);
    violation(
        () -> system.results().actual(indicator(result), null, Map.of()),
        "period",
        Violation.REQUIRED);
    violation(
        () -> system.results().actual(indicator(result), period(result), null),
        "breakdown",
        Violation.REQUIRED);
    violation(
        () -> system.results().progress(null, period(result)), "indicator", Violation.REQUIRED);
    violation(
        () -> system.results().progress(indicator(result), null), "period", Violation.REQUIRED);
  }

  @Test
  void aResultIdIsNotAnotherResultsId() {
    Result result = officials();
    ResultId unknown =
        new ResultId(java.util.UUID.fromString("00000000-0000-7000-8000-0000000000fb"));
    assertThatThrownBy(() -> system.results().get(unknown))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.id()).isEqualTo(unknown.toString()));
    assertThat(system.results().get(result.id()).id()).isEqualTo(result.id());
  }

  // ---- derived indicators ----------------------------------------------------------------------

  private static final Rule TOURS =
      Rule.CompletedActivities.ofTypes(ActivityType.STUDY_TOUR).inAreas(1);

  /** An activity of the plan in area 1, planned for 2019, proposed. */
  private Activity proposed(ActivityType type, String title) {
    return system
        .activities()
        .propose(
            new ProposeActivity(
                plan,
                ActivityDetails.builder()
                    .contentArea(1)
                    .type(type)
                    .title(vi(title))
                    .planned(DateSpan.parse("2019"))
                    .build()));
  }

  /** A study tour of area 1 completed, started and ended on a day, its delegates attended. */
  private Activity completedTour(String day, PersonId... delegates) {
    Activity a = proposed(ActivityType.STUDY_TOUR, "Đoàn " + day);
    for (PersonId p : delegates) {
      system
          .activities()
          .addParticipant(
              new AddParticipant(
                  a.id(),
                  Participant.of(p),
                  ParticipationRole.DELEGATE,
                  ParticipationStatus.CONFIRMED));
    }
    system.activities().changeStatus(ChangeActivityStatus.plan(a.id()));
    system.activities().changeStatus(ChangeActivityStatus.schedule(a.id()));
    system.activities().changeStatus(ChangeActivityStatus.start(a.id(), PartialDate.parse(day)));
    Activity done =
        system
            .activities()
            .changeStatus(ChangeActivityStatus.complete(a.id(), PartialDate.parse(day)));
    for (PersonId p : delegates) {
      done =
          system
              .activities()
              .changeParticipation(
                  new ChangeParticipation(
                      a.id(),
                      Participant.of(p),
                      ParticipationRole.DELEGATE,
                      ParticipationStatus.ATTENDED));
    }
    return done;
  }

  /**
   * A result in area 1 with an indicator of completed study tours derived by {@link #TOURS}, its
   * periods 2019 (target 4) and 2020.
   */
  private Result tours() {
    Result result =
        system.results().define(DefineResult.of(plan, 1, ResultType.OUTPUT, en("Study tours")));
    result =
        system
            .results()
            .defineIndicator(
                DefineIndicator.of(result.id(), en("Study tours completed"), Measure.UNIT)
                    .withUnit("tours")
                    .derivedBy(TOURS));
    result =
        system
            .results()
            .addPeriod(
                AddPeriod.of(indicator(result), PartialDate.ofYear(2019), PartialDate.ofYear(2019))
                    .withTarget(Value.quantity(4)));
    return system
        .results()
        .addPeriod(
            AddPeriod.of(indicator(result), PartialDate.ofYear(2020), PartialDate.ofYear(2020)));
  }

  private static PeriodId secondPeriod(Result result) {
    return result.indicators().get(0).periods().get(1).id();
  }

  @Test
  void aDerivedIndicatorIsStoredWithItsRule() {
    Result result = tours();

    Indicator i = system.results().get(result.id()).indicators().get(0);
    assertThat(i.rule()).isEqualTo(TOURS);
    assertThat(i.derived()).isTrue();
    assertThat(i.measure()).isEqualTo(Measure.UNIT);
    assertThat(i.aggregation()).isEqualTo(Aggregation.SUM);
    assertThat(i.unit()).isEqualTo("tours");
    assertThat(i.periods())
        .extracting(p -> p.start().toString(), p -> p.target())
        .containsExactly(tuple("2019", Value.quantity(4)), tuple("2020", null));
    assertThat(result.version()).isEqualTo(4);
  }

  @Test
  void aDerivedIndicatorThatIsNotACountIsRefusedAndNothingStored() {
    Result result =
        system.results().define(DefineResult.of(plan, 1, ResultType.OUTPUT, en("Study tours")));

    violation(
        () ->
            system
                .results()
                .defineIndicator(
                    DefineIndicator.of(result.id(), en("Tours"), Measure.UNIT)
                        .aggregatedBy(Aggregation.LATEST)
                        .derivedBy(TOURS)),
        "rule",
        Violation.OUT_OF_RANGE);
    violations(
        () ->
            system
                .results()
                .defineIndicator(
                    DefineIndicator.of(result.id(), en("Tours"), Measure.PERCENTAGE)
                        .derivedBy(TOURS)),
        tuple("rule", Violation.OUT_OF_RANGE),
        tuple("rule", Violation.OUT_OF_RANGE));
    violation(
        () -> DefineIndicator.of(result.id(), en("Tours"), Measure.UNIT).derivedBy(null),
        "rule",
        Violation.REQUIRED);
    assertThat(system.results().get(result.id())).isEqualTo(result);
  }

  @Test
  void aDerivedIndicatorsTargetsAndPeriodsChangeButItsRuleStays() {
    Result result = tours();

    Result set =
        system
            .results()
            .setTarget(new SetTarget(indicator(result), secondPeriod(result), Value.quantity(6)));
    Result more =
        system
            .results()
            .addPeriod(
                AddPeriod.of(
                    indicator(result), PartialDate.ofYear(2021), PartialDate.ofYear(2021)));

    assertThat(set.indicators().get(0).rule()).isEqualTo(TOURS);
    assertThat(set.indicators().get(0).periods())
        .extracting(p -> p.target())
        .containsExactly(Value.quantity(4), Value.quantity(6));
    assertThat(more.indicators().get(0).rule()).isEqualTo(TOURS);
    assertThat(more.indicators().get(0).periods()).hasSize(3);
    assertThat(system.results().get(result.id())).isEqualTo(more);
  }

  @Test
  void aDerivedPeriodsActualIsCountedNowFromThePlansActivities() {
    Result result = tours();
    Activity march = completedTour("2019-03-10");
    Activity first = completedTour("2019-01-01");
    completedTour("2020-02-02");
    completedTour("2018-12-31");
    proposed(ActivityType.STUDY_TOUR, "Chưa đi");
    Activity workshop = proposed(ActivityType.WORKSHOP, "Hội thảo");

    Actual actual = system.results().actual(indicator(result), period(result), Map.of());
    Progress progress = system.results().progress(indicator(result), period(result));

    assertThat(actual.value()).isEqualByComparingTo("2");
    assertThat(actual.formula())
        .isEqualTo("count of completed activities of type STUDY_TOUR in content area 1 = 2");
    assertThat(actual.rule()).isEqualTo(TOURS);
    assertThat(actual.reported()).isTrue();
    assertThat(actual.counted()).isEmpty();
    assertThat(progress.actual()).isEqualTo(actual);
    assertThat(progress.value()).isEqualByComparingTo("0.5");
    assertThat(progress.reason()).isNull();
    assertThat(system.results().progress(indicator(result), secondPeriod(result)).actual().value())
        .isEqualByComparingTo("1");
    assertThat(system.results().progress(indicator(result), secondPeriod(result)).reason())
        .isEqualTo("the period has no target");
    assertThat(system.results().evidence(indicator(result), period(result)))
        .containsExactly(
            Evidence.activity(first.id(), LocalDate.of(2019, 1, 1)),
            Evidence.activity(march.id(), LocalDate.of(2019, 3, 10)));
    assertThat(workshop.plan()).isEqualTo(plan);
  }

  @Test
  void aDerivedPeriodWithNothingCountedIsReportedAsNone() {
    Result result = tours();

    Actual actual = system.results().actual(indicator(result), period(result), Map.of());

    assertThat(actual.value()).isEqualByComparingTo("0");
    assertThat(actual.reported()).isTrue();
    assertThat(system.results().progress(indicator(result), period(result)).value())
        .isEqualByComparingTo("0");
    assertThat(system.results().evidence(indicator(result), period(result))).isEmpty();
  }

  @Test
  void theEvidenceOfAttendeesIsEachPersonAtEachActivity() {
    Result result =
        system.results().define(DefineResult.of(plan, 2, ResultType.OUTPUT, en("Delegates")));
    result =
        system
            .results()
            .defineIndicator(
                DefineIndicator.of(result.id(), en("Delegates who went"), Measure.UNIT)
                    .derivedBy(Rule.Attendees.ofTypes().withRoles(ParticipationRole.DELEGATE)));
    result =
        system
            .results()
            .addPeriod(
                AddPeriod.of(
                    indicator(result), PartialDate.ofYear(2019), PartialDate.ofYear(2019)));
    Activity may = completedTour("2019-05-01", reporter, viewer);
    Activity june = completedTour("2019-06-01", reporter);

    Actual actual = system.results().actual(indicator(result), period(result), Map.of());
    List<Evidence> evidence = system.results().evidence(indicator(result), period(result));

    assertThat(actual.value()).isEqualByComparingTo("2");
    assertThat(actual.formula())
        .isEqualTo("count of distinct people who attended activities as DELEGATE = 2");
    assertThat(evidence)
        .containsExactlyInAnyOrder(
            Evidence.attendance(may.id(), reporter, LocalDate.of(2019, 5, 1)),
            Evidence.attendance(may.id(), viewer, LocalDate.of(2019, 5, 1)),
            Evidence.attendance(june.id(), reporter, LocalDate.of(2019, 6, 1)));
    assertThat(evidence).isSortedAccordingTo(Evidence.ORDER);
  }

  @Test
  void thePlansProgressAndReportCountDerivedIndicators() {
    Result observed = officials();
    approved(observed, 12, "2019-03-01");
    Result derived = tours();
    completedTour("2019-04-01");
    completedTour("2020-04-01");
    completedTour("2020-05-01");

    List<IndicatorProgress> lines = system.results().progressOf(plan);
    ProgressReport report = system.reports().progress(plan, LocalDate.of(2020, 1, 1));

    assertThat(lines)
        .extracting(
            IndicatorProgress::result,
            l -> l.indicator().id(),
            l -> l.period().start().toString(),
            l -> l.progress().actual().value(),
            l -> l.progress().value())
        .containsExactly(
            tuple(
                observed.id(),
                indicator(observed),
                "2019",
                new BigDecimal("12"),
                new BigDecimal("0.2")),
            tuple(
                derived.id(),
                indicator(derived),
                "2019",
                BigDecimal.valueOf(1),
                new BigDecimal("0.25")),
            tuple(derived.id(), indicator(derived), "2020", BigDecimal.valueOf(2), null));
    assertThat(lines.get(1).progress().actual().formula())
        .isEqualTo("count of completed activities of type STUDY_TOUR in content area 1 = 1");
    assertThat(lines.get(2).progress().actual().reported()).isTrue();
    assertThat(lines.get(0).progress().actual().rule()).isNull();
    assertThat(report.indicators()).isEqualTo(lines);
    assertThat(report.lines().get(0).indicators()).isEqualTo(lines);
  }

  @Test
  void theEvidenceOfAnObservedIndicatorIsRefused() {
    Result result = officials();

    assertThat(
            rule(
                    () -> system.results().evidence(indicator(result), period(result)),
                    RuleCode.INDICATOR_NOT_DERIVED)
                .getMessage())
        .isEqualTo(
            "indicator.not-derived: indicator "
                + indicator(result)
                + " has no rule: its actuals come from its observations");
    PeriodId unknown =
        new PeriodId(java.util.UUID.fromString("00000000-0000-7000-8000-0000000000fd"));
    IndicatorId derived = indicator(tours());
    assertThatThrownBy(() -> system.results().evidence(derived, unknown))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("period"));
    assertThatThrownBy(() -> system.results().actual(derived, unknown, Map.of()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("period"));
    assertThatThrownBy(() -> system.results().progress(derived, unknown))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("period"));
    violation(
        () -> system.results().evidence(null, period(result)), "indicator", Violation.REQUIRED);
    violation(
        () -> system.results().evidence(indicator(result), null), "period", Violation.REQUIRED);
    assertThatThrownBy(() -> as(stranger).results().evidence(indicator(result), period(result)))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("indicator"));
  }

  @Test
  void aDerivedIndicatorTakesNoReportAndNothingIsStored() {
    Result result = tours();
    int records = storage.records();
    int commits = storage.commits();

    assertThat(
            rule(
                    () ->
                        system
                            .results()
                            .report(
                                ReportObservation.of(
                                    indicator(result),
                                    period(result),
                                    Value.quantity(3),
                                    LocalDate.of(2019, 5, 1))),
                    RuleCode.INDICATOR_DERIVED)
                .getMessage())
        .contains("is derived from the plan's records by its rule");
    assertThat(storage.records()).isEqualTo(records);
    assertThat(storage.commits()).isEqualTo(commits);
    assertThat(system.results().observationsOf(indicator(result))).isEmpty();
  }

  @Test
  void aDerivedActualHasNoBreakdown() {
    Result result = tours();

    assertThat(
            Expect.invalidInput(
                    () ->
                        system
                            .results()
                            .actual(indicator(result), period(result), Map.of("sex", "female")))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "breakdown",
                Violation.OUT_OF_RANGE,
                "indicator " + indicator(result) + " is derived: it has no breakdowns"));
  }

  @Test
  void theStoreCountsEachDerivedIndicatorOnceForAllItsPeriods() {
    Result derived = tours();
    officials();
    Result empty =
        system.results().define(DefineResult.of(plan, 2, ResultType.OUTPUT, en("Nothing yet")));
    system
        .results()
        .defineIndicator(
            DefineIndicator.of(empty.id(), en("Deals"), Measure.UNIT)
                .derivedBy(Rule.AgreedIntroductions.inAreas()));
    Spy spy = new Spy(storage, false);
    Services spied = Services.create(spy, clock, ids, Actor.APPLICATION, true);

    List<IndicatorProgress> lines = spied.results().progressOf(plan);

    assertThat(lines).hasSize(3);
    assertThat(spy.derived).containsExactly(List.of(period(derived), secondPeriod(derived)));
  }

  @Test
  void aStoreThatLeavesAPeriodOutBreaksItsContract() {
    Result result = tours();
    Services forgetful =
        Services.create(new Spy(storage, true), clock, ids, Actor.APPLICATION, true);
    String message = "the store did not count period " + period(result);

    assertThatThrownBy(
            () -> forgetful.results().actual(indicator(result), period(result), Map.of()))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> forgetful.results().progress(indicator(result), period(result)))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> forgetful.results().progressOf(plan))
        .isExactlyInstanceOf(StorageException.class)
        .hasMessage(message);
    assertThat(forgetful.results().evidence(indicator(result), period(result))).isEmpty();
  }

  @Test
  void theEvidenceRefusesMissingArgumentsBeforeTheStoreIsOpened() {
    Result result = tours();
    Spy spy = new Spy(storage, false);
    ResultUseCases results = Services.create(spy, clock, ids, Actor.APPLICATION, true).results();

    violation(() -> results.evidence(null, period(result)), "indicator", Violation.REQUIRED);
    violation(() -> results.evidence(indicator(result), null), "period", Violation.REQUIRED);
    violation(
        () -> results.actual(indicator(result), null, Map.of()), "period", Violation.REQUIRED);
    violation(() -> results.progress(indicator(result), null), "period", Violation.REQUIRED);

    assertThat(spy.opened).isZero();
    assertThat(results.evidence(indicator(result), period(result))).isEmpty();
    assertThat(spy.opened).isEqualTo(1);
  }

  /**
   * A store over another that counts the units of work opened and lists the periods each derive was
   * asked for, and, if forgetful, answers none of them.
   */
  private static final class Spy implements Storage {
    private final Storage delegate;
    private final boolean forgetful;
    private final List<List<PeriodId>> derived = new java.util.ArrayList<>();
    private int opened;

    Spy(Storage delegate, boolean forgetful) {
      this.delegate = delegate;
      this.forgetful = forgetful;
    }

    @Override
    public <T> T inTransaction(UnitOfWork<T> work) {
      opened++;
      return delegate.inTransaction(r -> work.run(repositories(r)));
    }

    @Override
    public <T> T readOnly(UnitOfWork<T> work) {
      opened++;
      return delegate.readOnly(r -> work.run(repositories(r)));
    }

    @Override
    public void close() {
      delegate.close();
    }

    private Repositories repositories(Repositories r) {
      ResultRepository results = results(r.results());
      return new Repositories() {
        @Override
        public OrganisationRepository organisations() {
          return r.organisations();
        }

        @Override
        public PersonRepository people() {
          return r.people();
        }

        @Override
        public PlanRepository plans() {
          return r.plans();
        }

        @Override
        public ActivityRepository activities() {
          return r.activities();
        }

        @Override
        public HistoryRepository history() {
          return r.history();
        }

        @Override
        public AccessRepository access() {
          return r.access();
        }

        @Override
        public MarketRepository market() {
          return r.market();
        }

        @Override
        public NetworkRepository network() {
          return r.network();
        }

        @Override
        public ResultRepository results() {
          return results;
        }
      };
    }

    private ResultRepository results(ResultRepository d) {
      return new ResultRepository() {
        @Override
        public Optional<Result> findResult(ResultId id) {
          return d.findResult(id);
        }

        @Override
        public Optional<Result> findResultOf(IndicatorId indicator) {
          return d.findResultOf(indicator);
        }

        @Override
        public List<Result> resultsOf(PlanId plan) {
          return d.resultsOf(plan);
        }

        @Override
        public Result insertResult(Result result) {
          return d.insertResult(result);
        }

        @Override
        public Result updateResult(Result result) {
          return d.updateResult(result);
        }

        @Override
        public Optional<Observation> findObservation(ObservationId id) {
          return d.findObservation(id);
        }

        @Override
        public Observation insertObservation(Observation observation) {
          return d.insertObservation(observation);
        }

        @Override
        public Observation updateObservation(Observation observation) {
          return d.updateObservation(observation);
        }

        @Override
        public List<Observation> observationsOf(IndicatorId indicator) {
          return d.observationsOf(indicator);
        }

        @Override
        public List<Observation> observationsOfPlan(PlanId plan) {
          return d.observationsOfPlan(plan);
        }

        @Override
        public Map<PeriodId, Long> derive(PlanId plan, Rule rule, List<Period> periods) {
          derived.add(periods.stream().map(Period::id).toList());
          return forgetful ? Map.of() : d.derive(plan, rule, periods);
        }

        @Override
        public List<Evidence> evidence(PlanId plan, Rule rule, LocalDate from, LocalDate to) {
          return d.evidence(plan, rule, from, to);
        }
      };
    }
  }
}

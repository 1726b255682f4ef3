package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.AddPeriod;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.DefineIndicator;
import io.github.coplan.application.DefineResult;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.ReportObservation;
import io.github.coplan.application.ResultUseCases;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.market.AgreementKind;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.IntroductionStage;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Actual;
import io.github.coplan.domain.result.Evidence;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.IndicatorProgress;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Progress;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultType;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Derived indicators on a store: the counts of each {@link Rule} in periods, computed in the store,
 * and their {@link Evidence}, which must name exactly the records a reader can check by hand. The
 * fixture is one plan with two content areas, a second plan whose records must never count, four
 * people of three countries, six activities of the plan (completed, scheduled, cancelled; days
 * given to the day and to the quarter; a day on the edge of a period; one person attending twice in
 * one activity) and five introductions.
 *
 * <p>Then, through the use cases: a derived indicator defined, stored with its rule and read back;
 * its actual and progress with the formula that names the rule; the plan's progress lines; a change
 * of the records changing the count at once; and what is refused (an observation of a derived
 * indicator, the evidence of an observed one, a breakdown of a derived one, a derived indicator of
 * a measure other than unit, a missing argument), each changing nothing.
 *
 * @since 0.5.0
 */
public abstract class DerivedContract extends StorageContract {

  private static final LocalDate JAN_2019 = LocalDate.of(2019, 1, 1);
  private static final LocalDate DEC_2019 = LocalDate.of(2019, 12, 31);
  private static final LocalDate JAN_2020 = LocalDate.of(2020, 1, 1);
  private static final LocalDate DEC_2020 = LocalDate.of(2020, 12, 31);

  private PlanId plan;
  private PlanId otherPlan;
  private PersonId vn1;
  private PersonId vn2;
  private PersonId vn3;
  private PersonId il1;
  private PersonId sg1;

  /** A completed study tour of area 1, started 4 March 2019. */
  private ActivityId tour2019;

  /** A scheduled study tour of area 1, planned for 2019-Q4: it counts on 1 October 2019. */
  private ActivityId tourQ4;

  /** A completed training course of area 2, started 12 May 2020. */
  private ActivityId training2020;

  /** A completed study tour of area 2, started 15 January 2020. */
  private ActivityId tour2020;

  /** A completed study tour of area 1, started 31 December 2018, the day before the period. */
  private ActivityId tour2018;

  private IntroductionId agreedArea1;
  private IntroductionId agreedArea2;
  private IntroductionId agreedNoArea;

  private Period y2019;
  private Period y2020;

  /** For subclasses. */
  protected DerivedContract() {}

  /** The plans, people, activities and introductions every test counts over. */
  @BeforeEach
  protected void recordThePlan() {
    plan = draftPlanWithTwoAreas("HCMC-IL-DERIVED");
    otherPlan = draftPlanWithTwoAreas("HCMC-IL-ELSEWHERE");
    vn1 = person("Nguyễn Văn An", CountryCode.VN);
    vn2 = person("Trần Thị Bình", CountryCode.VN);
    vn3 = person("Lê Minh Châu", CountryCode.VN);
    il1 = person("Noa Levi", CountryCode.IL);
    sg1 = person("Tan Wei Ling", CountryCode.of("SG"));

    tour2019 = propose(plan, 1, ActivityType.STUDY_TOUR, "2019-03-04/2019-03-10");
    attend(tour2019, vn1, ParticipationRole.DELEGATE);
    attend(tour2019, vn2, ParticipationRole.DELEGATE);
    attend(tour2019, il1, ParticipationRole.HOST);
    join(tour2019, vn3, ParticipationRole.DELEGATE, ParticipationStatus.INVITED);
    complete(tour2019, "2019-03-04", "2019-03-10");

    tourQ4 = propose(plan, 1, ActivityType.STUDY_TOUR, "2019-Q4");
    attend(tourQ4, vn1, ParticipationRole.DELEGATE);

    training2020 = propose(plan, 2, ActivityType.TRAINING_COURSE, "2020-05");
    attend(training2020, vn2, ParticipationRole.ATTENDEE);
    attend(training2020, vn2, ParticipationRole.SPEAKER);
    complete(training2020, "2020-05-12", "2020-05-14");

    tour2020 = propose(plan, 2, ActivityType.STUDY_TOUR, "2020-01");
    attend(tour2020, vn3, ParticipationRole.DELEGATE);
    attend(tour2020, sg1, ParticipationRole.DELEGATE);
    complete(tour2020, "2020-01-15", "2020-01-20");

    ActivityId cancelled = propose(plan, 1, ActivityType.WORKSHOP, "2019-06");
    coplan().activities().changeStatus(ChangeActivityStatus.cancel(cancelled, "no venue"));

    tour2018 = propose(plan, 1, ActivityType.STUDY_TOUR, "2018-12");
    attend(tour2018, vn1, ParticipationRole.DELEGATE);
    complete(tour2018, "2018-12-31", "2019-01-05");

    ActivityId elsewhere = propose(otherPlan, 1, ActivityType.STUDY_TOUR, "2019-05");
    attend(elsewhere, vn1, ParticipationRole.DELEGATE);
    complete(elsewhere, "2019-05-02", "2019-05-06");

    agreedArea1 = introduction(plan, 1, LocalDate.of(2019, 7, 1));
    agreedArea2 = introduction(plan, 2, LocalDate.of(2020, 2, 2));
    agreedNoArea = introduction(plan, null, DEC_2019);
    introduction(plan, 1, null);
    introduction(otherPlan, 1, LocalDate.of(2019, 5, 5));

    y2019 =
        new Period(
            new PeriodId(nextId()), PartialDate.ofYear(2019), PartialDate.ofYear(2019), null);
    y2020 =
        new Period(
            new PeriodId(nextId()), PartialDate.ofYear(2020), PartialDate.ofYear(2020), null);
  }

  // ---- the store: counts and evidence --------------------------------------------------------

  /** Completed study tours: the scheduled one, the one of 2018 and the other plan's never count. */
  @Test
  void completedActivitiesOfATypeCountOnTheirActualStart() {
    Rule rule = Rule.CompletedActivities.ofTypes(ActivityType.STUDY_TOUR);

    assertThat(derive(rule)).containsExactly(Map.entry(y2019.id(), 1L), Map.entry(y2020.id(), 1L));
    assertThat(evidence(rule, JAN_2019, DEC_2020))
        .containsExactly(
            Evidence.activity(tour2019, LocalDate.of(2019, 3, 4)),
            Evidence.activity(tour2020, LocalDate.of(2020, 1, 15)));
    assertThat(evidence(rule, LocalDate.of(2018, 12, 31), LocalDate.of(2018, 12, 31)))
        .containsExactly(Evidence.activity(tour2018, LocalDate.of(2018, 12, 31)));
  }

  /** Any type in content area 2: the training course and the tour of 2020. */
  @Test
  void completedActivitiesOfAContentAreaCountEveryType() {
    Rule rule = new Rule.CompletedActivities(Set.of(), Set.of(2));

    assertThat(derive(rule)).containsExactly(Map.entry(y2019.id(), 0L), Map.entry(y2020.id(), 2L));
    assertThat(evidence(rule, JAN_2020, DEC_2020))
        .containsExactly(
            Evidence.activity(tour2020, LocalDate.of(2020, 1, 15)),
            Evidence.activity(training2020, LocalDate.of(2020, 5, 12)));
  }

  /**
   * Vietnamese delegates on study tours: in 2019, An twice (the March tour and the Q4 tour, which
   * counts on 1 October although not yet held) and Bình once make two people from three pieces of
   * evidence; the invited Châu did not attend in 2019; the Israeli host is no delegate.
   */
  @Test
  void attendeesCountDistinctPeopleOfARoleAndCountry() {
    Rule rule =
        Rule.Attendees.ofTypes(ActivityType.STUDY_TOUR)
            .withRoles(ParticipationRole.DELEGATE)
            .from(CountryCode.VN);

    assertThat(derive(rule)).containsExactly(Map.entry(y2019.id(), 2L), Map.entry(y2020.id(), 1L));
    List<Evidence> march = new ArrayList<>();
    march.add(Evidence.attendance(tour2019, vn1, LocalDate.of(2019, 3, 4)));
    march.add(Evidence.attendance(tour2019, vn2, LocalDate.of(2019, 3, 4)));
    march.sort(Comparator.comparing(e -> String.valueOf(e.person())));
    List<Evidence> expected = new ArrayList<>(march);
    expected.add(Evidence.attendance(tourQ4, vn1, LocalDate.of(2019, 10, 1)));
    assertThat(evidence(rule, JAN_2019, DEC_2019)).containsExactlyElementsOf(expected);
    assertThat(evidence(rule, JAN_2020, DEC_2020))
        .containsExactly(Evidence.attendance(tour2020, vn3, LocalDate.of(2020, 1, 15)));
  }

  /**
   * Everyone who attended anything: Bình attended the training course twice (two roles) and is one
   * piece of evidence; the Singaporean delegate counts without a country given.
   */
  @Test
  void attendeesWithoutLimitsCountEveryPersonOnceAPeriod() {
    Rule rule = new Rule.Attendees(Set.of(), Set.of(), Set.of(), Set.of());

    assertThat(derive(rule)).containsExactly(Map.entry(y2019.id(), 3L), Map.entry(y2020.id(), 3L));
    List<Evidence> may = evidence(rule, LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 31));
    assertThat(may)
        .containsExactly(Evidence.attendance(training2020, vn2, LocalDate.of(2020, 5, 12)));
    List<Evidence> year = evidence(rule, JAN_2020, DEC_2020);
    assertThat(year).hasSize(3);
    assertThat(year.stream().map(Evidence::person).distinct())
        .containsExactlyInAnyOrder(vn2, vn3, sg1);
    assertThat(year).isSortedAccordingTo(Evidence.ORDER);
  }

  /** Agreed introductions: the one without a content area counts only for the whole plan. */
  @Test
  void agreedIntroductionsCountOnTheDayOfTheAgreement() {
    Rule any = new Rule.AgreedIntroductions(Set.of());
    Rule area1 = Rule.AgreedIntroductions.inAreas(1);

    assertThat(derive(any)).containsExactly(Map.entry(y2019.id(), 2L), Map.entry(y2020.id(), 1L));
    assertThat(derive(area1)).containsExactly(Map.entry(y2019.id(), 1L), Map.entry(y2020.id(), 0L));
    assertThat(evidence(any, JAN_2019, DEC_2020))
        .containsExactly(
            Evidence.agreement(agreedArea1, LocalDate.of(2019, 7, 1)),
            Evidence.agreement(agreedNoArea, DEC_2019),
            Evidence.agreement(agreedArea2, LocalDate.of(2020, 2, 2)));
  }

  /**
   * Periods of a quarter and a month count only their own days; a day before every record, none.
   */
  @Test
  void everyPeriodGivenIsCountedEvenWhenNothingFallsInIt() {
    Rule rule = Rule.CompletedActivities.ofTypes(ActivityType.STUDY_TOUR);
    Period q1 = period(PartialDate.ofQuarter(2019, 1));
    Period march = period(PartialDate.ofMonth(2019, 3));
    Period early = period(PartialDate.ofYear(2001));
    Period lastDay = period(PartialDate.ofDay(LocalDate.of(2018, 12, 31)));

    Map<PeriodId, Long> counts =
        read(r -> r.results().derive(plan, rule, List.of(q1, march, early, lastDay)));

    assertThat(counts)
        .containsOnly(
            Map.entry(q1.id(), 1L),
            Map.entry(march.id(), 1L),
            Map.entry(early.id(), 0L),
            Map.entry(lastDay.id(), 1L));
    Map<PeriodId, Long> none = read(r -> r.results().derive(plan, rule, List.of()));
    assertThat(none).isEmpty();
    assertThat(evidence(rule, DEC_2020, JAN_2019)).isEmpty();
  }

  /**
   * The derived indicators of a plan counted together give exactly what each rule counts alone:
   * completed activities and agreed introductions (which stores count by group for all rules at
   * once), attendees (one rule shared by two indicators, one person counted once), periods of the
   * same span in several indicators, a quarter of a year another indicator counts, and an indicator
   * with no period.
   */
  @Test
  void derivedIndicatorsCountedTogetherCountAsEachAlone() {
    Rule tours = Rule.CompletedActivities.ofTypes(ActivityType.STUDY_TOUR);
    Rule area2 = Rule.CompletedActivities.ofTypes().inAreas(2);
    Rule vietnamese = Rule.Attendees.ofTypes().from(CountryCode.VN);
    Rule anyAgreement = Rule.AgreedIntroductions.inAreas();
    Rule area1Agreement = Rule.AgreedIntroductions.inAreas(1);
    Period q1 = period(PartialDate.ofQuarter(2020, 1));
    Period y2020Again =
        new Period(
            new PeriodId(nextId()), PartialDate.ofYear(2020), PartialDate.ofYear(2020), null);
    Period march = period(PartialDate.ofMonth(2019, 3));
    Indicator toursByYear = derived(tours, y2019, y2020);
    Indicator area2InQ1 = derived(area2, q1);
    Indicator area2In2020 = derived(area2, y2020Again);
    Indicator vietnameseByYear = derived(vietnamese, y2019, y2020);
    Indicator vietnameseInMarch = derived(vietnamese, march);
    Indicator agreementsByYear = derived(anyAgreement, y2019, y2020);
    Indicator area1Agreements = derived(area1Agreement, y2019, y2020);
    Indicator noPeriod = derived(tours);
    List<Indicator> all =
        List.of(
            toursByYear,
            area2InQ1,
            area2In2020,
            vietnameseByYear,
            vietnameseInMarch,
            agreementsByYear,
            area1Agreements,
            noPeriod);

    Map<IndicatorId, Map<PeriodId, Long>> counts = read(r -> r.results().deriveAll(plan, all));

    assertThat(counts)
        .containsExactly(
            Map.entry(toursByYear.id(), Map.of(y2019.id(), 1L, y2020.id(), 1L)),
            Map.entry(area2InQ1.id(), Map.of(q1.id(), 1L)),
            Map.entry(area2In2020.id(), Map.of(y2020Again.id(), 2L)),
            Map.entry(vietnameseByYear.id(), Map.of(y2019.id(), 2L, y2020.id(), 2L)),
            Map.entry(vietnameseInMarch.id(), Map.of(march.id(), 2L)),
            Map.entry(agreementsByYear.id(), Map.of(y2019.id(), 2L, y2020.id(), 1L)),
            Map.entry(area1Agreements.id(), Map.of(y2019.id(), 1L, y2020.id(), 0L)),
            Map.entry(noPeriod.id(), Map.of()));
    assertThat(counts.getOrDefault(toursByYear.id(), Map.of()).keySet())
        .containsExactly(y2019.id(), y2020.id());
    for (Indicator indicator : all) {
      Rule rule = Objects.requireNonNull(indicator.rule());
      assertThat(counts.get(indicator.id()))
          .isEqualTo(read(r -> r.results().derive(plan, rule, indicator.periods())));
    }
    Map<IndicatorId, Map<PeriodId, Long>> none = read(r -> r.results().deriveAll(plan, List.of()));
    assertThat(none).isEmpty();
    Map<IndicatorId, Map<PeriodId, Long>> elsewhere =
        read(r -> r.results().deriveAll(otherPlan, List.of(toursByYear)));
    assertThat(elsewhere)
        .containsExactly(Map.entry(toursByYear.id(), Map.of(y2019.id(), 1L, y2020.id(), 0L)));
  }

  /**
   * Counting derived indicators together needs a plan, a list, no null indicator and a rule on each
   * indicator; a refusal changes nothing.
   */
  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void derivedIndicatorsCountedTogetherRefuseBadInput() {
    Indicator tours = derived(Rule.CompletedActivities.ofTypes(), y2019);
    Indicator observed =
        Indicator.of(new IndicatorId(nextId()), en("Observed"), Measure.UNIT).withPeriod(y2019);
    Map<String, Object> before = snapshot();

    assertViolations(
        thrown(
            InvalidInputException.class,
            () -> read(r -> r.results().deriveAll(null, List.of(tours)))),
        "plan:" + Violation.REQUIRED);
    assertViolations(
        thrown(InvalidInputException.class, () -> read(r -> r.results().deriveAll(plan, null))),
        "indicators:" + Violation.REQUIRED);
    assertViolations(
        thrown(
            InvalidInputException.class,
            () -> read(r -> r.results().deriveAll(plan, Arrays.asList(tours, null)))),
        "indicators[1]:" + Violation.REQUIRED);
    RuleViolationException notDerived =
        thrown(
            RuleViolationException.class,
            () -> read(r -> r.results().deriveAll(plan, List.of(tours, observed))));
    assertThat(notDerived.code()).isEqualTo(RuleCode.INDICATOR_NOT_DERIVED.code());
    assertThat(snapshot()).isEqualTo(before);
  }

  /** Every argument is required; a refusal changes nothing. */
  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void missingArgumentsAreRefused() {
    Rule rule = new Rule.AgreedIntroductions(Set.of());
    List<Period> periods = List.of(y2019);
    Map<String, Object> before = snapshot();

    assertViolations(
        thrown(
            InvalidInputException.class, () -> read(r -> r.results().derive(null, rule, periods))),
        "plan:" + Violation.REQUIRED);
    assertViolations(
        thrown(
            InvalidInputException.class, () -> read(r -> r.results().derive(plan, null, periods))),
        "rule:" + Violation.REQUIRED);
    assertViolations(
        thrown(InvalidInputException.class, () -> read(r -> r.results().derive(plan, rule, null))),
        "periods:" + Violation.REQUIRED);
    assertViolations(
        thrown(
            InvalidInputException.class,
            () -> read(r -> r.results().evidence(plan, rule, null, DEC_2019))),
        "from:" + Violation.REQUIRED);
    assertViolations(
        thrown(
            InvalidInputException.class,
            () -> read(r -> r.results().evidence(plan, rule, JAN_2019, null))),
        "to:" + Violation.REQUIRED);
    assertThat(snapshot()).isEqualTo(before);
  }

  // ---- through the use cases -----------------------------------------------------------------

  /**
   * Officials who attended study tours, derived, with a 2019 target of 4: two attended, so 50 %,
   * with the formula naming the rule; the rule survives the store; the plan's lines say the same.
   */
  @Test
  void aDerivedIndicatorShowsItsCountAndProgress() {
    Rule rule =
        Rule.Attendees.ofTypes(ActivityType.STUDY_TOUR)
            .withRoles(ParticipationRole.DELEGATE)
            .from(CountryCode.VN);
    IndicatorId id = derivedIndicator(rule, Value.quantity(4));
    PeriodId period = stored(id).periods().get(0).id();

    assertThat(read(r -> r.results().findResultOf(id)).orElseThrow().indicator(id).rule())
        .isEqualTo(rule);
    Progress progress = results().progress(id, period);
    assertThat(progress.value()).isEqualByComparingTo("0.5");
    assertThat(progress.percent()).isEqualByComparingTo("50.0");
    Actual actual = progress.actual();
    assertThat(actual.value()).isEqualByComparingTo("2");
    assertThat(actual.reported()).isTrue();
    assertThat(actual.rule()).isEqualTo(rule);
    assertThat(actual.formula())
        .isEqualTo(
            "count of distinct people who attended activities of type STUDY_TOUR as DELEGATE"
                + " from VN = 2");
    assertThat(results().actual(id, period, Map.of())).isEqualTo(actual);
    assertThat(results().evidence(id, period))
        .extracting(Evidence::person)
        .containsExactlyInAnyOrder(vn1, vn2, vn1);

    List<IndicatorProgress> lines = results().progressOf(plan);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).progress()).isEqualTo(progress);
  }

  /** A count is read now: completing the scheduled Q4 tour moves 2019's count from 1 to 2. */
  @Test
  void aChangeOfTheRecordsChangesTheCountAtOnce() {
    IndicatorId id =
        derivedIndicator(Rule.CompletedActivities.ofTypes(ActivityType.STUDY_TOUR), null);
    PeriodId period = stored(id).periods().get(0).id();
    assertThat(results().actual(id, period, Map.of()).value()).isEqualByComparingTo("1");
    assertThat(results().progress(id, period).reason()).isNotNull();

    coplan().activities().changeStatus(ChangeActivityStatus.plan(tourQ4));
    coplan().activities().changeStatus(ChangeActivityStatus.schedule(tourQ4));
    coplan()
        .activities()
        .changeStatus(
            ChangeActivityStatus.complete(
                tourQ4, PartialDate.parse("2019-10-20"), PartialDate.parse("2019-10-27")));

    assertThat(results().actual(id, period, Map.of()).value()).isEqualByComparingTo("2");
    assertThat(results().evidence(id, period))
        .containsExactly(
            Evidence.activity(tour2019, LocalDate.of(2019, 3, 4)),
            Evidence.activity(tourQ4, LocalDate.of(2019, 10, 20)));
  }

  /** What a derived indicator refuses, and what an observed one refuses; nothing changes. */
  @Test
  void derivedAndObservedIndicatorsRefuseWhatTheOtherTakes() {
    IndicatorId derived =
        derivedIndicator(new Rule.AgreedIntroductions(Set.of()), Value.quantity(3));
    PeriodId period = stored(derived).periods().get(0).id();
    Result result = coplan().results().resultsOf(plan).get(0);
    IndicatorId observed =
        results()
            .defineIndicator(DefineIndicator.of(result.id(), en("Policies adopted"), Measure.UNIT))
            .indicators()
            .get(1)
            .id();
    PeriodId observedPeriod =
        results()
            .addPeriod(
                new AddPeriod(observed, PartialDate.ofYear(2019), PartialDate.ofYear(2019), null))
            .indicator(observed)
            .periods()
            .get(0)
            .id();
    Map<String, Object> before = snapshot();

    assertRuleRefused(
        RuleCode.INDICATOR_DERIVED,
        () -> results().report(ReportObservation.of(derived, period, Value.quantity(1), DEC_2019)));
    assertRuleRefused(
        RuleCode.INDICATOR_NOT_DERIVED, () -> results().evidence(observed, observedPeriod));
    assertViolations(
        thrown(
            InvalidInputException.class,
            () -> results().actual(derived, period, Map.of("sex", "female"))),
        "breakdown:" + Violation.OUT_OF_RANGE);
    assertViolations(
        thrown(
            InvalidInputException.class,
            () ->
                results()
                    .defineIndicator(
                        DefineIndicator.of(result.id(), en("Share agreed"), Measure.PERCENTAGE)
                            .derivedBy(new Rule.AgreedIntroductions(Set.of())))),
        "rule:" + Violation.OUT_OF_RANGE,
        "rule:" + Violation.OUT_OF_RANGE);
    assertThat(snapshot()).isEqualTo(before);
  }

  // ---- fixtures ------------------------------------------------------------------------------

  private ResultUseCases results() {
    return coplan().results();
  }

  private PersonId person(String name, CountryCode country) {
    return coplan()
        .people()
        .register(new RegisterPerson(PersonProfile.of(name, country), List.of()))
        .id();
  }

  private ActivityId propose(PlanId in, int area, ActivityType type, String planned) {
    return coplan()
        .activities()
        .propose(new ProposeActivity(in, details(area, type, en(type + " " + planned), planned)))
        .id();
  }

  private void attend(ActivityId activity, PersonId person, ParticipationRole role) {
    join(activity, person, role, ParticipationStatus.ATTENDED);
  }

  private void join(
      ActivityId activity, PersonId person, ParticipationRole role, ParticipationStatus status) {
    coplan()
        .activities()
        .addParticipant(new AddParticipant(activity, Participant.of(person), role, status));
  }

  private void complete(ActivityId activity, String start, String end) {
    coplan().activities().changeStatus(ChangeActivityStatus.plan(activity));
    coplan().activities().changeStatus(ChangeActivityStatus.schedule(activity));
    coplan()
        .activities()
        .changeStatus(
            ChangeActivityStatus.complete(
                activity, PartialDate.parse(start), PartialDate.parse(end)));
  }

  /** An introduction between two fresh profile ids, agreed on a day, or only suggested. */
  private IntroductionId introduction(
      PlanId in, @Nullable Integer area, @Nullable LocalDate agreedOn) {
    IntroductionId id = new IntroductionId(nextId());
    Introduction introduction =
        Introduction.ForAdapters.restore(
            id,
            new ProfileId(nextId()),
            new ProfileId(nextId()),
            in,
            area,
            agreedOn == null ? IntroductionStage.SUGGESTED : IntroductionStage.AGREEMENT,
            LocalDate.of(2019, 1, 2),
            Map.of(),
            null,
            null,
            agreedOn == null ? null : AgreementKind.LICENCE,
            null,
            agreedOn,
            null,
            null,
            null,
            0);
    write(r -> r.market().insertIntroduction(introduction));
    return id;
  }

  private Period period(PartialDate both) {
    return new Period(new PeriodId(nextId()), both, both, null);
  }

  /** A derived indicator, not stored, of a rule and periods. */
  private Indicator derived(Rule rule, Period... periods) {
    Indicator indicator =
        Indicator.of(new IndicatorId(nextId()), en("Derived"), Measure.UNIT).derivedBy(rule);
    for (Period p : periods) {
      indicator = indicator.withPeriod(p);
    }
    return indicator;
  }

  private Map<PeriodId, Long> derive(Rule rule) {
    return read(r -> r.results().derive(plan, rule, List.of(y2019, y2020)));
  }

  private List<Evidence> evidence(Rule rule, LocalDate from, LocalDate to) {
    return read(r -> r.results().evidence(plan, rule, from, to));
  }

  /** A derived indicator of a plan-wide result, with one period, 2019, and a target or none. */
  private IndicatorId derivedIndicator(Rule rule, @Nullable Value target) {
    Result result =
        results().define(DefineResult.of(plan, null, ResultType.OUTPUT, en("Derived results")));
    Result defined =
        results()
            .defineIndicator(
                DefineIndicator.of(result.id(), en("Derived"), Measure.UNIT)
                    .withUnit("items")
                    .derivedBy(rule));
    IndicatorId id = defined.indicators().get(0).id();
    results()
        .addPeriod(new AddPeriod(id, PartialDate.ofYear(2019), PartialDate.ofYear(2019), target));
    return id;
  }

  private Indicator stored(IndicatorId id) {
    return read(r -> r.results().findResultOf(id)).orElseThrow().indicator(id);
  }
}

package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.result.Aggregation;
import io.github.coplan.domain.result.Baseline;
import io.github.coplan.domain.result.Dimension;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.domain.result.ResultType;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.port.storage.UnitOfWork;
import io.github.coplan.testing.SequentialIds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResultCommandsTest {

  private static final PlanId PLAN = PlanId.of("00000000-0000-7000-8000-000000000001");
  private static final ResultId RESULT =
      new ResultId(UUID.fromString("00000000-0000-7000-8000-000000000002"));
  private static final IndicatorId INDICATOR =
      new IndicatorId(UUID.fromString("00000000-0000-7000-8000-000000000003"));
  private static final PeriodId PERIOD =
      new PeriodId(UUID.fromString("00000000-0000-7000-8000-000000000004"));
  private static final ObservationId OBSERVATION =
      new ObservationId(UUID.fromString("00000000-0000-7000-8000-000000000005"));
  private static final LocalizedText TITLE = LocalizedText.of("en", "Officials trained");

  @Test
  void aResultNeedsAPlanATypeAndATitleAndAContentAreaFromOne() {
    violations(
        () -> new DefineResult(null, 0, null, null, null),
        tuple("plan", Violation.REQUIRED),
        tuple("type", Violation.REQUIRED),
        tuple("title", Violation.REQUIRED),
        tuple("contentArea", Violation.OUT_OF_RANGE));
    assertThat(DefineResult.of(PLAN, 1, ResultType.OUTPUT, TITLE).contentArea()).isEqualTo(1);
    assertThat(DefineResult.of(PLAN, null, ResultType.OUTPUT, TITLE).contentArea()).isNull();
    violation(
        () -> DefineResult.of(PLAN, 1, ResultType.OUTPUT, LocalizedText.of("en", "a\nb")),
        "title.en",
        Violation.CONTROL_CHARACTER);
    violation(
        () -> DefineResult.of(PLAN, -1, ResultType.OUTPUT, TITLE),
        "contentArea",
        Violation.OUT_OF_RANGE);
  }

  @Test
  void aResultsDescriptionIsCheckedAndKept() {
    DefineResult c =
        DefineResult.of(PLAN, 2, ResultType.IMPACT, TITLE)
            .describedAs(LocalizedText.of("vi", "Cán bộ được đào tạo"));

    assertThat(c)
        .isEqualTo(
            new DefineResult(
                PLAN, 2, ResultType.IMPACT, TITLE, LocalizedText.of("vi", "Cán bộ được đào tạo")));
    violation(
        () -> new DefineResult(PLAN, 2, ResultType.IMPACT, TITLE, LocalizedText.of("vi", "a\nb")),
        "description.vi",
        Violation.CONTROL_CHARACTER);
    violation(
        () -> DefineResult.of(PLAN, 2, ResultType.IMPACT, TITLE).describedAs(null),
        "description",
        Violation.REQUIRED);
  }

  @Test
  void anIndicatorsCommandKeepsEachPartItIsGiven() {
    Baseline baseline = Baseline.of(PartialDate.ofYear(2018), Value.quantity(18));
    Dimension sex = Dimension.of("sex", "female", "male");

    DefineIndicator c =
        DefineIndicator.of(RESULT, TITLE, Measure.UNIT)
            .withUnit("months")
            .descending()
            .aggregatedBy(Aggregation.LATEST)
            .withBaseline(baseline)
            .withDimension(sex);

    assertThat(c)
        .isEqualTo(
            new DefineIndicator(
                RESULT,
                TITLE,
                Measure.UNIT,
                "months",
                false,
                Aggregation.LATEST,
                baseline,
                List.of(sex)));
    assertThat(DefineIndicator.of(RESULT, TITLE, Measure.PERCENTAGE))
        .isEqualTo(
            new DefineIndicator(
                RESULT, TITLE, Measure.PERCENTAGE, null, true, null, null, List.of()));
    violations(
        () -> new DefineIndicator(null, null, null, null, true, null, null, null),
        tuple("result", Violation.REQUIRED),
        tuple("title", Violation.REQUIRED),
        tuple("measure", Violation.REQUIRED),
        tuple("dimensions", Violation.REQUIRED));
    violation(
        () ->
            new DefineIndicator(
                RESULT, TITLE, Measure.UNIT, null, true, null, null, Arrays.asList(sex, null)),
        "dimensions[1]",
        Violation.REQUIRED);
    violation(
        () -> DefineIndicator.of(RESULT, TITLE, Measure.UNIT).withUnit(null),
        "unit",
        Violation.REQUIRED);
    violation(
        () -> DefineIndicator.of(RESULT, TITLE, Measure.UNIT).aggregatedBy(null),
        "aggregation",
        Violation.REQUIRED);
    violation(
        () -> DefineIndicator.of(RESULT, TITLE, Measure.UNIT).withBaseline(null),
        "baseline",
        Violation.REQUIRED);
    violation(
        () -> DefineIndicator.of(RESULT, TITLE, Measure.UNIT).withDimension(null),
        "dimension",
        Violation.REQUIRED);
  }

  @Test
  void aDerivedIndicatorsCommandKeepsItsRuleThroughEveryWither() {
    Rule tours = Rule.CompletedActivities.ofTypes(ActivityType.STUDY_TOUR);
    Rule deals = Rule.AgreedIntroductions.inAreas(1);
    Baseline baseline = Baseline.of(PartialDate.ofYear(2018), Value.quantity(2));
    Dimension sex = Dimension.of("sex", "female", "male");

    DefineIndicator c =
        DefineIndicator.of(RESULT, TITLE, Measure.UNIT)
            .derivedBy(tours)
            .withUnit("tours")
            .descending()
            .aggregatedBy(Aggregation.SUM)
            .withBaseline(baseline)
            .withDimension(sex);

    assertThat(c)
        .isEqualTo(
            new DefineIndicator(
                RESULT,
                TITLE,
                Measure.UNIT,
                "tours",
                false,
                Aggregation.SUM,
                baseline,
                List.of(sex),
                tours));
    assertThat(c.derivedBy(deals).rule()).isEqualTo(deals);
    assertThat(c.derivedBy(deals).unit()).isEqualTo("tours");
    assertThat(DefineIndicator.of(RESULT, TITLE, Measure.UNIT).rule()).isNull();
    assertThat(
            new DefineIndicator(RESULT, TITLE, Measure.UNIT, null, true, null, null, List.of())
                .rule())
        .isNull();
    violation(
        () -> DefineIndicator.of(RESULT, TITLE, Measure.UNIT).derivedBy(null),
        "rule",
        Violation.REQUIRED);
  }

  @Test
  void theDimensionsOfAnIndicatorsCommandAreACopy() {
    List<Dimension> given = new ArrayList<>(List.of(Dimension.of("sex", "female")));
    DefineIndicator c =
        new DefineIndicator(RESULT, TITLE, Measure.UNIT, null, true, null, null, given);
    given.add(Dimension.of("country", "VN"));

    assertThat(c.dimensions()).containsExactly(Dimension.of("sex", "female"));
  }

  @Test
  void aPeriodNeedsItsIndicatorAndBothEnds() {
    violations(
        () -> new AddPeriod(null, null, null, null),
        tuple("indicator", Violation.REQUIRED),
        tuple("start", Violation.REQUIRED),
        tuple("end", Violation.REQUIRED));
    AddPeriod c =
        AddPeriod.of(INDICATOR, PartialDate.ofYear(2019), PartialDate.ofYear(2020))
            .withTarget(Value.quantity(60));
    assertThat(c)
        .isEqualTo(
            new AddPeriod(
                INDICATOR, PartialDate.ofYear(2019), PartialDate.ofYear(2020), Value.quantity(60)));
    violation(
        () ->
            AddPeriod.of(INDICATOR, PartialDate.ofYear(2019), PartialDate.ofYear(2019))
                .withTarget(null),
        "target",
        Violation.REQUIRED);
    violations(
        () -> new SetTarget(null, null, null),
        tuple("indicator", Violation.REQUIRED),
        tuple("period", Violation.REQUIRED));
    assertThat(new SetTarget(INDICATOR, PERIOD, null).target()).isNull();
  }

  @Test
  void aReportNeedsEachPartAndCollectsItsDimensionsByName() {
    violations(
        () -> new ReportObservation(null, null, null, null, null),
        tuple("indicator", Violation.REQUIRED),
        tuple("period", Violation.REQUIRED),
        tuple("value", Violation.REQUIRED),
        tuple("observedOn", Violation.REQUIRED),
        tuple("dimensions", Violation.REQUIRED));
    ReportObservation c =
        ReportObservation.of(INDICATOR, PERIOD, Value.quantity(4), LocalDate.of(2019, 5, 1))
            .brokenDownBy("sex", "female")
            .brokenDownBy("country", "VN");

    assertThat(c.dimensions())
        .containsExactly(Map.entry("country", "VN"), Map.entry("sex", "female"));
    assertThatThrownBy(() -> c.dimensions().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    violation(() -> c.brokenDownBy(null, "x"), "dimension", Violation.REQUIRED);
    violation(() -> c.brokenDownBy("x", null), "dimensionValue", Violation.REQUIRED);
  }

  @Test
  void eachReviewStepNamesItsObservation() {
    assertThat(ReviewObservation.submit(OBSERVATION))
        .isEqualTo(new ReviewObservation.Submit(OBSERVATION, null));
    assertThat(ReviewObservation.approve(OBSERVATION))
        .isEqualTo(new ReviewObservation.Approve(OBSERVATION, null));
    assertThat(ReviewObservation.unapprove(OBSERVATION))
        .isEqualTo(new ReviewObservation.Unapprove(OBSERVATION, null));
    assertThat(ReviewObservation.returnWith(OBSERVATION, "count again"))
        .isEqualTo(new ReviewObservation.Return(OBSERVATION, "count again", null));
    violation(() -> ReviewObservation.submit(null), "observation", Violation.REQUIRED);
    violation(() -> ReviewObservation.approve(null), "observation", Violation.REQUIRED);
    violation(() -> ReviewObservation.unapprove(null), "observation", Violation.REQUIRED);
    violations(
        () -> new ReviewObservation.Return(null, null, 3L),
        tuple("observation", Violation.REQUIRED),
        tuple("note", Violation.REQUIRED));
    violation(
        () -> ReviewObservation.returnWith(OBSERVATION, "two\nlines"),
        "note",
        Violation.CONTROL_CHARACTER);
  }

  @Test
  void aLineOfTheReportNeedsEachPart() {
    violations(
        () -> new ProgressReport.Line(null, null, null),
        tuple("area", Violation.REQUIRED),
        tuple("counts", Violation.REQUIRED),
        tuple("indicators", Violation.REQUIRED));
  }

  /** A store that refuses every unit of work: an argument's check must come before it. */
  private static final Storage UNREACHABLE =
      new Storage() {
        @Override
        public <T> T inTransaction(UnitOfWork<T> work) {
          throw new AssertionError("the store was reached");
        }

        @Override
        public <T> T readOnly(UnitOfWork<T> work) {
          throw new AssertionError("the store was reached");
        }

        @Override
        public void close() {}
      };

  @Test
  void missingArgumentsAreRefusedBeforeTheStoreIsReached() {
    ResultUseCases results =
        Services.create(
                UNREACHABLE, Clock.systemUTC(), new SequentialIds(), Actor.APPLICATION, true)
            .results();

    violation(() -> results.define(null), "command", Violation.REQUIRED);
    violation(() -> results.defineIndicator(null), "command", Violation.REQUIRED);
    violation(() -> results.addPeriod(null), "command", Violation.REQUIRED);
    violation(() -> results.setTarget(null), "command", Violation.REQUIRED);
    violation(() -> results.report(null), "command", Violation.REQUIRED);
    violation(() -> results.review(null), "command", Violation.REQUIRED);
    violation(() -> results.get(null), "id", Violation.REQUIRED);
    violation(() -> results.resultsOf(null), "plan", Violation.REQUIRED);
    violation(() -> results.observationsOf(null), "indicator", Violation.REQUIRED);
    violation(() -> results.actual(null, PERIOD, Map.of()), "indicator", Violation.REQUIRED);
    violation(() -> results.actual(INDICATOR, null, Map.of()), "period", Violation.REQUIRED);
    violation(() -> results.actual(INDICATOR, PERIOD, null), "breakdown", Violation.REQUIRED);
    violation(() -> results.progress(null, PERIOD), "indicator", Violation.REQUIRED);
    violation(() -> results.progress(INDICATOR, null), "period", Violation.REQUIRED);
    violation(() -> results.progressOf(null), "plan", Violation.REQUIRED);
    assertThatThrownBy(() -> results.get(RESULT)).isInstanceOf(AssertionError.class);
  }

  @Test
  void aReportWithoutIndicatorsIsAllowedButNotANullList() {
    assertThatThrownBy(
            () ->
                new ProgressReport(
                    null,
                    (PlanProgress) null,
                    null,
                    (List<io.github.coplan.domain.result.IndicatorProgress>) null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactly("plan", "progress", "indicators"));
  }
}

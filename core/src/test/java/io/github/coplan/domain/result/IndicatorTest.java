package io.github.coplan.domain.result;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An indicator: its defaults, its fluent changes, and the checks of its aggregation, baseline,
 * targets, dimensions and periods.
 */
class IndicatorTest {

  private static final IndicatorId ID =
      new IndicatorId(UUID.fromString("01890000-0000-7000-8000-000000000501"));
  private static final PeriodId P2019 =
      new PeriodId(UUID.fromString("01890000-0000-7000-8000-000000000601"));
  private static final PeriodId P2020 =
      new PeriodId(UUID.fromString("01890000-0000-7000-8000-000000000602"));
  private static final PeriodId P2021 =
      new PeriodId(UUID.fromString("01890000-0000-7000-8000-000000000603"));
  private static final LocalizedText TITLE = LocalizedText.of("en", "Officials trained");
  private static final Period Y2019 = year(P2019, 2019);
  private static final Period Y2020 = year(P2020, 2020);
  private static final Dimension SEX = Dimension.of("sex", "female", "male");
  private static final Dimension COUNTRY = Dimension.of("country", "VN", "IL");
  private static final Baseline BASELINE =
      Baseline.of(PartialDate.parse("2018"), Value.quantity(4));

  private static Period year(PeriodId id, int year) {
    return Period.of(id, PartialDate.ofYear(year), PartialDate.ofYear(year));
  }

  private static Indicator full() {
    return new Indicator(
        ID,
        TITLE,
        Measure.UNIT,
        "people",
        false,
        Aggregation.LATEST,
        BASELINE,
        List.of(SEX),
        List.of(Y2019.withTarget(Value.quantity(20))));
  }

  // ---- building --------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Measure.class)
  void ofMakesAnAscendingIndicatorWithTheMeasuresDefaultAggregationAndNothingElse(Measure m) {
    Indicator i = Indicator.of(ID, TITLE, m);

    assertThat(i.id()).isEqualTo(ID);
    assertThat(i.title()).isEqualTo(TITLE);
    assertThat(i.measure()).isEqualTo(m);
    assertThat(i.unit()).isNull();
    assertThat(i.ascending()).isTrue();
    assertThat(i.aggregation()).isEqualTo(m.defaultAggregation());
    assertThat(i.baseline()).isNull();
    assertThat(i.dimensions()).isEmpty();
    assertThat(i.periods()).isEmpty();
  }

  @Test
  void ofRefusesAMissingPart() {
    violation(() -> Indicator.of(ID, TITLE, null), "measure", Violation.REQUIRED);
    violation(() -> Indicator.of(null, TITLE, Measure.UNIT), "id", Violation.REQUIRED);
    violation(() -> Indicator.of(ID, null, Measure.UNIT), "title", Violation.REQUIRED);
  }

  @Test
  void everyWitherChangesOnePartAndKeepsEveryOther() {
    Indicator i = full();
    Period y2020 = Y2020.withTarget(Value.quantity(40));

    assertThat(i.withUnit("officials"))
        .isEqualTo(
            new Indicator(
                ID,
                TITLE,
                Measure.UNIT,
                "officials",
                false,
                Aggregation.LATEST,
                BASELINE,
                List.of(SEX),
                i.periods()));
    assertThat(Indicator.of(ID, TITLE, Measure.UNIT).descending())
        .isEqualTo(
            new Indicator(
                ID, TITLE, Measure.UNIT, null, false, Aggregation.SUM, null, List.of(), List.of()));
    assertThat(i.descending()).isEqualTo(i);
    assertThat(i.withAggregation(Aggregation.LATEST_PER_REPORTER))
        .isEqualTo(
            new Indicator(
                ID,
                TITLE,
                Measure.UNIT,
                "people",
                false,
                Aggregation.LATEST_PER_REPORTER,
                BASELINE,
                List.of(SEX),
                i.periods()));
    Baseline other = new Baseline(PartialDate.parse("2017"), Value.quantity(3), "survey");
    assertThat(i.withBaseline(other))
        .isEqualTo(
            new Indicator(
                ID,
                TITLE,
                Measure.UNIT,
                "people",
                false,
                Aggregation.LATEST,
                other,
                List.of(SEX),
                i.periods()));
    assertThat(i.withDimension(COUNTRY))
        .isEqualTo(
            new Indicator(
                ID,
                TITLE,
                Measure.UNIT,
                "people",
                false,
                Aggregation.LATEST,
                BASELINE,
                List.of(SEX, COUNTRY),
                i.periods()));
    assertThat(i.withPeriod(y2020))
        .isEqualTo(
            new Indicator(
                ID,
                TITLE,
                Measure.UNIT,
                "people",
                false,
                Aggregation.LATEST,
                BASELINE,
                List.of(SEX),
                List.of(Y2019.withTarget(Value.quantity(20)), y2020)));
    assertThat(i).isEqualTo(full());
  }

  @Test
  void theWithersRefuseAMissingArgument() {
    Indicator i = full();

    violation(() -> i.withUnit(null), "unit", Violation.REQUIRED);
    violation(() -> i.withAggregation(null), "aggregation", Violation.REQUIRED);
    violation(() -> i.withBaseline(null), "baseline", Violation.REQUIRED);
    violation(() -> i.withDimension(null), "dimension", Violation.REQUIRED);
    violation(() -> i.withPeriod(null), "period", Violation.REQUIRED);
  }

  @Test
  void theUnitIsATrimmedToken() {
    Indicator i = Indicator.of(ID, TITLE, Measure.UNIT);

    assertThat(i.withUnit("  people ").unit()).isEqualTo("people");
    assertThat(i.withUnit("x".repeat(100)).unit()).isEqualTo("x".repeat(100));
    violation(() -> i.withUnit(" "), "unit", Violation.BLANK);
    violation(() -> i.withUnit("x".repeat(101)), "unit", Violation.TOO_LONG);
  }

  @Test
  void theTitleIsOneLineInEveryLanguage() {
    violation(
        () -> Indicator.of(ID, LocalizedText.of("en", "one\ntwo"), Measure.UNIT),
        "title.en",
        Violation.CONTROL_CHARACTER);
    violation(
        () -> Indicator.of(ID, TITLE.with("vi", "x".repeat(501)), Measure.UNIT),
        "title.vi",
        Violation.TOO_LONG);
    assertThat(Indicator.of(ID, TITLE.with("vi", "x".repeat(500)), Measure.UNIT).title())
        .isEqualTo(TITLE.with("vi", "x".repeat(500)));
  }

  @Test
  void theListsAreCopies() {
    List<Dimension> dimensions = new ArrayList<>(List.of(SEX));
    List<Period> periods = new ArrayList<>(List.of(Y2019));
    Indicator i =
        new Indicator(
            ID, TITLE, Measure.UNIT, null, true, Aggregation.SUM, null, dimensions, periods);
    dimensions.add(COUNTRY);
    periods.add(Y2020);

    assertThat(i.dimensions()).containsExactly(SEX);
    assertThat(i.periods()).containsExactly(Y2019);
    assertThatThrownBy(() -> i.dimensions().add(COUNTRY))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> i.periods().add(Y2020))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // ---- aggregation -----------------------------------------------------------------------------

  @Test
  void everyAggregationTheMeasureAllowsIsAccepted() {
    for (Measure m : Measure.values()) {
      for (Aggregation a : m.aggregations()) {
        assertThat(Indicator.of(ID, TITLE, m).withAggregation(a).aggregation()).isEqualTo(a);
      }
    }
  }

  @Test
  void anAggregationTheMeasureDoesNotAllowIsOutOfRange() {
    assertThat(
            invalidInput(
                    () ->
                        Indicator.of(ID, TITLE, Measure.UNIT)
                            .withAggregation(Aggregation.RATIO_OF_SUMS))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "aggregation",
                Violation.OUT_OF_RANGE,
                "a UNIT indicator combines by [SUM, LATEST, LATEST_PER_REPORTER], not RATIO_OF_SUMS"));
    assertThat(
            invalidInput(
                    () ->
                        Indicator.of(ID, TITLE, Measure.PERCENTAGE)
                            .withAggregation(Aggregation.SUM))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "aggregation",
                Violation.OUT_OF_RANGE,
                "a PERCENTAGE indicator combines by [LATEST, RATIO_OF_SUMS], not SUM"));
    violation(
        () -> Indicator.of(ID, TITLE, Measure.ORDINAL).withAggregation(Aggregation.SUM),
        "aggregation",
        Violation.OUT_OF_RANGE);
    violation(
        () ->
            Indicator.of(ID, TITLE, Measure.QUALITATIVE)
                .withAggregation(Aggregation.LATEST_PER_REPORTER),
        "aggregation",
        Violation.OUT_OF_RANGE);
    violation(
        () -> Indicator.of(ID, TITLE, Measure.NOMINAL).withAggregation(Aggregation.RATIO_OF_SUMS),
        "aggregation",
        Violation.OUT_OF_RANGE);
  }

  // ---- baseline and targets --------------------------------------------------------------------

  @Test
  void aBaselineOrTargetOfTheMeasuresKindIsAccepted() {
    assertThat(
            Indicator.of(ID, TITLE, Measure.PERCENTAGE)
                .withBaseline(Baseline.of(PartialDate.parse("2018"), Value.quantity(20)))
                .withPeriod(Y2019.withTarget(Value.ratio(1, 2)))
                .withPeriod(Y2020.withTarget(Value.quantity(60)))
                .periods())
        .extracting(Period::target)
        .containsExactly(Value.ratio(1, 2), Value.quantity(60));
    assertThat(
            Indicator.of(ID, TITLE, Measure.ORDINAL)
                .withBaseline(Baseline.of(PartialDate.parse("2018"), Value.score("1")))
                .baseline()
                .value())
        .isEqualTo(Value.score("1"));
  }

  @Test
  void aBaselineOfAnotherKindIsOutOfRangeOnItsValue() {
    assertThat(baselineRefused(Measure.UNIT, Value.ratio(1, 2)))
        .isEqualTo("a UNIT indicator's baseline is not a ratio");
    assertThat(baselineRefused(Measure.PERCENTAGE, Value.score("3")))
        .isEqualTo("a PERCENTAGE indicator's baseline is not a score");
    assertThat(baselineRefused(Measure.ORDINAL, Value.quantity(3)))
        .isEqualTo("a ORDINAL indicator's baseline is not a quantity");
    assertThat(baselineRefused(Measure.NOMINAL, narrative()))
        .isEqualTo("a NOMINAL indicator's baseline is not a narrative");
    assertThat(baselineRefused(Measure.QUALITATIVE, Value.score("3")))
        .isEqualTo("a QUALITATIVE indicator's baseline is not a score");
  }

  private static String baselineRefused(Measure m, Value value) {
    Indicator i = Indicator.of(ID, TITLE, m);
    Baseline b = Baseline.of(PartialDate.parse("2018"), value);
    List<Violation> found = invalidInput(() -> i.withBaseline(b)).violations();
    assertThat(found)
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("baseline.value", Violation.OUT_OF_RANGE));
    return found.get(0).message();
  }

  @Test
  void aTargetOfAnotherKindIsOutOfRangeOnItsPeriod() {
    Indicator i = Indicator.of(ID, TITLE, Measure.QUALITATIVE).withPeriod(Y2019);

    assertThat(invalidInput(() -> i.withPeriod(Y2020.withTarget(Value.quantity(3)))).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "periods[1].target",
                Violation.OUT_OF_RANGE,
                "a QUALITATIVE indicator's target is not a quantity"));
    assertThat(
            invalidInput(
                    () ->
                        Indicator.of(ID, TITLE, Measure.UNIT)
                            .withPeriod(Y2019.withTarget(Value.ratio(1, 4))))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "periods[0].target",
                Violation.OUT_OF_RANGE,
                "a UNIT indicator's target is not a ratio"));
  }

  @Test
  void aQualitativeIndicatorTakesANarrativeTarget() {
    assertThat(
            Indicator.of(ID, TITLE, Measure.QUALITATIVE)
                .withPeriod(Y2019.withTarget(narrative()))
                .period(P2019)
                .target())
        .isEqualTo(narrative());
  }

  private static Value narrative() {
    return Value.narrative(LocalizedText.of("en", "Agreement signed"));
  }

  // ---- dimensions ------------------------------------------------------------------------------

  @Test
  void dimensionsAreKeptInOrderAndFoundByName() {
    Indicator i = Indicator.of(ID, TITLE, Measure.UNIT).withDimension(SEX).withDimension(COUNTRY);

    assertThat(i.dimensions()).containsExactly(SEX, COUNTRY);
    assertThat(i.findDimension("sex")).contains(SEX);
    assertThat(i.findDimension("country")).contains(COUNTRY);
    assertThat(i.findDimension("region")).isEmpty();
    assertThat(i.findDimension("Sex")).isEmpty();
  }

  @Test
  void aDimensionNameGivenTwiceIsADuplicate() {
    Indicator i = Indicator.of(ID, TITLE, Measure.UNIT).withDimension(SEX).withDimension(COUNTRY);

    assertThat(invalidInput(() -> i.withDimension(Dimension.of("sex", "other"))).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("dimensions[2]", Violation.DUPLICATE, "the dimension sex is given twice"));
  }

  @Test
  void aMissingDimensionIsRequiredAndNoDuplicate() {
    violations(
        () ->
            new Indicator(
                ID,
                TITLE,
                Measure.UNIT,
                null,
                true,
                Aggregation.SUM,
                null,
                Arrays.asList(null, SEX, null),
                List.of()),
        tuple("dimensions[0]", Violation.REQUIRED),
        tuple("dimensions[2]", Violation.REQUIRED));
  }

  // ---- periods ---------------------------------------------------------------------------------

  @Test
  void periodsAreSortedByTheirFirstDay() {
    Period y2021 = year(P2021, 2021);
    Indicator i =
        Indicator.of(ID, TITLE, Measure.UNIT).withPeriod(y2021).withPeriod(Y2019).withPeriod(Y2020);

    assertThat(i.periods()).containsExactly(Y2019, Y2020, y2021);
  }

  @Test
  void periodsThatTouchAreAccepted() {
    Period endOf2019 =
        Period.of(P2019, PartialDate.parse("2019-07"), PartialDate.parse("2019-12-31"));
    Period from2020 =
        Period.of(P2020, PartialDate.parse("2020-01-01"), PartialDate.parse("2020-03"));

    assertThat(
            Indicator.of(ID, TITLE, Measure.UNIT)
                .withPeriod(from2020)
                .withPeriod(endOf2019)
                .periods())
        .containsExactly(endOf2019, from2020);
  }

  @Test
  void periodsThatShareADayOverlap() {
    Period to2020 = Period.of(P2019, PartialDate.parse("2019"), PartialDate.parse("2020-01-01"));
    Indicator i = Indicator.of(ID, TITLE, Measure.UNIT).withPeriod(to2020);

    assertThat(invalidInput(() -> i.withPeriod(Y2020)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "periods",
                Violation.OUT_OF_RANGE,
                "the periods 2019–2020-01-01 and 2020–2020 overlap"));
  }

  @Test
  void periodsOfTheSameFirstDayAreOrderedByTheirLastDayAndOverlap() {
    Period q1 = Period.of(P2020, PartialDate.ofQuarter(2019, 1), PartialDate.ofQuarter(2019, 1));

    assertThat(
            invalidInput(
                    () -> Indicator.of(ID, TITLE, Measure.UNIT).withPeriod(Y2019).withPeriod(q1))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "periods",
                Violation.OUT_OF_RANGE,
                "the periods 2019-Q1–2019-Q1 and 2019–2019 overlap"));
  }

  @Test
  void everyOverlapIsListed() {
    Period h1 = Period.of(P2020, PartialDate.ofHalfYear(2019, 1), PartialDate.ofHalfYear(2019, 1));
    Period h2 = Period.of(P2021, PartialDate.ofHalfYear(2019, 2), PartialDate.ofHalfYear(2019, 2));

    violations(
        () ->
            new Indicator(
                ID,
                TITLE,
                Measure.UNIT,
                null,
                true,
                Aggregation.SUM,
                null,
                List.of(),
                List.of(h2, Y2019, h1)),
        tuple("periods", Violation.OUT_OF_RANGE),
        tuple("periods", Violation.OUT_OF_RANGE));
    assertThat(
            new Indicator(
                    ID,
                    TITLE,
                    Measure.UNIT,
                    null,
                    true,
                    Aggregation.SUM,
                    null,
                    List.of(),
                    List.of(h2, h1))
                .periods())
        .containsExactly(h1, h2);
  }

  @Test
  void aPeriodIdGivenTwiceIsADuplicate() {
    Indicator i = Indicator.of(ID, TITLE, Measure.UNIT).withPeriod(Y2019);

    assertThat(invalidInput(() -> i.withPeriod(year(P2019, 2020))).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "periods[1]",
                Violation.DUPLICATE,
                "the period 01890000-0000-7000-8000-000000000601 is given twice"));
  }

  @Test
  void aMissingPeriodIsRequiredAndSkipped() {
    violations(
        () ->
            new Indicator(
                ID,
                TITLE,
                Measure.UNIT,
                null,
                true,
                Aggregation.SUM,
                null,
                List.of(),
                Arrays.asList(null, Y2019, null, Y2020)),
        tuple("periods[0]", Violation.REQUIRED),
        tuple("periods[2]", Violation.REQUIRED));
  }

  @Test
  void aPeriodIsFoundByItsId() {
    Indicator i = Indicator.of(ID, TITLE, Measure.UNIT).withPeriod(Y2020).withPeriod(Y2019);

    assertThat(i.findPeriod(P2019)).contains(Y2019);
    assertThat(i.findPeriod(P2020)).contains(Y2020);
    assertThat(i.findPeriod(P2021)).isEmpty();
    assertThat(i.period(P2019)).isEqualTo(Y2019);
    assertThat(i.period(P2020)).isEqualTo(Y2020);
  }

  @Test
  void anUnknownPeriodIsNotFound() {
    Indicator i = Indicator.of(ID, TITLE, Measure.UNIT).withPeriod(Y2019);

    NotFoundException e = catchThrowableOfType(() -> i.period(P2021), NotFoundException.class);

    assertThat(e.kind()).isEqualTo("period");
    assertThat(e.id()).isEqualTo("01890000-0000-7000-8000-000000000603");
    assertThat(e.code()).isEqualTo(NotFoundException.CODE);
    assertThat(e.getMessage()).isEqualTo("period not found: 01890000-0000-7000-8000-000000000603");
    violation(() -> i.period(null), "period", Violation.REQUIRED);
  }

  // ---- everything at once ----------------------------------------------------------------------

  @Test
  void everyMissingPartIsListed() {
    violations(
        () -> new Indicator(null, null, null, null, true, null, null, null, null),
        tuple("id", Violation.REQUIRED),
        tuple("title", Violation.REQUIRED),
        tuple("measure", Violation.REQUIRED),
        tuple("aggregation", Violation.REQUIRED),
        tuple("dimensions", Violation.REQUIRED),
        tuple("periods", Violation.REQUIRED));
  }

  @Test
  void withoutAMeasureNothingIsCheckedAgainstIt() {
    violations(
        () ->
            new Indicator(
                ID,
                TITLE,
                null,
                " ",
                true,
                Aggregation.RATIO_OF_SUMS,
                Baseline.of(PartialDate.parse("2018"), narrative()),
                List.of(SEX, SEX),
                List.of(Y2019.withTarget(narrative()), Y2019)),
        tuple("measure", Violation.REQUIRED),
        tuple("unit", Violation.BLANK),
        tuple("dimensions[1]", Violation.DUPLICATE),
        tuple("periods[1]", Violation.DUPLICATE),
        tuple("periods", Violation.OUT_OF_RANGE));
  }

  @Test
  void withoutAnAggregationTheRestIsStillChecked() {
    violations(
        () ->
            new Indicator(
                ID,
                TITLE,
                Measure.UNIT,
                null,
                true,
                null,
                Baseline.of(PartialDate.parse("2018"), narrative()),
                List.of(),
                List.of(Y2019.withTarget(Value.score("2")))),
        tuple("aggregation", Violation.REQUIRED),
        tuple("baseline.value", Violation.OUT_OF_RANGE),
        tuple("periods[0].target", Violation.OUT_OF_RANGE));
  }

  @Test
  void everyViolationIsListedInOrder() {
    violations(
        () ->
            new Indicator(
                ID,
                LocalizedText.of("en", "a\nb"),
                Measure.PERCENTAGE,
                "x".repeat(101),
                true,
                Aggregation.SUM,
                Baseline.of(PartialDate.parse("2018"), Value.score("1")),
                List.of(SEX, SEX),
                List.of(Y2019.withTarget(narrative()), Y2019)),
        tuple("title.en", Violation.CONTROL_CHARACTER),
        tuple("unit", Violation.TOO_LONG),
        tuple("aggregation", Violation.OUT_OF_RANGE),
        tuple("baseline.value", Violation.OUT_OF_RANGE),
        tuple("dimensions[1]", Violation.DUPLICATE),
        tuple("periods[0].target", Violation.OUT_OF_RANGE),
        tuple("periods[1]", Violation.DUPLICATE),
        tuple("periods", Violation.OUT_OF_RANGE));
  }

  // ---- derived indicators ----------------------------------------------------------------------

  private static final Rule TOURS =
      Rule.CompletedActivities.ofTypes(io.github.coplan.domain.activity.ActivityType.STUDY_TOUR);
  private static final Rule DEALS = Rule.AgreedIntroductions.inAreas(2);

  private static Indicator derived(
      Measure measure, Aggregation aggregation, List<Dimension> dimensions) {
    return new Indicator(
        ID, TITLE, measure, null, true, aggregation, null, dimensions, List.of(Y2019), TOURS);
  }

  @Test
  void aDerivedIndicatorCountsUnitsBySumWithoutDimensions() {
    Indicator i = derived(Measure.UNIT, Aggregation.SUM, List.of());

    assertThat(i.rule()).isEqualTo(TOURS);
    assertThat(i.derived()).isTrue();
    assertThat(i.periods()).containsExactly(Y2019);
    assertThat(Indicator.of(ID, TITLE, Measure.UNIT).derived()).isFalse();
    assertThat(Indicator.of(ID, TITLE, Measure.UNIT).rule()).isNull();
    assertThat(full().rule()).isNull();
  }

  @Test
  void aDerivedIndicatorOfAnotherMeasureIsRefusedAtItsRule() {
    assertThat(
            invalidInput(() -> derived(Measure.PERCENTAGE, Aggregation.LATEST, List.of()))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "rule",
                Violation.OUT_OF_RANGE,
                "a derived indicator counts records: its measure is UNIT, not PERCENTAGE"),
            tuple(
                "rule",
                Violation.OUT_OF_RANGE,
                "a derived indicator's periods are counts: it combines by SUM, not LATEST"));
    violations(
        () -> derived(Measure.ORDINAL, Aggregation.LATEST, List.of()),
        tuple("rule", Violation.OUT_OF_RANGE),
        tuple("rule", Violation.OUT_OF_RANGE));
  }

  @ParameterizedTest
  @EnumSource(
      value = Aggregation.class,
      names = {"LATEST", "LATEST_PER_REPORTER"})
  void aDerivedIndicatorCombiningOtherwiseThanBySumIsRefusedAtItsRule(Aggregation a) {
    assertThat(invalidInput(() -> derived(Measure.UNIT, a, List.of())).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "rule",
                Violation.OUT_OF_RANGE,
                "a derived indicator's periods are counts: it combines by SUM, not " + a));
  }

  @Test
  void aDerivedIndicatorWithDimensionsIsRefusedAtItsRule() {
    assertThat(
            invalidInput(() -> derived(Measure.UNIT, Aggregation.SUM, List.of(SEX))).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "rule",
                Violation.OUT_OF_RANGE,
                "a derived indicator has no dimensions to break its counts down by"));
  }

  @Test
  void aDerivedIndicatorMissingAPartIsRefusedForThatPartOnly() {
    violation(() -> derived(null, Aggregation.SUM, List.of()), "measure", Violation.REQUIRED);
    violation(() -> derived(Measure.UNIT, null, List.of()), "aggregation", Violation.REQUIRED);
    violation(() -> derived(Measure.UNIT, Aggregation.SUM, null), "dimensions", Violation.REQUIRED);
  }

  @Test
  void derivedByAddsOrReplacesTheRuleAndChecksTheWhole() {
    Indicator observed = Indicator.of(ID, TITLE, Measure.UNIT).withPeriod(Y2019);

    Indicator tours = observed.derivedBy(TOURS);

    assertThat(tours).isEqualTo(derived(Measure.UNIT, Aggregation.SUM, List.of()));
    assertThat(tours.derivedBy(DEALS).rule()).isEqualTo(DEALS);
    violation(() -> observed.derivedBy(null), "rule", Violation.REQUIRED);
    violations(
        () -> full().derivedBy(TOURS),
        tuple("rule", Violation.OUT_OF_RANGE),
        tuple("rule", Violation.OUT_OF_RANGE));
    violation(
        () -> Indicator.of(ID, TITLE, Measure.UNIT).withDimension(SEX).derivedBy(DEALS),
        "rule",
        Violation.OUT_OF_RANGE);
  }

  @Test
  void everyWitherKeepsTheRule() {
    Indicator i = Indicator.of(ID, TITLE, Measure.UNIT).derivedBy(DEALS);
    Baseline none = Baseline.of(PartialDate.parse("2018"), Value.quantity(0));

    assertThat(i.withUnit("deals").rule()).isEqualTo(DEALS);
    assertThat(i.descending().rule()).isEqualTo(DEALS);
    assertThat(i.withAggregation(Aggregation.SUM).rule()).isEqualTo(DEALS);
    assertThat(i.withBaseline(none).rule()).isEqualTo(DEALS);
    assertThat(i.withPeriod(Y2019).rule()).isEqualTo(DEALS);
    assertThat(i.withPeriod(Y2019).withTarget(P2019, Value.quantity(3)).rule()).isEqualTo(DEALS);
    violation(() -> i.withDimension(SEX), "rule", Violation.OUT_OF_RANGE);
    violation(() -> i.withAggregation(Aggregation.LATEST), "rule", Violation.OUT_OF_RANGE);
    assertThat(i.withUnit("deals").descending().withBaseline(none).withPeriod(Y2019))
        .isEqualTo(
            new Indicator(
                ID,
                TITLE,
                Measure.UNIT,
                "deals",
                false,
                Aggregation.SUM,
                none,
                List.of(),
                List.of(Y2019),
                DEALS));
  }

  // ---- targets ---------------------------------------------------------------------------------

  @Test
  void withTargetSetsAndClearsTheTargetOfOnePeriodOnly() {
    Period y2020 = Y2020.withTarget(Value.quantity(40));
    Indicator i = full().withPeriod(y2020);

    Indicator set = i.withTarget(P2019, Value.quantity(25));
    Indicator cleared = i.withTarget(P2019, null);

    assertThat(set)
        .isEqualTo(
            new Indicator(
                ID,
                TITLE,
                Measure.UNIT,
                "people",
                false,
                Aggregation.LATEST,
                BASELINE,
                List.of(SEX),
                List.of(Y2019.withTarget(Value.quantity(25)), y2020)));
    assertThat(cleared.periods()).containsExactly(Y2019, y2020);
    assertThat(i.withTarget(P2020, null).periods())
        .containsExactly(Y2019.withTarget(Value.quantity(20)), Y2020);
    assertThat(i.periods()).containsExactly(Y2019.withTarget(Value.quantity(20)), y2020);
  }

  @Test
  void withTargetOfAnUnknownPeriodIsNotFound() {
    NotFoundException e =
        catchThrowableOfType(
            () -> full().withTarget(P2021, Value.quantity(1)), NotFoundException.class);

    assertThat(e.kind()).isEqualTo("period");
    assertThat(e.id()).isEqualTo(P2021.toString());
    violation(() -> full().withTarget(null, Value.quantity(1)), "period", Violation.REQUIRED);
  }

  @Test
  void withTargetOfAnotherKindIsOutOfRangeOnItsPeriod() {
    Indicator i = full().withPeriod(Y2020);

    violation(
        () -> i.withTarget(P2020, Value.ratio(1, 2)), "periods[1].target", Violation.OUT_OF_RANGE);
    violation(
        () -> i.withTarget(P2019, Value.narrative(LocalizedText.of("en", "many"))),
        "periods[0].target",
        Violation.OUT_OF_RANGE);
  }

  // ---- ids -------------------------------------------------------------------------------------

  @Test
  void anIndicatorIdIsAUuid() {
    IndicatorId id = IndicatorId.of("01890000-0000-7000-8000-000000000501");

    assertThat(id).isEqualTo(ID);
    assertThat(id.value()).isEqualTo(UUID.fromString("01890000-0000-7000-8000-000000000501"));
    assertThat(id.toString()).isEqualTo("01890000-0000-7000-8000-000000000501");
    violation(() -> IndicatorId.of("indicator-1"), "", Violation.MALFORMED);
    violation(() -> IndicatorId.of(null), "", Violation.REQUIRED);
    violation(() -> new IndicatorId(null), "", Violation.REQUIRED);
  }
}

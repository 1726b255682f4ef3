package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Aggregation;
import io.github.coplan.domain.result.Baseline;
import io.github.coplan.domain.result.Dimension;
import io.github.coplan.domain.result.Evidence;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.domain.result.ResultType;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The results framework round trips through the tables of migration 11: every part of a result, its
 * indicators and periods, and of an observation, comes back as stored, values exactly; the errors
 * of the port are the ones its Javadoc names; a plan's results and observations come in their
 * order; a derived indicator's rule comes back exactly, and a rule's counts and evidence refuse
 * missing arguments. A focused check until the testkit's contract runs on every store.
 */
abstract class ResultRoundTripCheck {

  private static final PlanId PLAN =
      new PlanId(UUID.fromString("0190a5d0-0000-7000-8000-00000000aaaa"));
  private static final PlanId OTHER_PLAN =
      new PlanId(UUID.fromString("0190a5d0-0000-7000-8000-00000000bbbb"));
  private static final Actor REPORTER =
      Actor.person(new PersonId(UUID.fromString("0190a5d0-0000-7000-8000-00000000cccc")));

  JdbiStorage storage;

  abstract JdbiStorage createStorage();

  @BeforeEach
  void open() {
    storage = createStorage();
  }

  @AfterEach
  void close() {
    storage.close();
  }

  private static UUID id(int n) {
    return UUID.fromString(
        String.format(java.util.Locale.ROOT, "0190a5d0-0000-7000-8000-%012d", n));
  }

  private static LocalizedText text(String s) {
    return LocalizedText.of("en", s);
  }

  /** A result with every kind of indicator, value, baseline and dimension. */
  private static Result rich(int n, Integer area) {
    Indicator people =
        Indicator.of(new IndicatorId(id(n * 100 + 1)), text("People \"trained\""), Measure.UNIT)
            .withUnit("people")
            .withAggregation(Aggregation.LATEST_PER_REPORTER)
            .withBaseline(
                new Baseline(
                    PartialDate.parse("2018"),
                    new Value.Quantity(new BigDecimal("123456789012345.123456")),
                    "counted by hand"))
            .withDimension(Dimension.of("sex", "female", "male"))
            .withDimension(Dimension.of("country", "VN", "a\\b\"c/d é"))
            .withPeriod(
                Period.of(
                        new PeriodId(id(n * 100 + 11)),
                        PartialDate.parse("2020"),
                        PartialDate.parse("2020"))
                    .withTarget(new Value.Quantity(new BigDecimal("-0.000001"))))
            .withPeriod(
                Period.of(
                    new PeriodId(id(n * 100 + 10)),
                    PartialDate.parse("2019-Q1"),
                    PartialDate.parse("2019-11")));
    Indicator share =
        Indicator.of(new IndicatorId(id(n * 100 + 2)), text("Share"), Measure.PERCENTAGE)
            .descending()
            .withBaseline(
                Baseline.of(
                    PartialDate.parse("2018-06"),
                    new Value.Ratio(new BigDecimal("3"), new BigDecimal("10.5"))))
            .withPeriod(
                Period.of(
                        new PeriodId(id(n * 100 + 20)),
                        PartialDate.parse("2021"),
                        PartialDate.parse("2022"))
                    .withTarget(new Value.Quantity(new BigDecimal("42.5"))));
    Indicator level =
        Indicator.of(new IndicatorId(id(n * 100 + 3)), text("Level"), Measure.ORDINAL)
            .withBaseline(Baseline.of(PartialDate.parse("2018"), new Value.Score(1000)))
            .withPeriod(
                Period.of(
                        new PeriodId(id(n * 100 + 30)),
                        PartialDate.parse("2020"),
                        PartialDate.parse("2020"))
                    .withTarget(new Value.Score(0)));
    Indicator story =
        Indicator.of(new IndicatorId(id(n * 100 + 4)), text("Story"), Measure.QUALITATIVE)
            .withBaseline(
                Baseline.of(
                    PartialDate.parse("2018"),
                    new Value.Narrative(
                        LocalizedText.of("vi", Map.of("vi", "Đổi mới", "en", "Innovation")))));
    return Result.of(new ResultId(id(n)), PLAN, area, ResultType.OUTCOME, text("Result " + n))
        .withDescription(LocalizedText.of("vi", Map.of("vi", "Mô tả", "en", "Description")))
        .withIndicator(people)
        .withIndicator(share)
        .withIndicator(level)
        .withIndicator(story);
  }

  private static Observation observation(
      int n, IndicatorId indicator, PeriodId period, Value value, LocalDate day, Instant at) {
    return new Observation(
        new ObservationId(id(n)),
        indicator,
        period,
        value,
        day,
        REPORTER,
        new java.util.TreeMap<>(),
        io.github.coplan.domain.result.ObservationStatus.DRAFT,
        null,
        at,
        0);
  }

  private static Result withVersion(Result r, long version) {
    return new Result(
        r.id(),
        r.plan(),
        r.contentArea(),
        r.type(),
        r.title(),
        r.description(),
        r.indicators(),
        version);
  }

  @Test
  void aResultComesBackWholeAndExactly() {
    Result given = rich(1, 2);

    Result stored = storage.inTransaction(r -> r.results().insertResult(given));

    assertThat(stored).isEqualTo(withVersion(given, 1));
    assertThat(findResult(given.id())).contains(stored);
    assertThat(findResultOf(new IndicatorId(id(103)))).contains(stored);
    assertThat(findResultOf(new IndicatorId(id(999)))).isEmpty();
    assertThat(findResult(new ResultId(id(999)))).isEmpty();
    Indicator people = stored.indicators().get(0);
    assertThat(people.periods()).extracting(p -> p.id().value()).containsExactly(id(110), id(111));
    assertThat(((Value.Quantity) people.baseline().value()).amount().toPlainString())
        .isEqualTo("123456789012345.123456");
  }

  @Test
  void anUpdateReplacesTheIndicatorsAndKeepsThePlan() {
    Result first = storage.inTransaction(r -> r.results().insertResult(rich(1, null)));
    Indicator kept = first.indicators().get(1);
    Result changed =
        new Result(
            first.id(),
            OTHER_PLAN,
            3,
            ResultType.IMPACT,
            text("Changed"),
            null,
            List.of(kept, Indicator.of(new IndicatorId(id(150)), text("New"), Measure.NOMINAL)),
            first.version());

    Result stored = storage.inTransaction(r -> r.results().updateResult(changed));

    Result expected =
        new Result(
            first.id(), PLAN, 3, ResultType.IMPACT, text("Changed"), null, changed.indicators(), 2);
    assertThat(stored).isEqualTo(expected);
    assertThat(findResult(first.id())).contains(expected);
    assertThat(findResultOf(new IndicatorId(id(101)))).isEmpty();
    assertThatThrownBy(() -> storage.inTransaction(r -> r.results().updateResult(changed)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.kind()).isEqualTo("result"));
    assertThatThrownBy(
            () -> storage.inTransaction(r -> r.results().updateResult(withVersion(rich(7, 1), 1))))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("result"));
  }

  @Test
  void takenIdsAreRefusedAndTheUnitGoesOn() {
    storage.inTransaction(r -> r.results().insertResult(rich(1, null)));

    assertThatThrownBy(() -> storage.inTransaction(r -> r.results().insertResult(rich(1, 1))))
        .isInstanceOfSatisfying(
            DuplicateException.class, e -> assertThat(e.what()).isEqualTo(DuplicateException.ID));
    assertThatThrownBy(
            () -> storage.inTransaction(r -> r.results().insertResult(withVersion(rich(2, 1), 3))))
        .isInstanceOf(ConflictException.class);
    Result holdingAnother =
        Result.of(new ResultId(id(2)), PLAN, 1, ResultType.OUTPUT, text("Two"))
            .withIndicator(Indicator.of(new IndicatorId(id(250)), text("Own"), Measure.UNIT))
            .withIndicator(Indicator.of(new IndicatorId(id(102)), text("Taken"), Measure.UNIT));

    Result after =
        storage.inTransaction(
            r -> {
              assertThatThrownBy(() -> r.results().insertResult(holdingAnother))
                  .isInstanceOfSatisfying(
                      DuplicateException.class,
                      e -> {
                        assertThat(e.what()).isEqualTo(DuplicateException.INDICATOR);
                        assertThat(e.value()).isEqualTo(id(102).toString());
                      });
              assertThat(r.results().findResult(holdingAnother.id())).isEmpty();
              return r.results()
                  .insertResult(
                      Result.of(new ResultId(id(2)), PLAN, 1, ResultType.OUTPUT, text("Two"))
                          .withIndicator(
                              Indicator.of(new IndicatorId(id(250)), text("Own"), Measure.UNIT)));
            });

    assertThat(after.version()).isEqualTo(1);
    Result taking =
        new Result(
            after.id(),
            PLAN,
            1,
            ResultType.OUTPUT,
            text("Two"),
            null,
            List.of(Indicator.of(new IndicatorId(id(104)), text("Taken"), Measure.UNIT)),
            1);
    storage.inTransaction(
        r -> {
          assertThatThrownBy(() -> r.results().updateResult(taking))
              .isInstanceOfSatisfying(
                  DuplicateException.class,
                  e -> assertThat(e.value()).isEqualTo(id(104).toString()));
          assertThat(r.results().findResult(after.id())).contains(after);
          return null;
        });
  }

  @Test
  void aPlansResultsComeAsAWholeFirstThenByAreaThenById() {
    storage.inTransaction(
        r -> {
          r.results().insertResult(rich(5, 2));
          r.results().insertResult(rich(4, null));
          r.results().insertResult(rich(3, 1));
          r.results().insertResult(rich(2, 2));
          r.results()
              .insertResult(
                  Result.of(new ResultId(id(9)), OTHER_PLAN, null, ResultType.OTHER, text("x")));
          return null;
        });

    List<Result> results = resultsOf(PLAN);

    assertThat(results).extracting(r -> r.id().value()).containsExactly(id(4), id(3), id(2), id(5));
    assertThat(results.get(3)).isEqualTo(withVersion(rich(5, 2), 1));
    assertThat(resultsOf(new PlanId(id(777)))).isEmpty();
  }

  @Test
  void observationsComeBackInTheirOrderAndOnlyTheirReviewChanges() {
    Result result = storage.inTransaction(r -> r.results().insertResult(rich(1, null)));
    IndicatorId people = result.indicators().get(0).id();
    IndicatorId share = result.indicators().get(1).id();
    PeriodId y2020 = new PeriodId(id(111));
    Instant at = Instant.parse("2020-05-01T10:15:30.123456789Z");
    Observation late =
        observation(
            900,
            people,
            y2020,
            new Value.Quantity(new BigDecimal("7.25")),
            LocalDate.of(2020, 6, 1),
            at);
    Observation sameDayLater =
        observation(
            901,
            people,
            y2020,
            new Value.Quantity(BigDecimal.ONE),
            LocalDate.of(2020, 3, 1),
            at.plusNanos(1));
    Observation sameDayEarlierHigherId =
        observation(
            903, people, y2020, new Value.Quantity(BigDecimal.TEN), LocalDate.of(2020, 3, 1), at);
    Observation sameDayEarlierLowerId =
        new Observation(
            new ObservationId(id(902)),
            people,
            y2020,
            new Value.Quantity(BigDecimal.TEN),
            LocalDate.of(2020, 3, 1),
            Actor.system("iati-import"),
            new java.util.TreeMap<>(Map.of("sex", "female", "country", "a\\b\"c/d é")),
            io.github.coplan.domain.result.ObservationStatus.DRAFT,
            null,
            at,
            0);
    Observation ratio =
        observation(
            904,
            share,
            new PeriodId(id(120)),
            new Value.Ratio(new BigDecimal("0.000001"), new BigDecimal("999999999999999")),
            LocalDate.of(2021, 1, 1),
            Instant.ofEpochSecond(-1, 999_999_999));

    storage.inTransaction(
        r -> {
          for (Observation o :
              List.of(late, sameDayLater, sameDayEarlierHigherId, sameDayEarlierLowerId, ratio)) {
            assertThat(r.results().insertObservation(o).version()).isEqualTo(1);
          }
          return null;
        });

    assertThat(observationsOf(people))
        .extracting(o -> o.id().value())
        .containsExactly(id(902), id(903), id(901), id(900));
    assertThat(observationsOfPlan(PLAN))
        .extracting(o -> o.id().value())
        .containsExactly(id(902), id(903), id(901), id(900), id(904));
    assertThat(observationsOfPlan(OTHER_PLAN)).isEmpty();
    assertThat(findObservation(sameDayEarlierLowerId.id()))
        .hasValueSatisfying(
            o -> {
              assertThat(o.dimensions())
                  .containsExactly(Map.entry("country", "a\\b\"c/d é"), Map.entry("sex", "female"));
              assertThat(o.reporter()).isEqualTo(Actor.system("iati-import"));
              assertThat(o.recordedAt()).isEqualTo(at);
            });
    assertThat(findObservation(ratio.id()))
        .hasValueSatisfying(o -> assertThat(o).isEqualTo(withVersion(ratio, 1)));

    // The review changes; what else the caller gives is ignored.
    Observation submitted = withVersion(late, 1).submit();
    Observation tampered =
        new Observation(
            submitted.id(),
            share,
            submitted.period(),
            new Value.Quantity(BigDecimal.ZERO),
            LocalDate.of(2020, 1, 1),
            Actor.APPLICATION,
            submitted.dimensions(),
            submitted.status(),
            null,
            Instant.EPOCH,
            1);
    Observation reviewed = storage.inTransaction(r -> r.results().updateObservation(tampered));
    assertThat(reviewed).isEqualTo(withVersion(submitted, 2));
    Observation returned = reviewed.returnWith("the figure is a guess");
    assertThat(updateObservation(returned)).isEqualTo(withVersion(returned, 3));
    assertThat(findObservation(late.id())).contains(withVersion(returned, 3));

    assertThatThrownBy(() -> storage.inTransaction(r -> r.results().updateObservation(returned)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.kind()).isEqualTo("observation"));
    assertThatThrownBy(
            () ->
                storage.inTransaction(
                    r ->
                        r.results()
                            .updateObservation(
                                withVersion(
                                    observation(
                                        999,
                                        people,
                                        y2020,
                                        ratio.value(),
                                        LocalDate.of(2020, 1, 1),
                                        at),
                                    1))))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("observation"));
  }

  @Test
  void anObservationNeedsAStoredIndicatorAndAFreeId() {
    Result result = storage.inTransaction(r -> r.results().insertResult(rich(1, null)));
    IndicatorId people = result.indicators().get(0).id();
    Observation o =
        observation(
            900,
            people,
            new PeriodId(id(111)),
            new Value.Quantity(BigDecimal.ONE),
            LocalDate.of(2020, 6, 1),
            Instant.EPOCH);
    storage.inTransaction(r -> r.results().insertObservation(o));

    assertThatThrownBy(() -> storage.inTransaction(r -> r.results().insertObservation(o)))
        .isInstanceOfSatisfying(
            DuplicateException.class, e -> assertThat(e.what()).isEqualTo(DuplicateException.ID));
    Observation orphan =
        observation(
            901,
            new IndicatorId(id(555)),
            new PeriodId(id(111)),
            new Value.Quantity(BigDecimal.ONE),
            LocalDate.of(2020, 6, 1),
            Instant.EPOCH);
    assertThatThrownBy(() -> storage.inTransaction(r -> r.results().insertObservation(orphan)))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("indicator");
              assertThat(e.id()).isEqualTo(id(555).toString());
            });
    assertThatThrownBy(
            () -> storage.inTransaction(r -> r.results().insertObservation(withVersion(orphan, 2))))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aDerivedIndicatorsRuleComesBackExactly() {
    Indicator completed =
        Indicator.of(new IndicatorId(id(501)), text("Study tours"), Measure.UNIT)
            .withUnit("tours")
            .derivedBy(
                Rule.CompletedActivities.ofTypes(ActivityType.WORKSHOP, ActivityType.STUDY_TOUR)
                    .inAreas(12, 3))
            .withPeriod(
                Period.of(
                        new PeriodId(id(510)), PartialDate.parse("2019"), PartialDate.parse("2019"))
                    .withTarget(Value.quantity(4)));
    Indicator attendees =
        Indicator.of(new IndicatorId(id(502)), text("Experts"), Measure.UNIT)
            .derivedBy(
                Rule.Attendees.ofTypes()
                    .withRoles(ParticipationRole.SPEAKER, ParticipationRole.EXPERT)
                    .from(CountryCode.VN, CountryCode.of("DE"), CountryCode.IL));
    Indicator anyAttendee =
        Indicator.of(new IndicatorId(id(503)), text("People"), Measure.UNIT)
            .derivedBy(Rule.Attendees.ofTypes(ActivityType.TRAINING_COURSE).inAreas(2));
    Indicator agreements =
        Indicator.of(new IndicatorId(id(504)), text("Agreements"), Measure.UNIT)
            .derivedBy(Rule.AgreedIntroductions.inAreas());
    Indicator someAgreements =
        Indicator.of(new IndicatorId(id(505)), text("Agreements in 1 and 4"), Measure.UNIT)
            .derivedBy(Rule.AgreedIntroductions.inAreas(4, 1));
    Result given =
        Result.of(new ResultId(id(5)), PLAN, null, ResultType.OUTPUT, text("Derived"))
            .withIndicator(completed)
            .withIndicator(attendees)
            .withIndicator(anyAttendee)
            .withIndicator(agreements)
            .withIndicator(someAgreements)
            .withIndicator(Indicator.of(new IndicatorId(id(506)), text("Observed"), Measure.UNIT));

    Result stored = storage.inTransaction(r -> r.results().insertResult(given));

    assertThat(findResult(given.id())).contains(stored);
    assertThat(resultsOf(PLAN)).containsExactly(stored);
    List<Indicator> read = findResult(given.id()).orElseThrow().indicators();
    assertThat(read)
        .extracting(Indicator::rule)
        .isEqualTo(given.indicators().stream().map(Indicator::rule).toList());
    Rule.Attendees experts = (Rule.Attendees) read.get(1).rule();
    assertThat(List.copyOf(experts.roles()))
        .containsExactly(ParticipationRole.EXPERT, ParticipationRole.SPEAKER);
    assertThat(List.copyOf(experts.countries()))
        .containsExactly(CountryCode.of("DE"), CountryCode.IL, CountryCode.VN);
    assertThat(List.copyOf(read.get(0).rule().contentAreas())).containsExactly(3, 12);
    assertThat(read.get(5).derived()).isFalse();

    // An update writes the rules again.
    Result changed =
        storage.inTransaction(
            r ->
                r.results()
                    .updateResult(
                        stored.withIndicator(
                            Indicator.of(new IndicatorId(id(507)), text("More"), Measure.UNIT)
                                .derivedBy(Rule.CompletedActivities.ofTypes()))));
    assertThat(findResult(given.id())).contains(changed);
  }

  @Test
  void aRuleCountsNothingInAnEmptyStoreAndEveryPeriodGivenIsCounted() {
    Rule rule = Rule.Attendees.ofTypes().from(CountryCode.VN);
    List<Period> periods =
        List.of(
            Period.of(new PeriodId(id(2)), PartialDate.parse("2020"), PartialDate.parse("2020")),
            Period.of(new PeriodId(id(1)), PartialDate.parse("2019"), PartialDate.parse("2019")));
    Map<PeriodId, Long> counts = storage.readOnly(r -> r.results().derive(PLAN, rule, periods));
    assertThat(counts)
        .containsExactly(Map.entry(new PeriodId(id(2)), 0L), Map.entry(new PeriodId(id(1)), 0L));
    Map<PeriodId, Long> none = storage.readOnly(r -> r.results().derive(PLAN, rule, List.of()));
    assertThat(none).isEmpty();
    LocalDate first = LocalDate.of(2019, 1, 1);
    LocalDate last = LocalDate.of(2020, 1, 1);
    List<Evidence> evidence = storage.readOnly(r -> r.results().evidence(PLAN, rule, first, last));
    assertThat(evidence).isEmpty();
    // A window that ends before it begins holds nothing.
    List<Evidence> backwards = storage.readOnly(r -> r.results().evidence(PLAN, rule, last, first));
    assertThat(backwards).isEmpty();
  }

  @Test
  void missingArgumentsAreRefusedByName() {
    assertRequired(() -> findResult(null), "id");
    assertRequired(() -> findResultOf(null), "id");
    assertRequired(() -> resultsOf(null), "plan");
    assertRequired(() -> storage.inTransaction(r -> r.results().insertResult(null)), "result");
    assertRequired(() -> storage.inTransaction(r -> r.results().updateResult(null)), "result");
    assertRequired(() -> findObservation(null), "id");
    assertRequired(
        () -> storage.inTransaction(r -> r.results().insertObservation(null)), "observation");
    assertRequired(
        () -> storage.inTransaction(r -> r.results().updateObservation(null)), "observation");
    assertRequired(() -> observationsOf(null), "indicator");
    assertRequired(() -> observationsOfPlan(null), "plan");
    Rule rule = Rule.CompletedActivities.ofTypes();
    LocalDate day = LocalDate.of(2019, 1, 1);
    List<Period> periods =
        List.of(
            Period.of(new PeriodId(id(1)), PartialDate.parse("2019"), PartialDate.parse("2019")));
    assertRequired(() -> storage.readOnly(r -> r.results().derive(null, rule, periods)), "plan");
    assertRequired(() -> storage.readOnly(r -> r.results().derive(PLAN, null, periods)), "rule");
    assertRequired(() -> storage.readOnly(r -> r.results().derive(PLAN, rule, null)), "periods");
    assertRequired(
        () ->
            storage.readOnly(
                r -> r.results().derive(PLAN, rule, java.util.Arrays.asList(periods.get(0), null))),
        "periods");
    assertRequired(() -> storage.readOnly(r -> r.results().evidence(null, rule, day, day)), "plan");
    assertRequired(() -> storage.readOnly(r -> r.results().evidence(PLAN, null, day, day)), "rule");
    assertRequired(
        () -> storage.readOnly(r -> r.results().evidence(PLAN, rule, null, day)), "from");
    assertRequired(() -> storage.readOnly(r -> r.results().evidence(PLAN, rule, day, null)), "to");
  }

  private static void assertRequired(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String path) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              assertThat(e.violations().get(0).path()).isEqualTo(path);
              assertThat(e.violations().get(0).code()).isEqualTo("required");
            });
  }

  private Optional<Result> findResult(ResultId id) {
    return storage.readOnly(r -> r.results().findResult(id));
  }

  private Optional<Result> findResultOf(IndicatorId id) {
    return storage.readOnly(r -> r.results().findResultOf(id));
  }

  private List<Result> resultsOf(PlanId plan) {
    return storage.readOnly(r -> r.results().resultsOf(plan));
  }

  private Optional<Observation> findObservation(ObservationId id) {
    return storage.readOnly(r -> r.results().findObservation(id));
  }

  private List<Observation> observationsOf(IndicatorId id) {
    return storage.readOnly(r -> r.results().observationsOf(id));
  }

  private List<Observation> observationsOfPlan(PlanId plan) {
    return storage.readOnly(r -> r.results().observationsOfPlan(plan));
  }

  private Observation updateObservation(Observation o) {
    return storage.inTransaction(r -> r.results().updateObservation(o));
  }

  private static Observation withVersion(Observation o, long version) {
    return new Observation(
        o.id(),
        o.indicator(),
        o.period(),
        o.value(),
        o.observedOn(),
        o.reporter(),
        o.dimensions(),
        o.status(),
        o.note(),
        o.recordedAt(),
        version);
  }
}

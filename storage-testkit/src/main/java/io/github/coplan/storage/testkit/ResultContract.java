package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddPeriod;
import io.github.coplan.application.DefineIndicator;
import io.github.coplan.application.DefineResult;
import io.github.coplan.application.GrantRole;
import io.github.coplan.application.HistoryQuery;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.ReportObservation;
import io.github.coplan.application.ResultUseCases;
import io.github.coplan.application.ReviewObservation;
import io.github.coplan.application.SetTarget;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.history.AggregateKind;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Actual;
import io.github.coplan.domain.result.Aggregation;
import io.github.coplan.domain.result.Baseline;
import io.github.coplan.domain.result.Dimension;
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
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The results framework on a store: results with their indicators, periods, baselines, dimensions
 * and targets of every kind of {@link Value}, stored as one aggregate and read back exactly; the
 * unique indicator id across results; the order of a plan's results; observations, of which only
 * the review ever changes, in the order of {@link Actual#LATEST_LAST}; versions and conflicts;
 * missing arguments; a failed unit of work leaving nothing. Then, through the use cases of a {@link
 * io.github.coplan.Coplan} over the store, the actuals and progress derived from the approved
 * observations (the acceptance cases: a descending indicator, a percentage as a ratio of sums, a
 * cumulative indicator, an approval taken back), what is refused, the history, and who may do what.
 *
 * <p>The repository is driven directly through {@link #write} and {@link #read}; the use cases
 * through {@link #coplan()}, acting as {@link #ACTOR}, and {@link #entryPoint()} for people.
 *
 * @since 0.5.0
 */
public abstract class ResultContract extends StorageContract {

  private static final PartialDate Y2018 = PartialDate.ofYear(2018);
  private static final PartialDate Y2019 = PartialDate.ofYear(2019);
  private static final PartialDate Y2020 = PartialDate.ofYear(2020);

  /** The narrative of a qualitative target, in Vietnamese and English. */
  private static final LocalizedText POLICY_ADOPTED =
      viEn(
          "Chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo được ban hành",
          "A policy supporting innovative start-ups is adopted");

  private PlanId plan;
  private PlanId otherPlan;

  /** For subclasses. */
  protected ResultContract() {}

  /**
   * Two plans with content areas 1 and 2, drafted through the use cases.
   *
   * @since 0.5.0
   */
  @BeforeEach
  protected void draftThePlans() {
    plan = draftPlanWithTwoAreas("HCMC-IL-RESULTS");
    otherPlan = draftPlanWithTwoAreas("HCMC-IL-OTHER");
  }

  // ---- fixtures ------------------------------------------------------------------------------

  private ResultUseCases results() {
    return coplan().results();
  }

  private Period period(PartialDate start, PartialDate end, @Nullable Value target) {
    return new Period(new PeriodId(nextId()), start, end, target);
  }

  private Indicator indicator(String title, Measure measure) {
    return Indicator.of(new IndicatorId(nextId()), en(title), measure);
  }

  /** A result of version 0 with fresh ids, of the plan, holding the indicators given. */
  private Result result(PlanId of, @Nullable Integer area, Indicator... indicators) {
    return result(new ResultId(nextId()), of, area, indicators);
  }

  private static Result result(
      ResultId id, PlanId of, @Nullable Integer area, Indicator... indicators) {
    Result r = Result.of(id, of, area, ResultType.OUTPUT, en("Result " + id));
    for (Indicator i : indicators) {
      r = r.withIndicator(i);
    }
    return r;
  }

  /** A unit indicator with one period, 2019, targeting 100. */
  private Indicator counted(String title) {
    return indicator(title, Measure.UNIT)
        .withUnit("people")
        .withPeriod(period(Y2019, Y2019, Value.quantity(100)));
  }

  private static Observation draft(
      ObservationId id, Indicator of, Value value, String observedOn, Instant recordedAt) {
    return Observation.draft(
        id,
        of,
        of.periods().get(0).id(),
        value,
        LocalDate.parse(observedOn),
        ACTOR,
        Map.of(),
        recordedAt);
  }

  private Observation draft(Indicator of, Value value, String observedOn) {
    return draft(new ObservationId(nextId()), of, value, observedOn, NOW);
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

  private static Observation withVersion(Observation o, long version) {
    return reviewed(o, o.status(), o.note(), version);
  }

  private static Observation reviewed(
      Observation o, ObservationStatus status, @Nullable String note, long version) {
    return new Observation(
        o.id(),
        o.indicator(),
        o.period(),
        o.value(),
        o.observedOn(),
        o.reporter(),
        o.dimensions(),
        status,
        note,
        o.recordedAt(),
        version);
  }

  private Result insert(Result result) {
    return write(r -> r.results().insertResult(result));
  }

  private Observation insert(Observation observation) {
    return write(r -> r.results().insertObservation(observation));
  }

  private Optional<Result> storedResult(ResultId id) {
    return read(r -> r.results().findResult(id));
  }

  private Optional<Result> storedResultOf(IndicatorId id) {
    return read(r -> r.results().findResultOf(id));
  }

  private List<Result> storedResults(PlanId of) {
    return read(r -> r.results().resultsOf(of));
  }

  private Optional<Observation> storedObservation(ObservationId id) {
    return read(r -> r.results().findObservation(id));
  }

  private List<Observation> storedObservationsOf(IndicatorId id) {
    return read(r -> r.results().observationsOf(id));
  }

  private List<Observation> storedObservationsOfPlan(PlanId of) {
    return read(r -> r.results().observationsOfPlan(of));
  }

  private static List<ObservationId> ids(List<Observation> observations) {
    return observations.stream().map(Observation::id).toList();
  }

  // ---- the repository: results ---------------------------------------------------------------

  /**
   * A result with every part stored is read back equal, by id and by each of its indicators: a
   * description in three languages; a unit indicator with a unit, a negative decimal baseline with
   * a comment, two dimensions and periods whose targets have decimals (2.5, the most digits a
   * number may have); a descending percentage with a ratio baseline and targets as a quantity and a
   * ratio of decimals; an ordinal indicator on scores; a nominal one; a qualitative one whose
   * baseline and target are narratives in Vietnamese and English. Numbers are kept without their
   * trailing zeros, as the values hold them. An update replacing an indicator whole is read back
   * equal too.
   *
   * @since 0.5.0
   */
  @Test
  protected void aResultWithEveryPartRoundTripsExactly() {
    Indicator trained =
        indicator("People trained", Measure.UNIT)
            .withUnit("people")
            .withAggregation(Aggregation.LATEST_PER_REPORTER)
            .withBaseline(new Baseline(Y2018, Value.quantity("-3.5"), "Khảo sát năm 2018"))
            .withDimension(Dimension.of("sex", "female", "male"))
            .withDimension(Dimension.of("country", "VN", "IL"))
            .withPeriod(period(Y2020, Y2020, Value.quantity("123456789012345.123456")))
            .withPeriod(period(Y2019, Y2019, Value.quantity("2.50")));
    Indicator share =
        indicator("Share of officials trained", Measure.PERCENTAGE)
            .descending()
            .withAggregation(Aggregation.LATEST)
            .withBaseline(Baseline.of(PartialDate.ofHalfYear(2018, 2), Value.ratio(3, 10)))
            .withPeriod(
                period(PartialDate.ofQuarter(2019, 1), PartialDate.ofQuarter(2019, 2), null))
            .withPeriod(
                period(
                    PartialDate.ofMonth(2019, 7),
                    PartialDate.ofMonth(2019, 12),
                    Value.ratio("1.5", "3.25")))
            .withPeriod(period(Y2020, PartialDate.ofYear(2021), Value.quantity("12.75")));
    Indicator maturity =
        indicator("Maturity of the ecosystem", Measure.ORDINAL)
            .withBaseline(Baseline.of(Y2018, Value.score("1")))
            .withPeriod(period(Y2019, Y2020, new Value.Score(1000)));
    Indicator model =
        indicator("Model of support", Measure.NOMINAL)
            .withPeriod(period(Y2019, Y2019, new Value.Score(0)));
    Indicator policy =
        indicator("Policy", Measure.QUALITATIVE)
            .withBaseline(
                Baseline.of(
                    Y2018, Value.narrative(viEn("Chưa có chính sách", "No policy in place"))))
            .withPeriod(period(Y2019, Y2020, Value.narrative(POLICY_ADOPTED)));
    Result given =
        Result.of(
                new ResultId(nextId()),
                plan,
                1,
                ResultType.OUTCOME,
                viEn("Chính sách thúc đẩy khởi nghiệp", "Policies that promote start-ups"))
            .withDescription(
                viEnHe(
                    "Các chính sách được nghiên cứu và ban hành",
                    "Policies researched and adopted",
                    "מדיניות שנחקרה ואומצה"))
            .withIndicator(trained)
            .withIndicator(share)
            .withIndicator(maturity)
            .withIndicator(model)
            .withIndicator(policy);

    Result stored = insert(given);

    assertThat(stored).isEqualTo(withVersion(given, 1));
    assertThat(storedResult(given.id())).contains(stored);
    for (Indicator i : given.indicators()) {
      assertThat(storedResultOf(i.id())).as("the result of %s", i.title()).contains(stored);
    }
    assertThat(storedResults(plan)).containsExactly(stored);
    Result read = storedResult(given.id()).orElseThrow();
    assertThat(read.indicators()).containsExactly(trained, share, maturity, model, policy);
    Indicator readTrained = read.indicator(trained.id());
    assertThat(readTrained.periods().get(0).target()).isEqualTo(Value.quantity("2.5"));
    assertThat(
            ((Value.Quantity) Objects.requireNonNull(readTrained.periods().get(0).target()))
                .amount())
        .isEqualTo(new BigDecimal("2.5"));
    assertThat(
            ((Value.Quantity) Objects.requireNonNull(readTrained.periods().get(1).target()))
                .amount())
        .isEqualTo(new BigDecimal("123456789012345.123456"));
    assertThat(readTrained.baseline()).isEqualTo(trained.baseline());
    assertThat(readTrained.dimensions())
        .containsExactly(
            Dimension.of("sex", "female", "male"), Dimension.of("country", "VN", "IL"));
    assertThat(readTrained.aggregation()).isEqualTo(Aggregation.LATEST_PER_REPORTER);
    assertThat(read.indicator(share.id()).ascending()).isFalse();
    assertThat(read.indicator(share.id()).periods())
        .extracting(Period::target)
        .containsExactly(null, Value.ratio("1.5", "3.25"), Value.quantity("12.75"));
    assertThat(read.indicator(policy.id()).periods().get(0).target())
        .isEqualTo(Value.narrative(POLICY_ADOPTED));
    assertThat(read.description()).isEqualTo(given.description());

    Indicator revisedPolicy =
        new Indicator(
            policy.id(),
            viEn("Chính sách được ban hành", "Policy adopted"),
            Measure.QUALITATIVE,
            "decrees",
            false,
            Aggregation.LATEST,
            null,
            List.of(Dimension.of("level", "national", "city")),
            List.of(
                period(
                    PartialDate.ofYear(2021),
                    PartialDate.ofYear(2021),
                    Value.narrative(viEn("Nghị định được ký", "A decree is signed")))));
    Result revised = stored.withDescription(null).withIndicator(revisedPolicy);
    Result updated = write(r -> r.results().updateResult(revised));
    assertThat(updated).isEqualTo(withVersion(revised, 2));
    assertThat(storedResult(given.id())).contains(updated);
    assertThat(storedResult(given.id()).orElseThrow().indicator(policy.id()))
        .isEqualTo(revisedPolicy);
    assertThat(storedResultOf(policy.id())).contains(updated);
  }

  /**
   * A new result is stored at version 1 and each update adds one, keeping the stored plan whatever
   * plan the update names; a result of a version other than 0 is a conflict, a taken id a
   * duplicate; an update of an unknown result is not found, one at a stale version a conflict; none
   * of them changes what is stored.
   *
   * @since 0.5.0
   */
  @Test
  protected void resultsKeepTheirVersionsAndPlan() {
    Indicator trained = counted("People trained");
    Result first = insert(result(plan, 1, trained));
    assertThat(first.version()).isEqualTo(1);

    assertRefused(
        ConflictException.class, () -> insert(withVersion(result(plan, 1, counted("Late")), 3)));
    DuplicateException taken =
        assertRefused(
            DuplicateException.class,
            () -> insert(result(first.id(), otherPlan, 2, counted("Taken"))));
    assertThat(taken.what()).isEqualTo(DuplicateException.ID);
    NotFoundException unknown =
        assertRefused(
            NotFoundException.class,
            () -> write(r -> r.results().updateResult(withVersion(result(plan, 1), 1))));
    assertThat(unknown.kind()).isEqualTo("result");
    assertRefused(
        ConflictException.class, () -> write(r -> r.results().updateResult(withVersion(first, 0))));

    Indicator more = counted("Agreements signed");
    Result moved =
        new Result(
            first.id(),
            otherPlan,
            2,
            ResultType.IMPACT,
            en("Renamed"),
            en("Described"),
            List.of(trained, more),
            1);
    Result second = write(r -> r.results().updateResult(moved));
    assertThat(second)
        .isEqualTo(
            new Result(
                first.id(),
                plan,
                2,
                ResultType.IMPACT,
                en("Renamed"),
                en("Described"),
                List.of(trained, more),
                2));
    assertThat(storedResult(first.id())).contains(second);
    assertThat(storedResultOf(more.id())).contains(second);
    assertThat(storedResults(plan)).containsExactly(second);
    assertThat(storedResults(otherPlan)).isEmpty();
    assertRefused(ConflictException.class, () -> write(r -> r.results().updateResult(first)));
    Result third = write(r -> r.results().updateResult(second.withDescription(null)));
    assertThat(third.version()).isEqualTo(3);
    assertThat(storedResult(first.id()).orElseThrow().description()).isNull();
  }

  /**
   * An indicator's id is unique across results: a result inserted or updated to hold an indicator
   * id another result holds is a duplicate of {@code indicator.id}, and changes nothing; once its
   * result no longer holds it, the id is found nowhere and another result may take it.
   *
   * @since 0.5.0
   */
  @Test
  protected void anIndicatorIdBelongsToOneResult() {
    Indicator shared = counted("People trained");
    Result holder = insert(result(plan, 1, shared, counted("Kept")));
    Result other = insert(result(plan, 2, counted("Other")));

    DuplicateException onInsert =
        assertRefused(
            DuplicateException.class,
            () -> insert(result(otherPlan, null, counted("New"), shared)));
    assertThat(onInsert.what()).isEqualTo(DuplicateException.INDICATOR);
    DuplicateException onUpdate =
        assertRefused(
            DuplicateException.class,
            () -> write(r -> r.results().updateResult(other.withIndicator(shared))));
    assertThat(onUpdate.what()).isEqualTo(DuplicateException.INDICATOR);
    assertThat(storedResultOf(shared.id())).contains(holder);

    Result released =
        write(
            r ->
                r.results()
                    .updateResult(
                        new Result(
                            holder.id(),
                            plan,
                            1,
                            holder.type(),
                            holder.title(),
                            null,
                            List.of(holder.indicators().get(1)),
                            holder.version())));
    assertThat(storedResultOf(shared.id())).isEmpty();
    assertThat(storedResultOf(holder.indicators().get(1).id())).contains(released);
    Result taking = write(r -> r.results().updateResult(other.withIndicator(shared)));
    assertThat(taking.version()).isEqualTo(2);
    assertThat(storedResultOf(shared.id())).contains(taking);
    assertThat(storedResultOf(new IndicatorId(nextId()))).isEmpty();
    assertThat(storedResult(new ResultId(nextId()))).isEmpty();
  }

  /**
   * A plan's results come those of the plan as a whole first, then by content area, then by the
   * text of their ids (which is not the order of a UUID's signed halves); another plan's results
   * are not among them, and an unknown plan has none.
   *
   * @since 0.5.0
   */
  @Test
  protected void aPlansResultsComePlanWideFirstThenByAreaThenById() {
    ResultId low = new ResultId(UUID.fromString("10000000-0000-7000-8000-000000000000"));
    ResultId high = new ResultId(UUID.fromString("f0000000-0000-7000-8000-000000000000"));
    Result area2 = insert(result(plan, 2, counted("Area 2")));
    Result area1High = insert(result(high, plan, 1, counted("Area 1, high")));
    Result wide2 = insert(result(plan, null));
    Result area1Low = insert(result(low, plan, 1, counted("Area 1, low")));
    Result wide1 =
        insert(
            result(
                new ResultId(UUID.fromString("00000000-0000-7000-8000-0000000000aa")), plan, null));
    Result elsewhere = insert(result(otherPlan, null, counted("Elsewhere")));

    assertThat(storedResults(plan)).containsExactly(wide1, wide2, area1Low, area1High, area2);
    assertThat(storedResults(otherPlan)).containsExactly(elsewhere);
    assertThat(storedResults(new PlanId(nextId()))).isEmpty();
    assertThat(results().resultsOf(plan)).containsExactly(wide1, wide2, area1Low, area1High, area2);
  }

  // ---- the repository: observations ----------------------------------------------------------

  /**
   * An observation with dimension values is stored at version 1 and read back equal; an update
   * stores its review only (status and note, version one more), keeping everything else as first
   * stored; one of a version other than 0 is a conflict, a taken id a duplicate, one of an
   * indicator no result holds not found ({@code indicator}); an update of an unknown observation is
   * not found ({@code observation}), one at a stale version a conflict.
   *
   * @since 0.5.0
   */
  @Test
  protected void anObservationKeepsEverythingButItsReview() {
    Indicator trained =
        counted("People trained")
            .withDimension(Dimension.of("sex", "female", "male"))
            .withDimension(Dimension.of("country", "VN", "IL"));
    insert(result(plan, 1, trained));
    Observation given =
        Observation.draft(
            new ObservationId(nextId()),
            trained,
            trained.periods().get(0).id(),
            Value.quantity("12.5"),
            LocalDate.of(2019, 6, 30),
            Actor.system("reporter"),
            Map.of("sex", "female", "country", "VN"),
            Instant.parse("2019-07-01T08:30:15.123456Z"));

    Observation stored = insert(given);

    assertThat(stored).isEqualTo(withVersion(given, 1));
    assertThat(storedObservation(given.id())).contains(stored);
    assertThat(stored.dimensions())
        .isEqualTo(new TreeMap<>(Map.of("country", "VN", "sex", "female")));
    assertThat(stored.dimensions().keySet()).containsExactly("country", "sex");

    assertRefused(
        ConflictException.class,
        () -> insert(withVersion(draft(trained, Value.quantity(1), "2019-01-01"), 2)));
    DuplicateException taken =
        assertRefused(
            DuplicateException.class,
            () -> insert(draft(given.id(), trained, Value.quantity(1), "2019-01-01", NOW)));
    assertThat(taken.what()).isEqualTo(DuplicateException.ID);
    Indicator nowhere = counted("Held by no result");
    NotFoundException noIndicator =
        assertRefused(
            NotFoundException.class, () -> insert(draft(nowhere, Value.quantity(1), "2019-01-01")));
    assertThat(noIndicator.kind()).isEqualTo("indicator");
    NotFoundException unknown =
        assertRefused(
            NotFoundException.class,
            () ->
                write(
                    r ->
                        r.results()
                            .updateObservation(
                                withVersion(draft(trained, Value.quantity(1), "2019-01-01"), 1))));
    assertThat(unknown.kind()).isEqualTo("observation");

    Observation changedEverything =
        new Observation(
            given.id(),
            new IndicatorId(nextId()),
            new PeriodId(nextId()),
            Value.quantity(99),
            LocalDate.of(2019, 1, 2),
            Actor.system("someone-else"),
            new TreeMap<>(Map.of("sex", "male")),
            ObservationStatus.RETURNED,
            "Thiếu danh sách người tham dự",
            Instant.parse("2020-01-01T00:00:00Z"),
            1);
    Observation returned = write(r -> r.results().updateObservation(changedEverything));
    assertThat(returned)
        .isEqualTo(reviewed(given, ObservationStatus.RETURNED, "Thiếu danh sách người tham dự", 2));
    assertThat(storedObservation(given.id())).contains(returned);
    assertRefused(
        ConflictException.class,
        () ->
            write(
                r ->
                    r.results()
                        .updateObservation(reviewed(given, ObservationStatus.SUBMITTED, null, 1))));
    Observation submitted =
        write(
            r ->
                r.results()
                    .updateObservation(reviewed(returned, ObservationStatus.SUBMITTED, null, 2)));
    assertThat(submitted).isEqualTo(reviewed(given, ObservationStatus.SUBMITTED, null, 3));
    assertThat(storedObservationsOf(trained.id())).containsExactly(submitted);
    assertThat(storedObservation(new ObservationId(nextId()))).isEmpty();
  }

  /**
   * An indicator's observations, and a plan's, come by the day observed, then the time recorded,
   * then the text of their ids, whatever order they were stored in; a plan's are those of every
   * indicator of its results, and not another plan's; an unknown indicator or plan has none.
   *
   * @since 0.5.0
   */
  @Test
  protected void observationsComeByDayThenTimeRecordedThenId() {
    Indicator trained = counted("People trained");
    Indicator signed = counted("Agreements signed");
    Indicator elsewhere = counted("Elsewhere");
    insert(result(plan, 1, trained));
    insert(result(plan, null, signed));
    insert(result(otherPlan, 1, elsewhere));
    Instant early = Instant.parse("2019-07-01T08:00:00Z");
    Instant late = Instant.parse("2019-07-01T09:00:00Z");
    ObservationId low = new ObservationId(UUID.fromString("10000000-0000-7000-8000-000000000000"));
    ObservationId high = new ObservationId(UUID.fromString("f0000000-0000-7000-8000-000000000000"));

    Observation juneLate =
        insert(draft(new ObservationId(nextId()), trained, Value.quantity(1), "2019-06-01", late));
    Observation high15 = insert(draft(high, trained, Value.quantity(2), "2019-06-15", early));
    Observation march =
        insert(draft(new ObservationId(nextId()), trained, Value.quantity(3), "2019-03-01", late));
    Observation juneEarly =
        insert(draft(new ObservationId(nextId()), trained, Value.quantity(4), "2019-06-01", early));
    Observation low15 = insert(draft(low, trained, Value.quantity(5), "2019-06-15", early));
    Observation signedMay =
        insert(draft(new ObservationId(nextId()), signed, Value.quantity(6), "2019-05-01", NOW));
    Observation other =
        insert(draft(new ObservationId(nextId()), elsewhere, Value.quantity(7), "2019-04-01", NOW));

    assertThat(ids(storedObservationsOf(trained.id())))
        .containsExactly(march.id(), juneEarly.id(), juneLate.id(), low15.id(), high15.id());
    assertThat(storedObservationsOf(trained.id()))
        .containsExactly(march, juneEarly, juneLate, low15, high15);
    assertThat(storedObservationsOfPlan(plan))
        .containsExactly(march, signedMay, juneEarly, juneLate, low15, high15);
    assertThat(storedObservationsOfPlan(otherPlan)).containsExactly(other);
    assertThat(storedObservationsOf(signed.id())).containsExactly(signedMay);
    assertThat(storedObservationsOf(new IndicatorId(nextId()))).isEmpty();
    assertThat(storedObservationsOfPlan(new PlanId(nextId()))).isEmpty();
    assertThat(results().observationsOf(trained.id()))
        .containsExactly(march, juneEarly, juneLate, low15, high15);
  }

  /**
   * Every method refuses a missing argument as {@code required}, naming it ({@code id} for a single
   * id looked up), in a writing and in a read-only unit, and changes nothing.
   *
   * @since 0.5.0
   */
  @Test
  // hands null where the API asks for a value, on purpose: the test proves the store refuses it
  @SuppressWarnings("NullAway")
  protected void missingArgumentsAreRequired() {
    insert(result(plan, 1, counted("People trained")));

    assertInvalid(() -> read(r -> r.results().findResult(null)), "id:required");
    assertInvalid(() -> read(r -> r.results().findResultOf(null)), "id:required");
    assertInvalid(() -> read(r -> r.results().resultsOf(null)), "plan:required");
    assertInvalid(() -> read(r -> r.results().findObservation(null)), "id:required");
    assertInvalid(() -> read(r -> r.results().observationsOf(null)), "indicator:required");
    assertInvalid(() -> read(r -> r.results().observationsOfPlan(null)), "plan:required");
    assertInvalid(() -> write(r -> r.results().findResult(null)), "id:required");
    assertInvalid(() -> write(r -> r.results().resultsOf(null)), "plan:required");
    assertInvalid(() -> write(r -> r.results().insertResult(null)), "result:required");
    assertInvalid(() -> write(r -> r.results().updateResult(null)), "result:required");
    assertInvalid(() -> write(r -> r.results().insertObservation(null)), "observation:required");
    assertInvalid(() -> write(r -> r.results().updateObservation(null)), "observation:required");
  }

  /**
   * A unit of work that fails leaves nothing it wrote: no new result, found neither by id, by its
   * indicators nor among its plan's; a result it updated as it was, holding again the indicator the
   * update dropped and not the one it added; no new observation, found neither by id nor among its
   * indicator's and plan's; an observation it reviewed as it was. The ids it used are free again.
   *
   * @since 0.5.0
   */
  @Test
  protected void aFailedUnitLeavesNoResultOrObservation() {
    Indicator kept = counted("People trained");
    Result stored = insert(result(plan, 1, kept));
    Observation reported = insert(draft(kept, Value.quantity(10), "2019-05-01"));
    Indicator added = counted("Added");
    Indicator lostIndicator = counted("Lost");
    Result lost = result(plan, null, lostIndicator);
    Observation lostObservation = draft(lostIndicator, Value.quantity(3), "2019-02-01");
    Observation lostOnKept = draft(kept, Value.quantity(4), "2019-03-01");
    Map<String, Object> before = snapshot();

    thrown(
        IllegalStateException.class,
        () ->
            write(
                r -> {
                  r.results().insertResult(lost);
                  r.results().insertObservation(lostObservation);
                  r.results().insertObservation(lostOnKept);
                  r.results()
                      .updateObservation(reviewed(reported, ObservationStatus.SUBMITTED, null, 1));
                  r.results()
                      .updateResult(
                          new Result(
                              stored.id(),
                              plan,
                              2,
                              stored.type(),
                              en("Changed"),
                              null,
                              List.of(added),
                              stored.version()));
                  throw new IllegalStateException("the unit fails");
                }));

    assertThat(snapshot()).isEqualTo(before);
    assertThat(storedResult(lost.id())).isEmpty();
    assertThat(storedResultOf(lostIndicator.id())).isEmpty();
    assertThat(storedResultOf(added.id())).isEmpty();
    assertThat(storedResultOf(kept.id())).contains(stored);
    assertThat(storedResult(stored.id())).contains(stored);
    assertThat(storedResults(plan)).containsExactly(stored);
    assertThat(storedObservation(lostObservation.id())).isEmpty();
    assertThat(storedObservation(lostOnKept.id())).isEmpty();
    assertThat(storedObservationsOf(lostIndicator.id())).isEmpty();
    assertThat(storedObservationsOf(kept.id())).containsExactly(reported);
    assertThat(storedObservationsOfPlan(plan)).containsExactly(reported);
    assertThat(storedObservation(reported.id())).contains(reported);

    Result again = insert(lost);
    assertThat(again).isEqualTo(withVersion(lost, 1));
    assertThat(storedResults(plan)).containsExactly(again, stored);
    Observation reportedAgain = insert(lostObservation);
    assertThat(storedObservationsOfPlan(plan)).containsExactly(reportedAgain, reported);
  }

  // ---- the use cases -------------------------------------------------------------------------

  private Result define(@Nullable Integer area) {
    return results()
        .define(
            DefineResult.of(
                plan,
                area,
                ResultType.OUTCOME,
                viEn("Hệ sinh thái khởi nghiệp", "The start-up ecosystem")));
  }

  private static Indicator last(Result r) {
    return r.indicators().get(r.indicators().size() - 1);
  }

  /** Defines an indicator through the use cases, with one period, 2019, with the target given. */
  private Indicator defineWithPeriod(DefineIndicator command, @Nullable Value target) {
    IndicatorId id = last(results().defineIndicator(command)).id();
    AddPeriod add = AddPeriod.of(id, Y2019, Y2019);
    return results().addPeriod(target == null ? add : add.withTarget(target)).indicator(id);
  }

  private static PeriodId only(Indicator i) {
    return i.periods().get(0).id();
  }

  private Observation reported(Indicator i, Value value, String day) {
    return results().report(ReportObservation.of(i.id(), only(i), value, LocalDate.parse(day)));
  }

  private Observation approved(Indicator i, Value value, String day) {
    Observation o = reported(i, value, day);
    results().review(ReviewObservation.submit(o.id()));
    return results().review(ReviewObservation.approve(o.id()));
  }

  /**
   * Through the use cases: a result defined with a description, an indicator added with a unit, a
   * baseline and dimensions, a period added with a target and its target then changed; each step
   * returns the stored result one version on, the new indicator last, and the store reads back what
   * the last step returned.
   *
   * @since 0.5.0
   */
  @Test
  protected void theUseCasesDefineResultsIndicatorsPeriodsAndTargets() {
    Result defined =
        results()
            .define(
                DefineResult.of(plan, 2, ResultType.OUTPUT, viEn("Đào tạo", "Training"))
                    .describedAs(viEn("Các khóa đào tạo", "The training courses")));
    assertThat(defined.version()).isEqualTo(1);
    assertThat(defined.plan()).isEqualTo(plan);
    assertThat(defined.contentArea()).isEqualTo(2);
    assertThat(defined.indicators()).isEmpty();
    Result first =
        results()
            .defineIndicator(DefineIndicator.of(defined.id(), en("Courses held"), Measure.UNIT));
    Result second =
        results()
            .defineIndicator(
                DefineIndicator.of(defined.id(), en("People trained"), Measure.UNIT)
                    .withUnit("people")
                    .aggregatedBy(Aggregation.LATEST)
                    .withBaseline(new Baseline(Y2018, Value.quantity("2.5"), "Năm 2018"))
                    .withDimension(Dimension.of("sex", "female", "male")));
    assertThat(second.version()).isEqualTo(3);
    Indicator trained = last(second);
    assertThat(second.indicators()).containsExactly(first.indicators().get(0), trained);
    assertThat(trained.unit()).isEqualTo("people");
    assertThat(trained.aggregation()).isEqualTo(Aggregation.LATEST);
    assertThat(trained.baseline())
        .isEqualTo(new Baseline(Y2018, Value.quantity("2.5"), "Năm 2018"));
    assertThat(trained.dimensions()).containsExactly(Dimension.of("sex", "female", "male"));
    Result third =
        results()
            .addPeriod(AddPeriod.of(trained.id(), Y2019, Y2019).withTarget(Value.quantity(40)));
    PeriodId period = only(third.indicator(trained.id()));
    Result fourth =
        results().setTarget(new SetTarget(trained.id(), period, Value.quantity("42.5")));

    assertThat(fourth.version()).isEqualTo(5);
    assertThat(fourth.indicator(trained.id()).periods())
        .containsExactly(new Period(period, Y2019, Y2019, Value.quantity("42.5")));
    assertThat(results().get(defined.id())).isEqualTo(fourth);
    assertThat(storedResult(defined.id())).contains(fourth);
    assertThat(storedResultOf(trained.id())).contains(fourth);
    assertThat(results().resultsOf(plan)).containsExactly(fourth);
    Result cleared = results().setTarget(new SetTarget(trained.id(), period, null));
    assertThat(cleared.indicator(trained.id()).periods().get(0).target()).isNull();
    assertThat(storedResult(defined.id())).contains(cleared);
  }

  /**
   * A descending indicator, baseline 90, target 60, actual 75, has come half the way: progress 0.5,
   * with its formula; the plan's progress has that line too.
   *
   * @since 0.5.0
   */
  @Test
  protected void aDescendingIndicatorProgressesFromItsBaseline() {
    Result defined = define(1);
    Indicator days =
        defineWithPeriod(
            DefineIndicator.of(defined.id(), en("Days to register a start-up"), Measure.UNIT)
                .withUnit("days")
                .descending()
                .aggregatedBy(Aggregation.LATEST)
                .withBaseline(Baseline.of(Y2018, Value.quantity(90))),
            Value.quantity(60));
    approved(days, Value.quantity(75), "2019-06-30");

    Progress progress = results().progress(days.id(), only(days));

    assertThat(progress.value()).isEqualTo(new BigDecimal("0.5"));
    assertThat(progress.percent()).isEqualTo(new BigDecimal("50"));
    assertThat(progress.formula())
        .isEqualTo("(actual − baseline) / (target − baseline) = (75 − 90) / (60 − 90) = 0.5");
    assertThat(progress.inputs())
        .containsExactly(
            Map.entry("actual", new BigDecimal("75")),
            Map.entry("target", new BigDecimal("60")),
            Map.entry("baseline", new BigDecimal("90")));
    assertThat(progress.warnings()).isEmpty();
    List<IndicatorProgress> lines = results().progressOf(plan);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).result()).isEqualTo(defined.id());
    assertThat(lines.get(0).contentArea()).isEqualTo(1);
    assertThat(lines.get(0).period().id()).isEqualTo(only(days));
    assertThat(lines.get(0).progress()).isEqualTo(progress);
  }

  /**
   * A percentage's observations 3/10 and 1/90, approved, make 4 %: the sum of the numerators over
   * the sum of the denominators, never the mean of the percentages.
   *
   * @since 0.5.0
   */
  @Test
  protected void aPercentageIsTheRatioOfTheSums() {
    Result defined = define(1);
    Indicator share =
        defineWithPeriod(
            DefineIndicator.of(defined.id(), en("Share of officials trained"), Measure.PERCENTAGE),
            Value.quantity(8));
    Observation first = approved(share, Value.ratio(3, 10), "2019-03-31");
    Observation second = approved(share, Value.ratio("1", "90"), "2019-09-30");

    Actual actual = results().actual(share.id(), only(share), Map.of());

    assertThat(actual.value()).isEqualTo(new BigDecimal("4"));
    assertThat(actual.numerator()).isEqualTo(new BigDecimal("4"));
    assertThat(actual.denominator()).isEqualTo(new BigDecimal("100"));
    assertThat(actual.counted()).containsExactly(first.id(), second.id());
    assertThat(actual.formula())
        .isEqualTo(
            "Σ numerators / Σ denominators × 100 = (3 + 1) / (10 + 90) × 100 = 4 / 100 × 100 = 4");
    assertThat(results().progress(share.id(), only(share)).value())
        .isEqualTo(new BigDecimal("0.5"));
  }

  /**
   * A cumulative indicator ({@code LATEST}) with three approved observations, reported out of
   * order, has the latest one's value as its actual, never their sum.
   *
   * @since 0.5.0
   */
  @Test
  protected void aCumulativeIndicatorTakesTheLatest() {
    Result defined = define(null);
    Indicator agreements =
        defineWithPeriod(
            DefineIndicator.of(defined.id(), en("Agreements signed, to date"), Measure.UNIT)
                .aggregatedBy(Aggregation.LATEST),
            Value.quantity(50));
    Observation june = approved(agreements, Value.quantity(25), "2019-06-30");
    Observation september = approved(agreements, Value.quantity(40), "2019-09-30");
    Observation march = approved(agreements, Value.quantity(10), "2019-03-31");

    Actual actual = results().actual(agreements.id(), only(agreements), Map.of());

    assertThat(actual.value()).isEqualTo(new BigDecimal("40"));
    assertThat(actual.counted()).containsExactly(september.id());
    assertThat(actual.formula())
        .isEqualTo("latest approved observation (observed 2019-09-30) = 40");
    assertThat(results().observationsOf(agreements.id()))
        .extracting(Observation::id)
        .containsExactly(march.id(), june.id(), september.id());
    assertThat(results().progress(agreements.id(), only(agreements)).value())
        .isEqualTo(new BigDecimal("0.8"));
  }

  /**
   * Taking an approval back changes the actual and the progress at once: 12 and 18 approved make
   * 30, half of the target 60; with the 18 un-approved, 12, a fifth, and a warning that one
   * observation awaits review. Approving it again brings back 30.
   *
   * @since 0.5.0
   */
  @Test
  protected void unapprovingChangesTheActualAtOnce() {
    Result defined = define(1);
    Indicator trained =
        defineWithPeriod(
            DefineIndicator.of(defined.id(), en("People trained"), Measure.UNIT),
            Value.quantity(60));
    approved(trained, Value.quantity(12), "2019-04-01");
    Observation later = approved(trained, Value.quantity(18), "2019-05-01");
    assertThat(results().actual(trained.id(), only(trained), Map.of()).value())
        .isEqualTo(new BigDecimal("30"));
    assertThat(results().progress(trained.id(), only(trained)).value())
        .isEqualTo(new BigDecimal("0.5"));

    Observation unapproved = results().review(ReviewObservation.unapprove(later.id()));

    assertThat(unapproved.status()).isEqualTo(ObservationStatus.SUBMITTED);
    assertThat(unapproved.version()).isEqualTo(4);
    Actual actual = results().actual(trained.id(), only(trained), Map.of());
    assertThat(actual.value()).isEqualTo(new BigDecimal("12"));
    assertThat(actual.warnings())
        .containsExactly("1 submitted observation(s) await review and are not counted");
    Progress progress = results().progress(trained.id(), only(trained));
    assertThat(progress.value()).isEqualTo(new BigDecimal("0.2"));
    assertThat(progress.formula()).isEqualTo("actual / target = 12 / 60 = 0.2");
    assertThat(storedObservation(later.id())).contains(unapproved);

    results().review(ReviewObservation.approve(later.id()));
    assertThat(results().actual(trained.id(), only(trained), Map.of()).value())
        .isEqualTo(new BigDecimal("30"));
  }

  /**
   * A breakdown by a dimension is counted in its breakdown only, and its dimension values come back
   * from the store as reported.
   *
   * @since 0.5.0
   */
  @Test
  protected void aBreakdownIsCountedInItsBreakdownOnly() {
    Result defined = define(1);
    Indicator trained =
        defineWithPeriod(
            DefineIndicator.of(defined.id(), en("People trained"), Measure.UNIT)
                .withDimension(Dimension.of("sex", "female", "male")),
            Value.quantity(60));
    approved(trained, Value.quantity(20), "2019-04-01");
    Observation women =
        results()
            .report(
                ReportObservation.of(
                        trained.id(), only(trained), Value.quantity(9), LocalDate.of(2019, 4, 1))
                    .brokenDownBy("sex", "female"));
    results().review(ReviewObservation.submit(women.id()));
    results().review(ReviewObservation.approve(women.id()));

    assertThat(storedObservation(women.id()).orElseThrow().dimensions())
        .containsExactly(Map.entry("sex", "female"));
    assertThat(results().actual(trained.id(), only(trained), Map.of()).value())
        .isEqualTo(new BigDecimal("20"));
    assertThat(results().actual(trained.id(), only(trained), Map.of("sex", "female")).value())
        .isEqualTo(new BigDecimal("9"));
    assertThat(results().actual(trained.id(), only(trained), Map.of("sex", "male")).value())
        .isNull();
  }

  /**
   * A value that is not known is not reported: "N/A" is no quantity, a ratio is not a unit
   * indicator's value, a day outside the period is refused; nothing is stored, and the period stays
   * not reported, never zero.
   *
   * @since 0.5.0
   */
  @Test
  protected void notApplicableIsRefusedAndNothingIsStored() {
    Result defined = define(1);
    Indicator trained =
        defineWithPeriod(
            DefineIndicator.of(defined.id(), en("People trained"), Measure.UNIT),
            Value.quantity(60));

    assertInvalid(() -> reported(trained, Value.quantity("N/A"), "2019-04-01"), "amount:malformed");
    assertInvalid(() -> reported(trained, Value.ratio(1, 2), "2019-04-01"), "value:out-of-range");
    assertInvalid(
        () -> reported(trained, Value.quantity(3), "2020-01-01"), "observedOn:out-of-range");

    assertThat(results().observationsOf(trained.id())).isEmpty();
    assertThat(storedObservationsOfPlan(plan)).isEmpty();
    Actual actual = results().actual(trained.id(), only(trained), Map.of());
    assertThat(actual.value()).isNull();
    assertThat(actual.reported()).isFalse();
    assertThat(results().progress(trained.id(), only(trained)).value()).isNull();
  }

  /**
   * Defining a result and reviewing an observation are in the history, as changes of a {@code
   * RESULT} and of an {@code OBSERVATION} of the plan, by the acting actor, at the versions stored.
   *
   * @since 0.5.0
   */
  @Test
  protected void theHistoryRecordsResultsAndObservations() {
    Result defined = define(1);
    Indicator trained =
        defineWithPeriod(
            DefineIndicator.of(defined.id(), en("People trained"), Measure.UNIT),
            Value.quantity(60));
    Observation o = reported(trained, Value.quantity(5), "2019-04-01");
    Observation submitted = results().review(ReviewObservation.submit(o.id()));

    List<ChangeRecord> ofResult =
        coplan().history().of(HistoryQuery.of(AggregateRef.of(defined.id()))).items();
    assertThat(ofResult).extracting(ChangeRecord::version).containsExactly(3L, 2L, 1L);
    assertThat(ofResult)
        .extracting(ChangeRecord::commandName)
        .containsExactly("AddPeriod", "DefineIndicator", "DefineResult");
    assertThat(ofResult)
        .extracting(ChangeRecord::aggregate)
        .containsOnly(new AggregateRef(AggregateKind.RESULT, defined.id().value()));
    assertThat(ofResult).extracting(ChangeRecord::plan).containsOnly(plan);
    assertThat(ofResult).extracting(ChangeRecord::actor).containsOnly(ACTOR);

    List<ChangeRecord> ofObservation =
        coplan().history().of(HistoryQuery.of(AggregateRef.of(o.id()))).items();
    assertThat(ofObservation).extracting(ChangeRecord::version).containsExactly(2L, 1L);
    assertThat(submitted.version()).isEqualTo(2);
    assertThat(ofObservation)
        .extracting(ChangeRecord::commandName)
        .containsExactly("ReviewObservation.Submit", "ReportObservation");
    assertThat(ofObservation)
        .extracting(ChangeRecord::aggregate)
        .containsOnly(new AggregateRef(AggregateKind.OBSERVATION, o.id().value()));
    assertThat(ofObservation).extracting(ChangeRecord::plan).containsOnly(plan);

    assertThat(coplan().history().feed(plan, 0, HistoryQuery.MAX_PAGE_SIZE))
        .extracting(c -> c.aggregate().kind())
        .contains(AggregateKind.RESULT, AggregateKind.OBSERVATION);
  }

  /**
   * Who may do what: a person who may not see the plan finds no result, indicator or plan; a viewer
   * may read but not report; a reporter of content area 1 reports there (as the reporter) and
   * submits their own draft, but may neither approve it ({@code EDIT_ACTIVITIES}) nor report in
   * area 2; a viewer may not submit another's draft; the coordinator of area 1 approves it. Nothing
   * refused is stored.
   *
   * @since 0.5.0
   */
  @Test
  protected void whoMayReportSubmitAndApprove() {
    Result inArea1 = define(1);
    Indicator trained =
        defineWithPeriod(
            DefineIndicator.of(inArea1.id(), en("People trained"), Measure.UNIT),
            Value.quantity(60));
    Result inArea2 = define(2);
    Indicator held =
        defineWithPeriod(
            DefineIndicator.of(inArea2.id(), en("Events held"), Measure.UNIT), Value.quantity(6));
    PersonId stranger = person("Người lạ");
    PersonId viewer = person("Người xem");
    PersonId reporter = person("Người báo cáo");
    PersonId coordinator = person("Điều phối viên");
    coplan()
        .plans()
        .grant(
            new GrantRole(
                plan,
                new Grant(Principal.person(coordinator), PlanRole.COORDINATOR, Set.of(1)),
                null));
    coplan()
        .plans()
        .grant(new GrantRole(plan, Grant.of(Principal.person(viewer), PlanRole.VIEWER), null));
    coplan()
        .plans()
        .grant(
            new GrantRole(
                plan, new Grant(Principal.person(reporter), PlanRole.REPORTER, Set.of(1)), null));
    ResultUseCases asStranger = entryPoint().actingAs(Actor.person(stranger)).results();
    ResultUseCases asViewer = entryPoint().actingAs(Actor.person(viewer)).results();
    ResultUseCases asReporter = entryPoint().actingAs(Actor.person(reporter)).results();
    ReportObservation report =
        ReportObservation.of(
            trained.id(), only(trained), Value.quantity(7), LocalDate.of(2019, 5, 1));

    NotFoundException hidden =
        assertRefused(NotFoundException.class, () -> asStranger.report(report));
    assertThat(hidden.kind()).isEqualTo("indicator");
    assertThat(assertRefused(NotFoundException.class, () -> asStranger.get(inArea1.id())).kind())
        .isEqualTo("result");
    assertThat(assertRefused(NotFoundException.class, () -> asStranger.resultsOf(plan)).kind())
        .isEqualTo("plan");
    AccessDeniedException denied =
        assertRefused(AccessDeniedException.class, () -> asViewer.report(report));
    assertThat(denied.permission()).isEqualTo("RECORD_OUTCOMES");
    assertThat(asViewer.resultsOf(plan))
        .containsExactly(
            storedResult(inArea1.id()).orElseThrow(), storedResult(inArea2.id()).orElseThrow());

    Observation own = asReporter.report(report);
    assertThat(own.reporter()).isEqualTo(Actor.person(reporter));
    assertThat(own.status()).isEqualTo(ObservationStatus.DRAFT);
    assertThat(own.recordedAt()).isEqualTo(NOW);
    assertThat(storedObservation(own.id())).contains(own);
    assertRefused(
        AccessDeniedException.class, () -> asViewer.review(ReviewObservation.submit(own.id())));
    Observation submitted = asReporter.review(ReviewObservation.submit(own.id()));
    assertThat(submitted.status()).isEqualTo(ObservationStatus.SUBMITTED);
    assertThat(submitted.version()).isEqualTo(2);
    AccessDeniedException notApprover =
        assertRefused(
            AccessDeniedException.class,
            () -> asReporter.review(ReviewObservation.approve(own.id())));
    assertThat(notApprover.permission()).isEqualTo("EDIT_ACTIVITIES");
    assertRefused(
        AccessDeniedException.class,
        () ->
            asReporter.report(
                ReportObservation.of(
                    held.id(), only(held), Value.quantity(1), LocalDate.of(2019, 5, 1))));
    assertRefused(
        NotFoundException.class, () -> asStranger.review(ReviewObservation.approve(own.id())));
    Observation approved =
        entryPoint()
            .actingAs(Actor.person(coordinator))
            .results()
            .review(ReviewObservation.approve(own.id()));
    assertThat(approved.status()).isEqualTo(ObservationStatus.APPROVED);
    assertThat(asViewer.actual(trained.id(), only(trained), Map.of()).value())
        .isEqualTo(new BigDecimal("7"));
  }

  private PersonId person(String name) {
    return coplan()
        .people()
        .register(new RegisterPerson(PersonProfile.of(name, CountryCode.VN), List.of()))
        .id();
  }
}

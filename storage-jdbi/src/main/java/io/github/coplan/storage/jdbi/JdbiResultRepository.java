package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Aggregation;
import io.github.coplan.domain.result.Baseline;
import io.github.coplan.domain.result.Evidence;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.ObservationStatus;
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
import io.github.coplan.port.storage.ResultRepository;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jspecify.annotations.Nullable;

/**
 * The results framework in the tables of migration 11: each result in {@code result}, its
 * indicators in {@code indicator} (whose primary key keeps an indicator's id unique across every
 * result) and their periods in {@code indicator_period}, written together and replaced together
 * when the result is; and the observations in {@code observation}, of which only the review
 * changes.
 *
 * <p>A result is read in three statements (its row, its indicators, their periods), and so are all
 * the results of a plan, however many indicators they hold. Values are kept exactly: a number as
 * the plain text of its decimal, never as a floating-point number.
 *
 * <p>A derived indicator's rule is kept in its row (migration 12): its kind and its sets, each as
 * its elements' text joined by commas in the rule's order. What a rule counts is one statement per
 * call of {@link #derive} (the periods a {@code VALUES} table joined to one range of the plan's
 * activities or introductions by day per period) and of {@link #evidence}; neither reads a table
 * whole.
 *
 * <p>Nothing here is cached: results and observations are not offered to the store's {@link
 * AggregateCache}, so every read goes to the tables and sees what is committed (the cache holds
 * plans and activities, whose reads are the hot path; a plan's results are few and read together).
 * Not thread-safe: one per unit of work.
 */
final class JdbiResultRepository implements ResultRepository {

  /** The kind that stale versions and missing results name. */
  static final String RESULT = "result";

  /** The kind that stale versions and missing observations name. */
  static final String OBSERVATION = "observation";

  /** The kind a missing indicator names. */
  static final String INDICATOR = "indicator";

  /** The savepoint a result's write is undone to when one of its indicators' ids is taken. */
  private static final String SAVEPOINT = "coplan_result";

  private static final String QUANTITY = "quantity";
  private static final String RATIO = "ratio";
  private static final String SCORE = "score";
  private static final String NARRATIVE = "narrative";

  private static final String COMPLETED_ACTIVITIES = "completed_activities";
  private static final String ATTENDEES = "attendees";
  private static final String AGREED_INTRODUCTIONS = "agreed_introductions";

  /** The columns of {@code result.select}. */
  private static final RowMapper<Row> RESULT_ROW =
      (rs, ctx) ->
          new Row(
              Columns.required(rs, 1, UUID.class),
              Columns.required(rs, 2, Long.class),
              Columns.required(rs, 3, PlanId.class),
              Columns.get(rs, 4, Integer.class),
              Columns.required(rs, 5, ResultType.class),
              Columns.required(rs, 6, LocalizedText.class),
              Columns.get(rs, 7, LocalizedText.class));

  /** The columns of {@code observation.select}. */
  private static final RowMapper<Observation> OBSERVATION_ROW =
      (rs, ctx) ->
          new Observation(
              new ObservationId(Columns.required(rs, 1, UUID.class)),
              new IndicatorId(Columns.required(rs, 3, UUID.class)),
              new PeriodId(Columns.required(rs, 4, UUID.class)),
              requiredValue(rs, 5),
              Columns.required(rs, 9, LocalDate.class),
              Actor.parse(Columns.required(rs, 10, String.class)),
              DimensionsJson.decodeBreakdown(Columns.required(rs, 11, String.class)),
              Columns.required(rs, 12, ObservationStatus.class),
              Columns.get(rs, 13, String.class),
              instant(rs, 14),
              Columns.required(rs, 2, Long.class));

  private final Unit unit;

  JdbiResultRepository(Unit unit) {
    this.unit = unit;
  }

  // ---- results ----------------------------------------------------------------------------------

  @Override
  public Optional<Result> findResult(ResultId id) {
    return unit.read(
        "read a result",
        id,
        "id",
        () -> {
          List<Row> rows =
              unit.handle()
                  .createQuery(unit.keeping(select("result.select", "result.byId")))
                  .bind("id", id.value())
                  .map(RESULT_ROW)
                  .list();
          return rows.isEmpty() ? Optional.empty() : Optional.of(ofOne(rows.get(0)));
        });
  }

  @Override
  public Optional<Result> findResultOf(IndicatorId indicator) {
    return unit.read(
        "read a result",
        indicator,
        "id",
        () -> {
          List<Row> rows =
              unit.handle()
                  .createQuery(unit.keeping(select("result.select", "result.byIndicator")))
                  .bind("indicator", indicator.value())
                  .map(RESULT_ROW)
                  .list();
          return rows.isEmpty() ? Optional.empty() : Optional.of(ofOne(rows.get(0)));
        });
  }

  @Override
  public List<Result> resultsOf(PlanId plan) {
    return unit.read(
        "read the results of a plan",
        plan,
        "plan",
        () -> {
          Handle h = unit.handle();
          List<Row> rows =
              h.createQuery(select("result.select", "result.byPlan"))
                  .bind("plan", plan)
                  .map(RESULT_ROW)
                  .list();
          if (rows.isEmpty()) {
            return List.of();
          }
          Map<UUID, List<Period>> periods =
              periods(h.createQuery(select("period.select", "period.byPlan")).bind("plan", plan));
          Map<UUID, List<Indicator>> indicators =
              indicators(
                  h.createQuery(select("indicator.select", "indicator.byPlan")).bind("plan", plan),
                  periods);
          List<Result> results = new ArrayList<>(rows.size());
          for (Row row : rows) {
            results.add(row.result(indicators.getOrDefault(row.id(), List.of())));
          }
          return List.copyOf(results);
        });
  }

  /** A result whose row was read, with its indicators and their periods. */
  private Result ofOne(Row row) {
    Handle h = unit.handle();
    Map<UUID, List<Period>> periods =
        periods(h.createQuery(select("period.select", "period.byResult")).bind("result", row.id()));
    Map<UUID, List<Indicator>> indicators =
        indicators(
            h.createQuery(select("indicator.select", "indicator.byResult"))
                .bind("result", row.id()),
            periods);
    return row.result(indicators.getOrDefault(row.id(), List.of()));
  }

  /** The periods a query of {@code period.select} reads, by their indicator's id. */
  private static Map<UUID, List<Period>> periods(Query query) {
    Map<UUID, List<Period>> byIndicator = new HashMap<>();
    query
        .map(
            (RowMapper<Void>)
                (rs, ctx) -> {
                  byIndicator
                      .computeIfAbsent(Columns.required(rs, 1, UUID.class), k -> new ArrayList<>())
                      .add(
                          new Period(
                              new PeriodId(Columns.required(rs, 2, UUID.class)),
                              Columns.required(rs, 3, PartialDate.class),
                              Columns.required(rs, 4, PartialDate.class),
                              value(rs, 5)));
                  return null;
                })
        .forEach(ignored -> {});
    return byIndicator;
  }

  /**
   * The indicators a query of {@code indicator.select} reads, with their periods, by their result's
   * id, each result's in the order read.
   */
  private static Map<UUID, List<Indicator>> indicators(
      Query query, Map<UUID, List<Period>> periods) {
    Map<UUID, List<Indicator>> byResult = new LinkedHashMap<>();
    query
        .map(
            (RowMapper<Void>)
                (rs, ctx) -> {
                  UUID id = Columns.required(rs, 2, UUID.class);
                  PartialDate baselineDate = Columns.get(rs, 8, PartialDate.class);
                  Baseline baseline =
                      baselineDate == null
                          ? null
                          : new Baseline(
                              baselineDate,
                              requiredValue(rs, 9),
                              Columns.get(rs, 13, String.class));
                  byResult
                      .computeIfAbsent(Columns.required(rs, 1, UUID.class), k -> new ArrayList<>())
                      .add(
                          new Indicator(
                              new IndicatorId(id),
                              Columns.required(rs, 3, LocalizedText.class),
                              Columns.required(rs, 4, Measure.class),
                              Columns.get(rs, 5, String.class),
                              Columns.required(rs, 6, Boolean.class),
                              Columns.required(rs, 7, Aggregation.class),
                              baseline,
                              DimensionsJson.decodeDimensions(
                                  Columns.required(rs, 14, String.class)),
                              periods.getOrDefault(id, List.of()),
                              rule(rs, 15)));
                  return null;
                })
        .forEach(ignored -> {});
    return byResult;
  }

  @Override
  public Result insertResult(Result result) {
    return unit.write(
        "store a result",
        result,
        "result",
        () -> {
          ResultId id = result.id();
          if (result.version() != 0) {
            throw new ConflictException(RESULT, id.toString(), result.version());
          }
          Handle h = unit.handle();
          h.savepoint(SAVEPOINT);
          try {
            int inserted =
                resultFields(h.createUpdate(unit.sql().get("result.insert")), result)
                    .bind("plan", result.plan())
                    .execute();
            if (inserted == 0) {
              h.rollbackToSavepoint(SAVEPOINT);
              throw new DuplicateException(DuplicateException.ID, id.toString());
            }
            insertIndicators(result);
          } catch (RuntimeException e) {
            throw indicatorTaken(result, e);
          }
          h.releaseSavepoint(SAVEPOINT);
          return withVersion(result, result.plan(), 1);
        });
  }

  @Override
  public Result updateResult(Result result) {
    return unit.write(
        "store a result",
        result,
        "result",
        () -> {
          ResultId id = result.id();
          Handle h = unit.handle();
          Optional<Map.Entry<Long, PlanId>> stored =
              h.createQuery(unit.rowsToKeep("result.versionAndPlan"))
                  .bind("id", id.value())
                  .map(
                      (rs, ctx) ->
                          Map.entry(
                              Columns.required(rs, 1, Long.class),
                              Columns.required(rs, 2, PlanId.class)))
                  .findFirst();
          if (stored.isEmpty()) {
            throw new NotFoundException(RESULT, id.toString());
          }
          if (stored.get().getKey() != result.version()) {
            throw new ConflictException(RESULT, id.toString(), result.version());
          }
          h.savepoint(SAVEPOINT);
          try {
            int updated =
                resultFields(h.createUpdate(unit.sql().get("result.update")), result)
                    .bind("version", result.version())
                    .execute();
            if (updated == 0) {
              h.rollbackToSavepoint(SAVEPOINT);
              throw new ConflictException(RESULT, id.toString(), result.version());
            }
            h.createUpdate(unit.sql().get("period.deleteOfResult"))
                .bind("result", id.value())
                .execute();
            h.createUpdate(unit.sql().get("indicator.deleteOfResult"))
                .bind("result", id.value())
                .execute();
            insertIndicators(result);
          } catch (RuntimeException e) {
            throw indicatorTaken(result, e);
          }
          h.releaseSavepoint(SAVEPOINT);
          return withVersion(result, stored.get().getValue(), result.version() + 1);
        });
  }

  /**
   * The error of a failed write of a result: when an id of its indicators is taken (a unique
   * violation), the write is undone to the savepoint, the unit goes on, and the indicator another
   * result holds is named; any other failure is passed on.
   */
  private RuntimeException indicatorTaken(Result result, RuntimeException e) {
    if (!JdbiActivityRepository.isUniqueViolation(unit.dialect(), e)) {
      return e;
    }
    Handle h = unit.handle();
    // JDBI forgets a savepoint it rolled back to; the database ends it with the transaction.
    h.rollbackToSavepoint(SAVEPOINT);
    for (Indicator i : result.indicators()) {
      Optional<UUID> owner =
          h.createQuery(unit.sql().get("indicator.owner"))
              .bind("id", i.id().value())
              .mapTo(UUID.class)
              .findFirst();
      if (owner.isPresent() && !owner.get().equals(result.id().value())) {
        return new DuplicateException(DuplicateException.INDICATOR, i.id().toString());
      }
    }
    return e;
  }

  /** Binds the columns of a result that may change: all but its plan and version. */
  private static <S extends SqlStatement<S>> S resultFields(S s, Result r) {
    return s.bind("id", r.id().value())
        .bindByType("area", r.contentArea(), Integer.class)
        .bind("type", r.type())
        .bind("title", r.title())
        .bindByType("description", r.description(), LocalizedText.class);
  }

  /** Inserts a result's indicators and their periods, in a batch each. */
  private void insertIndicators(Result result) {
    List<Indicator> indicators = result.indicators();
    if (indicators.isEmpty()) {
      return;
    }
    Handle h = unit.handle();
    PreparedBatch batch = h.prepareBatch(unit.sql().get("indicator.insert"));
    boolean anyPeriod = false;
    for (int ordinal = 0; ordinal < indicators.size(); ordinal++) {
      Indicator i = indicators.get(ordinal);
      Baseline baseline = i.baseline();
      bindValue(batch, "baseline", baseline == null ? null : baseline.value())
          .bind("id", i.id().value())
          .bind("result", result.id().value())
          .bind("ordinal", ordinal)
          .bind("title", i.title())
          .bind("measure", i.measure())
          .bindByType("unit", i.unit(), String.class)
          .bind("ascending", i.ascending())
          .bind("aggregation", i.aggregation())
          .bindByType("baselineDate", baseline == null ? null : baseline.date(), PartialDate.class)
          .bindByType("baselineComment", baseline == null ? null : baseline.comment(), String.class)
          .bind("dimensions", DimensionsJson.encodeDimensions(i.dimensions()));
      bindRule(batch, i.rule()).add();
      anyPeriod |= !i.periods().isEmpty();
    }
    batch.execute();
    if (!anyPeriod) {
      return;
    }
    PreparedBatch periods = h.prepareBatch(unit.sql().get("period.insert"));
    for (Indicator i : indicators) {
      for (Period p : i.periods()) {
        bindValue(periods, "target", p.target())
            .bind("indicator", i.id().value())
            .bind("id", p.id().value())
            .bind("start", p.start())
            .bind("end", p.end())
            .bind("firstDay", p.firstDay())
            .bind("lastDay", p.lastDay())
            .add();
      }
    }
    periods.execute();
  }

  private static Result withVersion(Result r, PlanId plan, long version) {
    return new Result(
        r.id(),
        plan,
        r.contentArea(),
        r.type(),
        r.title(),
        r.description(),
        r.indicators(),
        version);
  }

  // ---- observations -----------------------------------------------------------------------------

  @Override
  public Optional<Observation> findObservation(ObservationId id) {
    return unit.read(
        "read an observation",
        id,
        "id",
        () ->
            unit.handle()
                .createQuery(unit.keeping(select("observation.select", "observation.byId")))
                .bind("id", id.value())
                .map(OBSERVATION_ROW)
                .findFirst());
  }

  @Override
  public Observation insertObservation(Observation observation) {
    return unit.write(
        "store an observation",
        observation,
        "observation",
        () -> {
          ObservationId id = observation.id();
          if (observation.version() != 0) {
            throw new ConflictException(OBSERVATION, id.toString(), observation.version());
          }
          Handle h = unit.handle();
          boolean held =
              h.createQuery(unit.sql().get("indicator.owner"))
                  .bind("id", observation.indicator().value())
                  .mapTo(UUID.class)
                  .findFirst()
                  .isPresent();
          if (!held) {
            throw observationExists(id)
                ? new DuplicateException(DuplicateException.ID, id.toString())
                : new NotFoundException(INDICATOR, observation.indicator().toString());
          }
          Instant at = observation.recordedAt();
          int inserted =
              bindValue(
                      h.createUpdate(unit.sql().get("observation.insert")),
                      "value",
                      observation.value())
                  .bind("id", id.value())
                  .bind("indicator", observation.indicator().value())
                  .bind("period", observation.period().value())
                  .bind("observedOn", observation.observedOn())
                  .bind("reporter", observation.reporter().toString())
                  .bind("dimensions", DimensionsJson.encodeBreakdown(observation.dimensions()))
                  .bind("status", observation.status())
                  .bindByType("note", observation.note(), String.class)
                  .bind("recordedSecond", at.getEpochSecond())
                  .bind("recordedNano", at.getNano())
                  .execute();
          if (inserted == 0) {
            throw new DuplicateException(DuplicateException.ID, id.toString());
          }
          return withVersion(observation, observation, 1);
        });
  }

  private boolean observationExists(ObservationId id) {
    return unit.handle()
        .createQuery(unit.sql().get("observation.exists"))
        .bind("id", id.value())
        .mapTo(Integer.class)
        .findFirst()
        .isPresent();
  }

  @Override
  public Observation updateObservation(Observation observation) {
    return unit.write(
        "store an observation",
        observation,
        "observation",
        () -> {
          ObservationId id = observation.id();
          Handle h = unit.handle();
          Observation stored =
              h.createQuery(unit.keeping(select("observation.select", "observation.byId")))
                  .bind("id", id.value())
                  .map(OBSERVATION_ROW)
                  .findFirst()
                  .orElseThrow(() -> new NotFoundException(OBSERVATION, id.toString()));
          if (stored.version() != observation.version()) {
            throw new ConflictException(OBSERVATION, id.toString(), observation.version());
          }
          int updated =
              h.createUpdate(unit.sql().get("observation.review"))
                  .bind("id", id.value())
                  .bind("status", observation.status())
                  .bindByType("note", observation.note(), String.class)
                  .bind("version", observation.version())
                  .execute();
          if (updated == 0) {
            throw new ConflictException(OBSERVATION, id.toString(), observation.version());
          }
          return withVersion(stored, observation, observation.version() + 1);
        });
  }

  /** An observation as stored, with the review of another and a version. */
  private static Observation withVersion(Observation stored, Observation review, long version) {
    return new Observation(
        stored.id(),
        stored.indicator(),
        stored.period(),
        stored.value(),
        stored.observedOn(),
        stored.reporter(),
        stored.dimensions(),
        review.status(),
        review.note(),
        stored.recordedAt(),
        version);
  }

  @Override
  public List<Observation> observationsOf(IndicatorId indicator) {
    return unit.read(
        "read observations",
        indicator,
        "indicator",
        () ->
            List.copyOf(
                unit.handle()
                    .createQuery(select("observation.select", "observation.byIndicator"))
                    .bind("indicator", indicator.value())
                    .map(OBSERVATION_ROW)
                    .list()));
  }

  @Override
  public List<Observation> observationsOfPlan(PlanId plan) {
    return unit.read(
        "read observations",
        plan,
        "plan",
        () ->
            List.copyOf(
                unit.handle()
                    .createQuery(select("observation.select", "observation.byPlan"))
                    .bind("plan", plan)
                    .map(OBSERVATION_ROW)
                    .list()));
  }

  // ---- derived indicators ----------------------------------------------------------------------

  @Override
  public Map<PeriodId, Long> derive(PlanId plan, Rule rule, List<Period> periods) {
    // Each period is an argument too, refused by the list's name.
    List<String> names = new ArrayList<>(List.of("plan", "rule", "periods"));
    List<@Nullable Object> arguments = new ArrayList<>(Arrays.asList(plan, rule, periods));
    if (periods != null) {
      for (Period p : periods) {
        names.add("periods");
        arguments.add(p);
      }
    }
    return unit.read(
        "count a rule's records",
        names,
        arguments,
        () -> {
          Map<PeriodId, Long> counts = new LinkedHashMap<>();
          if (periods.isEmpty()) {
            return counts;
          }
          long[] byPlace =
              counted(deriving(unit.sql(), plan, rule, Span.ofPeriods(periods)), periods.size());
          for (int n = 0; n < periods.size(); n++) {
            counts.put(periods.get(n).id(), byPlace[n]);
          }
          return counts;
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here the completed activities of every rule are counted by one statement, grouped by period,
   * type and content area, and the agreed introductions by one more, grouped by period and content
   * area; Java adds up the groups each rule takes. People are not additive (one person counts once
   * however many groups they are in), so each distinct attendee rule is counted by its own
   * statement, as {@link #derive} does. Periods of the same span are counted once.
   */
  @Override
  public Map<IndicatorId, Map<PeriodId, Long>> deriveAll(PlanId plan, List<Indicator> indicators) {
    // Checked before the work runs: a refusal inside it would be taken for invalid stored data.
    List<Indicator> checked = ResultRepository.checkDerived(plan, indicators);
    return unit.read(
        "count the rules of derived indicators",
        List.of(),
        List.of(),
        () -> {
          List<Indicator> completed = new ArrayList<>();
          List<Indicator> agreed = new ArrayList<>();
          Map<Rule, List<Indicator>> attendees = new LinkedHashMap<>();
          for (Indicator indicator : checked) {
            Rule rule = Objects.requireNonNull(indicator.rule());
            if (rule instanceof Rule.CompletedActivities) {
              completed.add(indicator);
            } else if (rule instanceof Rule.Attendees) {
              attendees.computeIfAbsent(rule, k -> new ArrayList<>()).add(indicator);
            } else {
              agreed.add(indicator);
            }
          }
          Map<IndicatorId, Map<PeriodId, Long>> counts = new LinkedHashMap<>();
          for (Indicator indicator : checked) {
            counts.put(indicator.id(), Map.of());
          }
          counts.putAll(byGroups(plan, completed, "derive.completedActivitiesByGroup", 3));
          counts.putAll(byGroups(plan, agreed, "derive.agreedIntroductionsByGroup", 2));
          for (Map.Entry<Rule, List<Indicator>> e : attendees.entrySet()) {
            List<Span> spans = Span.ofIndicators(e.getValue());
            long[] bySpan = counted(deriving(unit.sql(), plan, e.getKey(), spans), spans.size());
            for (Indicator indicator : e.getValue()) {
              counts.put(indicator.id(), bySpan(indicator, spans, n -> bySpan[n]));
            }
          }
          return Collections.unmodifiableMap(counts);
        });
  }

  /**
   * The counts a {@link #deriving} statement gives, by the place of the span in its list: 0 for a
   * span without a row.
   */
  private long[] counted(RuleStatement statement, int spans) {
    long[] counts = new long[spans];
    unit.handle()
        .createQuery(statement.sql())
        .bindMap(statement.values())
        .map(
            (rs, ctx) -> {
              counts[rs.getInt(1)] = rs.getLong(2);
              return null;
            })
        .forEach(ignored -> {});
    return counts;
  }

  /**
   * The counts of rules whose records add up by group: one statement ({@code derive.periods} and
   * {@code name}) gives per span the count of each group, the group's activity type (when {@code
   * columns} is 3) and content area; each rule takes the groups its sets admit.
   */
  private Map<IndicatorId, Map<PeriodId, Long>> byGroups(
      PlanId plan, List<Indicator> indicators, String name, int columns) {
    if (indicators.isEmpty()) {
      return Map.of();
    }
    List<Span> spans = Span.ofIndicators(indicators);
    RuleStatement statement = grouping(unit.sql(), plan, spans, name);
    List<Group> groups =
        unit.handle()
            .createQuery(statement.sql())
            .bindMap(statement.values())
            .map(
                (rs, ctx) ->
                    new Group(
                        rs.getInt(1),
                        columns == 3 ? Columns.required(rs, 2, ActivityType.class) : null,
                        Columns.get(rs, columns, Integer.class),
                        rs.getLong(columns + 1)))
            .list();
    Map<IndicatorId, Map<PeriodId, Long>> counts = new LinkedHashMap<>();
    for (Indicator indicator : indicators) {
      Rule rule = Objects.requireNonNull(indicator.rule());
      long[] bySpan = new long[spans.size()];
      for (Group g : groups) {
        if (g.admittedBy(rule)) {
          bySpan[g.span()] += g.count();
        }
      }
      counts.put(indicator.id(), bySpan(indicator, spans, n -> bySpan[n]));
    }
    return counts;
  }

  /** An indicator's counts by period, from the counts of the spans, by their place in a list. */
  private static Map<PeriodId, Long> bySpan(
      Indicator indicator, List<Span> spans, java.util.function.IntToLongFunction count) {
    Map<PeriodId, Long> counts = new LinkedHashMap<>();
    for (Period p : indicator.periods()) {
      counts.put(p.id(), count.applyAsLong(spans.indexOf(Span.of(p))));
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * The days a count is made between, both included: what a period is to a count.
   *
   * @param first the first day
   * @param last the last day
   */
  record Span(LocalDate first, LocalDate last) {

    static Span of(Period period) {
      return new Span(period.firstDay(), period.lastDay());
    }

    /** The spans of periods, in their order. */
    static List<Span> ofPeriods(List<Period> periods) {
      List<Span> spans = new ArrayList<>(periods.size());
      for (Period p : periods) {
        spans.add(of(p));
      }
      return spans;
    }

    /** The distinct spans of the periods of indicators, in the order first met. */
    static List<Span> ofIndicators(Collection<Indicator> indicators) {
      Set<Span> spans = new LinkedHashSet<>();
      for (Indicator indicator : indicators) {
        for (Period p : indicator.periods()) {
          spans.add(of(p));
        }
      }
      return new ArrayList<>(spans);
    }
  }

  /**
   * One group of records a grouped count read: the span's place, the activity type (none for
   * introductions), the content area (null for none) and how many records.
   */
  private record Group(
      int span, @Nullable ActivityType type, @Nullable Integer contentArea, long count) {

    /** Whether a rule counts the group's records. */
    boolean admittedBy(Rule rule) {
      if (type != null
          && rule instanceof Rule.CompletedActivities c
          && !c.types().isEmpty()
          && !c.types().contains(type)) {
        return false;
      }
      return rule.contentAreas().isEmpty()
          || (contentArea != null && rule.contentAreas().contains(contentArea));
    }
  }

  @Override
  public List<Evidence> evidence(PlanId plan, Rule rule, LocalDate from, LocalDate to) {
    return unit.read(
        "read a rule's evidence",
        List.of("plan", "rule", "from", "to"),
        Arrays.asList(plan, rule, from, to),
        () -> {
          if (to.isBefore(from)) {
            return List.<Evidence>of();
          }
          RuleStatement statement = evidencing(unit.sql(), plan, rule, from, to);
          RowMapper<Evidence> row;
          if (rule instanceof Rule.AgreedIntroductions) {
            row =
                (rs, ctx) ->
                    Evidence.agreement(
                        Columns.required(rs, 2, IntroductionId.class),
                        Columns.required(rs, 1, LocalDate.class));
          } else if (rule instanceof Rule.Attendees) {
            row =
                (rs, ctx) ->
                    Evidence.attendance(
                        Columns.required(rs, 2, ActivityId.class),
                        Columns.required(rs, 3, PersonId.class),
                        Columns.required(rs, 1, LocalDate.class));
          } else {
            row =
                (rs, ctx) ->
                    Evidence.activity(
                        Columns.required(rs, 2, ActivityId.class),
                        Columns.required(rs, 1, LocalDate.class));
          }
          return List.copyOf(
              unit.handle()
                  .createQuery(statement.sql())
                  .bindMap(statement.values())
                  .map(row)
                  .list());
        });
  }

  /**
   * A statement of a rule with the values of its named parameters.
   *
   * @param sql the statement
   * @param values the values, by parameter name
   */
  record RuleStatement(String sql, Map<String, Object> values) {}

  /**
   * The statement that counts a rule's records in periods ({@code derive.periods} and the rule's
   * {@code derive.*}): one row per period that counts something, its place in the list and the
   * count.
   */
  static RuleStatement deriving(Sql sql, PlanId plan, Rule rule, List<Span> spans) {
    Map<String, Object> values = ruleValues(plan, rule);
    return new RuleStatement(
        spanned(sql, spans, values) + "\n" + filtered(sql, "derive." + kindName(rule), rule),
        values);
  }

  /**
   * A statement that counts records by span and group for every rule of a kind ({@code
   * derive.periods} and {@code name}: {@code derive.completedActivitiesByGroup} or {@code
   * derive.agreedIntroductionsByGroup}).
   */
  static RuleStatement grouping(Sql sql, PlanId plan, List<Span> spans, String name) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("plan", plan);
    return new RuleStatement(spanned(sql, spans, values) + "\n" + sql.get(name), values);
  }

  /**
   * The {@code span} table of a count ({@code derive.periods}): one row per span, its place in the
   * list and its first and last day, whose values are put in {@code values}.
   */
  private static String spanned(Sql sql, List<Span> spans, Map<String, Object> values) {
    StringBuilder rows = new StringBuilder();
    for (int n = 0; n < spans.size(); n++) {
      Span span = spans.get(n);
      rows.append(n == 0 ? "" : ", ")
          .append("(:n")
          .append(n)
          .append(", :first")
          .append(n)
          .append(", :last")
          .append(n)
          .append(')');
      values.put("n" + n, n);
      values.put("first" + n, span.first());
      values.put("last" + n, span.last());
    }
    return sql.get("derive.periods").replace("<periods>", rows);
  }

  /**
   * The statement that reads a rule's evidence between two days (the rule's {@code evidence.*}), in
   * {@link Evidence#ORDER}: the day, the activity's or introduction's id, the person's id.
   */
  static RuleStatement evidencing(Sql sql, PlanId plan, Rule rule, LocalDate from, LocalDate to) {
    Map<String, Object> values = ruleValues(plan, rule);
    values.put("from", from);
    values.put("to", to);
    return new RuleStatement(filtered(sql, "evidence." + kindName(rule), rule), values);
  }

  /** The part of the statements' names that names a rule's kind. */
  private static String kindName(Rule rule) {
    if (rule instanceof Rule.CompletedActivities) {
      return "completedActivities";
    }
    return rule instanceof Rule.Attendees ? "attendees" : "agreedIntroductions";
  }

  /**
   * A derive or evidence statement with the conditions of the rule's sets that are not empty in
   * place of its {@code <activities>}, {@code <attendees>} and {@code <introductions>}.
   */
  private static String filtered(Sql sql, String name, Rule rule) {
    String activities = "";
    String attendees = "";
    String introductions = "";
    if (rule instanceof Rule.CompletedActivities c) {
      activities = condition(sql, "rule.types", "type", c.types());
      activities += condition(sql, "rule.contentAreas", "area", c.contentAreas());
    } else if (rule instanceof Rule.Attendees a) {
      activities = condition(sql, "rule.types", "type", a.types());
      activities += condition(sql, "rule.contentAreas", "area", a.contentAreas());
      attendees = condition(sql, "rule.roles", "role", a.roles());
      attendees += condition(sql, "rule.countries", "country", a.countries());
    } else {
      introductions = condition(sql, "rule.introductionAreas", "area", rule.contentAreas());
    }
    return sql.get(name)
        .replace("<activities>", activities)
        .replace("<attendees>", attendees)
        .replace("<introductions>", introductions);
  }

  /**
   * The condition of one set of a rule, its {@code <values>} the parameters {@code :<param>0},
   * {@code :<param>1}, …; nothing for an empty set.
   */
  private static String condition(Sql sql, String name, String param, Set<?> values) {
    if (values.isEmpty()) {
      return "";
    }
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      names.append(i == 0 ? ":" : ", :").append(param).append(i);
    }
    return " " + sql.get(name).replace("<values>", names);
  }

  /** The plan and the elements of a rule's sets, by the parameters of {@link #filtered}. */
  private static Map<String, Object> ruleValues(PlanId plan, Rule rule) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("plan", plan);
    if (rule instanceof Rule.CompletedActivities c) {
      putEach(values, "type", c.types());
    } else if (rule instanceof Rule.Attendees a) {
      putEach(values, "type", a.types());
      putEach(values, "role", a.roles());
      putEach(values, "country", a.countries());
    }
    putEach(values, "area", rule.contentAreas());
    return values;
  }

  private static void putEach(Map<String, Object> values, String param, Collection<?> elements) {
    int i = 0;
    for (Object element : elements) {
      values.put(param + i++, element);
    }
  }

  /**
   * Binds an indicator's rule, or none, to {@code ruleKind}, {@code ruleTypes}, {@code
   * ruleContentAreas}, {@code ruleRoles} and {@code ruleCountries}: each set as the text of its
   * elements in the rule's order joined by commas, the empty string for an empty set, null for a
   * set the rule's kind does not have.
   */
  private static PreparedBatch bindRule(PreparedBatch batch, @Nullable Rule rule) {
    String kind = null;
    String types = null;
    String roles = null;
    String countries = null;
    if (rule instanceof Rule.CompletedActivities c) {
      kind = COMPLETED_ACTIVITIES;
      types = joined(c.types(), ActivityType::name);
    } else if (rule instanceof Rule.Attendees a) {
      kind = ATTENDEES;
      types = joined(a.types(), ActivityType::name);
      roles = joined(a.roles(), ParticipationRole::name);
      countries = joined(a.countries(), CountryCode::code);
    } else if (rule instanceof Rule.AgreedIntroductions) {
      kind = AGREED_INTRODUCTIONS;
    }
    return batch
        .bindByType("ruleKind", kind, String.class)
        .bindByType("ruleTypes", types, String.class)
        .bindByType(
            "ruleContentAreas",
            rule == null ? null : joined(rule.contentAreas(), String::valueOf),
            String.class)
        .bindByType("ruleRoles", roles, String.class)
        .bindByType("ruleCountries", countries, String.class);
  }

  private static <T> String joined(Set<T> values, Function<T, String> text) {
    return values.stream().map(text).collect(Collectors.joining(","));
  }

  /**
   * The rule in five columns from a position on (kind, types, content areas, roles, countries), or
   * null for an observed indicator.
   */
  private static @Nullable Rule rule(ResultSet rs, int from) throws SQLException {
    String kind = rs.getString(from);
    if (kind == null) {
      return null;
    }
    try {
      Set<Integer> areas = split(rs.getString(from + 2), Integer::valueOf);
      return switch (kind) {
        case COMPLETED_ACTIVITIES ->
            new Rule.CompletedActivities(
                split(rs.getString(from + 1), ActivityType::valueOf), areas);
        case ATTENDEES ->
            new Rule.Attendees(
                split(rs.getString(from + 1), ActivityType::valueOf),
                areas,
                split(rs.getString(from + 3), ParticipationRole::valueOf),
                split(rs.getString(from + 4), CountryCode::new));
        case AGREED_INTRODUCTIONS -> new Rule.AgreedIntroductions(areas);
        default -> throw new SQLException("not a kind of rule: " + kind);
      };
    } catch (IllegalArgumentException e) {
      throw new SQLException("a stored rule is not one: " + e.getMessage(), e);
    }
  }

  /** The elements of a set joined by commas; the empty string, or null, for none. */
  private static <T> Set<T> split(@Nullable String joined, Function<String, T> parse) {
    if (joined == null || joined.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(joined.split(",", -1)).map(parse).collect(Collectors.toSet());
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private String select(String select, String condition) {
    return unit.sql().get(select) + "\n" + unit.sql().get(condition);
  }

  /**
   * Binds a value, or none, to the four parameters {@code <prefix>Kind}, {@code <prefix>Number},
   * {@code <prefix>Denominator} and {@code <prefix>Text}: numbers as the plain text of their
   * decimals, a narrative as localized text.
   */
  private static <S extends SqlStatement<S>> S bindValue(
      S s, String prefix, @Nullable Value value) {
    String kind = null;
    String number = null;
    String denominator = null;
    String text = null;
    if (value instanceof Value.Quantity q) {
      kind = QUANTITY;
      number = q.amount().toPlainString();
    } else if (value instanceof Value.Ratio r) {
      kind = RATIO;
      number = r.numerator().toPlainString();
      denominator = r.denominator().toPlainString();
    } else if (value instanceof Value.Score sc) {
      kind = SCORE;
      number = Integer.toString(sc.level());
    } else if (value instanceof Value.Narrative n) {
      kind = NARRATIVE;
      text = Codec.encode(n.text());
    }
    return s.bindByType(prefix + "Kind", kind, String.class)
        .bindByType(prefix + "Number", number, String.class)
        .bindByType(prefix + "Denominator", denominator, String.class)
        .bindByType(prefix + "Text", text, String.class);
  }

  /** The value in four columns from a position on (kind, number, denominator, text), or null. */
  private static @Nullable Value value(ResultSet rs, int from) throws SQLException {
    String kind = rs.getString(from);
    if (kind == null) {
      return null;
    }
    String number = rs.getString(from + 1);
    String denominator = rs.getString(from + 2);
    String text = rs.getString(from + 3);
    return switch (kind) {
      case QUANTITY -> new Value.Quantity(number(number));
      case RATIO -> new Value.Ratio(number(number), number(denominator));
      case SCORE -> {
        try {
          yield new Value.Score(number(number).intValueExact());
        } catch (ArithmeticException e) {
          throw new SQLException("a stored score is not a whole number", e);
        }
      }
      case NARRATIVE -> {
        if (text == null) {
          throw new SQLException("a stored narrative has no text");
        }
        yield new Value.Narrative(Codec.decodeText(text));
      }
      default -> throw new SQLException("not a kind of value: " + kind);
    };
  }

  private static Value requiredValue(ResultSet rs, int from) throws SQLException {
    Value value = value(rs, from);
    if (value == null) {
      throw new SQLException("a stored value has no kind, which the schema requires here");
    }
    return value;
  }

  private static BigDecimal number(@Nullable String text) throws SQLException {
    if (text == null) {
      throw new SQLException("a stored value has no number");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new SQLException("a stored number is not one", e);
    }
  }

  private static Instant instant(ResultSet rs, int from) throws SQLException {
    return Instant.ofEpochSecond(
        Columns.required(rs, from, Long.class), Columns.required(rs, from + 1, Integer.class));
  }

  /** A result row, before its indicators are read. */
  private record Row(
      UUID id,
      long version,
      PlanId plan,
      @Nullable Integer contentArea,
      ResultType type,
      LocalizedText title,
      @Nullable LocalizedText description) {

    Result result(List<Indicator> indicators) {
      return new Result(
          new ResultId(id), plan, contentArea, type, title, description, indicators, version);
    }
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Aggregation;
import io.github.coplan.domain.result.Baseline;
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
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.ResultRepository;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
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
  private static Map<UUID, List<Period>> periods(org.jdbi.v3.core.statement.Query query) {
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
      org.jdbi.v3.core.statement.Query query, Map<UUID, List<Period>> periods) {
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
                              periods.getOrDefault(id, List.of())));
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
          .bind("dimensions", DimensionsJson.encodeDimensions(i.dimensions()))
          .add();
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

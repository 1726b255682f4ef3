package io.github.coplan.storage.memory;

import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Actual;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The results framework of a {@link MemoryState}: the results with their indicators, and the
 * observations, with the indexes that answer the port's questions without reading every result: the
 * result holding each indicator, the results of each plan, the observations of each indicator.
 *
 * <p>Like the rest of the state, changed by one writer at a time through the {@code put} methods
 * (which keep the indexes in step and return the value replaced, so that an undo is the same call
 * with the old value), and read by units that may run without a lock: every map and index set is
 * concurrent, and the values are immutable. A reader racing a writer may find an id in an index
 * whose value is gone (a rolled-back insert) and fail on it; an optimistic read that saw a writer
 * is run again under the lock, so that failure is never seen.
 *
 * <p>Nothing is ever deleted but by a rollback, which may leave an empty index set behind: it costs
 * a few bytes and answers as no set would.
 */
final class ResultState {

  /**
   * The order of a plan's results: those of the plan as a whole first, then by content area, then
   * by id text.
   */
  static final Comparator<Result> RESULT_ORDER =
      Comparator.comparing(
              Result::contentArea, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
          .thenComparing(r -> r.id().value(), MarketState.TEXT_ORDER);

  final Map<ResultId, Result> results = new ConcurrentHashMap<>();
  final Map<IndicatorId, ResultId> resultByIndicator = new ConcurrentHashMap<>();
  final Map<PlanId, Set<ResultId>> resultsByPlan = new ConcurrentHashMap<>();
  final Map<ObservationId, Observation> observations = new ConcurrentHashMap<>();
  final Map<IndicatorId, Set<ObservationId>> observationsByIndicator = new ConcurrentHashMap<>();

  /** Stores or (with {@code value} null) removes a result, keeping its indexes in step. */
  @Nullable Result putResult(ResultId id, @Nullable Result value) {
    Result old = value == null ? results.remove(id) : results.put(id, value);
    if (old != null) {
      for (Indicator i : old.indicators()) {
        resultByIndicator.remove(i.id(), id);
      }
      Objects.requireNonNull(resultsByPlan.get(old.plan()), "indexed").remove(id);
    }
    if (value != null) {
      for (Indicator i : value.indicators()) {
        resultByIndicator.put(i.id(), id);
      }
      resultsByPlan.computeIfAbsent(value.plan(), k -> ConcurrentHashMap.newKeySet()).add(id);
    }
    return old;
  }

  /** Stores or (with {@code value} null) removes an observation, keeping its index in step. */
  @Nullable Observation putObservation(ObservationId id, @Nullable Observation value) {
    Observation old = value == null ? observations.remove(id) : observations.put(id, value);
    if (old != null) {
      Objects.requireNonNull(observationsByIndicator.get(old.indicator()), "indexed").remove(id);
    }
    if (value != null) {
      observationsByIndicator
          .computeIfAbsent(value.indicator(), k -> ConcurrentHashMap.newKeySet())
          .add(id);
    }
    return old;
  }

  /** The result that holds an indicator, or null. */
  @Nullable Result resultOf(IndicatorId indicator) {
    ResultId id = resultByIndicator.get(indicator);
    return id == null ? null : results.get(id);
  }

  /** The results of a plan, in {@link #RESULT_ORDER}. */
  List<Result> resultsOf(PlanId plan) {
    Collection<ResultId> ids = resultsByPlan.getOrDefault(plan, Set.of());
    List<Result> found = new ArrayList<>(ids.size());
    for (ResultId id : ids) {
      found.add(held(id));
    }
    found.sort(RESULT_ORDER);
    return List.copyOf(found);
  }

  /** The observations of an indicator, in {@link Actual#LATEST_LAST}. */
  List<Observation> observationsOf(IndicatorId indicator) {
    List<Observation> found = new ArrayList<>();
    addObservations(indicator, found);
    found.sort(Actual.LATEST_LAST);
    return List.copyOf(found);
  }

  /** The observations of every indicator of a plan's results, in {@link Actual#LATEST_LAST}. */
  List<Observation> observationsOfPlan(PlanId plan) {
    List<Observation> found = new ArrayList<>();
    for (ResultId id : resultsByPlan.getOrDefault(plan, Set.of())) {
      for (Indicator i : held(id).indicators()) {
        addObservations(i.id(), found);
      }
    }
    found.sort(Actual.LATEST_LAST);
    return List.copyOf(found);
  }

  /**
   * A result an index names: always held, but in a torn view, where the error it throws is
   * discarded with the view.
   */
  private Result held(ResultId id) {
    return Objects.requireNonNull(results.get(id), "a result an index names");
  }

  private void addObservations(IndicatorId indicator, List<Observation> found) {
    for (ObservationId id : observationsByIndicator.getOrDefault(indicator, Set.of())) {
      found.add(Objects.requireNonNull(observations.get(id), "an observation the index names"));
    }
  }

  void clear() {
    results.clear();
    resultByIndicator.clear();
    resultsByPlan.clear();
    observations.clear();
    observationsByIndicator.clear();
  }
}

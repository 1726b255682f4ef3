package io.github.coplan.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.plan.PlanId;
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
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The results part of the state: its indexes follow every put, and closing the store empties it.
 */
class ResultStateTest {

  private final ResultState state = new ResultState();
  private final PlanId plan = new PlanId(UUID.randomUUID());
  private final Indicator indicator =
      Indicator.of(
              new IndicatorId(UUID.randomUUID()), LocalizedText.of("en", "Trained"), Measure.UNIT)
          .withPeriod(
              Period.of(
                  new PeriodId(UUID.randomUUID()),
                  PartialDate.ofYear(2019),
                  PartialDate.ofYear(2019)));
  private final Result result =
      Result.of(
              new ResultId(UUID.randomUUID()),
              plan,
              1,
              ResultType.OUTPUT,
              LocalizedText.of("en", "R"))
          .withIndicator(indicator);
  private final Observation observation =
      Observation.draft(
          new ObservationId(UUID.randomUUID()),
          indicator,
          indicator.periods().get(0).id(),
          Value.quantity(3),
          LocalDate.of(2019, 5, 1),
          Actor.system("test"),
          Map.of(),
          Instant.parse("2019-05-02T00:00:00Z"));

  /** Putting fills every map and index; clearing, as closing the store does, empties them all. */
  @Test
  void clearingEmptiesEveryMapAndIndex() {
    assertThat(state.putResult(result.id(), result)).isNull();
    assertThat(state.putObservation(observation.id(), observation)).isNull();
    assertThat(state.results).containsOnlyKeys(result.id());
    assertThat(state.resultByIndicator).containsExactly(Map.entry(indicator.id(), result.id()));
    assertThat(state.resultsByPlan).containsOnlyKeys(plan);
    assertThat(state.observations).containsOnlyKeys(observation.id());
    assertThat(state.observationsByIndicator).containsOnlyKeys(indicator.id());
    assertThat(state.resultOf(indicator.id())).isEqualTo(result);
    assertThat(state.observationsOfPlan(plan)).containsExactly(observation);

    state.clear();

    assertThat(state.results).isEmpty();
    assertThat(state.resultByIndicator).isEmpty();
    assertThat(state.resultsByPlan).isEmpty();
    assertThat(state.observations).isEmpty();
    assertThat(state.observationsByIndicator).isEmpty();
  }

  /** A put returns the value it replaced, and a removal takes the value out of every index. */
  @Test
  void putsReturnWhatTheyReplacedAndRemovalsUnindex() {
    state.putResult(result.id(), result);
    state.putObservation(observation.id(), observation);

    assertThat(state.putResult(result.id(), result)).isEqualTo(result);
    assertThat(state.putObservation(observation.id(), observation)).isEqualTo(observation);
    assertThat(state.putObservation(observation.id(), null)).isEqualTo(observation);
    assertThat(state.putResult(result.id(), null)).isEqualTo(result);

    assertThat(state.results).isEmpty();
    assertThat(state.resultByIndicator).isEmpty();
    assertThat(state.resultsByPlan.get(plan)).isEmpty();
    assertThat(state.observations).isEmpty();
    assertThat(state.observationsByIndicator.get(indicator.id())).isEmpty();
    assertThat(state.resultsOf(plan)).isEmpty();
    assertThat(state.resultOf(indicator.id())).isNull();
  }

  /** Clearing the whole state, as closing the store does, clears its results part too. */
  @Test
  void clearingTheStateClearsItsResults() {
    MemoryState whole = new MemoryState();
    whole.results.putResult(result.id(), result);
    whole.results.putObservation(observation.id(), observation);

    whole.clear();

    assertThat(whole.results.results).isEmpty();
    assertThat(whole.results.observations).isEmpty();
  }
}

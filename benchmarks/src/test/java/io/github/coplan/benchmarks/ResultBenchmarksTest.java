package io.github.coplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.Coplan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.IndicatorProgress;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floor of {@link ResultBenchmarks} gives the numbers the use case gives, line by line, on a
 * fresh store of the generated plan; and the plan has the shape the benchmark's Javadoc states.
 */
class ResultBenchmarksTest {

  private static final long SEED = ResultBenchmarks.SEED;
  private static Path file;
  private static JdbiStorage storage;
  private static Connection raw;
  private static List<IndicatorProgress> ours;
  private static List<ResultBenchmarks.Floor.Line> floor;

  @BeforeAll
  static void load() throws Exception {
    file = Files.createTempFile("coplan-results-", ".db");
    Files.delete(file);
    storage = Stores.sqlite(file, "NORMAL", false);
    ResultData.load(storage, SEED);
    UseCases viewer =
        Coplan.builder()
            .storage(storage)
            .recordHistory(false)
            .build()
            .actingAs(Actor.person(ResultData.viewer(SEED)));
    ours = viewer.results().progressOf(ResultData.planId(SEED));
    raw = Stores.sqliteConnection(file, "NORMAL", true);
    try (ResultBenchmarks.Floor f =
        new ResultBenchmarks.Floor(raw, ResultData.planId(SEED).value(), ResultData.rules(SEED))) {
      floor = f.lines();
    }
  }

  @AfterAll
  static void close() throws Exception {
    raw.close();
    storage.close();
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(Path.of(file + suffix));
    }
  }

  @Test
  void theFloorGivesTheUseCasesNumbersLineByLine() {
    assertThat(ResultBenchmarks.Floor.differences(floor, ours)).isEmpty();
  }

  @Test
  void aHundredIndicatorsHalfDerivedEachWithFourPeriods() {
    assertThat(ours).hasSize(ResultData.INDICATORS * ResultData.YEARS);
    assertThat(ours.stream().map(l -> l.indicator().id()).distinct()).hasSize(100);
    assertThat(ours.stream().filter(l -> l.indicator().derived())).hasSize(50 * 4);
    Map<IndicatorId, Rule> rules = ResultData.rules(SEED);
    assertThat(rules.values().stream().filter(r -> r instanceof Rule.CompletedActivities))
        .hasSize(20);
    assertThat(rules.values().stream().filter(r -> r instanceof Rule.Attendees)).hasSize(20);
    assertThat(rules.values().stream().filter(r -> r instanceof Rule.AgreedIntroductions))
        .hasSize(10);
  }

  @Test
  void theNumbersAreNotTrivial() {
    // every derived count but a handful is above zero; the observed lines are mostly reported
    long zeroCounts =
        ours.stream()
            .filter(l -> l.indicator().derived())
            .filter(l -> l.progress().actual().value().signum() == 0)
            .count();
    assertThat(zeroCounts).isLessThan(10);
    long notReported =
        ours.stream()
            .filter(l -> !l.indicator().derived())
            .filter(l -> l.progress().actual().value() == null)
            .count();
    assertThat(notReported).isBetween(1L, 20L);
    assertThat(ours.stream().filter(l -> l.progress().value() != null).count()).isGreaterThan(300);
  }
}

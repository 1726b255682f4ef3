package io.github.coplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.UseCases;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.reliability.ConcurrencyWorkload.Setup;
import io.github.coplan.reliability.ConcurrencyWorkload.Tally;
import io.github.coplan.reliability.Stores.Adapter;
import io.github.coplan.reliability.Stores.Store;
import io.github.coplan.testing.postgres.ThrowawayPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Campaign 2, concurrency: {@link #WRITERS} threads make read-modify-write updates through the API
 * and the storage SPI ({@link ConcurrencyWorkload}) while reader threads run searches, progress
 * reports and read-only units, on every store; then two JVM processes do the same on one PostgreSQL
 * database. Afterwards every update is stored (0 lost), no reader saw a half-applied unit, and no
 * error other than a retried conflict occurred.
 *
 * <p>Short mode: 32 threads × {@code coplan.concurrency.updates} (100) updates per store, and 2
 * processes × 16 threads × 100. Long mode ({@code -Dcoplan.long=true}): 32 × 1,000, and 2 × 16 ×
 * 1,000.
 */
class ConcurrencyCampaignTest {

  static final int WRITERS = 32;
  static final int READERS = 4;
  static final int MAX_ATTEMPTS = 100_000;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Adapter.class)
  void readModifyWriteUpdatesLoseNothingAndReadersSeeWholeUnits(Adapter adapter) throws Exception {
    int updates = Campaign.size("coplan.concurrency.updates", 100, 1_000);
    try (Store store = Stores.open(adapter, dir)) {
      UseCases coplan = ConcurrencyWorkload.coplan(store.storage());
      Setup setup = ConcurrencyWorkload.prepare(coplan);
      IdSource ids = IdSource.timeOrdered(Clock.systemUTC());
      Tally tally = new Tally();
      AtomicBoolean writing = new AtomicBoolean(true);
      long started = System.nanoTime();
      runAll(
          WRITERS + READERS,
          t -> {
            if (t < WRITERS) {
              ConcurrencyWorkload.write(
                  coplan, store.storage(), ids, setup, t, updates, tally, MAX_ATTEMPTS);
            } else {
              ConcurrencyWorkload.read(coplan, store.storage(), setup, writing::get, tally);
            }
          },
          () -> writing.set(false),
          WRITERS);
      double seconds = (System.nanoTime() - started) / 1e9;

      List<String> problems = new ArrayList<>();
      long[][] stored = ConcurrencyWorkload.stored(coplan, setup, problems);
      long[][] expected = ConcurrencyWorkload.expected(WRITERS, updates);
      long lost = lost(expected, stored);
      Campaign.record(
          "concurrency " + adapter,
          String.format(
              Locale.ROOT,
              "%d threads x %d updates = %d read-modify-write updates (%s), %d readers;"
                  + " lost %d, %.1f s",
              WRITERS,
              updates,
              (long) WRITERS * updates,
              tally,
              READERS,
              lost,
              seconds));
      assertThat(tally.errors).as("unexpected errors").isEmpty();
      assertThat(tally.torn).as("reads that saw half a unit, of %d", tally.reads.get()).isEmpty();
      assertThat(problems).as("stored state").isEmpty();
      assertThat(tally.updates()).isEqualTo((long) WRITERS * updates);
      assertNoneLost(expected, stored);
      assertThat(lost).isZero();
      assertThat(tally.reads.get()).isGreaterThanOrEqualTo(READERS);
    }
  }

  @Test
  void twoProcessesSharingOnePostgresDatabaseLoseNothing() throws Exception {
    int processes = 2;
    int threads = WRITERS / processes;
    int updates = Campaign.size("coplan.concurrency.updates", 100, 1_000);
    try (Store store = Stores.open(Adapter.POSTGRES, dir)) {
      UseCases coplan = ConcurrencyWorkload.coplan(store.storage());
      Setup setup = ConcurrencyWorkload.prepare(coplan);
      ThrowawayPostgres server = ThrowawayPostgres.get();
      long started = System.nanoTime();
      List<Process> workers = new ArrayList<>();
      for (int p = 0; p < processes; p++) {
        workers.add(
            new ProcessBuilder(
                    javaBinary(),
                    "-Xmx512m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    ConcurrencyWorkerProcess.class.getName(),
                    server.url(store.postgresSchema()),
                    server.user(),
                    server.password(),
                    setup.encode(),
                    Integer.toString(p * threads),
                    Integer.toString(threads),
                    Integer.toString(updates))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("worker-" + p + ".log").toFile())
                .start());
      }
      // this JVM reads while the two others write
      Tally readers = new Tally();
      AtomicBoolean writing = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(READERS);
      List<Future<?>> reading = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        reading.add(
            pool.submit(
                () ->
                    ConcurrencyWorkload.read(
                        coplan, store.storage(), setup, writing::get, readers)));
      }
      List<String> summaries = new ArrayList<>();
      try {
        for (int p = 0; p < processes; p++) {
          Process worker = workers.get(p);
          boolean finished = worker.waitFor(30, TimeUnit.MINUTES);
          if (!finished) {
            worker.destroyForcibly();
          }
          String log =
              Files.readString(dir.resolve("worker-" + p + ".log"), StandardCharsets.UTF_8);
          assertThat(finished).as("worker %d finished; its output:%n%s", p, log).isTrue();
          assertThat(worker.exitValue())
              .as("exit code of worker %d; its output:%n%s", p, log)
              .isZero();
          summaries.add(
              log.lines()
                  .filter(l -> l.startsWith("done "))
                  .findFirst()
                  .orElse("no summary: " + log));
        }
      } finally {
        writing.set(false);
        for (Future<?> f : reading) {
          f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdownNow();
      }
      double seconds = (System.nanoTime() - started) / 1e9;

      List<String> problems = new ArrayList<>();
      long[][] stored = ConcurrencyWorkload.stored(coplan, setup, problems);
      long[][] expected = ConcurrencyWorkload.expected(processes * threads, updates);
      long lost = lost(expected, stored);
      Campaign.record(
          "concurrency POSTGRES 2 processes",
          String.format(
              Locale.ROOT,
              "%d processes x %d threads x %d updates = %d updates; lost %d;"
                  + " readers in a third JVM: %s; %.1f s including JVM starts; %s",
              processes,
              threads,
              updates,
              (long) processes * threads * updates,
              lost,
              readers,
              seconds,
              String.join("; ", summaries)));
      assertThat(summaries)
          .allSatisfy(s -> assertThat(s).contains(" errors=0").contains(" torn=0"));
      assertThat(readers.errors).isEmpty();
      assertThat(readers.torn).isEmpty();
      assertThat(problems).isEmpty();
      assertNoneLost(expected, stored);
      assertThat(lost).isZero();
    }
  }

  /** The updates made but not stored: per counter and pair, and the ledger's total. */
  static long lost(long[][] expected, long[][] stored) {
    long lost = 0;
    for (ConcurrencyWorkload.Kind kind : ConcurrencyWorkload.Kind.values()) {
      int k = kind.ordinal();
      if (kind == ConcurrencyWorkload.Kind.LEDGER) {
        lost += Math.abs(Arrays.stream(expected[k]).sum() - stored[k][0]);
      } else {
        for (int t = 0; t < expected[k].length; t++) {
          lost += Math.abs(expected[k][t] - stored[k][t]);
        }
      }
    }
    return lost;
  }

  /** Every counter and pair holds the updates made to it, and the ledger all of its updates. */
  static void assertNoneLost(long[][] expected, long[][] stored) {
    int counter = ConcurrencyWorkload.Kind.COUNTER.ordinal();
    int pair = ConcurrencyWorkload.Kind.PAIR.ordinal();
    int ledger = ConcurrencyWorkload.Kind.LEDGER.ordinal();
    assertThat(stored[counter]).as("counters").containsExactly(expected[counter]);
    assertThat(stored[pair]).as("pairs").containsExactly(expected[pair]);
    assertThat(stored[ledger][0]).as("ledger").isEqualTo(Arrays.stream(expected[ledger]).sum());
  }

  /**
   * Runs one task per thread, all released at once; when the first {@code writers} tasks are done,
   * runs {@code writersDone} and waits for the rest.
   */
  private static void runAll(
      int threads, java.util.function.IntConsumer task, Runnable writersDone, int writers)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int index = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  task.accept(index);
                  return null;
                }));
      }
      start.countDown();
      try {
        for (int t = 0; t < writers; t++) {
          futures.get(t).get(60, TimeUnit.MINUTES);
        }
      } finally {
        writersDone.run();
      }
      for (int t = writers; t < threads; t++) {
        futures.get(t).get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}

package io.github.coplan.benchmarks;

import io.github.coplan.Coplan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.port.storage.Aggregates;
import io.github.coplan.storage.memory.InMemoryStorage;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-memory rows: {@link InMemoryStorage} against a {@link ConcurrentHashMap} holding the same
 * activity objects, single-threaded.
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MemoryBenchmarks {

  static final int ACTIVITIES = 10_000;
  static final int PLANS = 10;

  /** A store of 10,000 activities in 10 plans, and a map of the same stored objects. */
  @State(Scope.Benchmark)
  public static class Memory {
    InMemoryStorage storage;
    UseCases coplan;
    ConcurrentHashMap<ActivityId, Activity> map = new ConcurrentHashMap<>();
    ActivityId[] ids = new ActivityId[4096];
    Activity[] current = new Activity[1024];
    Activity[] mapCurrent = new Activity[1024];
    int next;

    // its units of work have nothing to return and return null, which UnitOfWork<T extends
    // @Nullable Object>
    // allows; NullAway reads that bound only in JSpecify mode (JDK 17.0.19+), not in the mode of
    // older JDKs
    @SuppressWarnings("NullAway")
    @Setup(Level.Trial)
    public void setUp() {
      storage = InMemoryStorage.create();
      coplan = Coplan.builder().storage(storage).build().actingAs(Actor.system("benchmark"));
      long seed = Fixtures.SEED;
      storage.inTransaction(
          r -> {
            for (int p = 0; p < PLANS; p++) {
              r.plans().insert(Data.plan(seed, p));
            }
            for (int i = 0; i < ACTIVITIES; i++) {
              Activity stored =
                  r.activities()
                      .insert(
                          Aggregates.withVersion(
                              Data.storedActivity(seed, i, Data.planId(seed, i % PLANS)), 0));
              map.put(stored.id(), stored);
            }
            return null;
          });
      for (int i = 0; i < ids.length; i++) {
        ids[i] = Data.activityId(seed, Ids.pick(seed, 100, i, ACTIVITIES));
      }
      for (int i = 0; i < current.length; i++) {
        current[i] =
            Objects.requireNonNull(
                map.get(Data.activityId(seed, i)), "an activity the set-up stored");
        mapCurrent[i] = current[i];
      }
    }
  }

  /** A read-only unit of work of the store that finds one activity. */
  @Benchmark
  public Activity readStorage(Memory s) {
    ActivityId id = s.ids[s.next++ & 4095];
    return s.storage.readOnly(r -> r.activities().findById(id)).orElseThrow();
  }

  /**
   * {@code coplan.activities().get} on the in-memory store (the use case's checks on top of {@link
   * #readStorage}).
   */
  @Benchmark
  public Activity readCoplan(Memory s) {
    return s.coplan.activities().get(s.ids[s.next++ & 4095]);
  }

  /** {@link ConcurrentHashMap#get} of the same objects. */
  @Benchmark
  public @Nullable Activity readMap(Memory s) {
    return s.map.get(s.ids[s.next++ & 4095]);
  }

  /**
   * A unit of work of the store that updates one activity (version checked, new version stored).
   */
  @Benchmark
  public Activity writeStorage(Memory s) {
    int k = s.next++ & 1023;
    Activity a = s.current[k];
    Activity stored = s.storage.inTransaction(r -> r.activities().update(a));
    s.current[k] = stored;
    return stored;
  }

  /** {@link ConcurrentHashMap#put} of a new version of the same activity. */
  @Benchmark
  public Activity writeMap(Memory s) {
    int k = s.next++ & 1023;
    Activity next = Aggregates.withVersion(s.mapCurrent[k], s.mapCurrent[k].version() + 1);
    s.map.put(next.id(), next);
    s.mapCurrent[k] = next;
    return next;
  }
}

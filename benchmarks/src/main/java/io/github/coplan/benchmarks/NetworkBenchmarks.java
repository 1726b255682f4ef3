package io.github.coplan.benchmarks;

import io.github.coplan.Coplan;
import io.github.coplan.application.NetworkUseCases;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.network.Network;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The network on the SQL stores: the depth-2 network of one participant of {@link NetworkData}
 * (50,000 participants, 500,000 participations), the roots rotating over 1,000 participants, as
 * latency percentiles. The limit lists every participant reached.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar NetworkBenchmarks}. The fixtures are
 * generated once, through the store, and cached with the others ({@link Fixtures#directory()}).
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx3g"})
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 2)
public class NetworkBenchmarks {

  /** The seed of the generated network. */
  static final long SEED = 20_181_101L;

  /** The roots the benchmark rotates over. */
  static final int ROOTS = 1_000;

  /** A store holding the generated network, and the use cases acting as a system actor. */
  @State(Scope.Benchmark)
  public static class Net {
    @Param({"sqlite", "postgres"})
    public String db;

    JdbiStorage storage;
    UseCases coplan;
    int next;

    @Setup(Level.Trial)
    public void open() {
      storage =
          db.equals("sqlite")
              ? Stores.sqlite(sqliteFixture(), "NORMAL", false)
              : Stores.postgres(postgresFixture(), false);
      coplan =
          Coplan.builder()
              .storage(storage)
              .recordHistory(false)
              .build()
              .actingAs(Actor.system("bench"));
    }

    /** The next root: participants spread over every community, people and organisations. */
    Participant nextRoot() {
      int k = next++ % ROOTS;
      return NetworkData.participant(SEED, k * 50 + k % 50);
    }

    private static String key() {
      return "network-" + SEED + "-v1";
    }

    private static Path sqliteFixture() {
      return Fixtures.sqliteCached(key(), s -> NetworkData.load(s, SEED));
    }

    private static String postgresFixture() {
      return Fixtures.postgresCached(key(), s -> NetworkData.load(s, SEED));
    }

    @TearDown(Level.Trial)
    public void close() {
      storage.close();
    }
  }

  /** The depth-2 network of a participant through the use cases: every participant reached. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Network depth2Coplan(Net s) {
    return s.coplan
        .network()
        .network(s.nextRoot(), 2, NetworkData.AS_OF, NetworkUseCases.MAX_NETWORK);
  }
}

package io.github.coplan.benchmarks;

import io.github.coplan.Coplan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.network.Network;
import io.github.coplan.storage.jdbi.JdbiStorage;
import io.github.coplan.testing.postgres.ThrowawayPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
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
 * latency percentiles.
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
      Path file = Fixtures.directory().resolve(key() + ".db").toAbsolutePath();
      if (Files.exists(file)) {
        return file;
      }
      try {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), key(), ".partial");
        Files.delete(partial);
        try (JdbiStorage s = Stores.sqlite(partial, "OFF", false)) {
          NetworkData.load(s, SEED);
        }
        try (Connection c = Stores.sqliteConnection(partial, "OFF", false);
            var st = c.createStatement()) {
          st.execute("ANALYZE");
          st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        Files.deleteIfExists(Path.of(partial + "-wal"));
        Files.deleteIfExists(Path.of(partial + "-shm"));
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException("could not generate the fixture " + key(), e);
      }
    }

    private static String postgresFixture() {
      ThrowawayPostgres server = Stores.postgresServer();
      String name = "fx_" + key().replace('-', '_');
      String partial = name + "_partial";
      try {
        if (server.databaseExists(name)) {
          return name;
        }
        server.execute("DROP DATABASE IF EXISTS " + partial);
        server.execute("CREATE DATABASE " + partial + " ENCODING 'UTF8' TEMPLATE template0");
        try (JdbiStorage s = Stores.postgres(partial, false)) {
          NetworkData.load(s, SEED);
        }
        try (Connection c = Stores.postgresConnection(partial);
            var st = c.createStatement()) {
          st.execute("VACUUM ANALYZE");
        }
        server.execute("ALTER DATABASE " + partial + " RENAME TO " + name);
        return name;
      } catch (SQLException e) {
        throw new IllegalStateException("could not generate the fixture " + key(), e);
      }
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
    return s.coplan.network().network(s.nextRoot(), 2, NetworkData.AS_OF, NetworkUseCasesLimit.ALL);
  }

  /** The limit that lists every participant reached. */
  static final class NetworkUseCasesLimit {
    static final int ALL = io.github.coplan.application.NetworkUseCases.MAX_NETWORK;

    private NetworkUseCasesLimit() {}
  }
}

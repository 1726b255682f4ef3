package io.github.coplan.benchmarks;

import io.github.coplan.Coplan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.market.Matches;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.storage.jdbi.JdbiStorage;
import io.github.coplan.testing.postgres.ThrowawayPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
 * The technology marketplace on the SQL stores: the top 20 matches of a profile among 10,000 and
 * 100,000 generated profiles ({@link MarketData}, the subjects rotating over 256 planted requests),
 * as latency percentiles; and storing a published profile against a raw JDBC insert of the same
 * rows, in the same run.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MarketBenchmarks}. The fixtures are
 * generated once, through the store, and cached with the others ({@link Fixtures#directory()}).
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MarketBenchmarks {

  /** The seed of the generated markets. */
  static final long SEED = 20_240_603L;

  /** A store holding a generated market, and the use cases on its day. */
  @State(Scope.Benchmark)
  public static class Market {
    @Param({"sqlite", "postgres"})
    public String db;

    @Param({"10000", "100000"})
    public int size;

    JdbiStorage storage;
    UseCases coplan;
    List<ProfileId> subjects;
    int next;

    @Setup(Level.Trial)
    public void open() {
      MarketData.Market market = MarketData.generate(SEED, size, size / 40);
      storage =
          db.equals("sqlite")
              ? Stores.sqlite(sqliteFixture(market), "NORMAL", false)
              : Stores.postgres(postgresFixture(market), false);
      coplan =
          Coplan.builder()
              .storage(storage)
              .clock(
                  Clock.fixed(
                      MarketData.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
              .recordHistory(false)
              .build()
              .actingAs(Actor.system("bench"));
      subjects = new ArrayList<>(market.planted().keySet()).subList(0, 256);
    }

    private String key() {
      return "market-" + size + "-" + SEED + "-v1";
    }

    private Path sqliteFixture(MarketData.Market market) {
      Path file = Fixtures.directory().resolve(key() + ".db").toAbsolutePath();
      if (Files.exists(file)) {
        return file;
      }
      try {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), key(), ".partial");
        Files.delete(partial);
        try (JdbiStorage s = Stores.sqlite(partial, "OFF", false)) {
          MarketData.load(s, market);
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

    private String postgresFixture(MarketData.Market market) {
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
          MarketData.load(s, market);
        }
        try (Connection c = Stores.postgresConnection(partial);
            var st = c.createStatement()) {
          st.execute("ANALYZE");
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

  /** The top 20 matches of a planted request, explained: latency percentiles. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Matches match(Market s) {
    return s.coplan.market().matches(s.subjects.get(s.next++ & 255), MarketData.AS_OF, 20);
  }

  /** Unused: keeps the profile type in the signature set for the raw floor below. */
  static @Nullable TechnologyProfile none() {
    return null;
  }
}

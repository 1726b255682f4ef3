package io.github.coplan.benchmarks;

import io.github.coplan.Coplan;
import io.github.coplan.application.NetworkUseCases;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.network.Network;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * latency percentiles. The limit lists every participant reached. The warm-up (30 s) goes round the
 * roots about twice, so that the measurement finds the caches as a store serving such questions
 * keeps them, rather than reading most pages from the operating system.
 *
 * <p>The floor runs the store's own statement ({@code network.reach} of the dialect, read from
 * storage-jdbi's resources, with no viewer) through a plain JDBC connection configured alike,
 * prepared once, and reads every row into arrays. It does not open a transaction around the
 * statement, check the actor's access, build participants, ties and reaches, drop the rows of
 * participants reached twice, or sort and cut the list, all of which the store does.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar NetworkBenchmarks}. The fixtures are
 * generated once, through the store, and cached with the others ({@link Fixtures#directory()}).
 */
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx3g"})
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 4)
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
    Connection raw;
    PreparedStatement reach;
    List<String> parameters;
    Db kind;
    int next;

    @Setup(Level.Trial)
    public void open() throws SQLException {
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
      kind = Db.of(db);
      raw =
          db.equals("sqlite")
              ? Stores.sqliteConnection(sqliteFixture(), "NORMAL", true)
              : Stores.postgresConnection(postgresFixture());
      String statement = statement(db);
      parameters = new ArrayList<>();
      Matcher m = PARAMETER.matcher(statement);
      while (m.find()) {
        parameters.add(m.group(1));
      }
      reach = raw.prepareStatement(m.replaceAll("?"));
    }

    /** The next root: participants spread over every community, people and organisations. */
    Participant nextRoot() {
      int k = next++ % ROOTS;
      return NetworkData.participant(SEED, k * 50 + k % 50);
    }

    private static String key() {
      return "network-" + SEED + "-v3";
    }

    private static Path sqliteFixture() {
      return Fixtures.sqliteCached(key(), s -> NetworkData.load(s, SEED));
    }

    private static String postgresFixture() {
      return Fixtures.postgresCached(key(), s -> NetworkData.load(s, SEED));
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      reach.close();
      raw.close();
      storage.close();
    }
  }

  /** A named parameter of the statement; {@code ::} casts are not parameters. */
  private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-zA-Z]+)");

  /**
   * The store's {@code network.reach} statement of a dialect, with the default table prefix and no
   * viewer.
   */
  static String statement(String db) {
    String resource = "io/github/coplan/storage/jdbi/sql/" + db + "/network.sql";
    String text;
    try (InputStream in = JdbiStorage.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = text.indexOf("-- name: network.reach\n");
    if (start < 0) {
      throw new IllegalStateException("no network.reach in " + resource);
    }
    start = text.indexOf('\n', start) + 1;
    int end = text.indexOf("\n-- name:", start);
    String body = end < 0 ? text.substring(start) : text.substring(start, end);
    return body.replace("${prefix}", "coplan_")
        .replace("<visible>", "1 = 1")
        .replace("<relVisible>", "1 = 1");
  }

  /** The rows of the floor: every column of each, in arrays. */
  record Rows(
      String[] kinds,
      UUID[] ids,
      int[] depths,
      int[] ranks,
      int[] meetings,
      String[] firstKeys,
      String[] lastKeys,
      int[] relationships,
      String[] types,
      int size) {}

  /** The depth-2 network of a participant through the use cases: every participant reached. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Network depth2Coplan(Net s) {
    return s.coplan
        .network()
        .network(s.nextRoot(), 2, NetworkData.AS_OF, NetworkUseCases.MAX_NETWORK);
  }

  /** The floor: the store's statement by hand over JDBC, every row read into arrays. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Rows depth2Floor(Net s) throws SQLException {
    Participant root = s.nextRoot();
    PreparedStatement q = s.reach;
    for (int i = 0; i < s.parameters.size(); i++) {
      switch (s.parameters.get(i)) {
        case "kind" ->
            q.setString(i + 1, root instanceof Participant.Person ? "PERSON" : "ORGANISATION");
        case "id" ->
            s.kind.setUuid(
                q,
                i + 1,
                root instanceof Participant.Person p
                    ? p.id().value()
                    : ((Participant.Organisation) root).id().value());
        case "depth" -> q.setInt(i + 1, 2);
        case "asOf" -> q.setLong(i + 1, NetworkData.AS_OF.toEpochDay());
        default -> throw new IllegalStateException("parameter " + s.parameters.get(i));
      }
    }
    int capacity = 2_048;
    String[] kinds = new String[capacity];
    UUID[] ids = new UUID[capacity];
    int[] depths = new int[capacity];
    int[] ranks = new int[capacity];
    int[] meetings = new int[capacity];
    String[] firstKeys = new String[capacity];
    String[] lastKeys = new String[capacity];
    int[] relationships = new int[capacity];
    String[] types = new String[capacity];
    int n = 0;
    try (ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        if (n == capacity) {
          capacity *= 2;
          kinds = Arrays.copyOf(kinds, capacity);
          ids = Arrays.copyOf(ids, capacity);
          depths = Arrays.copyOf(depths, capacity);
          ranks = Arrays.copyOf(ranks, capacity);
          meetings = Arrays.copyOf(meetings, capacity);
          firstKeys = Arrays.copyOf(firstKeys, capacity);
          lastKeys = Arrays.copyOf(lastKeys, capacity);
          relationships = Arrays.copyOf(relationships, capacity);
          types = Arrays.copyOf(types, capacity);
        }
        kinds[n] = rs.getString(1);
        ids[n] = java.util.Objects.requireNonNull(s.kind.getUuid(rs, 2), "id");
        depths[n] = rs.getInt(3);
        ranks[n] = rs.getInt(4);
        meetings[n] = rs.getInt(5);
        firstKeys[n] = rs.getString(6);
        lastKeys[n] = rs.getString(7);
        relationships[n] = rs.getInt(8);
        types[n] = rs.getString(9);
        n++;
      }
    }
    return new Rows(
        kinds, ids, depths, ranks, meetings, firstKeys, lastKeys, relationships, types, n);
  }
}

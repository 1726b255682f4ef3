package io.github.coplan.benchmarks;

import static java.util.stream.Collectors.joining;

import io.github.coplan.Coplan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.history.Snapshots;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.Matches;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileStatus;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
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
 * generated once, through the store, and cached with the others ({@link Fixtures#directory()}). The
 * warm-up is long (30 seconds): on two cores a match only reaches its steady speed after about 20
 * seconds of calls, while the JIT compiler works through the matching and the row mapping; a
 * shorter warm-up measures the compiler.
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx3g"})
@Warmup(iterations = 6, time = 5)
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
      subjects = new ArrayList<>(market.planted().keySet());
    }

    private String key() {
      return "market-" + size + "-" + SEED + "-v1";
    }

    private Path sqliteFixture(MarketData.Market market) {
      return Fixtures.sqliteCached(key(), s -> MarketData.load(s, market));
    }

    private String postgresFixture(MarketData.Market market) {
      return Fixtures.postgresCached(key(), s -> MarketData.load(s, market));
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
    return s.coplan
        .market()
        .matches(s.subjects.get(s.next++ % s.subjects.size()), MarketData.AS_OF, 20);
  }

  /**
   * An empty store with the generated taxonomy, organisations and contacts; published profiles to
   * store, each with a fresh id; and a raw connection to the same database, configured alike.
   */
  @State(Scope.Benchmark)
  public static class Publish {
    @Param({"sqlite", "postgres"})
    public String db;

    Db kind;
    @Nullable Path file;
    JdbiStorage storage;
    Connection raw;
    PreparedStatement insertProfile;
    PreparedStatement insertCategory;
    PreparedStatement insertKeyword;
    List<TechnologyProfile> templates;
    long ids = 1L << 40;
    int next;

    @Setup(Level.Trial)
    public void open() throws Exception {
      kind = Db.of(db);
      MarketData.Market market = MarketData.generate(SEED, 4_096, 0);
      if (db.equals("sqlite")) {
        file = Files.createTempFile("coplan-publish", ".db");
        Files.delete(file);
        storage = Stores.sqlite(file, "NORMAL", false);
        raw = Stores.sqliteConnection(file, "NORMAL", false);
      } else {
        String name = Stores.freshPostgres("bench_publish");
        storage = Stores.postgres(name, false);
        raw = Stores.postgresConnection(name);
      }
      MarketData.load(
          storage,
          new MarketData.Market(
              market.taxonomy(), market.organisations(), market.people(), List.of(), Map.of()));
      templates =
          market.profiles().stream().filter(p -> p.status() == ProfileStatus.PUBLISHED).toList();
      raw.setAutoCommit(false);
      insertProfile = raw.prepareStatement(INSERT_PROFILE);
      insertCategory = raw.prepareStatement(INSERT_CATEGORY);
      insertKeyword = raw.prepareStatement(INSERT_KEYWORD);
    }

    /** The next template, as a new profile of version 0 with a fresh id. */
    TechnologyProfile nextProfile() {
      TechnologyProfile t = templates.get(next++ % templates.size());
      return TechnologyProfile.ForAdapters.restore(
          new ProfileId(new UUID(0x7000L | (++ids << 16), 0x8000_0000_0000_0000L | ids)),
          t.owner(),
          t.contact(),
          t.plan(),
          t.contentArea(),
          t.content(),
          t.status(),
          t.publishedOn(),
          t.extensionDays(),
          t.confirmedOn(),
          t.endedOn(),
          0);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
      raw.close();
      storage.close();
      if (file != null) {
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + "-wal"));
        Files.deleteIfExists(Path.of(file + "-shm"));
      }
    }
  }

  /** Stores a published profile through the storage port: its row and its postings, one unit. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public TechnologyProfile publishCoplan(Publish s) {
    TechnologyProfile p = s.nextProfile();
    return s.storage.inTransaction(r -> r.market().insertProfile(p));
  }

  /**
   * The same rows by hand, in one transaction: the profile's row (its texts in the core's canonical
   * JSON form, its lists joined as the store joins them) and a batch of postings per category and
   * per folded keyword. It checks nothing (no version, no duplicate id) and maps nothing back.
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public int publishRaw(Publish s) throws SQLException {
    TechnologyProfile p = s.nextProfile();
    ProfileContent c = p.content();
    PreparedStatement i = s.insertProfile;
    LocalDate published = Objects.requireNonNull(p.publishedOn());
    LocalDate confirmed = Objects.requireNonNull(p.confirmedOn());
    LocalDate expires = p.expiresOn().orElseThrow();
    s.kind.setUuid(i, 1, p.id().value());
    s.kind.setUuid(i, 2, p.owner().value());
    s.kind.setUuid(i, 3, p.contact().value());
    s.kind.setUuid(i, 4, null);
    i.setNull(5, Types.INTEGER);
    i.setString(6, c.kind().name());
    i.setString(7, p.status().name());
    i.setInt(8, (int) published.toEpochDay());
    i.setInt(9, p.extensionDays());
    i.setInt(10, (int) confirmed.toEpochDay());
    i.setNull(11, Types.INTEGER);
    i.setInt(12, (int) expires.toEpochDay());
    i.setString(13, Snapshots.text(c.title()));
    i.setString(14, Snapshots.text(c.summary()));
    i.setString(15, Snapshots.text(c.description()));
    i.setString(16, c.advantages() == null ? null : Snapshots.text(c.advantages()));
    i.setString(17, c.sought() == null ? null : Snapshots.text(c.sought()));
    i.setString(18, c.categories().stream().map(CategoryCode::code).collect(joining("\u001e")));
    i.setString(19, String.join("\u001e", c.keywords()));
    i.setString(20, c.stage() == null ? null : c.stage().name());
    i.setString(21, c.ipr() == null ? null : c.ipr().name());
    i.setString(22, names(c.partnerships()));
    i.setString(23, names(c.partnerTypes()));
    i.setString(24, names(c.partnerSizes()));
    i.setString(25, c.targetCountries().stream().map(CountryCode::code).collect(joining(",")));
    i.setBoolean(26, c.openForInterest());
    i.setString(27, c.searchText());
    int rows = i.executeUpdate();
    rows +=
        postings(
            s,
            s.insertCategory,
            p,
            c.categories().stream().map(CategoryCode::code).toList(),
            published,
            confirmed,
            expires);
    rows += postings(s, s.insertKeyword, p, c.foldedKeywords(), published, confirmed, expires);
    s.raw.commit();
    return rows;
  }

  private static int postings(
      Publish s,
      PreparedStatement insert,
      TechnologyProfile p,
      List<String> keys,
      LocalDate published,
      LocalDate confirmed,
      LocalDate expires)
      throws SQLException {
    if (keys.isEmpty()) {
      return 0;
    }
    for (String key : keys) {
      s.kind.setUuid(insert, 1, p.id().value());
      insert.setString(2, key);
      insert.setString(3, p.content().kind().name());
      insert.setInt(4, (int) confirmed.toEpochDay());
      insert.setInt(5, (int) published.toEpochDay());
      insert.setInt(6, (int) expires.toEpochDay());
      s.kind.setUuid(insert, 7, p.owner().value());
      insert.addBatch();
    }
    int rows = 0;
    for (int n : insert.executeBatch()) {
      rows += n;
    }
    return rows;
  }

  private static String names(Set<? extends Enum<?>> values) {
    return values.stream()
        .sorted(Comparator.comparingInt(Enum::ordinal))
        .map(Enum::name)
        .collect(joining(","));
  }

  private static final String INSERT_PROFILE =
      "INSERT INTO coplan_profile (id, version, owner_id, contact_id, plan_id, content_area, kind,"
          + " status, published_on, extension_days, confirmed_on, ended_on, expires_on, title,"
          + " summary, description, advantages, sought, categories, keywords, stage, ipr,"
          + " partnerships, partner_types, partner_sizes, target_countries, open_for_interest,"
          + " search_text) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?)";

  private static final String INSERT_CATEGORY =
      "INSERT INTO coplan_profile_category (profile_id, code, kind, confirmed_on, published_on,"
          + " expires_on, owner_id) VALUES (?, ?, ?, ?, ?, ?, ?)";

  private static final String INSERT_KEYWORD =
      "INSERT INTO coplan_profile_keyword (profile_id, keyword, kind, confirmed_on, published_on,"
          + " expires_on, owner_id) VALUES (?, ?, ?, ?, ?, ?, ?)";
}

package io.github.coplan.benchmarks;

import io.github.coplan.Coplan;
import io.github.coplan.application.ProgressReport;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The rows on SQLite and PostgreSQL: each Coplan path ({@code ...Coplan}, through the public API)
 * beside its raw floor ({@code ...Raw}, hand-written JDBC on the same schema), with the database a
 * parameter. Run through {@link Run}, which pairs them into ratios.
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JdbcBenchmarks {

  // ---- bulk import -----------------------------------------------------------------------------

  /** An empty store per iteration, and the activities to import into it. */
  @State(Scope.Benchmark)
  public static class Bulk {
    @Param({"sqlite", "postgres"})
    public String db;

    @Param({"100000"})
    public int bulkSize;

    Db kind;

    /** SQLite only. */
    @Nullable Path file;

    /** PostgreSQL only. */
    @Nullable String database;

    JdbiStorage storage;
    Connection raw;
    List<Activity> activities;
    int round;

    @Setup(Level.Iteration)
    public void setUp() throws Exception {
      kind = Db.of(db);
      PlanId plan = Data.planId(Fixtures.SEED, 0);
      round++;
      activities = new ArrayList<>(bulkSize);
      for (int i = 0; i < bulkSize; i++) {
        activities.add(
            Activity.propose(
                Data.activityId(Fixtures.SEED + round, i),
                plan,
                Data.details(Fixtures.SEED, i),
                null));
      }
      if (kind == Db.SQLITE) {
        file = Files.createTempFile("coplan-bench-bulk-", ".db");
        Files.delete(file);
        storage = Stores.sqlite(file, "FULL", false);
        raw = Stores.sqliteConnection(file, "FULL", false);
      } else {
        database = Stores.freshPostgres("bench_bulk");
        storage = Stores.postgres(database, false);
        raw = Stores.postgresConnection(database);
      }
      storage.inTransaction(r -> r.plans().insert(Data.plan(Fixtures.SEED, 0)));
    }

    @TearDown(Level.Iteration)
    public void tearDown() throws Exception {
      raw.close();
      storage.close();
      if (file != null) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
          Files.deleteIfExists(Path.of(file + suffix));
        }
      }
    }
  }

  /** Imports the activities in one unit of work with the repository's bulk insert. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int bulkCoplan(Bulk s) {
    return s.storage.inTransaction(r -> r.activities().insertAll(s.activities).size());
  }

  /** Imports the activities in one transaction with JDBC batches of 1,000 rows. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int bulkRaw(Bulk s) throws SQLException {
    Connection c = s.raw;
    c.setAutoCommit(false);
    try (PreparedStatement insert = c.prepareStatement(Raw.INSERT)) {
      int n = 0;
      for (Activity a : s.activities) {
        Raw.bindInsert(s.kind, insert, a, 1);
        insert.addBatch();
        if (++n % 1_000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      c.commit();
      return n;
    } finally {
      c.setAutoCommit(true);
    }
  }

  // ---- single write ----------------------------------------------------------------------------

  /** A store with one plan; each operation proposes one activity in its own unit of work. */
  @State(Scope.Benchmark)
  public static class Write {
    @Param({"sqlite", "postgres"})
    public String db;

    /**
     * SQLite's synchronous mode, the same for Coplan and the raw floor (PostgreSQL: the server's
     * setting).
     */
    @Param({"NORMAL"})
    public String synchronous;

    Db kind;

    /** SQLite only. */
    @Nullable Path file;

    JdbiStorage storage;
    UseCases coplan;
    Connection raw;
    PreparedStatement insert;
    Connection rawUnit;

    /**
     * SQLite only: PostgreSQL begins with the unit's first statement and commits with
     * Connection.commit.
     */
    @Nullable PreparedStatement unitBegin;

    @Nullable PreparedStatement unitCommit;
    PreparedStatement unitReadPlan;
    PreparedStatement unitInsert;
    PlanId plan;
    ProposeActivity[] commands;
    ActivityDetails[] details;
    IdSource ids = IdSource.timeOrdered(Clock.systemUTC());
    int next;

    /** Whether Coplan's store keeps its aggregate cache: off here, the honest figure. */
    boolean cache() {
      return false;
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      kind = Db.of(db);
      if (kind == Db.SQLITE) {
        file = Files.createTempFile("coplan-bench-write-", ".db");
        Files.delete(file);
        storage = Stores.sqlite(file, synchronous, cache());
        raw = Stores.sqliteConnection(file, synchronous, false);
        // autocommit, its units begun and committed by statement as Coplan's are: sqlite-jdbc's
        // setAutoCommit(false) would begin the next transaction at once and hold the write lock
        rawUnit = Stores.sqliteConnection(file, synchronous, false);
        unitBegin = rawUnit.prepareStatement("BEGIN IMMEDIATE");
        unitCommit = rawUnit.prepareStatement("COMMIT");
      } else {
        String database = Stores.freshPostgres("bench_write" + (cache() ? "_cached" : ""));
        storage = Stores.postgres(database, cache());
        raw = Stores.postgresConnection(database);
        rawUnit = Stores.postgresConnection(database);
      }
      plan = storage.inTransaction(r -> r.plans().insert(Data.plan(Fixtures.SEED, 0))).id();
      coplan = Coplan.builder().storage(storage).build().actingAs(Actor.system("benchmark"));
      insert = raw.prepareStatement(Raw.INSERT);
      if (kind == Db.POSTGRES) {
        rawUnit.setAutoCommit(false); // pgjdbc begins with the unit's first statement
      }
      unitReadPlan = rawUnit.prepareStatement(Raw.readPlanForWrite(kind));
      unitInsert = rawUnit.prepareStatement(Raw.INSERT);
      commands = new ProposeActivity[1024];
      details = new ActivityDetails[1024];
      for (int i = 0; i < commands.length; i++) {
        details[i] = Data.details(Fixtures.SEED, i);
        commands[i] = new ProposeActivity(plan, details[i]);
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      insert.close();
      raw.close();
      unitReadPlan.close();
      unitInsert.close();
      if (unitBegin != null) {
        unitBegin.close();
      }
      if (unitCommit != null) {
        unitCommit.close();
      }
      rawUnit.close();
      storage.close();
      if (file != null) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
          Files.deleteIfExists(Path.of(file + suffix));
        }
      }
    }
  }

  /**
   * {@code coplan.activities().propose}: one unit of work that reads the plan and inserts the
   * activity.
   */
  @Benchmark
  public Activity writeCoplan(Write s) {
    return s.coplan.activities().propose(s.commands[s.next++ & 1023]);
  }

  /** The write store with the aggregate cache on, reported beside the uncached figure. */
  @State(Scope.Benchmark)
  public static class CachedWrite extends Write {
    @Override
    boolean cache() {
      return true;
    }
  }

  /** {@link #writeCoplan} on a store that keeps its aggregate cache (the plan read from it). */
  @Benchmark
  public Activity writeCoplanCached(CachedWrite s) {
    return s.coplan.activities().propose(s.commands[s.next++ & 1023]);
  }

  /** An autocommit insert of a new activity on a reused statement. */
  @Benchmark
  public int writeRaw(Write s) throws SQLException {
    Activity a =
        Activity.propose(new ActivityId(s.ids.nextId()), s.plan, s.details[s.next++ & 1023], null);
    Raw.bindInsert(s.kind, s.insert, a, 1);
    return s.insert.executeUpdate();
  }

  /**
   * The same work as {@code propose}, by hand: in one transaction (READ COMMITTED, as Coplan's
   * writing units), read the plan's row (its status, to check it is not frozen) with the lock
   * Coplan's writing units take on what they read, insert the activity, commit. It does not load
   * the plan's parties, content areas and documents, check the content area or map anything to
   * domain objects.
   */
  @Benchmark
  public int writeRawUnit(Write s) throws SQLException {
    Activity a =
        Activity.propose(new ActivityId(s.ids.nextId()), s.plan, s.details[s.next++ & 1023], null);
    if (s.unitBegin != null) {
      s.unitBegin.execute();
    }
    Raw.bindPlanId(s.kind, s.unitReadPlan, s.plan);
    try (ResultSet row = s.unitReadPlan.executeQuery()) {
      if (!row.next()
          || row.getString(1).equals("COMPLETED")
          || row.getString(1).equals("CANCELLED")) {
        throw new IllegalStateException("the plan is missing or frozen");
      }
    }
    Raw.bindInsert(s.kind, s.unitInsert, a, 1);
    int inserted = s.unitInsert.executeUpdate();
    if (s.unitCommit != null) {
      s.unitCommit.execute();
    } else {
      s.rawUnit.commit();
    }
    return inserted;
  }

  // ---- reads on a fixture -----------------------------------------------------------------------

  /** A generated store (see {@link Fixtures}), opened by Coplan and by a raw connection. */
  @State(Scope.Benchmark)
  public static class Fixture {
    @Param({"sqlite", "postgres"})
    public String db;

    /** Activities of the uniform part, a thousand per plan; the progress plan adds 10,000. */
    @Param({"1000000"})
    public int activities;

    Db kind;
    Fixtures.Spec spec;
    JdbiStorage storage;
    UseCases coplan;
    Connection raw;
    PreparedStatement find;
    PreparedStatement participations;
    PreparedStatement search;
    PreparedStatement pageParticipations;
    PreparedStatement byStatus;
    PreparedStatement byCountry;
    PreparedStatement byType;
    PreparedStatement overdue;
    PreparedStatement upcoming;
    ActivityId[] ids = new ActivityId[4096];
    ActivityQuery[] queries = new ActivityQuery[1024];
    int[][] windows = new int[1024][];
    PlanId[] plans = new PlanId[1024];
    LocalDate asOf = LocalDate.of(2022, 6, 1);
    int next;

    /** Whether Coplan's store keeps its aggregate cache: off here, the honest figure. */
    boolean cache() {
      return false;
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      kind = Db.of(db);
      spec = Fixtures.Spec.of(activities, true);
      if (kind == Db.SQLITE) {
        Path file = Fixtures.sqlite(spec);
        storage = Stores.sqlite(file, "FULL", cache());
        raw = Stores.sqliteConnection(file, "FULL", true);
      } else {
        String database = Fixtures.postgres(spec);
        storage = Stores.postgres(database, cache());
        raw = Stores.postgresConnection(database);
      }
      coplan = Coplan.builder().storage(storage).build().actingAs(Actor.system("benchmark"));
      find = raw.prepareStatement(Raw.FIND);
      participations = raw.prepareStatement(Raw.PARTICIPATIONS);
      search = raw.prepareStatement(Raw.SEARCH);
      pageParticipations = raw.prepareStatement(Raw.PARTICIPATIONS_OF_PAGE);
      byStatus = raw.prepareStatement(Raw.PROGRESS_BY_STATUS);
      byCountry = raw.prepareStatement(Raw.PROGRESS_BY_COUNTRY);
      byType = raw.prepareStatement(Raw.PROGRESS_BY_TYPE);
      overdue = raw.prepareStatement(Raw.PROGRESS_OVERDUE);
      upcoming = raw.prepareStatement(Raw.PROGRESS_UPCOMING);
      for (int i = 0; i < ids.length; i++) {
        ids[i] = Data.activityId(spec.seed(), Ids.pick(spec.seed(), 100, i, spec.activities()));
      }
      for (int i = 0; i < queries.length; i++) {
        plans[i] = Data.planId(spec.seed(), Ids.pick(spec.seed(), 101, i, spec.plans()));
        LocalDate from = LocalDate.of(2016 + Ids.pick(spec.seed(), 102, i, 14), 1, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        windows[i] = new int[] {(int) from.toEpochDay(), (int) to.toEpochDay()};
        queries[i] = ActivityQuery.builder().plan(plans[i]).window(from, to).pageSize(50).build();
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      raw.close();
      storage.close();
    }
  }

  /** The fixture with the aggregate cache on, reported beside the uncached figures. */
  @State(Scope.Benchmark)
  public static class CachedFixture extends Fixture {
    @Override
    boolean cache() {
      return true;
    }
  }

  /** {@link #readCoplan} on a store that keeps its aggregate cache. */
  @Benchmark
  public Activity readCoplanCached(CachedFixture s) {
    return s.coplan.activities().get(s.ids[s.next++ & 4095]);
  }

  /** {@link #searchCoplan} on a store that keeps its aggregate cache. */
  @Benchmark
  public Page<Activity> searchCoplanCached(CachedFixture s) {
    return s.coplan.activities().search(s.queries[s.next++ & 1023]);
  }

  /** {@link #progressCoplan} on a store that keeps its aggregate cache. */
  @Benchmark
  public ProgressReport progressCoplanCached(CachedFixture s) {
    return s.coplan.reports().progress(s.spec.progressPlanId(), s.asOf);
  }

  /**
   * {@code coplan.activities().get}: a read-only unit of work reading an activity and its
   * participations.
   */
  @Benchmark
  public Activity readCoplan(Fixture s) {
    return s.coplan.activities().get(s.ids[s.next++ & 4095]);
  }

  /**
   * The row and its participations on two reused prepared statements, mapped with {@link
   * Activity.ForAdapters#restore}.
   */
  @Benchmark
  public @Nullable Activity readRaw(Fixture s) throws SQLException {
    return Raw.find(s.kind, s.find, s.participations, s.ids[s.next++ & 4095].value());
  }

  /**
   * {@code coplan.activities().search}: one page of 50 of a plan's activities overlapping a year.
   */
  @Benchmark
  public Page<Activity> searchCoplan(Fixture s) {
    return s.coplan.activities().search(s.queries[s.next++ & 1023]);
  }

  /** The same search as {@link #searchCoplan} in sampled time, for its percentiles. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Page<Activity> searchLatencyCoplan(Fixture s) {
    return s.coplan.activities().search(s.queries[s.next++ & 1023]);
  }

  /** The same SQL by hand: the page (and one more row), then the page's participations. */
  @Benchmark
  public List<Activity> searchRaw(Fixture s) throws SQLException {
    int k = s.next++ & 1023;
    return Raw.searchPage(
        s.kind,
        s.search,
        s.pageParticipations,
        s.plans[k].value(),
        s.windows[k][0],
        s.windows[k][1],
        50);
  }

  /** {@code coplan.reports().progress} of the plan with 10,000 activities. */
  @Benchmark
  public ProgressReport progressCoplan(Fixture s) {
    return s.coplan.reports().progress(s.spec.progressPlanId(), s.asOf);
  }

  /**
   * The three hand-written {@code GROUP BY} queries and the two lists, assembled into the same
   * {@link PlanProgress}.
   */
  @Benchmark
  public PlanProgress progressRaw(Fixture s) throws SQLException {
    PlanId plan = s.spec.progressPlanId();
    LocalDate until = s.asOf.plusDays(90);
    int asOf = (int) s.asOf.toEpochDay();
    s.byStatus.setInt(1, asOf);
    s.byStatus.setInt(2, asOf);
    s.byStatus.setInt(3, (int) until.toEpochDay());
    s.kind.setUuid(s.byStatus, 4, plan.value());
    Map<Integer, Map<ActivityStatus, Long>> byStatus = new TreeMap<>();
    Map<Integer, long[]> overdueAndUpcoming = new HashMap<>();
    try (ResultSet r = s.byStatus.executeQuery()) {
      while (r.next()) {
        int area = r.getInt(1);
        ActivityStatus status = ActivityStatus.valueOf(r.getString(2));
        byStatus
            .computeIfAbsent(area, k -> new EnumMap<>(ActivityStatus.class))
            .put(status, r.getLong(3));
        long[] counts = overdueAndUpcoming.computeIfAbsent(area, k -> new long[2]);
        if (!status.isClosed()) {
          counts[0] += r.getLong(4);
          if (status != ActivityStatus.IN_PROGRESS) {
            counts[1] += r.getLong(5);
          }
        }
      }
    }
    List<ContentAreaProgress> areas = new ArrayList<>();
    byStatus.forEach(
        (area, counts) -> {
          // filled row by row with byStatus: every area has its counts, the default only tells the
          // checker so
          long[] ou = overdueAndUpcoming.getOrDefault(area, new long[2]);
          areas.add(new ContentAreaProgress(area, counts, ou[0], ou[1]));
        });
    Map<CountryCode, Long> people = new TreeMap<>();
    Map<CountryCode, Long> organisations = new TreeMap<>();
    s.kind.setUuid(s.byCountry, 1, plan.value());
    try (ResultSet r = s.byCountry.executeQuery()) {
      while (r.next()) {
        (r.getString(1).equals("PERSON") ? people : organisations)
            .put(new CountryCode(r.getString(2)), r.getLong(3));
      }
    }
    Map<OrganisationType, Long> byType = new EnumMap<>(OrganisationType.class);
    s.kind.setUuid(s.byType, 1, plan.value());
    try (ResultSet r = s.byType.executeQuery()) {
      while (r.next()) {
        byType.put(OrganisationType.valueOf(r.getString(1)), r.getLong(2));
      }
    }
    s.kind.setUuid(s.overdue, 1, plan.value());
    s.overdue.setInt(2, asOf);
    s.overdue.setInt(3, asOf);
    s.overdue.setInt(4, ProgressQuery.DEFAULT_LIST_LIMIT);
    s.kind.setUuid(s.upcoming, 1, plan.value());
    s.upcoming.setInt(2, asOf);
    s.upcoming.setInt(3, (int) until.toEpochDay());
    s.upcoming.setInt(4, ProgressQuery.DEFAULT_LIST_LIMIT);
    return new PlanProgress(
        plan,
        s.asOf,
        until,
        areas,
        people,
        organisations,
        byType,
        Raw.summaries(s.kind, s.overdue),
        Raw.summaries(s.kind, s.upcoming));
  }

  // ---- search latency by size
  // ---------------------------------------------------------------------

  /** SQLite fixtures of several sizes, a thousand activities per plan, for the search's latency. */
  @State(Scope.Benchmark)
  public static class Scale {
    @Param({"10000", "100000", "1000000"})
    public int scaleSize;

    JdbiStorage storage;
    UseCases coplan;
    ActivityQuery[] queries = new ActivityQuery[1024];
    int next;

    @Setup(Level.Trial)
    public void setUp() {
      // The fixtures of 100,000 and more are those of the table (with the progress plan); that of
      // 10,000 has none.
      Fixtures.Spec spec = Fixtures.Spec.of(scaleSize, scaleSize >= 100_000);
      storage = Stores.sqlite(Fixtures.sqlite(spec), "FULL", false);
      coplan = Coplan.builder().storage(storage).build().actingAs(Actor.system("benchmark"));
      for (int i = 0; i < queries.length; i++) {
        LocalDate from = LocalDate.of(2016 + Ids.pick(spec.seed(), 102, i, 14), 1, 1);
        queries[i] =
            ActivityQuery.builder()
                .plan(Data.planId(spec.seed(), Ids.pick(spec.seed(), 101, i, spec.plans())))
                .window(from, from.plusYears(1).minusDays(1))
                .pageSize(50)
                .build();
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      storage.close();
    }
  }

  /** The search of the table on SQLite stores of several sizes, in sampled time. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Page<Activity> searchScaleCoplan(Scale s) {
    return s.coplan.activities().search(s.queries[s.next++ & 1023]);
  }

  // ---- search latency of a viewer of one plan
  // ----------------------------------------------------

  /**
   * The main fixture in which every plan is restricted and a person holds a VIEWER grant on one
   * plan alone: the searches of that person, limited to what they may see.
   */
  @State(Scope.Benchmark)
  public static class Viewer {
    @Param({"sqlite", "postgres"})
    public String db;

    /** Activities of the uniform part, a thousand per plan; the progress plan adds 10,000. */
    @Param({"1000000"})
    public int activities;

    JdbiStorage storage;
    UseCases viewer;
    PlanId plan;
    ActivityQuery[] everyPlan = new ActivityQuery[1024];
    ActivityQuery[] onePlan = new ActivityQuery[1024];
    int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      Db kind = Db.of(db);
      Fixtures.Spec spec = Fixtures.Spec.of(activities, true);
      plan = Data.planId(spec.seed(), Ids.pick(spec.seed(), 103, 0, spec.plans()));
      PersonId person = Data.personId(spec.seed(), 0);
      if (kind == Db.SQLITE) {
        // The store first, which migrates a fixture cached before the plans had an access.
        Path file = Fixtures.sqlite(spec);
        storage = Stores.sqlite(file, "FULL", false);
        try (Connection c = Stores.sqliteConnection(file, "FULL", false)) {
          restrictAllBut(kind, c, plan, person);
        }
      } else {
        String database = Fixtures.postgres(spec);
        storage = Stores.postgres(database, false);
        try (Connection c = Stores.postgresConnection(database)) {
          restrictAllBut(kind, c, plan, person);
        }
      }
      viewer = Coplan.builder().storage(storage).build().actingAs(Actor.person(person));
      for (int i = 0; i < everyPlan.length; i++) {
        LocalDate from = LocalDate.of(2016 + Ids.pick(spec.seed(), 102, i, 14), 1, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        everyPlan[i] = ActivityQuery.builder().window(from, to).pageSize(50).build();
        onePlan[i] = ActivityQuery.builder().plan(plan).window(from, to).pageSize(50).build();
      }
      Long seen =
          viewer
              .activities()
              .search(ActivityQuery.builder().pageSize(1).withTotal().build())
              .total();
      if (!Long.valueOf(spec.activities() / spec.plans()).equals(seen)) {
        throw new IllegalStateException("the viewer does not see exactly one plan's activities");
      }
    }

    /**
     * Makes every plan of the fixture restricted, with no grant but a VIEWER grant to the person on
     * one plan, in SQL, so that a cached fixture ends the same whatever it held (a fixture made
     * before the plans had an access was given an open one by the migration; one made after has
     * none). Only the system actor reads the other rows, and it sees every plan either way.
     */
    private static void restrictAllBut(Db kind, Connection c, PlanId plan, PersonId person)
        throws SQLException {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement();
          PreparedStatement grant =
              c.prepareStatement(
                  "INSERT INTO coplan_plan_grant (plan_id, ordinal, principal, role, areas)"
                      + " VALUES (?, 0, ?, 'VIEWER', '')")) {
        s.executeUpdate("DELETE FROM coplan_plan_grant");
        s.executeUpdate("DELETE FROM coplan_plan_access");
        s.executeUpdate(
            "INSERT INTO coplan_plan_access (plan_id, version, visibility)"
                + " SELECT id, 1, 'RESTRICTED' FROM coplan_plan");
        kind.setUuid(grant, 1, plan.value());
        grant.setString(2, "person:" + person.value());
        grant.executeUpdate();
        c.commit();
        if (kind == Db.POSTGRES) {
          s.execute("ANALYZE coplan_plan_access");
          s.execute("ANALYZE coplan_plan_grant");
          c.commit();
        }
      } finally {
        c.setAutoCommit(true);
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      storage.close();
    }
  }

  /**
   * {@code coplan.activities().search} by a viewer of one plan among all the fixture's: one page of
   * 50 of every plan's activities overlapping a year, in sampled time.
   */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Page<Activity> searchViewerCoplan(Viewer s) {
    return s.viewer.activities().search(s.everyPlan[s.next++ & 1023]);
  }

  /**
   * {@code coplan.activities().search} by a viewer of one plan: one page of 50 of that plan's
   * activities overlapping a year, in sampled time.
   */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Page<Activity> searchViewerPlanCoplan(Viewer s) {
    return s.viewer.activities().search(s.onePlan[s.next++ & 1023]);
  }
}

package io.github.coplan.benchmarks;

import static java.util.stream.Collectors.joining;

import io.github.coplan.Coplan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.IndicatorProgress;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The results framework on SQLite: the progress of every period of the 100 indicators of a plan of
 * 10,000 activities ({@link ResultData}: 50 observed, 50 derived by rules, four yearly periods
 * each, 400 lines), through the use cases and by hand-written SQL on the same file, in the same
 * run, as latency percentiles.
 *
 * <p>{@code progressOf} asks {@code results().progressOf(plan)} as a person who holds a viewer's
 * role on the restricted plan: one read unit that checks the plan's access, reads the plan's
 * results with their indicators and periods, every observation of the plan at once, and asks the
 * store once for the counts of every derived indicator in all its periods ({@code deriveAll}: one
 * grouped statement for the completed-activity rules, one for the introduction rules, one per
 * attendee rule); then builds an actual (with its formula, the observations counted and warnings)
 * and a progress (with its formula and inputs) for every line.
 *
 * <p>The floor, {@code handWrittenSql}, reads the same numbers with plain JDBC on a connection
 * configured alike, every statement prepared once: one statement for the plan's indicators and
 * periods (with targets and baselines), one for the approved totals of the plan's observations
 * (filtered in SQL, latest last), combined in Java per aggregation (sum, latest, ratio of sums)
 * with the same decimal arithmetic, and the derived counts read as the store reads them: one
 * statement grouped by period, type and content area for every completed-activity rule, one grouped
 * by period and content area for every introduction rule (each rule adding the groups it takes, in
 * Java), and one {@code COUNT(DISTINCT)} statement per attendee rule for all its periods (a {@code
 * VALUES} list of them joined to the plan's rows by day), its filters written into the statement;
 * then the actual and progress value of each line. It does not open a transaction, check the
 * actor's access, read the plan, read observations that do not count, read or interpret a rule from
 * the store (it knows each derived indicator's filters in advance, as a report written for this
 * plan would), build results, indicators, periods, actuals or progress objects, write formulas or
 * warnings, or handle measures and aggregations the fixture does not use (scores, narratives, the
 * latest per reporter). Both return the same numbers: the trial's setup compares every line and
 * refuses to run otherwise, and {@code ResultBenchmarksTest} does the same on a fresh store.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ResultBenchmarks}. The fixture is
 * generated once, through the store, and cached with the others ({@link Fixtures#directory()}).
 */
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ResultBenchmarks {

  /** The seed of the generated plan. */
  static final long SEED = 20_261_201L;

  /** The cached fixture's name: change it whenever the generator or the schema changes. */
  static final String KEY = "results-" + SEED + "-v1";

  /** The store holding the plan, the use cases acting as its viewer, and the floor's connection. */
  @State(Scope.Benchmark)
  public static class Plan {
    JdbiStorage storage;
    UseCases coplan;
    Connection raw;
    Floor floor;

    @Setup(Level.Trial)
    public void open() throws SQLException {
      Path file = fixture();
      storage = Stores.sqlite(file, "NORMAL", false);
      coplan =
          Coplan.builder()
              .storage(storage)
              .recordHistory(false)
              .build()
              .actingAs(Actor.person(ResultData.viewer(SEED)));
      raw = Stores.sqliteConnection(file, "NORMAL", true);
      floor = new Floor(raw, ResultData.planId(SEED).value(), ResultData.rules(SEED));
      List<String> differences =
          Floor.differences(floor.lines(), coplan.results().progressOf(ResultData.planId(SEED)));
      if (!differences.isEmpty()) {
        throw new IllegalStateException(
            "the floor and the use case disagree: " + String.join("; ", differences));
      }
    }

    static Path fixture() {
      return Fixtures.sqliteCached(KEY, s -> ResultData.load(s, SEED));
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      floor.close();
      raw.close();
      storage.close();
    }
  }

  /** The progress of every period of every indicator of the plan, through the use cases. */
  @Benchmark
  public List<IndicatorProgress> progressOf(Plan s) {
    return s.coplan.results().progressOf(ResultData.planId(SEED));
  }

  /** The floor: the same actuals and progress values by hand-written SQL. */
  @Benchmark
  public List<Floor.Line> handWrittenSql(Plan s) throws SQLException {
    return s.floor.lines();
  }

  /**
   * The same actuals and progress values as {@code progressOf}, by hand-written SQL on a plain JDBC
   * connection to a SQLite store, every statement prepared once.
   */
  static final class Floor implements AutoCloseable {

    /** One line: an indicator's period, its actual and its progress (each null when none). */
    record Line(
        UUID indicator, UUID period, @Nullable BigDecimal actual, @Nullable BigDecimal progress) {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final String PERIODS =
        "SELECT i.id, i.measure, i.aggregation, i.ascending, i.baseline_kind, i.baseline_number,"
            + " i.baseline_denominator, p.id, p.first_day, p.last_day, p.target_kind,"
            + " p.target_number, p.target_denominator"
            + " FROM coplan_result r JOIN coplan_indicator i ON i.result_id = r.id"
            + " JOIN coplan_indicator_period p ON p.indicator_id = i.id"
            + " WHERE r.plan_id = ?"
            + " ORDER BY r.content_area NULLS FIRST, r.id, i.ordinal, p.first_day, p.last_day";

    private static final String APPROVED_TOTALS =
        "SELECT o.indicator_id, o.period_id, o.value_kind, o.value_number, o.value_denominator"
            + " FROM coplan_observation o JOIN coplan_indicator i ON i.id = o.indicator_id"
            + " JOIN coplan_result r ON r.id = i.result_id"
            + " WHERE r.plan_id = ? AND o.status = 'APPROVED' AND o.dimensions = '{}'"
            + " ORDER BY o.observed_on, o.recorded_second, o.recorded_nano, o.id";

    private final Db db = Db.SQLITE;
    private final UUID plan;
    private final PreparedStatement periods;
    private final PreparedStatement totals;
    private final Map<UUID, Rule> rules = new HashMap<>();

    /** The count statements of the derived indicators, by indicator and number of periods. */
    private final Map<UUID, Map<Integer, PreparedStatement>> counts = new HashMap<>();

    private final Connection connection;

    /** The grouped count statements, by kind and number of spans. */
    private final Map<String, PreparedStatement> grouped = new HashMap<>();

    Floor(Connection connection, UUID plan, Map<IndicatorId, Rule> rules) throws SQLException {
      this.connection = connection;
      this.plan = plan;
      this.periods = connection.prepareStatement(PERIODS);
      this.totals = connection.prepareStatement(APPROVED_TOTALS);
      rules.forEach((id, rule) -> this.rules.put(id.value(), rule));
      for (Map.Entry<UUID, Rule> e : this.rules.entrySet()) {
        if (e.getValue() instanceof Rule.Attendees) {
          count(e.getKey(), ResultData.YEARS);
        }
      }
    }

    /** A period of an indicator, as the first statement reads it. */
    private record Row(
        UUID indicator,
        String measure,
        String aggregation,
        boolean ascending,
        @Nullable BigDecimal baseline,
        UUID period,
        int firstDay,
        int lastDay,
        @Nullable BigDecimal target) {}

    /** What the approved totals of one period make. */
    private static final class Sums {
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal denominators = BigDecimal.ZERO;
      @Nullable BigDecimal latest;
    }

    private record Key(UUID indicator, UUID period) {}

    /** The lines of the plan, by result, then indicator, then period. */
    List<Line> lines() throws SQLException {
      List<Row> rows = new ArrayList<>(4 * ResultData.INDICATORS);
      db.setUuid(periods, 1, plan);
      try (ResultSet rs = periods.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  uuid(rs, 1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getInt(4) == 1,
                  number(rs.getString(5), rs.getString(6), rs.getString(7)),
                  uuid(rs, 8),
                  rs.getInt(9),
                  rs.getInt(10),
                  number(rs.getString(11), rs.getString(12), rs.getString(13))));
        }
      }
      Map<Key, Sums> observed = new HashMap<>();
      db.setUuid(totals, 1, plan);
      try (ResultSet rs = totals.executeQuery()) {
        while (rs.next()) {
          Sums sums = observed.computeIfAbsent(new Key(uuid(rs, 1), uuid(rs, 2)), k -> new Sums());
          BigDecimal n = new BigDecimal(rs.getString(4));
          if ("ratio".equals(rs.getString(3))) {
            BigDecimal d = new BigDecimal(rs.getString(5));
            sums.sum = sums.sum.add(n);
            sums.denominators = sums.denominators.add(d);
            sums.latest = percent(n, d);
          } else {
            sums.sum = sums.sum.add(n);
            sums.latest = n;
          }
        }
      }
      List<List<Row>> byIndicator = byIndicator(rows);
      Map<UUID, long[]> derived = derivedCounts(byIndicator);
      List<Line> lines = new ArrayList<>(rows.size());
      for (List<Row> mine : byIndicator) {
        UUID indicator = mine.get(0).indicator();
        if (rules.containsKey(indicator)) {
          long[] counted = Objects.requireNonNull(derived.get(indicator));
          for (int k = 0; k < mine.size(); k++) {
            Row row = mine.get(k);
            BigDecimal actual = BigDecimal.valueOf(counted[k]);
            lines.add(new Line(indicator, row.period(), actual, progress(row, actual)));
          }
        } else {
          for (Row row : mine) {
            Sums sums = observed.get(new Key(indicator, row.period()));
            BigDecimal actual = sums == null ? null : actual(row.aggregation(), sums);
            lines.add(new Line(indicator, row.period(), actual, progress(row, actual)));
          }
        }
      }
      return lines;
    }

    /** The rows of each indicator, which the statement reads one indicator after another. */
    private static List<List<Row>> byIndicator(List<Row> rows) {
      List<List<Row>> out = new ArrayList<>();
      int i = 0;
      while (i < rows.size()) {
        UUID indicator = rows.get(i).indicator();
        int end = i;
        while (end < rows.size() && rows.get(end).indicator().equals(indicator)) {
          end++;
        }
        out.add(rows.subList(i, end));
        i = end;
      }
      return out;
    }

    /**
     * The counts of every derived indicator in each of its periods, by indicator: the completed
     * activities of every rule from one statement grouped by period, type and content area, the
     * agreed introductions from one grouped by period and content area, and each attendee rule from
     * a statement of its own (distinct people do not add up across groups).
     */
    private Map<UUID, long[]> derivedCounts(List<List<Row>> byIndicator) throws SQLException {
      Map<UUID, List<Row>> completed = new LinkedHashMap<>();
      Map<UUID, List<Row>> agreed = new LinkedHashMap<>();
      Map<UUID, long[]> out = new HashMap<>();
      for (List<Row> mine : byIndicator) {
        UUID indicator = mine.get(0).indicator();
        Rule rule = rules.get(indicator);
        if (rule instanceof Rule.CompletedActivities) {
          completed.put(indicator, mine);
        } else if (rule instanceof Rule.AgreedIntroductions) {
          agreed.put(indicator, mine);
        } else if (rule != null) {
          out.put(indicator, count(indicator, mine));
        }
      }
      grouped(completed, true, out);
      grouped(agreed, false, out);
      return out;
    }

    /** A period's days, the key of a grouped count's rows. */
    private record Days(int first, int last) {}

    /**
     * The counts of rules whose records add up, from one grouped statement over the distinct spans
     * of their periods: each rule adds the groups its types and content areas take.
     */
    private void grouped(Map<UUID, List<Row>> indicators, boolean activities, Map<UUID, long[]> out)
        throws SQLException {
      if (indicators.isEmpty()) {
        return;
      }
      Map<Days, Integer> spans = new LinkedHashMap<>();
      for (List<Row> mine : indicators.values()) {
        for (Row row : mine) {
          spans.putIfAbsent(new Days(row.firstDay(), row.lastDay()), spans.size());
        }
      }
      PreparedStatement s = activities ? completedGroups(spans.size()) : agreedGroups(spans.size());
      int at = 1;
      for (Map.Entry<Days, Integer> e : spans.entrySet()) {
        s.setInt(at++, e.getValue());
        s.setInt(at++, e.getKey().first());
        s.setInt(at++, e.getKey().last());
      }
      db.setUuid(s, at, plan);
      List<Object[]> groups = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          if (activities) {
            int area = rs.getInt(3);
            groups.add(
                new Object[] {
                  rs.getInt(1), rs.getString(2), rs.wasNull() ? null : area, rs.getLong(4)
                });
          } else {
            int area = rs.getInt(2);
            groups.add(
                new Object[] {rs.getInt(1), null, rs.wasNull() ? null : area, rs.getLong(3)});
          }
        }
      }
      for (Map.Entry<UUID, List<Row>> e : indicators.entrySet()) {
        Rule rule = Objects.requireNonNull(rules.get(e.getKey()));
        Set<String> types = new java.util.HashSet<>();
        if (rule instanceof Rule.CompletedActivities c) {
          c.types().forEach(t -> types.add(t.name()));
        }
        List<Row> mine = e.getValue();
        long[] counted = new long[mine.size()];
        for (int k = 0; k < mine.size(); k++) {
          int span =
              Objects.requireNonNull(
                  spans.get(new Days(mine.get(k).firstDay(), mine.get(k).lastDay())));
          for (Object[] g : groups) {
            if ((Integer) g[0] == span
                && (types.isEmpty() || types.contains((String) g[1]))
                && (rule.contentAreas().isEmpty()
                    || (g[2] != null && rule.contentAreas().contains((Integer) g[2])))) {
              counted[k] += (Long) g[3];
            }
          }
        }
        out.put(e.getKey(), counted);
      }
    }

    private PreparedStatement completedGroups(int spanCount) throws SQLException {
      return prepared(
          "completed" + spanCount,
          spans(spanCount)
              + "SELECT q.n, a.type, a.content_area, COUNT(*) FROM q"
              + " JOIN coplan_activity a ON a.plan_id = ?"
              + " AND a.met_earliest BETWEEN q.first_day AND q.last_day"
              + " WHERE a.status = 'COMPLETED' GROUP BY q.n, a.type, a.content_area");
    }

    private PreparedStatement agreedGroups(int spanCount) throws SQLException {
      return prepared(
          "agreed" + spanCount,
          spans(spanCount)
              + "SELECT q.n, x.content_area, COUNT(*) FROM q"
              + " JOIN coplan_introduction x ON x.plan_id = ?"
              + " AND x.agreed_on BETWEEN q.first_day AND q.last_day"
              + " GROUP BY q.n, x.content_area");
    }

    /** A grouped count statement, prepared on first use. */
    private PreparedStatement prepared(String key, String sql) throws SQLException {
      PreparedStatement s = grouped.get(key);
      if (s == null) {
        s = connection.prepareStatement(sql);
        grouped.put(key, s);
      }
      return s;
    }

    /** The {@code VALUES} list of a count's periods: their places, first and last days. */
    private static String spans(int count) {
      StringBuilder sql = new StringBuilder("WITH q (n, first_day, last_day) AS (VALUES ");
      for (int k = 0; k < count; k++) {
        sql.append(k == 0 ? "" : ", ").append("(?, ?, ?)");
      }
      return sql.append(") ").toString();
    }

    /** The counts of a derived indicator's rule in each of its periods: one statement. */
    private long[] count(UUID indicator, List<Row> mine) throws SQLException {
      PreparedStatement s = count(indicator, mine.size());
      int at = 1;
      for (int k = 0; k < mine.size(); k++) {
        Row row = mine.get(k);
        s.setInt(at++, k);
        s.setInt(at++, row.firstDay());
        s.setInt(at++, row.lastDay());
      }
      db.setUuid(s, at, plan);
      long[] counted = new long[mine.size()];
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          counted[rs.getInt(1)] = rs.getLong(2);
        }
      }
      return counted;
    }

    private PreparedStatement count(UUID indicator, int periodCount) throws SQLException {
      Map<Integer, PreparedStatement> byCount =
          counts.computeIfAbsent(indicator, k -> new HashMap<>());
      PreparedStatement s = byCount.get(periodCount);
      if (s == null) {
        s =
            connection.prepareStatement(
                countStatement(Objects.requireNonNull(rules.get(indicator)), periodCount));
        byCount.put(periodCount, s);
      }
      return s;
    }

    /**
     * A rule's counts in some periods in one statement, a row per period with records (its place
     * and its count): the periods' places, first and last days come first, then the plan. Each
     * period is one range of the plan's rows by day in migration 12's indexes.
     */
    static String countStatement(Rule rule, int periodCount) {
      StringBuilder sql = new StringBuilder("WITH q (n, first_day, last_day) AS (VALUES ");
      for (int k = 0; k < periodCount; k++) {
        sql.append(k == 0 ? "" : ", ").append("(?, ?, ?)");
      }
      sql.append(") ");
      if (rule instanceof Rule.AgreedIntroductions) {
        sql.append(
            "SELECT q.n, COUNT(*) FROM q JOIN coplan_introduction x ON x.plan_id = ?"
                + " AND x.agreed_on BETWEEN q.first_day AND q.last_day");
        in(sql, "x.content_area", rule.contentAreas(), false);
      } else if (rule instanceof Rule.CompletedActivities c) {
        sql.append(
            "SELECT q.n, COUNT(*) FROM q JOIN coplan_activity a ON a.plan_id = ?"
                + " AND a.met_earliest BETWEEN q.first_day AND q.last_day"
                + " WHERE a.status = 'COMPLETED'");
        in(sql, "a.type", c.types(), true);
        in(sql, "a.content_area", c.contentAreas(), false);
      } else {
        Rule.Attendees at = (Rule.Attendees) rule;
        sql.append(
            "SELECT q.n, COUNT(DISTINCT p.participant_id) FROM q JOIN coplan_activity a"
                + " ON a.plan_id = ? AND a.met_earliest BETWEEN q.first_day AND q.last_day"
                + " JOIN coplan_participation p ON p.activity_id = a.id"
                + " WHERE p.status = 'ATTENDED' AND p.participant_kind = 'PERSON'");
        in(sql, "a.type", at.types(), true);
        in(sql, "a.content_area", at.contentAreas(), false);
        in(sql, "p.role", at.roles(), true);
        if (!at.countries().isEmpty()) {
          sql.append(" AND EXISTS (SELECT 1 FROM coplan_person pe WHERE pe.id = p.participant_id");
          in(sql, "pe.country", at.countries(), true);
          sql.append(')');
        }
      }
      return sql.append(" GROUP BY q.n").toString();
    }

    private static void in(StringBuilder where, String column, Set<?> values, boolean quoted) {
      if (values.isEmpty()) {
        return;
      }
      where
          .append(" AND ")
          .append(column)
          .append(" IN (")
          .append(
              values.stream()
                  .map(v -> quoted ? "'" + v + "'" : v.toString())
                  .collect(joining(", ")))
          .append(')');
    }

    private static BigDecimal actual(String aggregation, Sums sums) {
      return switch (aggregation) {
        case "SUM" -> sums.sum;
        case "LATEST" -> Objects.requireNonNull(sums.latest);
        case "RATIO_OF_SUMS" -> percent(sums.sum, sums.denominators);
        default -> throw new IllegalStateException("the fixture has no " + aggregation);
      };
    }

    /** Progress: from the baseline (or zero) to the target; null when it has no value. */
    private static @Nullable BigDecimal progress(Row row, @Nullable BigDecimal actual) {
      BigDecimal target = row.target();
      if (actual == null
          || target == null
          || row.measure().equals("NOMINAL")
          || row.measure().equals("QUALITATIVE")) {
        return null;
      }
      BigDecimal baseline = row.baseline();
      if (baseline != null) {
        return target.compareTo(baseline) == 0
            ? null
            : actual.subtract(baseline).divide(target.subtract(baseline), MathContext.DECIMAL64);
      }
      if (!row.ascending() || target.signum() == 0) {
        return null;
      }
      return actual.divide(target, MathContext.DECIMAL64);
    }

    /** A stored value's number: a ratio's percentage; null for none or a narrative. */
    private static @Nullable BigDecimal number(
        @Nullable String kind, @Nullable String number, @Nullable String denominator) {
      if (kind == null || number == null) {
        return null;
      }
      BigDecimal n = new BigDecimal(number);
      return "ratio".equals(kind)
          ? percent(n, new BigDecimal(Objects.requireNonNull(denominator)))
          : n;
    }

    private static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
      return numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64);
    }

    private UUID uuid(ResultSet rs, int column) throws SQLException {
      return Objects.requireNonNull(db.getUuid(rs, column), "id");
    }

    /**
     * Where the floor's lines and the use case's differ: a line missing, another indicator or
     * period, another actual or progress value (compared as numbers); empty when they agree.
     */
    static List<String> differences(List<Line> floor, List<IndicatorProgress> ours) {
      List<String> out = new ArrayList<>();
      if (floor.size() != ours.size()) {
        out.add("the floor has " + floor.size() + " lines, the use case " + ours.size());
        return out;
      }
      for (int k = 0; k < floor.size(); k++) {
        Line f = floor.get(k);
        IndicatorProgress o = ours.get(k);
        Line expected =
            new Line(
                o.indicator().id().value(),
                o.period().id().value(),
                o.progress().actual().value(),
                o.progress().value());
        if (!f.indicator().equals(expected.indicator())
            || !f.period().equals(expected.period())
            || !same(f.actual(), expected.actual())
            || !same(f.progress(), expected.progress())) {
          out.add("line " + k + ": floor " + f + ", use case " + expected);
        }
      }
      return out;
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
      return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The floor's lines by kind of indicator, for a reader: derived and observed. */
    static Map<String, Integer> shape(List<Line> lines, Map<IndicatorId, Rule> rules) {
      Map<String, Integer> out = new LinkedHashMap<>();
      Set<UUID> derived = new java.util.HashSet<>();
      rules.keySet().forEach(id -> derived.add(id.value()));
      for (Line l : lines) {
        String kind =
            (derived.contains(l.indicator()) ? "derived" : "observed")
                + (l.actual() == null ? " not reported" : "")
                + (l.progress() == null ? " without progress" : "");
        out.merge(kind, 1, Integer::sum);
      }
      return out;
    }

    @Override
    public void close() throws SQLException {
      periods.close();
      totals.close();
      for (PreparedStatement s : grouped.values()) {
        s.close();
      }
      for (Map<Integer, PreparedStatement> byCount : counts.values()) {
        for (PreparedStatement s : byCount.values()) {
          s.close();
        }
      }
    }
  }
}

package io.github.coplan.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the whole table of benchmarks and prints every row with its ratio (Coplan ÷ raw throughput):
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.github.coplan.benchmarks.Run --quick
 * java -cp benchmarks/target/benchmarks.jar io.github.coplan.benchmarks.Run --full
 * </pre>
 *
 * Options: {@code --quick} (default) or {@code --full}; {@code --no-pg} skips the PostgreSQL rows;
 * {@code --only REGEX} runs only the JMH benchmarks whose name matches (and no extra measurement);
 * {@code --prof NAME} adds a JMH profiler (e.g. {@code gc}, {@code stack}); {@code --verbose} shows
 * JMH's own output. The table is also written to {@code benchmarks/target/results-<mode>.txt}. With
 * {@code --only}, the shared fixtures and the PostgreSQL server are made only if a selected
 * benchmark needs them: {@code --only ResultBenchmarks} runs the results framework's row alone.
 */
public final class Run {

  private final boolean full;
  private final boolean postgres;
  private final @Nullable String only;
  private final List<String> profilers;
  private final boolean verbose;
  private final PrintStream out;
  private final StringBuilder report = new StringBuilder();

  private Run(
      boolean full,
      boolean postgres,
      @Nullable String only,
      List<String> profilers,
      boolean verbose,
      PrintStream out) {
    this.full = full;
    this.postgres = postgres;
    this.only = only;
    this.profilers = profilers;
    this.verbose = verbose;
    this.out = out;
  }

  /**
   * Runs the table.
   *
   * @param args {@code --quick} or {@code --full}, and the options above
   * @throws Exception if a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    boolean full = false;
    boolean postgres = true;
    boolean verbose = false;
    String only = null;
    List<String> profilers = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> full = false;
        case "--full" -> full = true;
        case "--no-pg" -> postgres = false;
        case "--verbose" -> verbose = true;
        case "--only" -> only = args[++i];
        case "--prof" -> profilers.add(args[++i]);
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + "; use --quick | --full [--no-pg] [--only REGEX] [--prof NAME] [--verbose]");
      }
    }
    // the tool's output is the table
    new Run(full, postgres, only, profilers, verbose, System.out).run();
    System.exit(0);
  }

  private int mainSize() {
    return full ? 1_000_000 : 100_000;
  }

  private int bulkSize() {
    return full ? 100_000 : 20_000;
  }

  private void run() throws Exception {
    long started = System.nanoTime();
    line(
        "# Coplan benchmarks, "
            + (full ? "full" : "quick")
            + " mode, "
            + ZonedDateTime.now().withNano(0));
    line(
        "# machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, JDK "
            + System.getProperty("java.vm.version")
            + ", load average at start "
            + loadAverage());
    line(
        "# fixtures: read/search/progress on "
            + String.format(Locale.ROOT, "%,d", mainSize())
            + " activities in "
            + String.format(Locale.ROOT, "%,d", mainSize() / 1000)
            + " plans (+ a plan of 10,000 for the progress report); bulk import of "
            + String.format(Locale.ROOT, "%,d", bulkSize())
            + " activities"
            + (full ? "" : " (quick mode: smaller than the full 1,000,000 / 100,000)"));
    List<String> dbs = new ArrayList<>(List.of("sqlite"));
    List<String> jvmArgs = new ArrayList<>(List.of("-Xms1g", "-Xmx2g"));
    // --only may select benchmarks that need neither the shared fixtures nor the server: skip them
    boolean jdbc = selects(JdbcBenchmarks.class.getName() + "\\.");
    boolean server = jdbc || selects(PolicyBenchmarks.class.getName() + "\\.");
    if (postgres) {
      dbs.add("postgres");
      if (server) {
        // one server for the whole run: the forks are pointed at it rather than starting their own
        jvmArgs.addAll(Stores.postgresServer().jvmArgs());
      }
    }
    String[] scaleSizes =
        full ? new String[] {"10000", "100000", "1000000"} : new String[] {"10000", "100000"};
    if (jdbc) {
      long fixtures = System.nanoTime();
      Fixtures.sqlite(Fixtures.Spec.of(mainSize(), true));
      Fixtures.sqlite(Fixtures.Spec.of(10_000, false));
      if (postgres) {
        Fixtures.postgres(Fixtures.Spec.of(mainSize(), true));
      }
      line(
          "# fixtures ready in "
              + seconds(System.nanoTime() - fixtures)
              + " s (cached under "
              + Fixtures.directory()
              + ")");
    }

    Map<String, Result<?>> results = new HashMap<>();
    // Bulk import: one shot per iteration, each on an empty store.
    ChainedOptionsBuilder bulk =
        options(jvmArgs)
            .include(group(JdbcBenchmarks.class.getName() + "\\.bulk(Coplan|Raw)$"))
            .param("db", dbs.toArray(String[]::new))
            .param("bulkSize", Integer.toString(bulkSize()))
            .warmupIterations(1)
            .measurementIterations(full ? 5 : 2)
            .forks(1);
    collect(bulk, results);
    ChainedOptionsBuilder rest =
        options(jvmArgs)
            .include(
                group(
                    JdbcBenchmarks.class.getName()
                        + "\\.(write|read|search|searchLatency|progress|searchScale|searchViewer|searchViewerPlan)(Coplan|CoplanCached|Raw|RawUnit)$"))
            .param("db", dbs.toArray(String[]::new))
            .param("activities", Integer.toString(mainSize()))
            .param("scaleSize", scaleSizes)
            .warmupIterations(full ? 5 : 2)
            .warmupTime(TimeValue.milliseconds(full ? 2000 : 300))
            .measurementIterations(full ? 5 : 3)
            .measurementTime(TimeValue.milliseconds(full ? 2000 : 400))
            .forks(full ? 2 : 1);
    collect(rest, results);
    // Actors, roles and the history: the strict path against the open one, on the same store.
    ChainedOptionsBuilder policy =
        options(jvmArgs)
            .include(
                group(
                    PolicyBenchmarks.class.getName()
                        + "\\.(write|read)(Strict|Open|Checked|Recorded)$"))
            .param("db", dbs.toArray(String[]::new))
            .warmupIterations(full ? 5 : 2)
            .warmupTime(TimeValue.milliseconds(full ? 2000 : 300))
            .measurementIterations(full ? 5 : 3)
            .measurementTime(TimeValue.milliseconds(full ? 2000 : 400))
            .forks(full ? 2 : 1);
    collect(policy, results);
    // In-memory operations take nanoseconds: the JIT needs a few seconds to compile the store's
    // paths
    // fully, so even the quick mode warms them up longer than the rest.
    ChainedOptionsBuilder memory =
        options(jvmArgs)
            .include(group(MemoryBenchmarks.class.getName() + "\\."))
            .warmupIterations(full ? 5 : 3)
            .warmupTime(TimeValue.milliseconds(full ? 2000 : 1000))
            .measurementIterations(full ? 5 : 3)
            .measurementTime(TimeValue.milliseconds(full ? 2000 : 500))
            .forks(full ? 2 : 1);
    collect(memory, results);
    // The results framework: the progress of a plan's 100 indicators and its floor, SQLite only,
    // in sampled time (the fixture is generated in the first fork and cached).
    ChainedOptionsBuilder progress =
        options(jvmArgs)
            .include(group(ResultBenchmarks.class.getName() + "\\.(progressOf|handWrittenSql)$"))
            .warmupIterations(full ? 5 : 2)
            .warmupTime(TimeValue.milliseconds(full ? 2000 : 1000))
            .measurementIterations(full ? 5 : 3)
            .measurementTime(TimeValue.milliseconds(full ? 2000 : 1000))
            .forks(full ? 2 : 1);
    collect(progress, results);

    line("");
    line("row | coplan ops/s ± err | raw ops/s ± err | ratio | target | met?");
    line("---|---|---|---|---|---");
    for (String db : dbs) {
      String name = db.equals("sqlite") ? "SQLite" : "PG";
      row(
          "bulk import "
              + String.format(Locale.ROOT, "%,d", bulkSize())
              + " in one unit ("
              + name
              + ", activities/s)",
          results.get("bulkCoplan|" + db),
          results.get("bulkRaw|" + db),
          0.80,
          bulkSize());
      row(
          "single write, propose one per unit (" + name + "), against a unit by hand",
          results.get("writeCoplan|" + db),
          results.get("writeRawUnit|" + db),
          0.80,
          0);
      row(
          "  the same, cache on",
          results.get("writeCoplanCached|" + db),
          results.get("writeRawUnit|" + db),
          Double.NaN,
          0);
      row(
          "single write, propose one per unit (" + name + "), against a lone autocommit insert",
          results.get("writeCoplan|" + db),
          results.get("writeRaw|" + db),
          Double.NaN,
          0);
      row(
          "read one activity by id (" + name + ")",
          results.get("readCoplan|" + db),
          results.get("readRaw|" + db),
          0.70,
          0);
      row(
          "  the same, cache on",
          results.get("readCoplanCached|" + db),
          results.get("readRaw|" + db),
          Double.NaN,
          0);
      row(
          "search one page of 50 by date window (" + name + ")",
          results.get("searchCoplan|" + db),
          results.get("searchRaw|" + db),
          0.90,
          0);
      row(
          "  the same, cache on",
          results.get("searchCoplanCached|" + db),
          results.get("searchRaw|" + db),
          Double.NaN,
          0);
      row(
          "single write as a coordinator of a restricted plan, history recorded ("
              + name
              + "), against a system actor with no history",
          results.get("writeStrict|" + db),
          results.get("writeOpen|" + db),
          0.85,
          0);
      row(
          "  the same write with the checks only (the coordinator, no history)",
          results.get("writeChecked|" + db),
          results.get("writeOpen|" + db),
          Double.NaN,
          0);
      row(
          "  the same write with the history only (a system actor)",
          results.get("writeRecorded|" + db),
          results.get("writeOpen|" + db),
          Double.NaN,
          0);
      row(
          "read by id as a coordinator of a restricted plan (" + name + "), against a system actor",
          results.get("readStrict|" + db),
          results.get("readOpen|" + db),
          0.80,
          0);
      row(
          "progress report, plan of 10,000 (" + name + ")",
          results.get("progressCoplan|" + db),
          results.get("progressRaw|" + db),
          0.80,
          0);
      row(
          "  the same, cache on",
          results.get("progressCoplanCached|" + db),
          results.get("progressRaw|" + db),
          Double.NaN,
          0);
    }
    row(
        "in-memory read by id (InMemoryStorage.readOnly + findById)",
        results.get("readStorage|"),
        results.get("readMap|"),
        0.50,
        0);
    row(
        "in-memory read by id (coplan.activities().get)",
        results.get("readCoplan|"),
        results.get("readMap|"),
        0.50,
        0);
    row(
        "in-memory write (InMemoryStorage.inTransaction + update)",
        results.get("writeStorage|"),
        results.get("writeMap|"),
        0.30,
        0);

    latencyRow(
        "progress of a plan's results, 100 indicators (half derived), plan of 10,000 (SQLite),"
            + " against hand-written SQL",
        results.get("progressOf|"),
        results.get("handWrittenSql|"),
        0.80,
        50_000);

    line("");
    line(
        "search latency (coplan.activities().search, one page of 50; target p50 < 1 ms, 1M within 1.5x of 10k):");
    for (String db : dbs) {
      percentiles(
          "  main fixture " + String.format(Locale.ROOT, "%,d", mainSize()) + " (" + db + ")",
          results.get("searchLatencyCoplan|" + db));
    }
    for (String db : dbs) {
      percentiles(
          "  a viewer of 1 plan of "
              + String.format(Locale.ROOT, "%,d", mainSize() / 1000 + 1)
              + ", every plan's page ("
              + db
              + ")",
          results.get("searchViewerCoplan|" + db));
      percentiles(
          "  a viewer of 1 plan of "
              + String.format(Locale.ROOT, "%,d", mainSize() / 1000 + 1)
              + ", that plan's page ("
              + db
              + ")",
          results.get("searchViewerPlanCoplan|" + db));
    }
    for (String size : scaleSizes) {
      percentiles(
          "  SQLite, " + String.format(Locale.ROOT, "%,d", Integer.parseInt(size)) + " activities",
          results.get("searchScaleCoplan|" + size));
    }
    if (only == null) {
      line("");
      openStore();
      heap();
    }
    line("");
    line(
        "# load average at end "
            + loadAverage()
            + "; total "
            + seconds(System.nanoTime() - started)
            + " s");
    Path file =
        Fixtures.directory()
            .resolveSibling(
                "results-" + (full ? "full" : "quick") + (only == null ? "" : "-only") + ".txt");
    Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
    out.println("(written to " + file + ")");
  }

  /**
   * The benchmarks of a group, narrowed to those --only names: JMH finds either pattern in the full
   * name.
   */
  private String group(String pattern) {
    return only == null ? pattern : "^(?=.*(?:" + pattern + "))(?=.*(?:" + only + "))";
  }

  private ChainedOptionsBuilder options(List<String> jvmArgs) {
    ChainedOptionsBuilder o =
        new OptionsBuilder()
            .jvmArgsAppend(jvmArgs.toArray(String[]::new))
            .verbosity(verbose ? VerboseMode.NORMAL : VerboseMode.SILENT)
            .shouldFailOnError(true);
    for (String profiler : profilers) {
      o.addProfiler(profiler);
    }
    return o;
  }

  private void collect(ChainedOptionsBuilder options, Map<String, Result<?>> results)
      throws RunnerException {
    Collection<RunResult> run;
    try {
      run = new Runner(options.build()).run();
    } catch (NoBenchmarksException e) {
      return; // --only matched nothing in this group
    }
    for (RunResult r : run) {
      String benchmark = r.getParams().getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String key = r.getParams().getParam("db");
      if (method.startsWith("searchScale")) {
        key = r.getParams().getParam("scaleSize");
      }
      results.put(method + "|" + (key == null ? "" : key), r.getPrimaryResult());
      out.println(
          "  measured "
              + method
              + (key == null ? "" : " [" + key + "]")
              + ": "
              + r.getPrimaryResult());
      for (Map.Entry<String, Result> secondary : r.getSecondaryResults().entrySet()) {
        if (secondary.getKey().contains("alloc.rate.norm")
            || secondary.getKey().equals("·gc.alloc.rate")
            || secondary.getKey().equals("gc.alloc.rate")) {
          line(
              "    "
                  + method
                  + (key == null ? "" : " [" + key + "]")
                  + " "
                  + secondary.getKey()
                  + " = "
                  + secondary.getValue());
        }
      }
    }
  }

  /**
   * A row: throughputs (from single-shot times when {@code perShot} is the work of one shot), ratio
   * and target; a NaN target marks a row shown for reference only.
   */
  private void row(
      String label,
      @Nullable Result<?> coplan,
      @Nullable Result<?> raw,
      double target,
      int perShot) {
    if (coplan == null || raw == null) {
      line(label + " | not run | not run | | ≥ " + target + " |");
      return;
    }
    double[] c = throughput(coplan, perShot);
    double[] r = throughput(raw, perShot);
    double ratio = c[0] / r[0];
    if (Double.isNaN(target)) {
      line(
          String.format(
              Locale.ROOT,
              "%s | %s ± %s | %s ± %s | %.2f | none (for reference) | —",
              label,
              figure(c[0]),
              figure(c[1]),
              figure(r[0]),
              figure(r[1]),
              ratio));
      return;
    }
    line(
        String.format(
            Locale.ROOT,
            "%s | %s ± %s | %s ± %s | %.2f | ≥ %.2f | %s",
            label,
            figure(c[0]),
            figure(c[1]),
            figure(r[0]),
            figure(r[1]),
            ratio,
            target,
            ratio >= target ? "yes" : "NO"));
  }

  /**
   * A row of two benchmarks measured in sampled time: their mean times (the ratio is the floor's
   * mean ÷ Coplan's, a ratio of throughputs) and Coplan's p50 against a bound in microseconds.
   */
  private void latencyRow(
      String label,
      @Nullable Result<?> coplan,
      @Nullable Result<?> raw,
      double target,
      double p50Bound) {
    if (coplan == null || raw == null) {
      line(label + " | not run | not run | | ≥ " + target + " |");
      return;
    }
    double c = coplan.getScore();
    double r = raw.getScore();
    double ratio = r / c;
    double p50 = coplan.getStatistics().getPercentile(50);
    line(
        String.format(
            Locale.ROOT,
            "%s | %s ± %s µs/op (p50 %s) | %s ± %s µs/op (p50 %s) | %.2f | ≥ %.2f, p50 < %s µs | %s",
            label,
            figure(c),
            figure(error(coplan)),
            figure(p50),
            figure(r),
            figure(error(raw)),
            figure(raw.getStatistics().getPercentile(50)),
            ratio,
            target,
            figure(p50Bound),
            ratio >= target && p50 < p50Bound ? "yes" : "NO"));
  }

  private static double error(Result<?> result) {
    return Double.isNaN(result.getScoreError()) ? 0 : result.getScoreError();
  }

  /** Whether the run includes any benchmark of a group, given --only. */
  private boolean selects(String pattern) {
    if (only == null) {
      return true;
    }
    return !BenchmarkList.defaultList()
        .find(
            OutputFormatFactory.createFormatInstance(out, VerboseMode.SILENT),
            List.of(group(pattern)),
            List.of())
        .isEmpty();
  }

  private static double[] throughput(Result<?> result, int perShot) {
    double score = result.getScore();
    double error = Double.isNaN(result.getScoreError()) ? 0 : result.getScoreError();
    if (perShot == 0) {
      return new double[] {score, error};
    }
    double perSecond = perShot * 1000.0 / score;
    return new double[] {perSecond, perShot * 1000.0 * error / (score * score)};
  }

  private void percentiles(String label, @Nullable Result<?> result) {
    if (result == null) {
      line(label + ": not run");
      return;
    }
    var stats = result.getStatistics();
    line(
        String.format(
            Locale.ROOT,
            "%s: p50 %.0f µs, p90 %.0f µs, p99 %.0f µs, mean %.0f µs (%d samples)",
            label,
            stats.getPercentile(50),
            stats.getPercentile(90),
            stats.getPercentile(99),
            stats.getMean(),
            stats.getN()));
  }

  /**
   * Opening an existing, up-to-date store in a fresh JVM, minus a bare JVM start, medians of
   * interleaved runs.
   */
  private void openStore() throws IOException, InterruptedException {
    Fixtures.Spec spec = Fixtures.Spec.of(10_000, false);
    Path file = Fixtures.sqlite(spec);
    String id = Data.activityId(spec.seed(), 1234).value().toString();
    int runs = full ? 21 : 5;
    long[] open = new long[runs];
    long[] raw = new long[runs];
    long[] empty = new long[runs];
    javaProcess(List.of(), EmptyMain.class.getName());
    javaProcess(List.of(), OpenStore.class.getName(), file.toString(), id);
    javaProcess(List.of(), OpenRaw.class.getName(), file.toString(), id);
    for (int i = 0; i < runs; i++) {
      empty[i] = javaProcess(List.of(), EmptyMain.class.getName());
      open[i] = javaProcess(List.of(), OpenStore.class.getName(), file.toString(), id);
      raw[i] = javaProcess(List.of(), OpenRaw.class.getName(), file.toString(), id);
    }
    Arrays.sort(open);
    Arrays.sort(raw);
    Arrays.sort(empty);
    long o = open[runs / 2];
    long r = raw[runs / 2];
    long e = empty[runs / 2];
    line(
        String.format(
            Locale.ROOT,
            "open an existing SQLite store in a fresh JVM (open, read one activity, close; median of %d): "
                + "%d ms whole process, bare JVM %d ms, difference %d ms (target ≤ 300 ms) %s; the same with plain JDBC: %d ms,"
                + " difference %d ms, so Coplan adds %d ms to the driver's start",
            runs,
            o,
            e,
            o - e,
            o - e <= 300 ? "met" : "MISSED",
            r,
            r - e,
            o - r));
  }

  private void heap() throws IOException, InterruptedException {
    // the full count in the full mode; the quick mode loads a fifth (the figure per activity barely
    // moves)
    int count = full ? 1_000_000 : 200_000;
    List<String> output = new ArrayList<>();
    javaProcess(
        List.of("-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"),
        output,
        HeapPerActivity.class.getName(),
        Integer.toString(count));
    String result =
        output.stream()
            .filter(s -> s.startsWith("bytes-per-activity"))
            .findFirst()
            .orElse("no result: " + output);
    long bytes =
        result.startsWith("bytes-per-activity") ? Long.parseLong(result.split(" ")[1]) : -1;
    line(
        "retained heap per activity in InMemoryStorage with "
            + String.format(Locale.ROOT, "%,d", count)
            + " activities: "
            + bytes
            + " bytes (target ≤ 1536) "
            + (bytes >= 0 && bytes <= 1536 ? "met" : "MISSED")
            + "  ["
            + result
            + "]");
  }

  private long javaProcess(List<String> jvmArgs, String main, String... args)
      throws IOException, InterruptedException {
    return javaProcess(jvmArgs, new ArrayList<>(), main, args);
  }

  /** Runs a class of this jar in a new JVM; its wall time in milliseconds. */
  private long javaProcess(List<String> jvmArgs, List<String> output, String main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main);
    command.addAll(List.of(args));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IOException(main + " failed: " + text);
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    output.addAll(text.lines().toList());
    return millis;
  }

  private static String figure(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private void line(String text) {
    out.println(text);
    report.append(text).append('\n');
  }
}

package io.github.coplan.benchmarks;

import io.github.coplan.application.ProposeActivity;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.outputs.csv.CsvReport;
import io.github.coplan.outputs.csv.ParticipantCsv;
import io.github.coplan.outputs.iati.IatiExport;
import io.github.coplan.outputs.iati.IatiOptions;
import io.github.coplan.outputs.ical.ActivityCalendar;
import io.github.coplan.outputs.ical.CalendarOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The outputs on a plan of 10,000 activities ({@link OutputData}), each against its floor in the
 * same run, on the in-memory store so that the figures are the outputs' own cost:
 *
 * <ul>
 *   <li>{@link #iatiCoplan}: {@code IatiExport.write} of the plan (the plan, its parties and
 *       organisations and every activity read through the use cases, the pre-flight checks, the
 *       mapping, the StAX writing), against {@link #iatiFloor}: the same bytes written by a plain
 *       {@code XMLStreamWriter} from calls prepared in advance;
 *   <li>{@link #calendarCoplan}: {@code ActivityCalendar.write} of the plan (the activities read
 *       through the use cases, an ical4j model of 10,000 events, ical4j's writer), against {@link
 *       #calendarFloor}: the same events written by hand from the activities read in advance;
 *   <li>{@link #readActivities}: reading the plan's 10,000 activities through the use cases alone,
 *       page by page, which both Coplan rows do first;
 *   <li>{@link #csvImportCoplan}: {@code ParticipantCsv.importFile} of a 10,000-row delegation list
 *       into a new activity, against {@link #csvImportFloor}: the same file parsed and stored
 *       through the repositories by hand ({@link OutputData#importByHand}).
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar OutputBenchmarks}. Each setup checks
 * that a floor makes what Coplan makes (the same bytes, the same events, the same participations)
 * and {@code OutputBenchmarksTest} does the same on a smaller plan.
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OutputBenchmarks {

  /** The size of the plan and of the delegation list. */
  static final int SIZE = 10_000;

  /** The plan, its outputs' options, the floors' inputs and a reused sink. */
  @State(Scope.Benchmark)
  public static class Exports {
    OutputData.Plan data;
    IatiExport iati;
    ActivityCalendar calendar;
    OutputData.XmlReplay iatiReplay;
    List<Activity> activities;
    String language;
    final ByteArrayOutputStream sink = new ByteArrayOutputStream(1 << 22);
    final StringBuilder text = new StringBuilder(1 << 23);

    /** Builds the plan and checks that each floor makes what Coplan makes. */
    @Setup(Level.Trial)
    public void setUp() {
      data = new OutputData.Plan(SIZE);
      iati =
          IatiExport.of(
              data.coplan,
              IatiOptions.builder(data.dost.id())
                  .sector("32182")
                  .recipientCountry(io.github.coplan.domain.shared.CountryCode.VN)
                  .clock(OutputData.CLOCK)
                  .build());
      calendar =
          ActivityCalendar.of(
              data.coplan, CalendarOptions.builder().clock(OutputData.CLOCK).build());
      activities = data.activities();
      language = data.plan.title().originalLanguage();
      if (activities.size() != SIZE) {
        throw new IllegalStateException("the plan holds " + activities.size() + " activities");
      }
      byte[] exported = iatiBytes(this);
      iatiReplay = new OutputData.XmlReplay(exported);
      ByteArrayOutputStream replayed = new ByteArrayOutputStream();
      iatiReplay.write(replayed);
      if (!java.util.Arrays.equals(exported, replayed.toByteArray())) {
        throw new IllegalStateException("the IATI floor does not write the export's bytes");
      }
    }
  }

  static byte[] iatiBytes(Exports s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    s.iati.write(s.data.plan.id(), out);
    return out.toByteArray();
  }

  /** The IATI export of the plan. */
  @Benchmark
  public int iatiCoplan(Exports s) {
    s.sink.reset();
    s.iati.write(s.data.plan.id(), s.sink);
    return s.sink.size();
  }

  /** The same bytes, written by a plain {@code XMLStreamWriter}. */
  @Benchmark
  public int iatiFloor(Exports s) {
    s.sink.reset();
    s.iatiReplay.write(s.sink);
    return s.sink.size();
  }

  /** The calendar of the plan. */
  @Benchmark
  public int calendarCoplan(Exports s) {
    s.sink.reset();
    s.calendar.write(s.data.plan.id(), s.sink);
    return s.sink.size();
  }

  /** The same events, written by hand from activities read in advance, then encoded as UTF-8. */
  @Benchmark
  public int calendarFloor(Exports s) {
    s.sink.reset();
    s.text.setLength(0);
    OutputData.handWrittenCalendar(
        s.activities, s.language, CalendarOptions.DEFAULT_UID_DOMAIN, s.text);
    byte[] bytes = s.text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    s.sink.write(bytes, 0, bytes.length);
    return s.sink.size();
  }

  /** The plan's activities, read through the use cases. */
  @Benchmark
  public int readActivities(Exports s) {
    return s.data.activities().size();
  }

  /** A plan and a new, empty activity to import a delegation list into, made before each call. */
  @State(Scope.Benchmark)
  public static class Imports {
    OutputData.Plan data;
    final byte[] file = OutputData.delegationList(SIZE);
    ActivityId activity;
    int round;

    /** A small plan; the people each import registers stay, so each call gets a plan of its own. */
    @Setup(Level.Invocation)
    public void freshActivity() {
      data = new OutputData.Plan(10);
      activity =
          data.coplan
              .activities()
              .propose(
                  new ProposeActivity(
                      data.plan.id(),
                      ActivityDetails.builder()
                          .contentArea(1)
                          .type(ActivityType.DELEGATION_VISIT)
                          .title(LocalizedText.of("en", "Delegation " + round++))
                          .planned(DateSpan.parse("2019-03"))
                          .build()))
              .id();
    }
  }

  /** The delegation list imported through {@code ParticipantCsv}. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 5, batchSize = 1)
  @Measurement(iterations = 15, batchSize = 1)
  public CsvReport csvImportCoplan(Imports s) {
    CsvReport report =
        ParticipantCsv.of(s.data.coplan).importFile(s.activity, new ByteArrayInputStream(s.file));
    if (report.created() != SIZE) {
      throw new IllegalStateException("imported " + report);
    }
    return report;
  }

  /** The same file parsed and stored by hand. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 5, batchSize = 1)
  @Measurement(iterations = 15, batchSize = 1)
  public int csvImportFloor(Imports s) {
    int added = OutputData.importByHand(s.data, s.activity, s.file);
    if (added != SIZE) {
      throw new IllegalStateException("imported " + added);
    }
    return added;
  }
}

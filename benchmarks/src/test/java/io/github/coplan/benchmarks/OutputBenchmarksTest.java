package io.github.coplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.person.Person;
import io.github.coplan.outputs.csv.CsvReport;
import io.github.coplan.outputs.csv.ParticipantCsv;
import io.github.coplan.outputs.ical.CalendarOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floors of {@link OutputBenchmarks} make what Coplan makes, on a plan of 2,000 activities and
 * a list of 2,000 rows: the IATI replay the same bytes, the hand-written calendar the same events,
 * the hand-made import the same participations.
 */
class OutputBenchmarksTest {

  private static final int SIZE = 2_000;
  private static OutputBenchmarks.Exports exports;

  @BeforeAll
  static void setUp() {
    exports = new OutputBenchmarks.Exports();
    exports.data = new OutputData.Plan(SIZE);
    exports.activities = exports.data.activities();
    exports.iati =
        io.github.coplan.outputs.iati.IatiExport.of(
            exports.data.coplan,
            io.github.coplan.outputs.iati.IatiOptions.builder(exports.data.dost.id())
                .sector("32182")
                .recipientCountry(io.github.coplan.domain.shared.CountryCode.VN)
                .clock(OutputData.CLOCK)
                .build());
    exports.calendar =
        io.github.coplan.outputs.ical.ActivityCalendar.of(
            exports.data.coplan, CalendarOptions.builder().clock(OutputData.CLOCK).build());
  }

  @Test
  void thePlanHasItsActivitiesOfEveryStatusInFiveAreas() {
    assertThat(exports.activities).hasSize(SIZE);
    assertThat(exports.activities.stream().map(Activity::status).distinct())
        .containsExactlyInAnyOrder(ActivityStatus.values());
    assertThat(exports.activities.stream().map(a -> a.details().contentArea()).distinct())
        .containsExactlyInAnyOrder(1, 2, 3, 4, 5);
  }

  @Test
  void theIatiFloorWritesTheExportsBytes() {
    byte[] exported = OutputBenchmarks.iatiBytes(exports);
    ByteArrayOutputStream replayed = new ByteArrayOutputStream();

    new OutputData.XmlReplay(exported).write(replayed);

    assertThat(new String(exported, StandardCharsets.UTF_8))
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities")
        .contains("<iati-identifier>XI-BENCH-DOST-BENCH-OUT</iati-identifier>");
    assertThat(replayed.toByteArray()).isEqualTo(exported);
  }

  @Test
  void theCalendarFloorWritesTheSameEvents() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exports.calendar.write(exports.data.plan.id(), out);
    StringBuilder floor = new StringBuilder();
    OutputData.handWrittenCalendar(
        exports.activities,
        exports.data.plan.title().originalLanguage(),
        CalendarOptions.DEFAULT_UID_DOMAIN,
        floor);

    Map<String, String> ours = events(out.toString(StandardCharsets.UTF_8));
    Map<String, String> theirs = events(floor.toString());

    assertThat(ours).hasSize(SIZE);
    assertThat(theirs).isEqualTo(ours);
    assertThat(ours.values())
        .anyMatch(e -> e.contains("STATUS:CANCELLED"))
        .anyMatch(e -> e.contains("STATUS:CONFIRMED"));
  }

  /** Each event's properties, as ical4j reads them back, by UID. */
  private static Map<String, String> events(String text) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(text));
    Map<String, String> events = new TreeMap<>();
    for (VEvent e : calendar.<VEvent>getComponents("VEVENT")) {
      events.put(
          e.getUid().orElseThrow().getValue(),
          e.getProperties().stream().map(Object::toString).collect(Collectors.joining()));
    }
    return events;
  }

  @Test
  void theImportFloorAddsTheSameParticipations() {
    byte[] file = OutputData.delegationList(SIZE);
    OutputData.Plan ours = new OutputData.Plan(10);
    OutputData.Plan floor = new OutputData.Plan(10);
    Activity first = ours.activities().get(0);
    Activity second = floor.activities().get(0);
    assertThat(first.participations()).isEqualTo(second.participations());
    int before = first.participations().size();

    CsvReport report =
        ParticipantCsv.of(ours.coplan).importFile(first.id(), new ByteArrayInputStream(file));
    int added = OutputData.importByHand(floor, second.id(), file);

    assertThat(report).isEqualTo(new CsvReport(SIZE, SIZE, 0, List.of()));
    assertThat(added).isEqualTo(SIZE);
    List<String> viaCoplan = described(ours, ours.coplan.activities().get(first.id()), before);
    List<String> byHand = described(floor, floor.coplan.activities().get(second.id()), before);
    assertThat(viaCoplan).hasSize(SIZE).isEqualTo(byHand);
    assertThat(viaCoplan.get(0))
        .isEqualTo(
            "Nguyễn Thị Đại biểu 1|IL|null|"
                + ParticipationRole.HEAD_OF_DELEGATION
                + "|"
                + ParticipationStatus.CONFIRMED
                + "|null");
    assertThat(viaCoplan.get(4)).endsWith("|Researcher");
  }

  /** The participations added after the first {@code from}, with their people, as text. */
  private static List<String> described(OutputData.Plan p, Activity activity, int from) {
    List<Participation> added =
        activity.participations().subList(from, activity.participations().size());
    return added.stream()
        .map(
            x -> {
              Person who =
                  p.coplan
                      .people()
                      .get(
                          ((io.github.coplan.domain.activity.Participant.Person) x.participant())
                              .id());
              return who.profile().name()
                  + "|"
                  + who.profile().country()
                  + "|"
                  + who.profile().contact()
                  + "|"
                  + x.role()
                  + "|"
                  + x.status()
                  + "|"
                  + (x.affiliation() == null ? null : x.affiliation().position());
            })
        .toList();
  }
}

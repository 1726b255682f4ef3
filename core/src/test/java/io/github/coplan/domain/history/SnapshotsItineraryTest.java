package io.github.coplan.domain.history;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.details;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.activity.StopStatus;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.Aggregates;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SnapshotsItineraryTest {

  private static final String IIA_ID = "01890000-0000-7000-8000-000000000002";
  private static final String DIRECTOR_ID = "01890000-0000-7000-8000-000000000101";
  private static final StopId FIRST = StopId.of("00000000-0000-5709-0000-000000000001");
  private static final StopId SECOND = StopId.of("00000000-0000-5709-0000-000000000002");
  private static final Place JERUSALEM =
      Place.of("Jerusalem", CountryCode.IL, ZoneId.of("Asia/Jerusalem"));

  /** JSON written with single quotes, for legibility: no value here holds one. */
  private static String j(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** A tour under way: a stop completed with an outcome at a venue, one planned. */
  private static Activity tour() {
    return Activity.propose(activityId(1), PLAN, details(1, "2018-11-11/2018-11-17", "Đoàn"), null)
        .addParticipation(
            new Participation(
                Participant.of(DIRECTOR),
                ParticipationRole.HEAD_OF_DELEGATION,
                ParticipationStatus.CONFIRMED,
                null))
        .addParticipation(
            new Participation(
                Participant.of(IIA), ParticipationRole.HOST, ParticipationStatus.CONFIRMED, null))
        .addStop(
            Stop.planned(
                SECOND, JERUSALEM, IIA, "thăm vườn ươm", StopTime.parse("2018-11-13"), List.of()))
        .addStop(
            Stop.planned(
                FIRST,
                JERUSALEM.at("Kiryat Hamada 3"),
                IIA,
                "họp",
                StopTime.parse("2018-11-12"),
                List.of(DIRECTOR)))
        .plan(null)
        .schedule(null)
        .start(PartialDate.parse("2018-11-11"))
        .completeStop(
            FIRST, StopTime.parse("2018-11-12T09:00/2018-11-12T11:00"), null, "ký \"MOU\"");
  }

  private static final String ITINERARY =
      j(
          "[{'id':'00000000-0000-5709-0000-000000000001','city':'Jerusalem','country':'IL',"
              + "'zone':'Asia/Jerusalem','venue':'Kiryat Hamada 3','host':'"
              + IIA_ID
              + "','purpose':'họp','planned':'2018-11-12',"
              + "'actual':'2018-11-12T09:00/2018-11-12T11:00','attendees':['"
              + DIRECTOR_ID
              + "'],'status':'COMPLETED','note':'ký \\'MOU\\''},"
              + "{'id':'00000000-0000-5709-0000-000000000002','city':'Jerusalem','country':'IL',"
              + "'zone':'Asia/Jerusalem','venue':null,'host':'"
              + IIA_ID
              + "','purpose':'thăm vườn ươm','planned':'2018-11-13','actual':null,"
              + "'attendees':[],'status':'PLANNED','note':null}]");

  @Test
  void anActivityWithoutStopsHasNoItineraryField() {
    Activity tour =
        Activity.propose(activityId(1), PLAN, details(1, "2018-11-11/2018-11-17", "Đoàn"), null);

    assertThat(Snapshots.of(tour)).doesNotContainKey("itinerary");
  }

  @Test
  void theItineraryIsItsStopsInOrderAsJson() {
    assertThat(Snapshots.of(tour())).containsEntry("itinerary", ITINERARY);
    assertThat(Snapshots.itinerary(tour().itinerary())).isEqualTo(ITINERARY);
    assertThat(Snapshots.itinerary(List.of())).isEqualTo("[]");
  }

  @Test
  void theItineraryIsReadBackEqual() {
    Activity tour = Aggregates.withVersion(tour(), 7);

    assertThat(Snapshots.itinerary(ITINERARY)).isEqualTo(tour.itinerary());
    assertThat(Snapshots.itinerary("[]")).isEmpty();
    Activity rebuilt = Snapshots.activity(tour.id(), 7, Snapshots.of(tour));
    assertThat(rebuilt).isEqualTo(tour);
    assertThat(rebuilt.itinerary()).isEqualTo(tour.itinerary()).hasSize(2);
    Stop cancelled =
        new Stop(
            SECOND,
            JERUSALEM,
            IIA,
            "x",
            StopTime.parse("2018-11"),
            null,
            List.of(),
            StopStatus.CANCELLED,
            "mưa");
    assertThat(Snapshots.itinerary(Snapshots.itinerary(List.of(cancelled))))
        .containsExactly(cancelled);
  }

  private static String stopWith(String member, String value) {
    String stop = ITINERARY.substring(ITINERARY.indexOf("},{") + 2, ITINERARY.length() - 1);
    return "["
        + stop.replaceFirst(
            "\"" + member + "\":(null|\"[^\"]*\"|\\[\\])", "\"" + member + "\":" + value)
        + "]";
  }

  @Test
  void aTextThatIsNotAnItineraryIsRefused() {
    violation(() -> Snapshots.itinerary((String) null), "itinerary", Violation.REQUIRED);
    violation(() -> Snapshots.itinerary("["), "itinerary.json", Violation.MALFORMED);
    violation(() -> Snapshots.itinerary("{}"), "itinerary", Violation.MALFORMED);
    violation(() -> Snapshots.itinerary("[1]"), "itinerary[0]", Violation.MALFORMED);
    violation(
        () -> Snapshots.itinerary(stopWith("zone", "\"Mars/Olympus\"")),
        "itinerary[0]",
        Violation.MALFORMED);
    violation(
        () -> Snapshots.itinerary(stopWith("zone", "\"+03:00\"")),
        "itinerary[0].zone",
        Violation.OUT_OF_RANGE);
    violation(
        () -> Snapshots.itinerary(stopWith("status", "\"DONE\"")),
        "itinerary[0]",
        Violation.MALFORMED);
    violation(
        () -> Snapshots.itinerary(stopWith("status", "\"COMPLETED\"")),
        "itinerary[0].actual",
        Violation.REQUIRED);
    violation(
        () -> Snapshots.itinerary(stopWith("city", "null")), "itinerary[0]", Violation.MALFORMED);
    violation(
        () -> Snapshots.itinerary(stopWith("venue", "1")), "itinerary[0]", Violation.MALFORMED);
    violation(
        () -> Snapshots.itinerary(stopWith("attendees", "[\"x\"]")),
        "itinerary[0]",
        Violation.MALFORMED);
    violation(
        () ->
            Snapshots.itinerary(
                stopWith("attendees", "[\"" + DIRECTOR_ID + "\",\"" + DIRECTOR_ID + "\"]")),
        "itinerary[0].attendees[1]",
        Violation.DUPLICATE);
    violation(
        () -> Snapshots.itinerary(stopWith("planned", "\"2018-11-12T10:00\"")),
        "itinerary[0]",
        Violation.MALFORMED);
    violation(
        () -> Snapshots.itinerary(stopWith("actual", "\"2018-11-12T10:00\"")),
        "itinerary[0]",
        Violation.MALFORMED);
    violation(
        () -> Snapshots.itinerary(stopWith("purpose", "\" \"")),
        "itinerary[0].purpose",
        Violation.BLANK);
    assertThat(Snapshots.itinerary(stopWith("note", "\"ghi chú\"")).get(0).note())
        .isEqualTo("ghi chú");
    assertThat(Snapshots.itinerary(stopWith("venue", "\"Hall A\"")).get(0).place().venue())
        .isEqualTo("Hall A");
  }

  @Test
  void anActivitySnapshotWithABadItineraryIsRefusedUnderItsField() {
    SortedMap<String, String> fields = new TreeMap<>(Snapshots.of(tour()));
    fields.put("itinerary", "{}");
    violation(
        () -> Snapshots.activity(activityId(1), 3, fields),
        "fields.itinerary",
        Violation.MALFORMED);
    fields.put("itinerary", stopWith("zone", "\"+03:00\""));
    violation(
        () -> Snapshots.activity(activityId(1), 3, fields),
        "fields.itinerary.zone",
        Violation.OUT_OF_RANGE);
    fields.remove("itinerary");
    assertThat(Snapshots.activity(activityId(1), 3, fields).itinerary()).isEmpty();
    assertThat(new UUID(0x5709, 1)).isEqualTo(FIRST.value());
  }
}

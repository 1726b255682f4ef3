package io.github.coplan.domain.activity;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DEPUTY_AMBASSADOR;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.IIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.shared.CountryCode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StopTest {

  private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");
  private static final Place JERUSALEM_PLACE = Place.of("Jerusalem", CountryCode.IL, JERUSALEM);
  private static final StopId ID = new StopId(new UUID(5, 1));
  private static final StopTime NOV_12 = StopTime.parse("2018-11-12");
  private static final StopTime MORNING = StopTime.parse("2018-11-12T09:00/2018-11-12T11:00");
  private static final StopTime GAP = StopTime.parse("2019-03-29T02:30/2019-03-29T04:00");

  private static Stop stop(
      StopTime planned, StopTime actual, List<PersonId> attendees, StopStatus status, String note) {
    return new Stop(ID, JERUSALEM_PLACE, IIA, "briefing", planned, actual, attendees, status, note);
  }

  // ---- place -----------------------------------------------------------------------------------

  @Test
  void aPlaceListsEveryMissingPart() {
    violations(
        () -> new Place(null, null, null, null),
        tuple("city", Violation.REQUIRED),
        tuple("country", Violation.REQUIRED),
        tuple("zone", Violation.REQUIRED));
  }

  @Test
  void aPlaceRefusesBadTextAndAFixedOffset() {
    violations(
        () -> new Place(" ", CountryCode.IL, ZoneOffset.ofHours(2), "\u00A0"),
        tuple("city", Violation.BLANK),
        tuple("venue", Violation.BLANK),
        tuple("zone", Violation.OUT_OF_RANGE));
    violation(
        () -> Place.of("x".repeat(501), CountryCode.IL, JERUSALEM), "city", Violation.TOO_LONG);
    violation(
        () -> Place.of("Tel\nAviv", CountryCode.IL, JERUSALEM),
        "city",
        Violation.CONTROL_CHARACTER);
    violation(() -> Place.of("Jerusalem", CountryCode.IL, ZoneOffset.UTC), "zone", "out-of-range");
    violation(() -> JERUSALEM_PLACE.at("x".repeat(501)), "venue", Violation.TOO_LONG);
    violation(() -> JERUSALEM_PLACE.at(null), "venue", Violation.REQUIRED);
    assertThat(
            invalidInput(() -> Place.of("Jerusalem", CountryCode.IL, ZoneOffset.ofHours(3)))
                .getMessage())
        .isEqualTo(
            "invalid input: zone: out-of-range (a place's time zone is a region such as"
                + " Asia/Jerusalem, not the fixed offset +03:00)");
  }

  @Test
  void aPlaceKeepsItsTextTrimmedAndGainsAVenue() {
    Place place = Place.of("  Jerusalem ", CountryCode.IL, JERUSALEM);

    assertThat(place).isEqualTo(new Place("Jerusalem", CountryCode.IL, JERUSALEM, null));
    assertThat(place.venue()).isNull();
    Place venue = place.at(" Kiryat Hamada 3 ");
    assertThat(venue)
        .isEqualTo(new Place("Jerusalem", CountryCode.IL, JERUSALEM, "Kiryat Hamada 3"));
    assertThat(venue.city()).isEqualTo("Jerusalem");
    assertThat(venue.country()).isEqualTo(CountryCode.IL);
    assertThat(venue.zone()).isEqualTo(JERUSALEM);
    assertThat(Place.of("Hà Nội", CountryCode.VN, ZoneId.of("UTC+07:00")).zone())
        .isEqualTo(ZoneId.of("UTC+07:00"));
  }

  // ---- stop ------------------------------------------------------------------------------------

  @Test
  void aStopListsEveryMissingPart() {
    violations(
        () -> new Stop(null, null, null, null, null, null, null, null, null),
        tuple("id", Violation.REQUIRED),
        tuple("place", Violation.REQUIRED),
        tuple("host", Violation.REQUIRED),
        tuple("purpose", Violation.REQUIRED),
        tuple("planned", Violation.REQUIRED),
        tuple("status", Violation.REQUIRED),
        tuple("attendees", Violation.REQUIRED));
  }

  @Test
  void aPlannedStopHasItsPartsTrimmedAndItsAttendeesCopied() {
    List<PersonId> who = new ArrayList<>(List.of(DIRECTOR, DEPUTY_AMBASSADOR));

    Stop stop = Stop.planned(ID, JERUSALEM_PLACE, IIA, "  briefing ", NOV_12, who);
    who.clear();

    assertThat(stop.purpose()).isEqualTo("briefing");
    assertThat(stop.attendees()).containsExactly(DIRECTOR, DEPUTY_AMBASSADOR).isUnmodifiable();
    assertThat(stop.status()).isEqualTo(StopStatus.PLANNED);
    assertThat(stop.actual()).isNull();
    assertThat(stop.note()).isNull();
    assertThat(stop.id()).isEqualTo(ID);
    assertThat(stop.host()).isEqualTo(IIA);
    assertThat(stop.place()).isEqualTo(JERUSALEM_PLACE);
    assertThat(stop.planned()).isEqualTo(NOV_12);
    assertThat(stop.time()).isEqualTo(NOV_12);
    assertThat(stop.earliestStart()).isEqualTo(Instant.parse("2018-11-11T22:00:00Z"));
    assertThat(stop.latestEnd()).isEqualTo(Instant.parse("2018-11-12T22:00:00Z"));
  }

  @Test
  void aCompletedStopTakesItsTimeFromTheActualOne() {
    Stop done =
        stop(NOV_12, MORNING, List.of(DIRECTOR), StopStatus.COMPLETED, "  ký biên bản\nghi nhớ ");

    assertThat(done.time()).isEqualTo(MORNING);
    assertThat(done.earliestStart()).isEqualTo(Instant.parse("2018-11-12T07:00:00Z"));
    assertThat(done.latestEnd()).isEqualTo(Instant.parse("2018-11-12T09:00:00Z"));
    assertThat(done.note()).isEqualTo("ký biên bản\nghi nhớ");
  }

  @Test
  void anAttendeeIsListedOnce() {
    violation(
        () -> stop(NOV_12, null, List.of(DIRECTOR, DIRECTOR), StopStatus.PLANNED, null),
        "attendees[1]",
        Violation.DUPLICATE);
    violation(
        () ->
            stop(
                NOV_12,
                null,
                List.of(DIRECTOR, DEPUTY_AMBASSADOR, DIRECTOR),
                StopStatus.PLANNED,
                null),
        "attendees[2]",
        Violation.DUPLICATE);
    violation(
        () -> stop(NOV_12, null, Arrays.asList(DIRECTOR, null), StopStatus.PLANNED, null),
        "attendees[1]",
        Violation.REQUIRED);
    assertThat(
            invalidInput(
                    () -> stop(NOV_12, null, List.of(DIRECTOR, DIRECTOR), StopStatus.PLANNED, null))
                .getMessage())
        .isEqualTo(
            "invalid input: attendees[1]: duplicate (person " + DIRECTOR + " is listed twice)");
  }

  @Test
  void aStopListsAtMostAThousandAttendees() {
    List<PersonId> full = new ArrayList<>();
    for (int n = 0; n < Stop.MAX_ATTENDEES; n++) {
      full.add(new PersonId(new UUID(7, n)));
    }
    assertThat(stop(NOV_12, null, full, StopStatus.PLANNED, null).attendees()).hasSize(1000);
    full.add(DIRECTOR);
    violation(
        () -> stop(NOV_12, null, full, StopStatus.PLANNED, null),
        "attendees",
        Violation.OUT_OF_RANGE);
  }

  @Test
  void aStopHasAnActualTimeExactlyWhenItIsCompleted() {
    violation(
        () -> stop(NOV_12, null, List.of(), StopStatus.COMPLETED, null),
        "actual",
        Violation.REQUIRED);
    violation(
        () -> stop(NOV_12, MORNING, List.of(), StopStatus.PLANNED, null),
        "actual",
        Violation.OUT_OF_RANGE);
    violation(
        () -> stop(NOV_12, MORNING, List.of(), StopStatus.CANCELLED, "mưa"),
        "actual",
        Violation.OUT_OF_RANGE);
    assertThat(stop(NOV_12, MORNING, List.of(), StopStatus.COMPLETED, null).actual())
        .isEqualTo(MORNING);
  }

  @Test
  void aCancelledStopGivesItsReason() {
    violation(
        () -> stop(NOV_12, null, List.of(), StopStatus.CANCELLED, null),
        "note",
        Violation.REQUIRED);
    violations(
        () -> stop(NOV_12, MORNING, List.of(), StopStatus.CANCELLED, null),
        tuple("actual", Violation.OUT_OF_RANGE),
        tuple("note", Violation.REQUIRED));
    // a blank reason is refused once, as blank
    violation(
        () -> stop(NOV_12, null, List.of(), StopStatus.CANCELLED, " "), "note", Violation.BLANK);
    violation(
        () -> stop(NOV_12, null, List.of(), StopStatus.PLANNED, " "), "note", Violation.BLANK);
    violation(
        () -> stop(NOV_12, null, List.of(), StopStatus.PLANNED, "x".repeat(20_001)),
        "note",
        Violation.TOO_LONG);
    assertThat(stop(NOV_12, null, List.of(), StopStatus.CANCELLED, " bão ").note())
        .isEqualTo("bão");
  }

  @Test
  void aTextPartIsChecked() {
    violation(
        () -> Stop.planned(ID, JERUSALEM_PLACE, IIA, " ", NOV_12, List.of()),
        "purpose",
        Violation.BLANK);
    violation(
        () -> Stop.planned(ID, JERUSALEM_PLACE, IIA, "a\nb", NOV_12, List.of()),
        "purpose",
        Violation.CONTROL_CHARACTER);
  }

  @Test
  void aLocalTimeTheClocksSkipIsRefusedWherePlannedOrActual() {
    violation(
        () -> stop(GAP, null, List.of(), StopStatus.PLANNED, null),
        "planned",
        Violation.OUT_OF_RANGE);
    violation(
        () -> stop(NOV_12, GAP, List.of(), StopStatus.COMPLETED, null),
        "actual",
        Violation.OUT_OF_RANGE);
    violations(
        () -> stop(GAP, GAP, List.of(), StopStatus.COMPLETED, null),
        tuple("planned", Violation.OUT_OF_RANGE),
        tuple("actual", Violation.OUT_OF_RANGE));
    assertThat(
            invalidInput(() -> stop(GAP, null, List.of(), StopStatus.PLANNED, null)).getMessage())
        .isEqualTo(
            "invalid input: planned: out-of-range (2019-03-29T02:30/2019-03-29T04:00 does not exist"
                + " in Asia/Jerusalem: its clocks skip that hour)");
    Place saigon = Place.of("TP. Hồ Chí Minh", CountryCode.VN, ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(Stop.planned(ID, saigon, IIA, "x", GAP, List.of()).planned()).isEqualTo(GAP);
    assertThat(
            Stop.planned(
                    ID,
                    JERUSALEM_PLACE,
                    IIA,
                    "x",
                    StopTime.parse("2018-10-28T01:30/2018-10-28T01:45"),
                    List.of())
                .earliestStart())
        .isEqualTo(Instant.parse("2018-10-27T22:30:00Z"));
  }

  @Test
  void aStopIdIsAUuid() {
    assertThat(StopId.of("01890000-0000-7000-8000-000000000001"))
        .isEqualTo(new StopId(UUID.fromString("01890000-0000-7000-8000-000000000001")))
        .hasToString("01890000-0000-7000-8000-000000000001");
    invalidInput(() -> StopId.of("x"));
    invalidInput(() -> new StopId(null));
  }
}

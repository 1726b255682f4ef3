package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DEPUTY_AMBASSADOR;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.activityId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.shared.CountryCode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeItineraryTest {

  private static final ActivityId TOUR = activityId(1);
  private static final StopId STOP = new StopId(new UUID(0x5709, 1));
  private static final Place JERUSALEM =
      Place.of("Jerusalem", CountryCode.IL, ZoneId.of("Asia/Jerusalem"));
  private static final StopTime NOV_12 = StopTime.parse("2018-11-12");

  @Test
  void addingListsEveryMissingPartAsAStopWould() {
    violations(
        () -> new ChangeItinerary.AddStop(null, null, null, null, null, null, null, 0L),
        tuple("activity", Violation.REQUIRED),
        tuple("place", Violation.REQUIRED),
        tuple("host", Violation.REQUIRED),
        tuple("purpose", Violation.REQUIRED),
        tuple("planned", Violation.REQUIRED),
        tuple("attendees", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violation(
        () ->
            ChangeItinerary.add(
                TOUR,
                JERUSALEM,
                IIA,
                "họp",
                StopTime.parse("2019-03-29T02:30/2019-03-29T03:30"),
                List.of()),
        "planned",
        Violation.OUT_OF_RANGE);
    violation(
        () -> ChangeItinerary.add(TOUR, JERUSALEM, IIA, "họp", NOV_12, List.of(DIRECTOR, DIRECTOR)),
        "attendees[1]",
        Violation.DUPLICATE);
  }

  @Test
  void anAddCommandHoldsItsStopTrimmedAndCopied() {
    List<PersonId> who = new ArrayList<>(List.of(DIRECTOR));

    ChangeItinerary.AddStop add = ChangeItinerary.add(TOUR, JERUSALEM, IIA, " họp ", NOV_12, who);
    who.add(DEPUTY_AMBASSADOR);

    assertThat(add.activity()).isEqualTo(TOUR);
    assertThat(add.id()).isNull();
    assertThat(add.expectedVersion()).isNull();
    assertThat(add.purpose()).isEqualTo("họp");
    assertThat(add.attendees()).containsExactly(DIRECTOR).isUnmodifiable();
    assertThat(add.toStop(STOP))
        .isEqualTo(Stop.planned(STOP, JERUSALEM, IIA, "họp", NOV_12, List.of(DIRECTOR)));
    ChangeItinerary.AddStop withId = add.expecting(3).withId(STOP);
    assertThat(withId.id()).isEqualTo(STOP);
    assertThat(withId.expectedVersion()).isEqualTo(3L);
    assertThat(withId)
        .isEqualTo(
            new ChangeItinerary.AddStop(
                TOUR, STOP, JERUSALEM, IIA, "họp", NOV_12, List.of(DIRECTOR), 3L));
    assertThat(withId.expecting(4))
        .isEqualTo(
            new ChangeItinerary.AddStop(
                TOUR, STOP, JERUSALEM, IIA, "họp", NOV_12, List.of(DIRECTOR), 4L));
    assertThat(add.withId(STOP).expectedVersion()).isNull();
    violation(() -> add.withId(null), "id", Violation.REQUIRED);
    violation(() -> add.expecting(0), "expectedVersion", Violation.OUT_OF_RANGE);
    assertThat(add.expecting(1).expectedVersion()).isEqualTo(1L);
  }

  @Test
  void revisingListsEveryMissingPart() {
    violations(
        () -> new ChangeItinerary.ReviseStop(null, null, null, null, null, null, null, 0L),
        tuple("activity", Violation.REQUIRED),
        tuple("stop", Violation.REQUIRED),
        tuple("place", Violation.REQUIRED),
        tuple("host", Violation.REQUIRED),
        tuple("purpose", Violation.REQUIRED),
        tuple("planned", Violation.REQUIRED),
        tuple("attendees", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violation(
        () ->
            ChangeItinerary.revise(
                TOUR,
                STOP,
                new Place("Jerusalem", CountryCode.IL, ZoneId.of("Asia/Jerusalem"), null),
                IIA,
                " ",
                NOV_12,
                List.of()),
        "purpose",
        Violation.BLANK);
  }

  @Test
  void aReviseCommandHoldsTheRevisedStop() {
    List<PersonId> who = new ArrayList<>(List.of(DIRECTOR));

    ChangeItinerary.ReviseStop revise =
        ChangeItinerary.revise(TOUR, STOP, JERUSALEM, IIA, " thăm ", NOV_12, who);
    who.clear();

    assertThat(revise.stop()).isEqualTo(STOP);
    assertThat(revise.purpose()).isEqualTo("thăm");
    assertThat(revise.attendees()).containsExactly(DIRECTOR).isUnmodifiable();
    assertThat(revise.expectedVersion()).isNull();
    assertThat(revise.toStop())
        .isEqualTo(Stop.planned(STOP, JERUSALEM, IIA, "thăm", NOV_12, List.of(DIRECTOR)));
    assertThat(revise.expecting(2))
        .isEqualTo(
            new ChangeItinerary.ReviseStop(
                TOUR, STOP, JERUSALEM, IIA, "thăm", NOV_12, List.of(DIRECTOR), 2L));
    violation(() -> revise.expecting(0), "expectedVersion", Violation.OUT_OF_RANGE);
  }

  @Test
  void completingChecksWhatItIsGiven() {
    violations(
        () ->
            new ChangeItinerary.CompleteStop(
                null, null, null, Arrays.asList(DIRECTOR, null), " ", -1L),
        tuple("activity", Violation.REQUIRED),
        tuple("stop", Violation.REQUIRED),
        tuple("attendees[1]", Violation.REQUIRED),
        tuple("outcome", Violation.BLANK),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violation(
        () -> ChangeItinerary.complete(TOUR, STOP, null, null, "x".repeat(20_001)),
        "outcome",
        Violation.TOO_LONG);

    ChangeItinerary.CompleteStop asPlanned = ChangeItinerary.complete(TOUR, STOP);
    assertThat(asPlanned)
        .isEqualTo(new ChangeItinerary.CompleteStop(TOUR, STOP, null, null, null, null));
    assertThat(asPlanned.expecting(5).expectedVersion()).isEqualTo(5L);
    assertThat(asPlanned.expecting(5).stop()).isEqualTo(STOP);
    assertThat(asPlanned.expecting(5).activity()).isEqualTo(TOUR);

    List<PersonId> who = new ArrayList<>(List.of(DIRECTOR));
    ChangeItinerary.CompleteStop asItWas =
        ChangeItinerary.complete(TOUR, STOP, NOV_12, who, " ký MOU\nhai bên ");
    who.clear();
    assertThat(asItWas.attendees()).containsExactly(DIRECTOR).isUnmodifiable();
    assertThat(asItWas.outcome()).isEqualTo("ký MOU\nhai bên");
    assertThat(asItWas.actual()).isEqualTo(NOV_12);
    assertThat(asItWas.expecting(2))
        .isEqualTo(
            new ChangeItinerary.CompleteStop(
                TOUR, STOP, NOV_12, List.of(DIRECTOR), "ký MOU\nhai bên", 2L));
  }

  @Test
  void cancellingNeedsAReason() {
    violations(
        () -> new ChangeItinerary.CancelStop(null, null, null, 0L),
        tuple("activity", Violation.REQUIRED),
        tuple("stop", Violation.REQUIRED),
        tuple("reason", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
    violation(() -> ChangeItinerary.cancel(TOUR, STOP, "\u3000"), "reason", Violation.BLANK);

    ChangeItinerary.CancelStop cancel = ChangeItinerary.cancel(TOUR, STOP, " mưa\nbão ");
    assertThat(cancel.reason()).isEqualTo("mưa\nbão");
    assertThat(cancel.expectedVersion()).isNull();
    assertThat(cancel.expecting(9))
        .isEqualTo(new ChangeItinerary.CancelStop(TOUR, STOP, "mưa\nbão", 9L));
  }

  @Test
  void removingNamesTheStop() {
    violations(
        () -> new ChangeItinerary.RemoveStop(null, null, 0L),
        tuple("activity", Violation.REQUIRED),
        tuple("stop", Violation.REQUIRED),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));

    ChangeItinerary.RemoveStop remove = ChangeItinerary.remove(TOUR, STOP);
    assertThat(remove).isEqualTo(new ChangeItinerary.RemoveStop(TOUR, STOP, null));
    assertThat(remove.expecting(1)).isEqualTo(new ChangeItinerary.RemoveStop(TOUR, STOP, 1L));
    violation(() -> remove.expecting(0), "expectedVersion", Violation.OUT_OF_RANGE);
  }
}

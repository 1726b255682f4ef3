package io.github.coplan.domain.network;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.DEPUTY_AMBASSADOR;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.EMBASSY;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.details;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
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
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.PartialDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The meetings one activity records: between its attendees, and at its completed stops. */
class MeetingsTest {

  private static final ActivityId TOUR = activityId(1);
  private static final Place JERUSALEM =
      Place.of("Jerusalem", CountryCode.IL, ZoneId.of("Asia/Jerusalem"));
  private static final PersonId LIAISON = new PersonId(new UUID(0x0189_0000_0000_7000L, 0x104));

  private static final Participant DIRECTOR_P = Participant.of(DIRECTOR);
  private static final Participant DEPUTY_P = Participant.of(DEPUTY_AMBASSADOR);
  private static final Participant LIAISON_P = Participant.of(LIAISON);
  private static final Participant IIA_P = Participant.of(IIA);
  private static final Participant EMBASSY_P = Participant.of(EMBASSY);

  private static final ParticipationRole HEAD = ParticipationRole.HEAD_OF_DELEGATION;
  private static final ParticipationRole HOST = ParticipationRole.HOST;
  private static final ParticipationRole ORGANISER = ParticipationRole.ORGANISER;
  private static final ParticipationStatus ATTENDED = ParticipationStatus.ATTENDED;
  private static final ParticipationStatus CONFIRMED = ParticipationStatus.CONFIRMED;

  private static final PartialDate NOV_11 = PartialDate.parse("2018-11-11");
  private static final PartialDate NOV_12 = PartialDate.parse("2018-11-12");
  private static final PartialDate NOV_13 = PartialDate.parse("2018-11-13");

  private static StopId stopId(long n) {
    return new StopId(new UUID(0x5709, n));
  }

  private static Participation as(Participant who, ParticipationRole role, ParticipationStatus s) {
    return new Participation(who, role, s, null);
  }

  /** The study tour, proposed, planned for 11 to 17 November 2018, with the participations. */
  private static Activity tour(Participation... participations) {
    Activity a =
        Activity.propose(TOUR, PLAN, details(1, "2018-11-11/2018-11-17", "Đoàn khảo sát"), null);
    for (Participation p : participations) {
      a = a.addParticipation(p);
    }
    return a;
  }

  private static Stop stop(long n, OrganisationId host, String time, PersonId... attendees) {
    return Stop.planned(
        stopId(n), JERUSALEM, host, "mục đích " + n, StopTime.parse(time), List.of(attendees));
  }

  /**
   * The tour started on 11 November: the Innovation Authority hosts (confirmed), the embassy
   * organises (confirmed), the director heads the delegation (confirmed) and the liaison attended.
   */
  private static Activity startedTour(Stop... stops) {
    Activity a =
        tour(
            as(IIA_P, HOST, CONFIRMED),
            as(EMBASSY_P, ORGANISER, CONFIRMED),
            as(DIRECTOR_P, HEAD, CONFIRMED),
            as(LIAISON_P, ParticipationRole.LIAISON, ATTENDED));
    for (Stop s : stops) {
      a = a.addStop(s);
    }
    return a.plan(null).schedule(null).start(NOV_11);
  }

  private static Encounter encounter(
      Participant first,
      Participant second,
      StopId stop,
      PartialDate day,
      ParticipationRole firstRole,
      ParticipationRole secondRole) {
    return new Encounter(first, second, new Meeting(TOUR, stop, day, firstRole, secondRole));
  }

  // ---- at the activity as a whole --------------------------------------------------------------

  @Test
  void twoWhoAttendedMeetOnThePlannedStartBothWays() {
    Activity a = tour(as(DIRECTOR_P, HEAD, ATTENDED), as(IIA_P, HOST, ATTENDED));

    assertThat(Meetings.of(a))
        .containsExactly(
            encounter(DIRECTOR_P, IIA_P, null, NOV_11, HEAD, HOST),
            encounter(IIA_P, DIRECTOR_P, null, NOV_11, HOST, HEAD));
  }

  @Test
  void theDayIsThePlannedStartAsPreciselyAsItIsKnown() {
    Activity a =
        Activity.propose(TOUR, PLAN, details(1, "2018-Q4", "Đoàn khảo sát"), null)
            .addParticipation(as(DIRECTOR_P, HEAD, ATTENDED))
            .addParticipation(as(IIA_P, HOST, ATTENDED));

    assertThat(Meetings.of(a))
        .extracting(e -> e.meeting().day())
        .containsExactly(PartialDate.ofQuarter(2018, 4), PartialDate.ofQuarter(2018, 4));
  }

  @Test
  void onceStartedTheDayIsTheActualStart() {
    Activity scheduled =
        tour(as(DIRECTOR_P, HEAD, ATTENDED), as(IIA_P, HOST, ATTENDED)).plan(null).schedule(null);

    Activity started = scheduled.start(NOV_12);
    Activity startedInNovember = scheduled.start(PartialDate.ofMonth(2018, 11));
    Activity completed = scheduled.complete(NOV_13, PartialDate.parse("2018-11-16"));

    assertThat(Meetings.of(started))
        .containsExactly(
            encounter(DIRECTOR_P, IIA_P, null, NOV_12, HEAD, HOST),
            encounter(IIA_P, DIRECTOR_P, null, NOV_12, HOST, HEAD));
    assertThat(Meetings.of(startedInNovember))
        .extracting(e -> e.meeting().day())
        .containsExactly(PartialDate.ofMonth(2018, 11), PartialDate.ofMonth(2018, 11));
    assertThat(Meetings.of(completed))
        .extracting(e -> e.meeting().day())
        .containsExactly(NOV_13, NOV_13);
  }

  @Test
  void everyPairOfAttendeesMeetsInTheOrderOfTheParticipations() {
    Activity a =
        tour(
            as(DIRECTOR_P, HEAD, ATTENDED),
            as(LIAISON_P, ParticipationRole.LIAISON, CONFIRMED),
            as(IIA_P, HOST, ATTENDED),
            as(DEPUTY_P, ParticipationRole.ATTENDEE, ATTENDED));

    assertThat(Meetings.of(a))
        .containsExactly(
            encounter(DIRECTOR_P, IIA_P, null, NOV_11, HEAD, HOST),
            encounter(IIA_P, DIRECTOR_P, null, NOV_11, HOST, HEAD),
            encounter(DIRECTOR_P, DEPUTY_P, null, NOV_11, HEAD, ParticipationRole.ATTENDEE),
            encounter(DEPUTY_P, DIRECTOR_P, null, NOV_11, ParticipationRole.ATTENDEE, HEAD),
            encounter(IIA_P, DEPUTY_P, null, NOV_11, HOST, ParticipationRole.ATTENDEE),
            encounter(DEPUTY_P, IIA_P, null, NOV_11, ParticipationRole.ATTENDEE, HOST));
  }

  @ParameterizedTest
  @EnumSource(
      value = ParticipationStatus.class,
      names = {"INVITED", "CONFIRMED", "NO_SHOW", "WITHDRAWN"})
  void onlyAttendingMakesAMeetingAtTheActivity(ParticipationStatus status) {
    Activity a = tour(as(DIRECTOR_P, HEAD, ATTENDED), as(IIA_P, HOST, status));

    assertThat(Meetings.of(a)).isEmpty();
  }

  @Test
  void noOneMeetsAtAnActivityWithOneAttendeeOrNone() {
    assertThat(Meetings.of(tour())).isEmpty();
    assertThat(Meetings.of(tour(as(DIRECTOR_P, HEAD, ATTENDED)))).isEmpty();
  }

  @Test
  void aParticipantInSeveralRolesMeetsOnceInItsFirstAttendedRole() {
    Activity a =
        tour(
            as(DIRECTOR_P, ParticipationRole.DELEGATE, CONFIRMED),
            as(DIRECTOR_P, HEAD, ATTENDED),
            as(DIRECTOR_P, ParticipationRole.SPEAKER, ATTENDED),
            as(IIA_P, HOST, ATTENDED),
            as(IIA_P, ORGANISER, ATTENDED));

    assertThat(Meetings.of(a))
        .containsExactly(
            encounter(DIRECTOR_P, IIA_P, null, NOV_11, HEAD, HOST),
            encounter(IIA_P, DIRECTOR_P, null, NOV_11, HOST, HEAD));
  }

  @Test
  void thePairsFollowTheOrderOfEachOnesFirstAttendedParticipation() {
    Activity a =
        tour(
            as(DIRECTOR_P, ParticipationRole.DELEGATE, CONFIRMED),
            as(IIA_P, HOST, ATTENDED),
            as(DIRECTOR_P, HEAD, ATTENDED));

    assertThat(Meetings.of(a))
        .containsExactly(
            encounter(IIA_P, DIRECTOR_P, null, NOV_11, HOST, HEAD),
            encounter(DIRECTOR_P, IIA_P, null, NOV_11, HEAD, HOST));
  }

  // ---- at the stops ----------------------------------------------------------------------------

  @Test
  void theHostOfACompletedStopMeetsEachAttendeeOnItsActualFirstDay() {
    Activity a =
        startedTour(
                stop(1, IIA, "2018-11-12", DIRECTOR, LIAISON),
                stop(2, EMBASSY, "2018-11-13T09:00/2018-11-13T11:00", DIRECTOR))
            .completeStop(stopId(1), null, null, null)
            .completeStop(
                stopId(2), StopTime.parse("2018-11-13T14:00/2018-11-13T15:00"), null, "ok");

    assertThat(Meetings.of(a))
        .containsExactly(
            encounter(IIA_P, DIRECTOR_P, stopId(1), NOV_12, HOST, HEAD),
            encounter(DIRECTOR_P, IIA_P, stopId(1), NOV_12, HEAD, HOST),
            encounter(IIA_P, LIAISON_P, stopId(1), NOV_12, HOST, ParticipationRole.LIAISON),
            encounter(LIAISON_P, IIA_P, stopId(1), NOV_12, ParticipationRole.LIAISON, HOST),
            encounter(EMBASSY_P, DIRECTOR_P, stopId(2), NOV_13, ORGANISER, HEAD),
            encounter(DIRECTOR_P, EMBASSY_P, stopId(2), NOV_13, HEAD, ORGANISER));
  }

  @Test
  void theDayIsTheFirstDayOfTheActualTimeAsPreciselyAsItIsKnown() {
    Activity a = startedTour(stop(1, IIA, "2018-11-12", DIRECTOR));

    assertThat(
            Meetings.of(
                a.completeStop(stopId(1), StopTime.parse("2018-11-14/2018-11-15"), null, null)))
        .extracting(e -> e.meeting().day())
        .containsExactly(PartialDate.parse("2018-11-14"), PartialDate.parse("2018-11-14"));
    assertThat(Meetings.of(a.completeStop(stopId(1), StopTime.parse("2018-11"), null, null)))
        .extracting(e -> e.meeting().day())
        .containsExactly(PartialDate.ofMonth(2018, 11), PartialDate.ofMonth(2018, 11));
    assertThat(
            Meetings.of(
                a.completeStop(
                    stopId(1), StopTime.parse("2018-11-15T23:00/2018-11-16T01:00"), null, null)))
        .extracting(e -> e.meeting().day())
        .containsExactly(PartialDate.parse("2018-11-15"), PartialDate.parse("2018-11-15"));
  }

  @Test
  void onlyThoseWhoAttendedTheStopMeetItsHostAndNotEachOther() {
    Activity a =
        startedTour(stop(1, IIA, "2018-11-12", DIRECTOR, LIAISON))
            .completeStop(stopId(1), null, List.of(LIAISON), null);
    Activity nobody =
        startedTour(stop(1, IIA, "2018-11-12", DIRECTOR, LIAISON))
            .completeStop(stopId(1), null, List.of(), null);

    assertThat(Meetings.of(a))
        .containsExactly(
            encounter(IIA_P, LIAISON_P, stopId(1), NOV_12, HOST, ParticipationRole.LIAISON),
            encounter(LIAISON_P, IIA_P, stopId(1), NOV_12, ParticipationRole.LIAISON, HOST));
    assertThat(Meetings.of(nobody)).isEmpty();
  }

  @Test
  void plannedAndCancelledStopsMakeNoMeeting() {
    Activity a =
        startedTour(
                stop(1, IIA, "2018-11-12", DIRECTOR, LIAISON),
                stop(2, EMBASSY, "2018-11-13", DIRECTOR))
            .cancelStop(stopId(2), "hủy");

    assertThat(a.itinerary())
        .extracting(Stop::status)
        .containsExactly(StopStatus.PLANNED, StopStatus.CANCELLED);
    assertThat(Meetings.of(a)).isEmpty();
  }

  @Test
  void theRolesAtAStopAreThoseOfTheFirstParticipationWhateverItsStatus() {
    Activity a =
        tour(
                as(IIA_P, HOST, ParticipationStatus.INVITED),
                as(IIA_P, ORGANISER, ATTENDED),
                as(DIRECTOR_P, ParticipationRole.ATTENDEE, ParticipationStatus.INVITED),
                as(DIRECTOR_P, HEAD, CONFIRMED))
            .addStop(stop(1, IIA, "2018-11-12", DIRECTOR))
            .plan(null)
            .schedule(null)
            .start(NOV_11)
            .completeStop(stopId(1), null, null, null);

    assertThat(Meetings.of(a))
        .containsExactly(
            encounter(IIA_P, DIRECTOR_P, stopId(1), NOV_12, HOST, ParticipationRole.ATTENDEE),
            encounter(DIRECTOR_P, IIA_P, stopId(1), NOV_12, ParticipationRole.ATTENDEE, HOST));
  }

  @Test
  void theStopsComeInTheOrderOfTheItineraryByTheirActualTime() {
    Activity a =
        startedTour(stop(1, IIA, "2018-11-12", DIRECTOR), stop(2, EMBASSY, "2018-11-13", DIRECTOR))
            .completeStop(stopId(1), StopTime.parse("2018-11-14"), null, null)
            .completeStop(stopId(2), null, null, null);

    assertThat(a.itinerary()).extracting(Stop::id).containsExactly(stopId(2), stopId(1));
    assertThat(Meetings.of(a))
        .containsExactly(
            encounter(EMBASSY_P, DIRECTOR_P, stopId(2), NOV_13, ORGANISER, HEAD),
            encounter(DIRECTOR_P, EMBASSY_P, stopId(2), NOV_13, HEAD, ORGANISER),
            encounter(IIA_P, DIRECTOR_P, stopId(1), PartialDate.parse("2018-11-14"), HOST, HEAD),
            encounter(DIRECTOR_P, IIA_P, stopId(1), PartialDate.parse("2018-11-14"), HEAD, HOST));
  }

  @Test
  void theActivitysOwnMeetingsComeBeforeThoseOfItsStops() {
    Activity a =
        startedTour(stop(1, IIA, "2018-11-12", DIRECTOR))
            .changeParticipation(IIA_P, HOST, ATTENDED)
            .changeParticipation(DIRECTOR_P, HEAD, ATTENDED)
            .completeStop(stopId(1), null, null, null);

    assertThat(Meetings.of(a))
        .containsExactly(
            encounter(IIA_P, DIRECTOR_P, null, NOV_11, HOST, HEAD),
            encounter(DIRECTOR_P, IIA_P, null, NOV_11, HEAD, HOST),
            encounter(IIA_P, LIAISON_P, null, NOV_11, HOST, ParticipationRole.LIAISON),
            encounter(LIAISON_P, IIA_P, null, NOV_11, ParticipationRole.LIAISON, HOST),
            encounter(DIRECTOR_P, LIAISON_P, null, NOV_11, HEAD, ParticipationRole.LIAISON),
            encounter(LIAISON_P, DIRECTOR_P, null, NOV_11, ParticipationRole.LIAISON, HEAD),
            encounter(IIA_P, DIRECTOR_P, stopId(1), NOV_12, HOST, HEAD),
            encounter(DIRECTOR_P, IIA_P, stopId(1), NOV_12, HEAD, HOST));
    assertThat(Meetings.of(a)).isUnmodifiable();
  }

  @Test
  void theActivityIsRequired() {
    violation(() -> Meetings.of(null), "activity", Violation.REQUIRED);
  }
}

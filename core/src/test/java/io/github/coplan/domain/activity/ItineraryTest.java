package io.github.coplan.domain.activity;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.DEPUTY_AMBASSADOR;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.EMBASSY;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.details;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.Aggregates;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The itinerary of a study tour to Israel, 11 to 17 November 2018, and its four rules. */
class ItineraryTest {

  private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");
  private static final ZoneId SAIGON = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Place JERUSALEM_P = Place.of("Jerusalem", CountryCode.IL, JERUSALEM);
  private static final Place TEL_AVIV = Place.of("Tel Aviv", CountryCode.IL, JERUSALEM);
  private static final Place HCMC = Place.of("TP. Hồ Chí Minh", CountryCode.VN, SAIGON);

  private static final PersonId INTERPRETER = person(0x103);
  private static final PersonId LIAISON = person(0x104);
  private static final PersonId DELEGATE = person(0x105);

  private static PersonId person(long n) {
    return new PersonId(new UUID(0x0189_0000_0000_7000L, 0x8000_0000_0000_0000L | n));
  }

  private static StopId stopId(long n) {
    return new StopId(new UUID(0x5709, n));
  }

  private static Participation as(Participant who, ParticipationRole role, ParticipationStatus s) {
    return new Participation(who, role, s, null);
  }

  /**
   * Proposed, planned for 11 to 17 November 2018: the director heads it with an interpreter
   * (confirmed), a liaison (attended) and a delegate (invited); the deputy ambassador attends; the
   * Israel Innovation Authority hosts it (confirmed) and the embassy organises it (invited).
   */
  private static Activity tour() {
    return Activity.propose(
            activityId(1), PLAN, details(1, "2018-11-11/2018-11-17", "Đoàn khảo sát"), null)
        .addParticipation(
            as(
                Participant.of(DIRECTOR),
                ParticipationRole.HEAD_OF_DELEGATION,
                ParticipationStatus.CONFIRMED))
        .addParticipation(
            as(
                Participant.of(INTERPRETER),
                ParticipationRole.INTERPRETER,
                ParticipationStatus.CONFIRMED))
        .addParticipation(
            as(Participant.of(LIAISON), ParticipationRole.LIAISON, ParticipationStatus.ATTENDED))
        .addParticipation(
            as(Participant.of(DELEGATE), ParticipationRole.DELEGATE, ParticipationStatus.INVITED))
        .addParticipation(
            as(
                Participant.of(DEPUTY_AMBASSADOR),
                ParticipationRole.ATTENDEE,
                ParticipationStatus.CONFIRMED))
        .addParticipation(
            as(Participant.of(IIA), ParticipationRole.HOST, ParticipationStatus.CONFIRMED))
        .addParticipation(
            as(Participant.of(EMBASSY), ParticipationRole.ORGANISER, ParticipationStatus.INVITED));
  }

  private static Stop stop(
      long n, Place place, OrganisationId host, String time, PersonId... attendees) {
    return Stop.planned(
        stopId(n), place, host, "mục đích " + n, StopTime.parse(time), List.of(attendees));
  }

  private static Stop stop(long n, String time) {
    return stop(n, JERUSALEM_P, IIA, time, DIRECTOR);
  }

  private static List<StopId> ids(Activity a) {
    return a.itinerary().stream().map(Stop::id).toList();
  }

  // ---- order -----------------------------------------------------------------------------------

  @Test
  void stopsAreKeptInOrderOfTheirEarliestStartWhateverTheOrderTheyWereAddedIn() {
    Activity a =
        tour()
            .addStop(stop(3, "2018-11-14"))
            .addStop(stop(1, "2018-11-12"))
            .addStop(stop(2, HCMC, IIA, "2018-11-13T09:00/2018-11-13T10:00", DIRECTOR));

    assertThat(ids(a)).containsExactly(stopId(1), stopId(2), stopId(3));
    assertThat(a.stop(stopId(2)))
        .contains(stop(2, HCMC, IIA, "2018-11-13T09:00/2018-11-13T10:00", DIRECTOR));
    assertThat(a.stop(stopId(4))).isEmpty();
    assertThat(a.itinerary()).isUnmodifiable();
    assertThat(tour().itinerary()).isEmpty();
  }

  @Test
  void stopsThatMayStartAtTheSameInstantKeepTheOrderTheyWereAddedIn() {
    Stop day = stop(1, "2018-11-13");
    Stop sameDay = stop(2, TEL_AVIV, IIA, "2018-11-13", LIAISON);
    Stop atMidnight = stop(3, "2018-11-13T00:00/2018-11-13T01:00");

    assertThat(ids(tour().addStop(day).addStop(sameDay).addStop(atMidnight)))
        .containsExactly(stopId(1), stopId(2), stopId(3));
    assertThat(ids(tour().addStop(atMidnight).addStop(sameDay).addStop(day)))
        .containsExactly(stopId(3), stopId(2), stopId(1));
  }

  @Test
  void revisingAStopsTimePutsItBackInOrder() {
    Activity a = tour().addStop(stop(1, "2018-11-12")).addStop(stop(2, "2018-11-13"));

    Activity revised = a.reviseStop(stop(1, TEL_AVIV, EMBASSY, "2018-11-14", LIAISON));

    assertThat(ids(revised)).containsExactly(stopId(2), stopId(1));
    assertThat(revised.stop(stopId(1))).contains(stop(1, TEL_AVIV, EMBASSY, "2018-11-14", LIAISON));
    assertThat(revised.stop(stopId(2))).isEqualTo(a.stop(stopId(2)));
    assertThat(ids(a)).containsExactly(stopId(1), stopId(2));
  }

  @Test
  void completingAStopOrdersItByItsActualTime() {
    Activity a =
        tour()
            .addStop(stop(1, "2018-11-12"))
            .addStop(stop(2, "2018-11-13"))
            .plan(null)
            .schedule(null)
            .start(PartialDate.parse("2018-11-11"));

    Activity done = a.completeStop(stopId(1), StopTime.parse("2018-11-14"), null, null);

    assertThat(ids(done)).containsExactly(stopId(2), stopId(1));
  }

  // ---- overlap ---------------------------------------------------------------------------------

  @Test
  void stopsThatOverlapInTimeAreRefusedAndTheMessageNamesBoth() {
    Activity a = tour().addStop(stop(1, "2018-11-13T10:00/2018-11-13T12:00"));

    assertThat(
            rule(
                    () -> a.addStop(stop(2, "2018-11-13T11:00/2018-11-13T13:00")),
                    RuleCode.STOP_OVERLAP)
                .getMessage())
        .isEqualTo(
            "stop.overlap: stop 2 ("
                + stopId(2)
                + ") at 2018-11-13T11:00/2018-11-13T13:00 Asia/Jerusalem overlaps stop 1 at"
                + " 2018-11-13T10:00/2018-11-13T12:00 Asia/Jerusalem");
    assertThat(
            rule(
                    () -> a.addStop(stop(2, "2018-11-13T09:00/2018-11-13T10:01")),
                    RuleCode.STOP_OVERLAP)
                .getMessage())
        .isEqualTo(
            "stop.overlap: stop 2 ("
                + stopId(1)
                + ") at 2018-11-13T10:00/2018-11-13T12:00 Asia/Jerusalem overlaps stop 1 at"
                + " 2018-11-13T09:00/2018-11-13T10:01 Asia/Jerusalem");
  }

  @Test
  void aStopMayStartWhenTheOneBeforeItEnds() {
    Activity a =
        tour()
            .addStop(stop(1, "2018-11-13T10:00/2018-11-13T12:00"))
            .addStop(stop(2, "2018-11-13T12:00/2018-11-13T13:00"))
            .addStop(stop(3, "2018-11-13T09:00/2018-11-13T10:00"));

    assertThat(ids(a)).containsExactly(stopId(3), stopId(1), stopId(2));
  }

  @Test
  void stopsInDifferentZonesOverlapWhenTheirAbsoluteTimesDo() {
    // 08:00-10:00 in Jerusalem (UTC+2) is 06:00-08:00Z; 14:00 in Saigon (UTC+7) is 07:00Z
    Activity a = tour().addStop(stop(1, "2018-11-13T08:00/2018-11-13T10:00"));

    rule(
        () -> a.addStop(stop(2, HCMC, IIA, "2018-11-13T14:00/2018-11-13T16:00", DIRECTOR)),
        RuleCode.STOP_OVERLAP);
    Activity both = a.addStop(stop(2, HCMC, IIA, "2018-11-13T15:00/2018-11-13T16:00", DIRECTOR));
    assertThat(ids(both)).containsExactly(stopId(1), stopId(2));
    // 09:00 in Saigon is 02:00Z: before the Jerusalem stop, although later by the clock
    Activity earlier = a.addStop(stop(3, HCMC, IIA, "2018-11-13T09:00/2018-11-13T11:00"));
    assertThat(ids(earlier)).containsExactly(stopId(3), stopId(1));
  }

  @Test
  void stopsKnownOnlyByDayMayShareADayAndHoldTimedStops() {
    Activity a =
        tour()
            .addStop(stop(1, "2018-11-13"))
            .addStop(stop(2, TEL_AVIV, IIA, "2018-11-13", LIAISON))
            .addStop(stop(3, "2018-11-13T10:00/2018-11-13T12:00"));

    assertThat(ids(a)).containsExactly(stopId(1), stopId(2), stopId(3));
  }

  @Test
  void aStopOfSeveralDaysHoldsThoseDays() {
    Activity a = tour().addStop(stop(1, "2018-11-12/2018-11-14"));

    rule(() -> a.addStop(stop(2, "2018-11-13")), RuleCode.STOP_OVERLAP);
    rule(() -> a.addStop(stop(2, "2018-11-13T10:00/2018-11-13T12:00")), RuleCode.STOP_OVERLAP);
    rule(
        () -> tour().addStop(stop(2, "2018-11-13")).addStop(stop(1, "2018-11-12/2018-11-14")),
        RuleCode.STOP_OVERLAP);
    assertThat(ids(a.addStop(stop(2, "2018-11-14")))).containsExactly(stopId(1), stopId(2));
    assertThat(ids(a.addStop(stop(2, "2018-11-15")))).containsExactly(stopId(1), stopId(2));
  }

  @Test
  void aStopKnownOnlyByMonthOverlapsNothing() {
    Activity a =
        tour()
            .addStop(stop(1, "2018-11-13T10:00/2018-11-13T12:00"))
            .addStop(stop(2, "2018-11"))
            .addStop(stop(3, "2018-11-12"));

    assertThat(ids(a)).containsExactly(stopId(2), stopId(3), stopId(1));
  }

  // ---- within the activity's dates -------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2018-11-10",
        "2018-11-18",
        "2018-11-10/2018-11-12",
        "2018-11-16/2018-11-18",
        "2018-11-10T23:00/2018-11-11T01:00",
        "2018-11-17T23:00/2018-11-18T00:30",
        "2018-10",
        "2018-12"
      })
  void aStopOutsideThePlannedDatesIsRefused(String time) {
    Activity a = tour();

    assertThat(rule(() -> a.addStop(stop(1, time)), RuleCode.STOP_OUTSIDE_ACTIVITY).getMessage())
        .isEqualTo(
            "stop.outside-activity: stop 1 ("
                + stopId(1)
                + ") at "
                + time
                + " lies outside the activity's dates 2018-11-11 to 2018-11-17");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2018-11-11",
        "2018-11-17",
        "2018-11-11/2018-11-17",
        "2018-11-11T00:00/2018-11-11T01:00",
        "2018-11-17T23:00/2018-11-18T00:00",
        "2018-11",
        "2018-Q4",
        "2018"
      })
  void aStopThatCanLieWithinThePlannedDatesIsAccepted(String time) {
    assertThat(tour().addStop(stop(1, time)).itinerary()).containsExactly(stop(1, time));
  }

  @Test
  void aSpanWhoseEndOrStartAloneLiesOutsideIsRefused() {
    Activity early =
        Activity.propose(activityId(2), PLAN, details(1, "2018-11-01/2018-11-15", "x"), null)
            .addParticipation(
                as(Participant.of(IIA), ParticipationRole.HOST, ParticipationStatus.INVITED));
    Activity late =
        Activity.propose(activityId(3), PLAN, details(1, "2018-11-10/2018-11-30", "x"), null)
            .addParticipation(
                as(Participant.of(IIA), ParticipationRole.HOST, ParticipationStatus.INVITED));

    // starts on the 20th at the earliest, after the 15th
    rule(
        () -> early.addStop(stop(1, JERUSALEM_P, IIA, "2018-11-20/2018-11")),
        RuleCode.STOP_OUTSIDE_ACTIVITY);
    // ends on the 5th at the latest, before the 10th
    rule(
        () -> late.addStop(stop(1, JERUSALEM_P, IIA, "2018-11/2018-11-05")),
        RuleCode.STOP_OUTSIDE_ACTIVITY);
    assertThat(early.addStop(stop(1, JERUSALEM_P, IIA, "2018-11-10/2018-11")).itinerary())
        .hasSize(1);
    assertThat(late.addStop(stop(1, JERUSALEM_P, IIA, "2018-11/2018-11-10")).itinerary())
        .hasSize(1);
  }

  @Test
  void onceStartedTheActualStartIsTheFirstDay() {
    Activity scheduled = tour().plan(null).schedule(null);

    Activity startedEarly = scheduled.start(PartialDate.parse("2018-11-10"));
    assertThat(startedEarly.addStop(stop(1, "2018-11-10")).itinerary()).hasSize(1);
    rule(() -> startedEarly.addStop(stop(1, "2018-11-09")), RuleCode.STOP_OUTSIDE_ACTIVITY);
    assertThat(
            rule(
                    () ->
                        scheduled
                            .start(PartialDate.parse("2018-11-12"))
                            .addStop(stop(1, "2018-11-11")),
                    RuleCode.STOP_OUTSIDE_ACTIVITY)
                .getMessage())
        .endsWith("lies outside the activity's dates 2018-11-12 to 2018-11-17");
    Activity withStop = scheduled.addStop(stop(1, "2018-11-11"));
    rule(() -> withStop.start(PartialDate.parse("2018-11-12")), RuleCode.STOP_OUTSIDE_ACTIVITY);
    assertThat(withStop.start(PartialDate.parse("2018-11")).status())
        .isEqualTo(ActivityStatus.IN_PROGRESS);
  }

  @Test
  void onceCompletedTheActualEndIsTheLastDay() {
    Activity withStop = tour().plan(null).schedule(null).addStop(stop(1, "2018-11-17"));

    rule(
        () -> withStop.complete(PartialDate.parse("2018-11-11"), PartialDate.parse("2018-11-16")),
        RuleCode.STOP_OUTSIDE_ACTIVITY);
    Activity longer =
        withStop.complete(PartialDate.parse("2018-11-11"), PartialDate.parse("2018-11-18"));
    assertThat(
            longer
                .completeStop(stopId(1), StopTime.parse("2018-11-18"), null, null)
                .stop(stopId(1))
                .map(Stop::time))
        .contains(StopTime.parse("2018-11-18"));
    rule(
        () -> longer.completeStop(stopId(1), StopTime.parse("2018-11-19"), null, null),
        RuleCode.STOP_OUTSIDE_ACTIVITY);
  }

  @Test
  void replanningTheActivitySoThatAStopFallsOutsideIsRefused() {
    Activity a = tour().addStop(stop(1, "2018-11-16"));
    DateSpan shorter = DateSpan.parse("2018-11-11/2018-11-15");

    rule(
        () -> a.revise(a.details().toBuilder().planned(shorter).build()),
        RuleCode.STOP_OUTSIDE_ACTIVITY);
    rule(() -> a.plan(shorter), RuleCode.STOP_OUTSIDE_ACTIVITY);
    rule(() -> a.plan(null).schedule(shorter), RuleCode.STOP_OUTSIDE_ACTIVITY);
    assertThat(a.plan(DateSpan.parse("2018-11-16/2018-11-20")).details().planned())
        .isEqualTo(DateSpan.parse("2018-11-16/2018-11-20"));
  }

  // ---- the host --------------------------------------------------------------------------------

  @Test
  void theHostTakesPartInTheActivityInAnyRoleNotWithdrawn() {
    Activity a = tour();

    assertThat(
            rule(
                    () -> a.addStop(stop(1, JERUSALEM_P, DOST, "2018-11-12")),
                    RuleCode.STOP_HOST_NOT_PARTICIPANT)
                .getMessage())
        .isEqualTo(
            "stop.host-not-participant: stop 1 ("
                + stopId(1)
                + "): its host organisation:"
                + DOST
                + " does not take part in "
                + activityId(1));
    assertThat(a.addStop(stop(1, JERUSALEM_P, EMBASSY, "2018-11-12")).itinerary()).hasSize(1);
    // a person whose id has the organisation's UUID is not the organisation
    Activity sameUuid =
        a.addParticipation(
            as(
                Participant.of(new PersonId(DOST.value())),
                ParticipationRole.DELEGATE,
                ParticipationStatus.CONFIRMED));
    rule(
        () -> sameUuid.addStop(stop(1, JERUSALEM_P, DOST, "2018-11-12")),
        RuleCode.STOP_HOST_NOT_PARTICIPANT);
  }

  @Test
  void withdrawingTheHostOfAStopIsRefusedUnlessTheStopIsCancelled() {
    Activity a = tour().addStop(stop(1, "2018-11-12"));

    rule(
        () ->
            a.changeParticipation(
                Participant.of(IIA), ParticipationRole.HOST, ParticipationStatus.WITHDRAWN),
        RuleCode.STOP_HOST_NOT_PARTICIPANT);
    Activity withdrawn =
        a.cancelStop(stopId(1), "đổi lịch")
            .changeParticipation(
                Participant.of(IIA), ParticipationRole.HOST, ParticipationStatus.WITHDRAWN);
    assertThat(withdrawn.stop(stopId(1)).map(Stop::status)).contains(StopStatus.CANCELLED);
    assertThat(
            a.changeParticipation(
                    Participant.of(IIA), ParticipationRole.HOST, ParticipationStatus.ATTENDED)
                .itinerary())
        .isEqualTo(a.itinerary());
  }

  // ---- the attendees ---------------------------------------------------------------------------

  @Test
  void anAttendeeIsAConfirmedMemberOfTheDelegation() {
    Activity a = tour();

    assertThat(
            rule(
                    () -> a.addStop(stop(1, JERUSALEM_P, IIA, "2018-11-12", DIRECTOR, DELEGATE)),
                    RuleCode.STOP_ATTENDEE_NOT_MEMBER)
                .getMessage())
        .isEqualTo(
            "stop.attendee-not-member: stop 1 ("
                + stopId(1)
                + "): person:"
                + DELEGATE
                + " is not a confirmed member of the delegation");
    rule(
        () -> a.addStop(stop(1, JERUSALEM_P, IIA, "2018-11-12", DEPUTY_AMBASSADOR)),
        RuleCode.STOP_ATTENDEE_NOT_MEMBER);
    rule(
        () -> a.addStop(stop(1, JERUSALEM_P, IIA, "2018-11-12", new PersonId(IIA.value()))),
        RuleCode.STOP_ATTENDEE_NOT_MEMBER);
    Activity organisationAsDelegate =
        a.addParticipation(
            as(
                Participant.of(new OrganisationId(person(0x106).value())),
                ParticipationRole.DELEGATE,
                ParticipationStatus.CONFIRMED));
    rule(
        () ->
            organisationAsDelegate.addStop(stop(1, JERUSALEM_P, IIA, "2018-11-12", person(0x106))),
        RuleCode.STOP_ATTENDEE_NOT_MEMBER);
    assertThat(
            a.addStop(stop(1, JERUSALEM_P, IIA, "2018-11-12", DIRECTOR, INTERPRETER, LIAISON))
                .stop(stopId(1))
                .map(Stop::attendees))
        .contains(List.of(DIRECTOR, INTERPRETER, LIAISON));
    assertThat(a.addStop(stop(1, JERUSALEM_P, IIA, "2018-11-12")).itinerary()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(ParticipationRole.class)
  void onlyTheFourDelegationRolesMakeAMember(ParticipationRole role) {
    boolean member =
        EnumSet.of(
                ParticipationRole.HEAD_OF_DELEGATION,
                ParticipationRole.DELEGATE,
                ParticipationRole.INTERPRETER,
                ParticipationRole.LIAISON)
            .contains(role);
    Activity a =
        tour()
            .addParticipation(
                as(Participant.of(person(0x107)), role, ParticipationStatus.CONFIRMED));

    assertThat(role.isDelegation()).isEqualTo(member);
    Stop visit = stop(1, JERUSALEM_P, IIA, "2018-11-12", person(0x107));
    if (member) {
      assertThat(a.addStop(visit).itinerary()).containsExactly(visit);
    } else {
      rule(() -> a.addStop(visit), RuleCode.STOP_ATTENDEE_NOT_MEMBER);
    }
  }

  @Test
  void aMemberWhoWithdrawsLeavesThePlannedStopsOnly() {
    Activity a =
        tour()
            .addStop(stop(1, JERUSALEM_P, IIA, "2018-11-12", DIRECTOR, INTERPRETER, LIAISON))
            .addStop(stop(2, JERUSALEM_P, IIA, "2018-11-13", INTERPRETER))
            .addStop(stop(3, JERUSALEM_P, IIA, "2018-11-14", DIRECTOR))
            .cancelStop(stopId(2), "hủy");

    Activity withdrawn =
        a.changeParticipation(
            Participant.of(INTERPRETER),
            ParticipationRole.INTERPRETER,
            ParticipationStatus.WITHDRAWN);

    assertThat(withdrawn.stop(stopId(1)))
        .contains(stop(1, JERUSALEM_P, IIA, "2018-11-12", DIRECTOR, LIAISON));
    assertThat(withdrawn.stop(stopId(2))).isEqualTo(a.stop(stopId(2)));
    assertThat(withdrawn.stop(stopId(2)).map(Stop::attendees)).contains(List.of(INTERPRETER));
    assertThat(withdrawn.stop(stopId(3))).isEqualTo(a.stop(stopId(3)));
    Activity noShow =
        a.changeParticipation(
            Participant.of(DIRECTOR),
            ParticipationRole.HEAD_OF_DELEGATION,
            ParticipationStatus.NO_SHOW);
    assertThat(noShow.stop(stopId(1)).map(Stop::attendees)).contains(List.of(INTERPRETER, LIAISON));
    assertThat(noShow.stop(stopId(3)).map(Stop::attendees)).contains(List.of());
  }

  @Test
  void aMemberInTwoRolesWhoLeavesOneStaysAtTheStops() {
    Activity a =
        tour()
            .addParticipation(
                as(
                    Participant.of(DIRECTOR),
                    ParticipationRole.DELEGATE,
                    ParticipationStatus.CONFIRMED))
            .addStop(stop(1, "2018-11-12"));

    Activity changed =
        a.changeParticipation(
            Participant.of(DIRECTOR), ParticipationRole.DELEGATE, ParticipationStatus.WITHDRAWN);

    assertThat(changed.itinerary()).isEqualTo(a.itinerary());
  }

  @Test
  void anAttendeeOfACompletedStopStaysAndMayNotBeMarkedAbsent() {
    Activity a =
        tour()
            .addStop(stop(1, JERUSALEM_P, IIA, "2018-11-12", DIRECTOR, INTERPRETER))
            .plan(null)
            .schedule(null)
            .start(PartialDate.parse("2018-11-11"))
            .completeStop(stopId(1), null, null, null);

    rule(
        () ->
            a.changeParticipation(
                Participant.of(INTERPRETER),
                ParticipationRole.INTERPRETER,
                ParticipationStatus.NO_SHOW),
        RuleCode.STOP_ATTENDEE_NOT_MEMBER);
    assertThat(
            a.changeParticipation(
                    Participant.of(INTERPRETER),
                    ParticipationRole.INTERPRETER,
                    ParticipationStatus.ATTENDED)
                .itinerary())
        .isEqualTo(a.itinerary());
  }

  // ---- changes of one stop ---------------------------------------------------------------------

  @Test
  void aNewStopIsPlannedWithAnIdNotOnTheItinerary() {
    Activity a = tour().addStop(stop(1, "2018-11-12"));
    Stop cancelled =
        new Stop(
            stopId(2),
            JERUSALEM_P,
            IIA,
            "x",
            StopTime.parse("2018-11-13"),
            null,
            List.of(),
            StopStatus.CANCELLED,
            "hủy");

    violation(() -> a.addStop(null), "stop", Violation.REQUIRED);
    violation(() -> a.addStop(cancelled), "stop.status", Violation.OUT_OF_RANGE);
    violation(() -> a.addStop(stop(1, "2018-11-13")), "stop.id", Violation.DUPLICATE);
    violation(() -> a.reviseStop(null), "stop", Violation.REQUIRED);
    violation(() -> a.reviseStop(cancelled), "stop.status", Violation.OUT_OF_RANGE);
    violation(() -> a.completeStop(null, null, null, null), "stop", Violation.REQUIRED);
    violation(() -> a.cancelStop(null, "x"), "stop", Violation.REQUIRED);
    violation(() -> a.cancelStop(stopId(1), null), "reason", Violation.REQUIRED);
    violation(() -> a.cancelStop(stopId(1), " "), "reason", Violation.BLANK);
    violation(() -> a.removeStop(null), "stop", Violation.REQUIRED);
  }

  @Test
  void anItineraryHoldsAtMostFiveHundredStops() {
    List<Stop> stops = new ArrayList<>();
    for (int n = 0; n < Activity.MAX_STOPS; n++) {
      // a quarter of an hour each, from 2018-11-11T00:00, in order
      stops.add(
          Stop.planned(
              stopId(n),
              JERUSALEM_P,
              IIA,
              "x",
              StopTime.between(
                  LocalDateTime.of(2018, 11, 11, 0, 0).plusMinutes(15L * n),
                  LocalDateTime.of(2018, 11, 11, 0, 15).plusMinutes(15L * n)),
              List.of()));
    }
    Activity full = restore(ActivityStatus.PLANNED, stops.subList(0, Activity.MAX_STOPS - 1));
    Stop last = stops.get(Activity.MAX_STOPS - 1);

    Activity fullNow = full.addStop(last);
    assertThat(fullNow.itinerary()).hasSize(Activity.MAX_STOPS).endsWith(last);
    violation(() -> fullNow.addStop(stop(999, "2018-12-01")), "itinerary", Violation.OUT_OF_RANGE);
  }

  private static Activity restore(ActivityStatus status, List<Stop> stops) {
    Activity t = tour();
    return Activity.ForAdapters.restore(
        t.id(),
        t.plan(),
        t.details(),
        null,
        status,
        null,
        null,
        status == ActivityStatus.CANCELLED ? "hủy" : null,
        t.participations(),
        stops,
        1);
  }

  @Test
  void aChangeOfAStopThatIsNotThereIsRefused() {
    Activity a = tour().addStop(stop(1, "2018-11-12")).plan(null).schedule(null);
    Activity started = a.start(PartialDate.parse("2018-11-11"));
    String detail = "stop.unknown: activity " + activityId(1) + " has no stop " + stopId(2);

    assertThat(rule(() -> a.reviseStop(stop(2, "2018-11-12")), RuleCode.STOP_UNKNOWN).getMessage())
        .isEqualTo(detail);
    assertThat(rule(() -> a.removeStop(stopId(2)), RuleCode.STOP_UNKNOWN).getMessage())
        .isEqualTo(detail);
    assertThat(rule(() -> a.cancelStop(stopId(2), "x"), RuleCode.STOP_UNKNOWN).getMessage())
        .isEqualTo(detail);
    assertThat(
            rule(() -> started.completeStop(stopId(2), null, null, null), RuleCode.STOP_UNKNOWN)
                .getMessage())
        .isEqualTo(detail);
  }

  @Test
  void onlyAPlannedStopIsRevisedCompletedOrCancelledAndACompletedOneStays() {
    Activity a =
        tour()
            .addStop(stop(1, "2018-11-12"))
            .addStop(stop(2, "2018-11-13"))
            .plan(null)
            .schedule(null)
            .start(PartialDate.parse("2018-11-11"))
            .completeStop(stopId(1), null, null, null)
            .cancelStop(stopId(2), "hủy");

    assertThat(
            rule(() -> a.reviseStop(stop(1, "2018-11-12")), RuleCode.STOP_ILLEGAL_TRANSITION)
                .getMessage())
        .isEqualTo(
            "stop.illegal-transition: stop "
                + stopId(1)
                + " is COMPLETED: only a planned stop is revised");
    assertThat(
            rule(
                    () -> a.completeStop(stopId(2), null, null, null),
                    RuleCode.STOP_ILLEGAL_TRANSITION)
                .getMessage())
        .isEqualTo(
            "stop.illegal-transition: stop "
                + stopId(2)
                + " is CANCELLED: only a planned stop is completed");
    assertThat(
            rule(() -> a.cancelStop(stopId(1), "x"), RuleCode.STOP_ILLEGAL_TRANSITION).getMessage())
        .isEqualTo(
            "stop.illegal-transition: stop "
                + stopId(1)
                + " is COMPLETED: only a planned stop is cancelled");
    rule(() -> a.completeStop(stopId(1), null, null, null), RuleCode.STOP_ILLEGAL_TRANSITION);
    rule(() -> a.reviseStop(stop(2, "2018-11-13")), RuleCode.STOP_ILLEGAL_TRANSITION);
    assertThat(rule(() -> a.removeStop(stopId(1)), RuleCode.STOP_ILLEGAL_TRANSITION).getMessage())
        .isEqualTo(
            "stop.illegal-transition: stop "
                + stopId(1)
                + " is completed: a record of what happened is not removed");
    assertThat(ids(a.removeStop(stopId(2)))).containsExactly(stopId(1));
  }

  /** The tour with a stop on the 12th, brought to a status. */
  private static Activity tourIn(ActivityStatus status) {
    Activity proposed = tour().addStop(stop(1, "2018-11-12"));
    PartialDate first = PartialDate.parse("2018-11-11");
    return switch (status) {
      case PROPOSED -> proposed;
      case PLANNED -> proposed.plan(null);
      case SCHEDULED -> proposed.plan(null).schedule(null);
      case IN_PROGRESS -> proposed.plan(null).schedule(null).start(first);
      case COMPLETED ->
          proposed.plan(null).schedule(null).complete(first, PartialDate.parse("2018-11-17"));
      case POSTPONED -> proposed.plan(null).postpone("hoãn");
      case CANCELLED -> proposed.cancel("hủy");
    };
  }

  @ParameterizedTest
  @EnumSource(ActivityStatus.class)
  void aStopIsCompletedOnceTheActivityIsUnderWay(ActivityStatus status) {
    Activity a = tourIn(status);

    if (status == ActivityStatus.IN_PROGRESS || status == ActivityStatus.COMPLETED) {
      Stop done = a.completeStop(stopId(1), null, null, null).stop(stopId(1)).orElseThrow();
      assertThat(done.status()).isEqualTo(StopStatus.COMPLETED);
    } else {
      assertThat(
              rule(
                      () -> a.completeStop(stopId(1), null, null, null),
                      RuleCode.STOP_ACTIVITY_NOT_UNDER_WAY)
                  .getMessage())
          .isEqualTo(
              "stop.activity-not-under-way: a stop is completed once activity "
                  + activityId(1)
                  + " is under way; it is "
                  + status);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ActivityStatus.class,
      names = {"COMPLETED", "CANCELLED"})
  void aClosedActivityTakesNoNewRevisedOrRemovedStop(ActivityStatus status) {
    Activity a = tourIn(status);
    Stop cancelled =
        new Stop(
            stopId(2),
            JERUSALEM_P,
            IIA,
            "x",
            StopTime.parse("2018-11-13"),
            null,
            List.of(),
            StopStatus.CANCELLED,
            "hủy");

    rule(() -> a.addStop(stop(2, "2018-11-13")), RuleCode.ACTIVITY_CLOSED);
    rule(() -> a.addStop(cancelled), RuleCode.ACTIVITY_CLOSED);
    rule(() -> a.reviseStop(stop(1, "2018-11-13")), RuleCode.ACTIVITY_CLOSED);
    rule(() -> a.reviseStop(stop(9, "2018-11-13")), RuleCode.ACTIVITY_CLOSED);
    rule(() -> a.removeStop(stopId(1)), RuleCode.ACTIVITY_CLOSED);
    rule(() -> a.removeStop(stopId(9)), RuleCode.ACTIVITY_CLOSED);
  }

  @Test
  void aStopIsCancelledUnlessTheActivityIsCancelled() {
    Activity cancelled = tourIn(ActivityStatus.CANCELLED);
    assertThat(
            rule(() -> cancelled.cancelStop(stopId(1), "x"), RuleCode.ACTIVITY_CLOSED).getMessage())
        .isEqualTo("activity.closed: activity " + activityId(1) + " is CANCELLED");
    rule(() -> cancelled.cancelStop(stopId(9), "x"), RuleCode.ACTIVITY_CLOSED);

    Activity completed = tourIn(ActivityStatus.COMPLETED).cancelStop(stopId(1), " không kịp ");
    assertThat(completed.stop(stopId(1)).map(Stop::note)).contains("không kịp");
  }

  @Test
  void aStopCompletedAsPlannedKeepsItsTimeAndAttendees() {
    Activity a =
        tourIn(ActivityStatus.IN_PROGRESS)
            .reviseStop(stop(1, JERUSALEM_P, IIA, "2018-11-12", DIRECTOR, INTERPRETER));

    Stop done = a.completeStop(stopId(1), null, null, null).stop(stopId(1)).orElseThrow();

    assertThat(done)
        .isEqualTo(
            new Stop(
                stopId(1),
                JERUSALEM_P,
                IIA,
                "mục đích 1",
                StopTime.parse("2018-11-12"),
                StopTime.parse("2018-11-12"),
                List.of(DIRECTOR, INTERPRETER),
                StopStatus.COMPLETED,
                null));
  }

  @Test
  void aStopCompletedAsItTookPlaceKeepsWhatHappened() {
    Activity a =
        tourIn(ActivityStatus.IN_PROGRESS)
            .reviseStop(stop(1, JERUSALEM_P, IIA, "2018-11-12", DIRECTOR, INTERPRETER));
    StopTime actual = StopTime.parse("2018-11-12T14:00/2018-11-12T16:30");

    Stop done =
        a.completeStop(stopId(1), actual, List.of(LIAISON, DIRECTOR), " ký MOU ")
            .stop(stopId(1))
            .orElseThrow();

    assertThat(done.actual()).isEqualTo(actual);
    assertThat(done.planned()).isEqualTo(StopTime.parse("2018-11-12"));
    assertThat(done.attendees()).containsExactly(LIAISON, DIRECTOR);
    assertThat(done.note()).isEqualTo("ký MOU");
    assertThat(done.status()).isEqualTo(StopStatus.COMPLETED);
    rule(
        () -> a.completeStop(stopId(1), actual, List.of(DELEGATE), null),
        RuleCode.STOP_ATTENDEE_NOT_MEMBER);
    violation(
        () -> a.completeStop(stopId(1), actual, List.of(DIRECTOR, DIRECTOR), null),
        "attendees[1]",
        Violation.DUPLICATE);
    violation(() -> a.completeStop(stopId(1), actual, null, " "), "outcome", Violation.BLANK);
  }

  @Test
  void aCancelledStopStaysOnTheItineraryExemptFromItsRules() {
    Activity a =
        tour()
            .addStop(stop(1, JERUSALEM_P, IIA, "2018-11-13T10:00/2018-11-13T12:00", INTERPRETER))
            .cancelStop(stopId(1), "  chủ nhà bận ");

    Stop cancelled = a.stop(stopId(1)).orElseThrow();
    assertThat(cancelled.status()).isEqualTo(StopStatus.CANCELLED);
    assertThat(cancelled.note()).isEqualTo("chủ nhà bận");
    assertThat(cancelled.actual()).isNull();
    assertThat(cancelled.attendees()).containsExactly(INTERPRETER);
    assertThat(cancelled.planned()).isEqualTo(StopTime.parse("2018-11-13T10:00/2018-11-13T12:00"));
    Activity overlapping = a.addStop(stop(2, "2018-11-13T11:00/2018-11-13T13:00"));
    assertThat(ids(overlapping)).containsExactly(stopId(1), stopId(2));
    Activity withdrawn =
        a.changeParticipation(
            Participant.of(INTERPRETER),
            ParticipationRole.INTERPRETER,
            ParticipationStatus.WITHDRAWN);
    assertThat(withdrawn.itinerary()).isEqualTo(a.itinerary());
    assertThat(a.plan(DateSpan.parse("2018-11-14/2018-11-17")).itinerary())
        .isEqualTo(a.itinerary());
    assertThat(ids(a.removeStop(stopId(1)))).isEmpty();
  }

  @Test
  void removingAPlannedStopLeavesTheOthers() {
    Activity a =
        tour()
            .addStop(stop(1, "2018-11-12"))
            .addStop(stop(2, "2018-11-13"))
            .addStop(stop(3, "2018-11-14"));

    assertThat(ids(a.removeStop(stopId(2)))).containsExactly(stopId(1), stopId(3));
    assertThat(ids(a.removeStop(stopId(1)))).containsExactly(stopId(2), stopId(3));
    assertThat(ids(a.removeStop(stopId(3)))).containsExactly(stopId(1), stopId(2));
  }

  @Test
  void theStopsOfACancelledActivityAreNotChecked() {
    // as a store might hold it: a stop whose host takes no part
    Activity broken =
        restore(ActivityStatus.PLANNED, List.of(stop(1, JERUSALEM_P, DOST, "2018-11-12")));

    rule(() -> broken.revise(broken.details()), RuleCode.STOP_HOST_NOT_PARTICIPANT);
    Activity cancelled = broken.cancel("hủy");
    assertThat(cancelled.status()).isEqualTo(ActivityStatus.CANCELLED);
    assertThat(cancelled.itinerary()).isEqualTo(broken.itinerary());
  }

  // ---- equality and storage --------------------------------------------------------------------

  @Test
  void equalityTakesInTheItinerary() {
    Activity a = tour().addStop(stop(1, "2018-11-12"));
    Activity b = tour().addStop(stop(1, "2018-11-13"));

    assertThat(a)
        .isEqualTo(tour().addStop(stop(1, "2018-11-12")))
        .hasSameHashCodeAs(tour().addStop(stop(1, "2018-11-12")));
    assertThat(a).isNotEqualTo(b).isNotEqualTo(tour());
    assertThat(a.hashCode()).isNotEqualTo(b.hashCode()).isNotEqualTo(tour().hashCode());
  }

  @Test
  void adaptersRestoreTheItineraryAndKeepItWithANewVersion() {
    Activity a =
        Aggregates.withVersion(
            tour().addStop(stop(1, "2018-11-12")).addStop(stop(2, "2018-11-13")), 4);

    Activity restored =
        Activity.ForAdapters.restore(
            a.id(),
            a.plan(),
            a.details(),
            a.parent(),
            a.status(),
            a.actualStart(),
            a.actualEnd(),
            a.statusReason(),
            a.participations(),
            a.itinerary(),
            4);
    assertThat(restored).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(restored.itinerary()).hasSize(2);
    Activity withVersion = Activity.ForAdapters.withVersion(a, 5);
    assertThat(withVersion.itinerary()).isEqualTo(a.itinerary());
    assertThat(withVersion.version()).isEqualTo(5);
    assertThat(
            Activity.ForAdapters.restore(
                    a.id(),
                    a.plan(),
                    a.details(),
                    a.parent(),
                    a.status(),
                    a.actualStart(),
                    a.actualEnd(),
                    a.statusReason(),
                    a.participations(),
                    4)
                .itinerary())
        .isEmpty();
  }
}

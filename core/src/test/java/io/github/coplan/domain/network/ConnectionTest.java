package io.github.coplan.domain.network;

import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.activityId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.shared.PartialDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A connection: its checks, its meetings in order, what it tells of them, and its reverse. */
class ConnectionTest {

  private static final Participant DIRECTOR_P = Participant.of(DIRECTOR);
  private static final Participant IIA_P = Participant.of(IIA);
  private static final ParticipationRole HEAD = ParticipationRole.HEAD_OF_DELEGATION;
  private static final ParticipationRole HOST = ParticipationRole.HOST;
  private static final StopId STOP = new StopId(new UUID(0x5709, 1));

  /** At the tour as a whole, 2018-11-12: head of delegation and host. */
  private static final Meeting TOUR =
      new Meeting(activityId(1), null, PartialDate.parse("2018-11-12"), HEAD, HOST);

  /** At the innovation week, 2018-Q4 (earliest 2018-10-01): delegate and speaker. */
  private static final Meeting WEEK =
      new Meeting(
          activityId(2),
          null,
          PartialDate.parse("2018-Q4"),
          ParticipationRole.DELEGATE,
          ParticipationRole.SPEAKER);

  /** At a stop of the tour, 2018-11-14: head of delegation and host. */
  private static final Meeting TOUR_STOP =
      new Meeting(activityId(1), STOP, PartialDate.parse("2018-11-14"), HEAD, HOST);

  @Test
  void itPutsItsMeetingsInOrderAndTellsHowOftenAndWhen() {
    List<Meeting> given = new ArrayList<>(List.of(TOUR_STOP, TOUR, WEEK));

    Connection c = new Connection(DIRECTOR_P, IIA_P, given);

    assertThat(c.first()).isEqualTo(DIRECTOR_P);
    assertThat(c.second()).isEqualTo(IIA_P);
    assertThat(c.meetings()).containsExactly(WEEK, TOUR, TOUR_STOP);
    assertThat(c.count()).isEqualTo(3);
    assertThat(c.firstMet()).isEqualTo(PartialDate.parse("2018-Q4"));
    assertThat(c.lastMet()).isEqualTo(PartialDate.parse("2018-11-14"));
    assertThat(c.activities()).containsExactly(activityId(2), activityId(1));
    assertThat(given).containsExactly(TOUR_STOP, TOUR, WEEK);
  }

  @Test
  void oneMeetingIsBothTheFirstAndTheLast() {
    Connection c = new Connection(DIRECTOR_P, IIA_P, List.of(TOUR));

    assertThat(c.count()).isEqualTo(1);
    assertThat(c.firstMet()).isEqualTo(PartialDate.parse("2018-11-12"));
    assertThat(c.lastMet()).isEqualTo(PartialDate.parse("2018-11-12"));
    assertThat(c.activities()).containsExactly(activityId(1));
  }

  @Test
  void theLastMeetingIsTheLastInOrderNotTheOneThatMayLieLatest() {
    // 2018 may mean 2018-12-31, but its earliest day, 2018-01-01, puts it first
    Meeting year =
        new Meeting(activityId(3), null, PartialDate.ofYear(2018), HEAD, ParticipationRole.EXPERT);

    Connection c = new Connection(DIRECTOR_P, IIA_P, List.of(TOUR, year));

    assertThat(c.firstMet()).isEqualTo(PartialDate.ofYear(2018));
    assertThat(c.lastMet()).isEqualTo(PartialDate.parse("2018-11-12"));
  }

  @Test
  void itsActivitiesAreEachListedOnceInTheOrderOfTheFirstMeetingThere() {
    Meeting tourLater =
        new Meeting(activityId(1), null, PartialDate.parse("2019-01-05"), HEAD, HOST);
    Meeting weekAgain =
        new Meeting(activityId(2), STOP, PartialDate.parse("2018-12-01"), HEAD, HOST);

    Connection c = new Connection(DIRECTOR_P, IIA_P, List.of(tourLater, TOUR, weekAgain, WEEK));

    assertThat(c.meetings()).containsExactly(WEEK, TOUR, weekAgain, tourLater);
    assertThat(c.activities()).containsExactly(activityId(2), activityId(1));
  }

  @Test
  void itsListsCannotBeChanged() {
    Connection c = new Connection(DIRECTOR_P, IIA_P, List.of(TOUR, WEEK));

    assertThat(c.meetings()).isUnmodifiable();
    assertThat(c.activities()).isUnmodifiable();
  }

  @Test
  void reversedSwapsTheSidesAndTheRolesOfEachMeeting() {
    Connection c = new Connection(DIRECTOR_P, IIA_P, List.of(TOUR_STOP, WEEK));

    Connection r = c.reversed();

    assertThat(r.first()).isEqualTo(IIA_P);
    assertThat(r.second()).isEqualTo(DIRECTOR_P);
    assertThat(r.meetings())
        .containsExactly(
            new Meeting(
                activityId(2),
                null,
                PartialDate.parse("2018-Q4"),
                ParticipationRole.SPEAKER,
                ParticipationRole.DELEGATE),
            new Meeting(activityId(1), STOP, PartialDate.parse("2018-11-14"), HOST, HEAD));
    assertThat(r.count()).isEqualTo(2);
    assertThat(r.firstMet()).isEqualTo(c.firstMet());
    assertThat(r.lastMet()).isEqualTo(c.lastMet());
    assertThat(r.activities()).containsExactly(activityId(2), activityId(1));
    assertThat(r.reversed()).isEqualTo(c);
  }

  @Test
  void everyMissingPartIsListed() {
    violations(
        () -> new Connection(null, null, null),
        tuple("first", Violation.REQUIRED),
        tuple("second", Violation.REQUIRED),
        tuple("meetings", Violation.REQUIRED));
    violations(
        () -> new Connection(DIRECTOR_P, IIA_P, Arrays.asList(TOUR, null, WEEK)),
        tuple("meetings[1]", Violation.REQUIRED));
  }

  @Test
  void aConnectionHasAtLeastOneMeeting() {
    violations(
        () -> new Connection(DIRECTOR_P, IIA_P, List.of()), tuple("meetings", Violation.REQUIRED));
  }

  @Test
  void aParticipantIsNotConnectedToItself() {
    violations(
        () -> new Connection(IIA_P, Participant.of(IIA), List.of(TOUR)),
        tuple("second", Violation.OUT_OF_RANGE));
    violations(
        () -> new Connection(DIRECTOR_P, DIRECTOR_P, List.of()),
        tuple("meetings", Violation.REQUIRED),
        tuple("second", Violation.OUT_OF_RANGE));
    // a person whose id has the organisation's UUID is another participant
    Participant sameUuid = Participant.of(new PersonId(IIA.value()));
    assertThat(new Connection(IIA_P, sameUuid, List.of(TOUR)).second()).isEqualTo(sameUuid);
  }
}

package io.github.coplan.domain.network;

import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.activityId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The parts of a meeting and the order of meetings: day, activity id text, whole before stops. */
class MeetingTest {

  private static final ParticipationRole HOST = ParticipationRole.HOST;
  private static final ParticipationRole DELEGATE = ParticipationRole.DELEGATE;

  private static StopId stopId(long n) {
    return new StopId(new UUID(0x5709, n));
  }

  private static Meeting at(ActivityId activity, StopId stop, String day) {
    return new Meeting(activity, stop, PartialDate.parse(day), HOST, DELEGATE);
  }

  private static List<Meeting> sorted(Meeting... meetings) {
    List<Meeting> list = new ArrayList<>(List.of(meetings));
    list.sort(Meeting.ORDER);
    return list;
  }

  @Test
  void aMeetingKeepsItsParts() {
    Meeting m =
        new Meeting(
            activityId(1),
            stopId(2),
            PartialDate.parse("2018-11-12"),
            ParticipationRole.HOST,
            ParticipationRole.HEAD_OF_DELEGATION);

    assertThat(m.activity()).isEqualTo(activityId(1));
    assertThat(m.stop()).isEqualTo(stopId(2));
    assertThat(m.day()).isEqualTo(PartialDate.ofDay(LocalDate.of(2018, 11, 12)));
    assertThat(m.firstRole()).isEqualTo(ParticipationRole.HOST);
    assertThat(m.secondRole()).isEqualTo(ParticipationRole.HEAD_OF_DELEGATION);
    assertThat(new Meeting(activityId(1), null, PartialDate.ofYear(2018), HOST, HOST).stop())
        .isNull();
  }

  @Test
  void everyPartButTheStopIsRequired() {
    violations(
        () -> new Meeting(null, null, null, null, null),
        tuple("activity", Violation.REQUIRED),
        tuple("day", Violation.REQUIRED),
        tuple("firstRole", Violation.REQUIRED),
        tuple("secondRole", Violation.REQUIRED));
    violations(
        () -> new Meeting(activityId(1), stopId(1), PartialDate.ofYear(2018), null, DELEGATE),
        tuple("firstRole", Violation.REQUIRED));
  }

  @Test
  void meetingsComeByTheEarliestDayEachMayMean() {
    Meeting nov12 = at(activityId(1), null, "2018-11-12");
    Meeting year = at(activityId(2), null, "2018");
    Meeting q4 = at(activityId(3), null, "2018-Q4");
    Meeting nov = at(activityId(4), null, "2018-11");
    Meeting dec2017 = at(activityId(5), null, "2017-12-31");

    assertThat(sorted(nov12, year, q4, nov, dec2017))
        .containsExactly(dec2017, year, q4, nov, nov12);
  }

  @Test
  void onTheSameEarliestDayTheActivityIdTextDecides() {
    // the month and its first day mean the same earliest day, 2018-11-01
    Meeting second = at(activityId(2), null, "2018-11");
    Meeting first = at(activityId(1), null, "2018-11-01");

    assertThat(sorted(second, first)).containsExactly(first, second);
    assertThat(sorted(at(activityId(1), null, "2018-11"), at(activityId(2), null, "2018-11-01")))
        .containsExactly(at(activityId(1), null, "2018-11"), at(activityId(2), null, "2018-11-01"));
  }

  @Test
  void theActivityIdIsComparedAsTextNotAsAUuid() {
    // as UUIDs, 8000… comes first (its most significant bits are negative); as text, 1000… does
    ActivityId high = ActivityId.of("80000000-0000-7000-8000-000000000000");
    ActivityId low = ActivityId.of("10000000-0000-7000-8000-000000000000");
    assertThat(high.value().compareTo(low.value())).isNegative();

    assertThat(sorted(at(high, null, "2018-11-12"), at(low, null, "2018-11-12")))
        .extracting(Meeting::activity)
        .containsExactly(low, high);
  }

  @Test
  void atOneActivityAndDayTheWholeActivityComesBeforeItsStopsAndTheseByStopId() {
    Meeting whole = at(activityId(1), null, "2018-11-12");
    Meeting stop1 = at(activityId(1), stopId(1), "2018-11-12");
    Meeting stop2 = at(activityId(1), stopId(2), "2018-11-12");
    Meeting stopA = at(activityId(1), stopId(0xa), "2018-11-12");
    Meeting otherActivity = at(activityId(2), null, "2018-11-12");

    assertThat(sorted(otherActivity, stopA, stop2, whole, stop1))
        .containsExactly(whole, stop1, stop2, stopA, otherActivity);
  }

  @Test
  void theDayComesBeforeTheActivityAndTheStop() {
    Meeting laterDayEarlierId = at(activityId(1), null, "2018-11-13");
    Meeting earlierDayStop = at(activityId(2), stopId(9), "2018-11-12");

    assertThat(sorted(laterDayEarlierId, earlierDayStop))
        .containsExactly(earlierDayStop, laterDayEarlierId);
    assertThat(Meeting.ORDER.compare(laterDayEarlierId, laterDayEarlierId)).isZero();
    assertThat(
            Meeting.ORDER.compare(
                at(activityId(1), null, "2018-11-12"),
                new Meeting(activityId(1), null, PartialDate.parse("2018-11-12"), DELEGATE, HOST)))
        .isZero();
  }
}

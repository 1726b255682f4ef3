package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DEPUTY_AMBASSADOR;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.activityId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.person.PersonId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The attendees of a completed stop: each listed once, none missing. */
class CompleteStopAttendeesTest {

  private static final ActivityId TOUR = activityId(1);
  private static final StopId STOP = new StopId(new UUID(0x5709, 1));

  private static ChangeItinerary.CompleteStop complete(List<PersonId> attendees) {
    return new ChangeItinerary.CompleteStop(TOUR, STOP, null, attendees, null, null);
  }

  @Test
  void aPersonListedTwiceIsRefusedAtTheSecondPlace() {
    violations(
        () -> complete(List.of(DIRECTOR, DEPUTY_AMBASSADOR, DIRECTOR)),
        tuple("attendees[2]", Violation.DUPLICATE));
    violations(
        () -> complete(List.of(DIRECTOR, DIRECTOR)), tuple("attendees[1]", Violation.DUPLICATE));
  }

  @Test
  void aMissingAttendeeIsRequiredAndNotADuplicate() {
    violations(
        () -> complete(Arrays.asList(DIRECTOR, null, null)),
        tuple("attendees[1]", Violation.REQUIRED),
        tuple("attendees[2]", Violation.REQUIRED));
  }

  @Test
  void distinctAttendeesOrNoneAreAccepted() {
    assertThat(complete(List.of(DIRECTOR, DEPUTY_AMBASSADOR)).attendees())
        .containsExactly(DIRECTOR, DEPUTY_AMBASSADOR);
    assertThat(complete(List.of()).attendees()).isEmpty();
    assertThat(complete(null).attendees()).isNull();
  }
}

package io.github.coplan.domain.network;

import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.activityId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.PartialDate;
import org.junit.jupiter.api.Test;

/** An encounter: both sides and the meeting are required. */
class EncounterTest {

  private static final Meeting TOUR =
      new Meeting(
          activityId(1),
          null,
          PartialDate.parse("2018-11-12"),
          ParticipationRole.HEAD_OF_DELEGATION,
          ParticipationRole.HOST);

  @Test
  void anEncounterKeepsItsParts() {
    Encounter e = new Encounter(Participant.of(DIRECTOR), Participant.of(IIA), TOUR);

    assertThat(e.first()).isEqualTo(Participant.of(DIRECTOR));
    assertThat(e.second()).isEqualTo(Participant.of(IIA));
    assertThat(e.meeting()).isEqualTo(TOUR);
  }

  @Test
  void everyMissingPartIsListed() {
    violations(
        () -> new Encounter(null, null, null),
        tuple("first", Violation.REQUIRED),
        tuple("second", Violation.REQUIRED),
        tuple("meeting", Violation.REQUIRED));
  }
}

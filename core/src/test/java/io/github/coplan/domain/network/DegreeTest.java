package io.github.coplan.domain.network;

import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.IIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.error.Violation;
import org.junit.jupiter.api.Test;

/** A degree: at least one connection, and at least as many meetings as connections. */
class DegreeTest {

  private static final Participant IIA_P = Participant.of(IIA);

  @Test
  void aDegreeKeepsItsCounts() {
    Degree d = new Degree(IIA_P, 3, 7);

    assertThat(d.participant()).isEqualTo(IIA_P);
    assertThat(d.connections()).isEqualTo(3);
    assertThat(d.meetings()).isEqualTo(7);
  }

  @Test
  void oneMeetingWithOneParticipantIsTheLeastDegree() {
    Degree d = new Degree(IIA_P, 1, 1);

    assertThat(d.connections()).isEqualTo(1);
    assertThat(d.meetings()).isEqualTo(1);
    assertThat(new Degree(IIA_P, 4, 4).meetings()).isEqualTo(4);
  }

  @Test
  void thereIsAtLeastOneConnection() {
    violations(() -> new Degree(IIA_P, 0, 0), tuple("connections", Violation.OUT_OF_RANGE));
    violations(() -> new Degree(IIA_P, 0, 5), tuple("connections", Violation.OUT_OF_RANGE));
    violations(
        () -> new Degree(IIA_P, -1, -2),
        tuple("connections", Violation.OUT_OF_RANGE),
        tuple("meetings", Violation.OUT_OF_RANGE));
  }

  @Test
  void eachConnectionTakesAtLeastOneMeeting() {
    violations(() -> new Degree(IIA_P, 2, 1), tuple("meetings", Violation.OUT_OF_RANGE));
    violations(() -> new Degree(IIA_P, 1, 0), tuple("meetings", Violation.OUT_OF_RANGE));
    violations(
        () -> new Degree(IIA_P, Integer.MAX_VALUE, Integer.MAX_VALUE - 1),
        tuple("meetings", Violation.OUT_OF_RANGE));
  }

  @Test
  void theParticipantIsRequired() {
    violations(
        () -> new Degree(null, 0, 0),
        tuple("participant", Violation.REQUIRED),
        tuple("connections", Violation.OUT_OF_RANGE));
    violations(() -> new Degree(null, 1, 1), tuple("participant", Violation.REQUIRED));
  }
}

package io.github.coplan.domain.network;

import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DEPUTY_AMBASSADOR;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.EMBASSY;
import static io.github.coplan.testing.Fixtures.IIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.PartialDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reach: a path of ties chained from the root that ends at the participant, its depth, via. */
class ReachTest {

  private static final Participant ROOT = Participant.of(DOST);
  private static final Participant DIRECTOR_P = Participant.of(DIRECTOR);
  private static final Participant IIA_P = Participant.of(IIA);
  private static final Participant EMBASSY_P = Participant.of(EMBASSY);
  private static final Participant DEPUTY = Participant.of(DEPUTY_AMBASSADOR);
  private static final PartialDate NOV_12 = PartialDate.parse("2018-11-12");

  private static Tie tie(Participant from, Participant to) {
    return new Tie(from, to, 1, NOV_12, NOV_12, List.of());
  }

  @Test
  void aDirectTieHasDepthOneAndNoIntermediary() {
    Reach r = new Reach(DIRECTOR_P, List.of(tie(ROOT, DIRECTOR_P)));

    assertThat(r.participant()).isEqualTo(DIRECTOR_P);
    assertThat(r.path()).containsExactly(tie(ROOT, DIRECTOR_P));
    assertThat(r.depth()).isEqualTo(1);
    assertThat(r.via()).isEmpty();
  }

  @Test
  void aLongerPathPassesThroughTheParticipantsBetween() {
    Reach two = new Reach(IIA_P, List.of(tie(ROOT, DIRECTOR_P), tie(DIRECTOR_P, IIA_P)));
    Reach three =
        new Reach(
            DEPUTY,
            List.of(tie(ROOT, DIRECTOR_P), tie(DIRECTOR_P, EMBASSY_P), tie(EMBASSY_P, DEPUTY)));

    assertThat(two.depth()).isEqualTo(2);
    assertThat(two.via()).containsExactly(DIRECTOR_P);
    assertThat(three.depth()).isEqualTo(3);
    assertThat(three.via()).containsExactly(DIRECTOR_P, EMBASSY_P);
    assertThat(three.via()).isUnmodifiable();
  }

  @Test
  void itKeepsACopyOfThePath() {
    List<Tie> path = new ArrayList<>(List.of(tie(ROOT, DIRECTOR_P)));

    Reach r = new Reach(DIRECTOR_P, path);
    path.add(tie(DIRECTOR_P, IIA_P));

    assertThat(r.path()).containsExactly(tie(ROOT, DIRECTOR_P));
    assertThat(r.path()).isUnmodifiable();
  }

  @Test
  void anEmptyPathIsRefused() {
    violations(() -> new Reach(DIRECTOR_P, List.of()), tuple("path", Violation.OUT_OF_RANGE));
  }

  @Test
  void aPathThatEndsElsewhereIsRefused() {
    violations(
        () -> new Reach(IIA_P, List.of(tie(ROOT, DIRECTOR_P))),
        tuple("path", Violation.OUT_OF_RANGE));
    // a path that passes the participant on the way
    violations(
        () -> new Reach(DIRECTOR_P, List.of(tie(ROOT, DIRECTOR_P), tie(DIRECTOR_P, IIA_P))),
        tuple("path", Violation.OUT_OF_RANGE));
  }

  @Test
  void aBrokenPathIsRefused() {
    violations(
        () -> new Reach(IIA_P, List.of(tie(ROOT, DIRECTOR_P), tie(EMBASSY_P, IIA_P))),
        tuple("path", Violation.OUT_OF_RANGE));
    // each step goes from the participant the step before went to, not back from it
    violations(
        () -> new Reach(ROOT, List.of(tie(ROOT, DIRECTOR_P), tie(ROOT, DIRECTOR_P))),
        tuple("path", Violation.OUT_OF_RANGE));
    violations(
        () ->
            new Reach(
                DEPUTY,
                List.of(tie(ROOT, DIRECTOR_P), tie(IIA_P, EMBASSY_P), tie(EMBASSY_P, DEPUTY))),
        tuple("path", Violation.OUT_OF_RANGE));
  }

  @Test
  void everyMissingPartIsListed() {
    violations(
        () -> new Reach(null, null),
        tuple("participant", Violation.REQUIRED),
        tuple("path", Violation.REQUIRED));
    violations(
        () -> new Reach(null, List.of(tie(ROOT, DIRECTOR_P))),
        tuple("participant", Violation.REQUIRED),
        tuple("path", Violation.OUT_OF_RANGE));
  }

  @Test
  void aMissingTieIsListedByItsPlace() {
    violations(
        () -> new Reach(IIA_P, Arrays.asList(tie(ROOT, DIRECTOR_P), null)),
        tuple("path[1]", Violation.REQUIRED));
    violations(
        () -> new Reach(IIA_P, Arrays.asList(null, tie(DIRECTOR_P, IIA_P))),
        tuple("path[0]", Violation.REQUIRED));
  }
}

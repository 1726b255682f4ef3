package io.github.coplan.domain.network;

import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.IIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A network: its root, day, depth, the participants reached and whether the list is complete. */
class NetworkTest {

  private static final Participant ROOT = Participant.of(DOST);
  private static final Participant DIRECTOR_P = Participant.of(DIRECTOR);
  private static final Participant IIA_P = Participant.of(IIA);
  private static final LocalDate AS_OF = LocalDate.of(2019, 6, 30);
  private static final PartialDate NOV_12 = PartialDate.parse("2018-11-12");
  private static final Reach DIRECTOR_REACH =
      new Reach(DIRECTOR_P, List.of(new Tie(ROOT, DIRECTOR_P, 2, NOV_12, NOV_12, List.of())));
  private static final Reach IIA_REACH =
      new Reach(
          IIA_P,
          List.of(
              new Tie(ROOT, DIRECTOR_P, 2, NOV_12, NOV_12, List.of()),
              new Tie(
                  DIRECTOR_P,
                  IIA_P,
                  0,
                  null,
                  null,
                  List.of(RelationshipTypeCode.of("partner_of")))));

  @Test
  void aNetworkKeepsItsPartsAndACopyOfTheReached() {
    List<Reach> reached = new ArrayList<>(List.of(DIRECTOR_REACH, IIA_REACH));

    Network n = new Network(ROOT, AS_OF, 2, reached, true);
    reached.clear();

    assertThat(n.root()).isEqualTo(ROOT);
    assertThat(n.asOf()).isEqualTo(AS_OF);
    assertThat(n.depth()).isEqualTo(2);
    assertThat(n.reached()).containsExactly(DIRECTOR_REACH, IIA_REACH);
    assertThat(n.reached()).extracting(Reach::depth).containsExactly(1, 2);
    assertThat(n.reached()).isUnmodifiable();
    assertThat(n.complete()).isTrue();
  }

  @Test
  void aNetworkMayReachNoOneOrBeCutByTheLimit() {
    Network empty = new Network(ROOT, AS_OF, 1, List.of(), true);
    Network cut = new Network(ROOT, AS_OF, 2, List.of(DIRECTOR_REACH), false);

    assertThat(empty.reached()).isEmpty();
    assertThat(empty.depth()).isEqualTo(1);
    assertThat(cut.reached()).containsExactly(DIRECTOR_REACH);
    assertThat(cut.complete()).isFalse();
  }

  @Test
  void everyMissingPartIsListed() {
    violations(
        () -> new Network(null, null, 1, null, true),
        tuple("root", Violation.REQUIRED),
        tuple("asOf", Violation.REQUIRED),
        tuple("reached", Violation.REQUIRED));
    violations(
        () -> new Network(ROOT, AS_OF, 2, Arrays.asList(DIRECTOR_REACH, null, IIA_REACH), true),
        tuple("reached[1]", Violation.REQUIRED));
  }

  @Test
  void theDepthIsOneOrTwo() {
    for (int depth : new int[] {0, 3, -1}) {
      violations(
          () -> new Network(ROOT, AS_OF, depth, List.of(), true),
          tuple("depth", Violation.OUT_OF_RANGE));
    }
  }
}

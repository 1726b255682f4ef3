package io.github.coplan.domain.network;

import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
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

/** A tie: a count not negative, first and last meeting exactly when met, and some evidence. */
class TieTest {

  private static final Participant DIRECTOR_P = Participant.of(DIRECTOR);
  private static final Participant IIA_P = Participant.of(IIA);
  private static final PartialDate NOV_12 = PartialDate.parse("2018-11-12");
  private static final PartialDate Y2019 = PartialDate.ofYear(2019);
  private static final RelationshipTypeCode INTRODUCED = RelationshipTypeCode.of("introduced_to");
  private static final RelationshipTypeCode INVESTOR = RelationshipTypeCode.of("investor_in");

  @Test
  void aTieOfMeetingsAndRelationshipsKeepsItsParts() {
    List<RelationshipTypeCode> codes = new ArrayList<>(List.of(INTRODUCED, INVESTOR));

    Tie t = new Tie(DIRECTOR_P, IIA_P, 3, NOV_12, Y2019, codes);
    codes.clear();

    assertThat(t.from()).isEqualTo(DIRECTOR_P);
    assertThat(t.to()).isEqualTo(IIA_P);
    assertThat(t.meetings()).isEqualTo(3);
    assertThat(t.firstMet()).isEqualTo(NOV_12);
    assertThat(t.lastMet()).isEqualTo(Y2019);
    assertThat(t.relationships()).containsExactly(INTRODUCED, INVESTOR);
    assertThat(t.relationships()).isUnmodifiable();
  }

  @Test
  void aParticipantHasNoTieToItself() {
    violations(
        () -> new Tie(IIA_P, IIA_P, 1, NOV_12, NOV_12, List.of()),
        tuple("to", Violation.OUT_OF_RANGE));
  }

  @Test
  void meetingsAloneOrARelationshipAloneMakeATie() {
    Tie met = new Tie(DIRECTOR_P, IIA_P, 1, NOV_12, NOV_12, List.of());
    Tie related = new Tie(DIRECTOR_P, IIA_P, 0, null, null, List.of(INVESTOR));

    assertThat(met.relationships()).isEmpty();
    assertThat(met.firstMet()).isEqualTo(NOV_12);
    assertThat(related.meetings()).isZero();
    assertThat(related.firstMet()).isNull();
    assertThat(related.lastMet()).isNull();
    assertThat(related.relationships()).containsExactly(INVESTOR);
  }

  @Test
  void aTieNeedsAMeetingOrARelationship() {
    violations(
        () -> new Tie(DIRECTOR_P, IIA_P, 0, null, null, List.of()),
        tuple("relationships", Violation.REQUIRED));
  }

  @Test
  void theCountIsNotNegative() {
    violations(
        () -> new Tie(DIRECTOR_P, IIA_P, -1, NOV_12, NOV_12, List.of(INVESTOR)),
        tuple("meetings", Violation.OUT_OF_RANGE));
    // no meeting days with a count that is not 0 either
    violations(
        () -> new Tie(DIRECTOR_P, IIA_P, Integer.MIN_VALUE, null, null, List.of(INVESTOR)),
        tuple("meetings", Violation.OUT_OF_RANGE),
        tuple("firstMet", Violation.OUT_OF_RANGE));
  }

  @Test
  void theFirstAndLastMeetingAreKnownExactlyWhenThereWasOne() {
    violations(
        () -> new Tie(DIRECTOR_P, IIA_P, 2, null, null, List.of()),
        tuple("firstMet", Violation.OUT_OF_RANGE));
    violations(
        () -> new Tie(DIRECTOR_P, IIA_P, 0, NOV_12, NOV_12, List.of(INVESTOR)),
        tuple("firstMet", Violation.OUT_OF_RANGE));
    violations(
        () -> new Tie(DIRECTOR_P, IIA_P, 2, NOV_12, null, List.of()),
        tuple("firstMet", Violation.OUT_OF_RANGE));
    violations(
        () -> new Tie(DIRECTOR_P, IIA_P, 2, null, NOV_12, List.of()),
        tuple("firstMet", Violation.OUT_OF_RANGE));
    violations(
        () -> new Tie(DIRECTOR_P, IIA_P, 0, null, NOV_12, List.of(INVESTOR)),
        tuple("firstMet", Violation.OUT_OF_RANGE));
  }

  @Test
  void everyMissingPartIsListed() {
    violations(
        () -> new Tie(null, null, 0, null, null, null),
        tuple("from", Violation.REQUIRED),
        tuple("to", Violation.REQUIRED),
        tuple("relationships", Violation.REQUIRED));
    violations(
        () -> new Tie(DIRECTOR_P, IIA_P, 0, null, null, Arrays.asList(INVESTOR, null)),
        tuple("relationships[1]", Violation.REQUIRED));
    violations(
        () -> new Tie(null, IIA_P, 0, NOV_12, null, List.of()),
        tuple("from", Violation.REQUIRED),
        tuple("firstMet", Violation.OUT_OF_RANGE),
        tuple("relationships", Violation.REQUIRED));
  }
}

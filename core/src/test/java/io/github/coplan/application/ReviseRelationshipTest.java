package io.github.coplan.application;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command that revises a relationship: from what is stored, each change, and bad input. */
class ReviseRelationshipTest {

  private static final RelationshipId ID =
      new RelationshipId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
  private static final Participant MINH =
      Participant.of(PersonId.of("00000000-0000-7000-8000-00000000000c"));
  private static final PartialDate NOV_2018 = PartialDate.ofMonth(2018, 11);
  private static final PartialDate Y2018 = PartialDate.ofYear(2018);
  private static final PartialDate Y2020 = PartialDate.ofYear(2020);
  private static final LocalizedText BRIEFING =
      viEn("Gặp tại buổi giới thiệu", "Met at the Authority's briefing");

  /** Minh's investment in the Innovation Authority, from November 2018 to 2020, stored as v3. */
  private static Relationship stored() {
    Relationship r =
        Relationship.record(
            ID,
            RelationshipType.INVESTOR_IN,
            MINH,
            Participant.of(IIA),
            NOV_2018,
            Y2020,
            BRIEFING,
            null,
            null,
            null);
    return Relationship.ForAdapters.withVersion(r, 3);
  }

  @Test
  void ofKeepsWhatTheRelationshipHoldsAndExpectsItsVersion() {
    ReviseRelationship r = ReviseRelationship.of(stored());

    assertThat(r.relationship()).isEqualTo(ID);
    assertThat(r.start()).isEqualTo(NOV_2018);
    assertThat(r.end()).isEqualTo(Y2020);
    assertThat(r.description()).isEqualTo(BRIEFING);
    assertThat(r.expectedVersion()).isEqualTo(3L);
    assertThat(r).isEqualTo(new ReviseRelationship(ID, NOV_2018, Y2020, BRIEFING, 3L));
  }

  @Test
  void ofARelationshipWithoutEndOrDescriptionKeepsNone() {
    Relationship open =
        Relationship.ForAdapters.withVersion(
            Relationship.record(
                ID,
                RelationshipType.INTRODUCED_TO,
                MINH,
                Participant.of(IIA),
                Y2018,
                null,
                null,
                null,
                null,
                null),
            1);

    assertThat(ReviseRelationship.of(open))
        .isEqualTo(new ReviseRelationship(ID, Y2018, null, null, 1L));
  }

  @Test
  void eachChangeReplacesOnePart() {
    ReviseRelationship r = ReviseRelationship.of(stored());

    assertThat(r.startingOn(Y2018))
        .isEqualTo(new ReviseRelationship(ID, Y2018, Y2020, BRIEFING, 3L));
    assertThat(r.endingOn(PartialDate.parse("2019-06-30")))
        .isEqualTo(
            new ReviseRelationship(ID, NOV_2018, PartialDate.parse("2019-06-30"), BRIEFING, 3L));
    assertThat(r.endingOn(null))
        .isEqualTo(new ReviseRelationship(ID, NOV_2018, null, BRIEFING, 3L));
    assertThat(r.describedAs(vi("Nhà đầu tư thiên thần")))
        .isEqualTo(new ReviseRelationship(ID, NOV_2018, Y2020, vi("Nhà đầu tư thiên thần"), 3L));
    assertThat(r.describedAs(null))
        .isEqualTo(new ReviseRelationship(ID, NOV_2018, Y2020, null, 3L));
    assertThat(r.startingOn(Y2018).endingOn(null).describedAs(null))
        .isEqualTo(new ReviseRelationship(ID, Y2018, null, null, 3L));
    assertThat(r).isEqualTo(new ReviseRelationship(ID, NOV_2018, Y2020, BRIEFING, 3L));
  }

  @Test
  void withoutAnExpectedVersionItRevisesWhateverIsStored() {
    assertThat(new ReviseRelationship(ID, Y2018, null, null, null).expectedVersion()).isNull();
    assertThat(new ReviseRelationship(ID, Y2018, null, null, 1L).expectedVersion()).isEqualTo(1L);
    assertThat(new ReviseRelationship(ID, Y2018, null, null, Long.MAX_VALUE).expectedVersion())
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void theRelationshipAndTheStartAreRequired() {
    violations(
        () -> new ReviseRelationship(null, null, null, null, null),
        tuple("relationship", Violation.REQUIRED),
        tuple("start", Violation.REQUIRED));
    violation(() -> ReviseRelationship.of(null), "current", Violation.REQUIRED);
    violation(() -> ReviseRelationship.of(stored()).startingOn(null), "start", Violation.REQUIRED);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void anExpectedVersionBelowOneIsRefusedAsTheOtherCommandsRefuseIt(long version) {
    assertThat(
            invalidInput(() -> new ReviseRelationship(ID, Y2018, null, null, version)).violations())
        .containsExactly(
            new Violation(
                "expectedVersion",
                Violation.OUT_OF_RANGE,
                "a stored version is 1 or more, was " + version));
  }

  @Test
  void aRelationshipNotYetStoredCannotBeRevisedFrom() {
    Relationship unsaved =
        Relationship.record(
            ID,
            RelationshipType.INTRODUCED_TO,
            MINH,
            Participant.of(IIA),
            Y2018,
            null,
            null,
            null,
            null,
            null);

    violation(() -> ReviseRelationship.of(unsaved), "expectedVersion", Violation.OUT_OF_RANGE);
  }

  @Test
  void theDescriptionIsOneLineInEveryLanguage() {
    violation(
        () -> ReviseRelationship.of(stored()).describedAs(vi("Dòng 1\nDòng 2")),
        "description.vi",
        Violation.CONTROL_CHARACTER);
    violation(
        () -> ReviseRelationship.of(stored()).describedAs(viEn("Một dòng", "Line 1\nLine 2")),
        "description.en",
        Violation.CONTROL_CHARACTER);
    violations(
        () -> new ReviseRelationship(null, null, null, vi("a\tb"), 0L),
        tuple("relationship", Violation.REQUIRED),
        tuple("start", Violation.REQUIRED),
        tuple("description.vi", Violation.CONTROL_CHARACTER),
        tuple("expectedVersion", Violation.OUT_OF_RANGE));
  }
}

package io.github.coplan.domain.network;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.shared.PartialDate;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A relationship's revision refuses an end before its start, its equality weighs every part, and a
 * type code says what it refused and orders by its text.
 */
class RelationshipEdgesTest {

  private static final RelationshipId ID = new RelationshipId(new UUID(0x5e1a, 1));
  private static final PartialDate MAY_2019 = PartialDate.parse("2019-05");

  private static Relationship mentor(RelationshipId id) {
    return Relationship.record(
        id,
        RelationshipType.MENTOR_OF,
        Participant.of(DIRECTOR),
        Participant.of(IIA),
        MAY_2019,
        null,
        null,
        null,
        PLAN,
        1);
  }

  @Test
  void aRevisionRefusesAnEndBeforeItsStartAndAMissingStart() {
    Relationship x = mentor(ID);
    violation(
        () -> x.revise(MAY_2019, PartialDate.parse("2019-04"), null),
        "end",
        Violation.END_BEFORE_START);
    violation(() -> x.revise(null, null, null), "start", Violation.REQUIRED);
    assertThat(x.revise(MAY_2019, PartialDate.parse("2019-05"), null).end())
        .isEqualTo(PartialDate.parse("2019-05"));
  }

  @Test
  void equalityAndHashWeighEveryPart() {
    Relationship x = mentor(ID);
    assertThat(x).isEqualTo(mentor(ID));
    assertThat(x).isNotEqualTo(mentor(new RelationshipId(new UUID(0x5e1a, 2))));
    assertThat(x).isNotEqualTo(x.revise(MAY_2019, PartialDate.parse("2020"), null));
    assertThat(x.hashCode())
        .isEqualTo(
            Objects.hash(
                ID,
                RelationshipType.MENTOR_OF.code(),
                Participant.of(DIRECTOR),
                Participant.of(IIA),
                MAY_2019,
                null,
                null,
                null,
                PLAN,
                1,
                0L));
  }

  @Test
  void aMalformedCodeIsQuotedUpToEightyCharactersAndCountedBeyond() {
    String eighty = "X".repeat(80);
    assertThat(invalidInput(() -> RelationshipTypeCode.of(eighty)).violations())
        .extracting(Violation::message)
        .containsExactly(
            "a relationship type code is 1 to 64 lower-case ASCII letters, digits, '.', '-' or '_',"
                + " was '"
                + eighty
                + "'");
    assertThat(invalidInput(() -> RelationshipTypeCode.of(eighty + "X")).violations())
        .extracting(Violation::message)
        .containsExactly(
            "a relationship type code is 1 to 64 lower-case ASCII letters, digits, '.', '-' or '_',"
                + " was a text of 81 characters");
  }

  @Test
  void codesOrderByTheirText() {
    assertThat(
            RelationshipTypeCode.of("mentor_of").compareTo(RelationshipTypeCode.of("partner_of")))
        .isNegative();
    assertThat(
            RelationshipTypeCode.of("partner_of").compareTo(RelationshipTypeCode.of("mentor_of")))
        .isPositive();
    assertThat(RelationshipTypeCode.of("mentor_of").compareTo(RelationshipTypeCode.of("mentor_of")))
        .isZero();
  }

  @Test
  void anIdAndAnIntroductionSourceReadAsTheirText() {
    assertThat(ID).hasToString("00000000-0000-5e1a-0000-000000000001");
    assertThat(
            RelationshipSource.of(
                new IntroductionId(UUID.fromString("01890000-0000-7000-8000-000000000001"))))
        .hasToString("introduction:01890000-0000-7000-8000-000000000001");
  }
}

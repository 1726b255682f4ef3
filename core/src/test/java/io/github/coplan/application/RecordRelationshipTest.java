package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.activityId;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The command that records a relationship: its factory, each addition, and bad input. */
class RecordRelationshipTest {

  private static final RelationshipTypeCode MENTOR = RelationshipTypeCode.of("mentor_of");
  private static final Participant DIRECTOR_P = Participant.of(DIRECTOR);
  private static final Participant IIA_P = Participant.of(IIA);
  private static final PartialDate NOV_2018 = PartialDate.ofMonth(2018, 11);
  private static final PartialDate Y2020 = PartialDate.ofYear(2020);
  private static final LocalizedText ADVICE = viEn("Cố vấn chính sách", "Policy advice");
  private static final RelationshipSource TOUR = RelationshipSource.of(activityId(1));

  @Test
  void ofRecordsARelationshipThatLastsWithoutDescriptionOrSource() {
    RecordRelationship r = RecordRelationship.of(MENTOR, DIRECTOR_P, IIA_P, NOV_2018);

    assertThat(r.type()).isEqualTo(MENTOR);
    assertThat(r.from()).isEqualTo(DIRECTOR_P);
    assertThat(r.to()).isEqualTo(IIA_P);
    assertThat(r.start()).isEqualTo(NOV_2018);
    assertThat(r.end()).isNull();
    assertThat(r.description()).isNull();
    assertThat(r.source()).isNull();
  }

  @Test
  void eachAdditionSetsOnePartAndKeepsTheOthers() {
    RecordRelationship r = RecordRelationship.of(MENTOR, DIRECTOR_P, IIA_P, NOV_2018);

    assertThat(r.endingOn(Y2020))
        .isEqualTo(new RecordRelationship(MENTOR, DIRECTOR_P, IIA_P, NOV_2018, Y2020, null, null));
    assertThat(r.describedAs(ADVICE))
        .isEqualTo(new RecordRelationship(MENTOR, DIRECTOR_P, IIA_P, NOV_2018, null, ADVICE, null));
    assertThat(r.producedBy(TOUR))
        .isEqualTo(new RecordRelationship(MENTOR, DIRECTOR_P, IIA_P, NOV_2018, null, null, TOUR));
    assertThat(r.producedBy(TOUR).describedAs(ADVICE).endingOn(Y2020))
        .isEqualTo(
            new RecordRelationship(MENTOR, DIRECTOR_P, IIA_P, NOV_2018, Y2020, ADVICE, TOUR));
    assertThat(r).isEqualTo(RecordRelationship.of(MENTOR, DIRECTOR_P, IIA_P, NOV_2018));
  }

  @Test
  void anIntroductionMayProduceIt() {
    RelationshipSource introduction =
        RelationshipSource.of(new IntroductionId(new UUID(0x1a7, 0x8000_0000_0000_0001L)));

    assertThat(
            RecordRelationship.of(MENTOR, DIRECTOR_P, IIA_P, NOV_2018)
                .producedBy(introduction)
                .source())
        .isEqualTo(introduction);
  }

  @Test
  void theTypeTheSidesAndTheStartAreRequired() {
    violations(
        () -> RecordRelationship.of(null, null, null, null),
        tuple("type", Violation.REQUIRED),
        tuple("from", Violation.REQUIRED),
        tuple("to", Violation.REQUIRED),
        tuple("start", Violation.REQUIRED));
    violation(
        () -> RecordRelationship.of(MENTOR, DIRECTOR_P, null, NOV_2018), "to", Violation.REQUIRED);
  }

  @Test
  void eachAdditionRefusesNothingWithARequiredViolation() {
    RecordRelationship r = RecordRelationship.of(MENTOR, DIRECTOR_P, IIA_P, NOV_2018);

    violation(() -> r.endingOn(null), "end", Violation.REQUIRED);
    violation(() -> r.describedAs(null), "description", Violation.REQUIRED);
    violation(() -> r.producedBy(null), "source", Violation.REQUIRED);
  }

  @Test
  void theDescriptionIsOneLineInEveryLanguage() {
    RecordRelationship r = RecordRelationship.of(MENTOR, DIRECTOR_P, IIA_P, NOV_2018);

    violation(
        () -> r.describedAs(vi("Dòng 1\nDòng 2")), "description.vi", Violation.CONTROL_CHARACTER);
    violation(
        () -> r.describedAs(viEn("Một dòng", "Line 1\r\nLine 2")),
        "description.en",
        Violation.CONTROL_CHARACTER);
    violations(
        () -> new RecordRelationship(null, DIRECTOR_P, IIA_P, null, null, vi("a\tb"), null),
        tuple("type", Violation.REQUIRED),
        tuple("start", Violation.REQUIRED),
        tuple("description.vi", Violation.CONTROL_CHARACTER));
  }
}

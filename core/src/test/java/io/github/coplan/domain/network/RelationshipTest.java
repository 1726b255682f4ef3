package io.github.coplan.domain.network;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipantKind;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RelationshipTest {

  private static final RelationshipId ID =
      new RelationshipId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
  private static final Participant.Organisation DOST =
      Participant.of(OrganisationId.of("00000000-0000-7000-8000-00000000000a"));
  private static final Participant.Organisation IIA =
      Participant.of(OrganisationId.of("00000000-0000-7000-8000-00000000000b"));
  private static final Participant.Person MINH =
      Participant.of(PersonId.of("00000000-0000-7000-8000-00000000000c"));
  private static final PartialDate Y2018 = PartialDate.ofYear(2018);
  private static final PartialDate NOV_2018 = PartialDate.ofMonth(2018, 11);
  private static final PartialDate Y2020 = PartialDate.ofYear(2020);
  private static final PlanId PLAN = PlanId.of("00000000-0000-7000-8000-0000000000ff");

  private static Relationship record(
      RelationshipType type, Participant from, Participant to, PartialDate start, PartialDate end) {
    return Relationship.record(ID, type, from, to, start, end, null, null, null, null);
  }

  @Test
  void theStandardTypesReadBothWaysAndAllowTheirSides() {
    assertThat(RelationshipType.STANDARD)
        .extracting(t -> t.code().code())
        .containsExactly("introduced_to", "investor_in", "mentor_of", "partner_of");
    assertThat(RelationshipType.INVESTOR_IN.label().original()).isEqualTo("investor in");
    assertThat(RelationshipType.INVESTOR_IN.reverseLabel().in("vi")).hasValue("được đầu tư bởi");
    assertThat(RelationshipType.PARTNER_OF.symmetric()).isTrue();
    assertThat(RelationshipType.INVESTOR_IN.allows(MINH, IIA)).isTrue();
    assertThat(RelationshipType.INVESTOR_IN.allows(IIA, MINH)).isFalse();
    assertThat(RelationshipType.MENTOR_OF.allows(MINH, DOST)).isTrue();
    assertThat(RelationshipType.MENTOR_OF.allows(DOST, MINH)).isFalse();
    assertThat(RelationshipType.PARTNER_OF.allows(DOST, IIA)).isTrue();
    assertThat(RelationshipType.PARTNER_OF.allows(MINH, IIA)).isFalse();
    assertThat(RelationshipType.INTRODUCED_TO.allows(MINH, MINH)).isTrue();
  }

  @Test
  void aTypeIsCheckedWhenMade() {
    LocalizedText label = LocalizedText.of("en", "advises");
    violations(
        () -> new RelationshipType(null, null, null, null, null, false),
        tuple("code", Violation.REQUIRED),
        tuple("label", Violation.REQUIRED),
        tuple("reverseLabel", Violation.REQUIRED),
        tuple("fromKinds", Violation.REQUIRED),
        tuple("toKinds", Violation.REQUIRED));
    violation(
        () ->
            new RelationshipType(
                RelationshipTypeCode.of("advises"),
                label,
                label,
                EnumSet.noneOf(ParticipantKind.class),
                EnumSet.allOf(ParticipantKind.class),
                false),
        "fromKinds",
        Violation.REQUIRED);
    violations(
        () ->
            new RelationshipType(
                RelationshipTypeCode.of("advises"),
                label,
                LocalizedText.of("en", "advised by"),
                EnumSet.of(ParticipantKind.PERSON),
                EnumSet.of(ParticipantKind.ORGANISATION),
                true),
        tuple("reverseLabel", Violation.OUT_OF_RANGE),
        tuple("toKinds", Violation.OUT_OF_RANGE));
    violation(() -> RelationshipTypeCode.of("Partner Of"), "code", Violation.MALFORMED);
    violation(() -> RelationshipTypeCode.of(null), "code", Violation.REQUIRED);
    assertThat(RelationshipTypeCode.of("co-founder_of.v2").toString())
        .isEqualTo("co-founder_of.v2");
  }

  @Test
  void aRelationshipIsActiveOnTheDaysItsDatesAllow() {
    Relationship r = record(RelationshipType.INVESTOR_IN, MINH, IIA, NOV_2018, Y2020);

    assertThat(r.isActiveOn(LocalDate.of(2018, 10, 31))).isFalse();
    assertThat(r.isActiveOn(LocalDate.of(2018, 11, 1))).isTrue();
    assertThat(r.isActiveOn(LocalDate.of(2020, 12, 31))).isTrue();
    assertThat(r.isActiveOn(LocalDate.of(2021, 1, 1))).isFalse();
    Relationship open = record(RelationshipType.INVESTOR_IN, MINH, IIA, NOV_2018, null);
    assertThat(open.isActiveOn(LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(open.revise(NOV_2018, Y2018, null).isActiveOn(LocalDate.of(2019, 1, 1))).isFalse();
  }

  @Test
  void eachSideMustBeOfAKindItsTypeAllowsThere() {
    rule(
        () -> record(RelationshipType.INVESTOR_IN, IIA, MINH, Y2018, null),
        RuleCode.RELATIONSHIP_SIDE_KIND);
    rule(
        () -> record(RelationshipType.MENTOR_OF, DOST, MINH, Y2018, null),
        RuleCode.RELATIONSHIP_SIDE_KIND);
    rule(
        () -> record(RelationshipType.PARTNER_OF, DOST, DOST, Y2018, null),
        RuleCode.RELATIONSHIP_SELF);
  }

  @Test
  void aSymmetricRelationshipKeepsItsSidesInOneOrder() {
    Relationship ab = record(RelationshipType.PARTNER_OF, DOST, IIA, Y2018, null);
    Relationship ba = record(RelationshipType.PARTNER_OF, IIA, DOST, Y2018, null);

    assertThat(ba).isEqualTo(ab);
    assertThat(ab.from()).isEqualTo(DOST);
    assertThat(ab.to()).isEqualTo(IIA);
    Relationship directed = record(RelationshipType.INTRODUCED_TO, IIA, DOST, Y2018, null);
    assertThat(directed.from()).isEqualTo(IIA);
    assertThat(directed.involves(DOST)).isTrue();
    assertThat(directed.involves(MINH)).isFalse();
  }

  @Test
  void badPartsAreListedTogether() {
    violations(
        () -> Relationship.record(null, null, null, null, null, null, null, null, null, 2),
        tuple("id", Violation.REQUIRED),
        tuple("type", Violation.REQUIRED),
        tuple("from", Violation.REQUIRED),
        tuple("to", Violation.REQUIRED),
        tuple("start", Violation.REQUIRED),
        tuple("contentArea", Violation.OUT_OF_RANGE));
    violation(
        () -> record(RelationshipType.INVESTOR_IN, MINH, IIA, Y2020, Y2018),
        "end",
        Violation.END_BEFORE_START);
  }

  @Test
  void itKeepsItsSourceAndPlan() {
    RelationshipSource tour =
        RelationshipSource.of(ActivityId.of("00000000-0000-7000-8000-0000000000aa"));
    Relationship r =
        Relationship.record(
            ID,
            RelationshipType.INTRODUCED_TO,
            MINH,
            IIA,
            NOV_2018,
            null,
            LocalizedText.of("en", "Met at the Authority's briefing"),
            tour,
            PLAN,
            1);

    assertThat(r.source()).isEqualTo(tour);
    assertThat(r.source()).hasToString("activity:00000000-0000-7000-8000-0000000000aa");
    assertThat(r.plan()).isEqualTo(PLAN);
    assertThat(r.contentArea()).isEqualTo(1);
    assertThat(r.version()).isZero();
    assertThat(Relationship.ForAdapters.withVersion(r, 3).version()).isEqualTo(3);
    assertThat(r.toString()).startsWith("Relationship[" + ID + " person:");
  }
}

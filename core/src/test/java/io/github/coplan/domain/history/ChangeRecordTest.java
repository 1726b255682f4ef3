package io.github.coplan.domain.history;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.testing.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeRecordTest {

  private static final UUID COMMAND = UUID.fromString("01890000-0000-7000-8000-000000000999");
  private static final Instant AT = Instant.parse("2018-11-20T05:00:00Z");
  private static final AggregateRef REF = AggregateRef.of(PLAN);
  private static final FieldChange STATUS = new FieldChange("status", "ACTIVE", "SUSPENDED");
  private static final FieldChange REASON = new FieldChange("statusReason", null, "Chờ ngân sách");

  private static ChangeRecord suspended(long sequence, long version) {
    return new ChangeRecord(
        sequence,
        COMMAND,
        Actor.APPLICATION,
        AT,
        REF,
        PLAN,
        version,
        "ChangePlanStatus.Suspend",
        "Chờ ngân sách",
        List.of(STATUS, REASON));
  }

  @Test
  void aRecordHoldsEveryPart() {
    ChangeRecord r = suspended(0, 5);

    assertThat(r.sequence()).isZero();
    assertThat(r.command()).isEqualTo(COMMAND);
    assertThat(r.actor()).isEqualTo(Actor.APPLICATION);
    assertThat(r.at()).isEqualTo(AT);
    assertThat(r.aggregate()).isEqualTo(new AggregateRef(AggregateKind.PLAN, PLAN.value()));
    assertThat(r.plan()).isEqualTo(PLAN);
    assertThat(r.version()).isEqualTo(5);
    assertThat(r.commandName()).isEqualTo("ChangePlanStatus.Suspend");
    assertThat(r.reason()).isEqualTo("Chờ ngân sách");
    assertThat(r.changes()).containsExactly(STATUS, REASON);
    assertThat(r).isEqualTo(suspended(0, 5)).isNotEqualTo(suspended(0, 6));
  }

  @Test
  void thePlanTheReasonAndTheChangesMayBeAbsentOrEmpty() {
    ChangeRecord r =
        new ChangeRecord(
            1,
            COMMAND,
            Actor.system("iati-import"),
            AT,
            AggregateRef.of(Fixtures.DOST),
            null,
            1,
            "RegisterOrganisation",
            null,
            List.of());

    assertThat(r.plan()).isNull();
    assertThat(r.reason()).isNull();
    assertThat(r.changes()).isEmpty();
  }

  @Test
  void withoutSomeFieldsKeepsEveryOtherPartAndTheOtherChanges() {
    ChangeRecord r = suspended(7, 5);

    ChangeRecord erased = r.without(java.util.Set.of("statusReason", "unknown"));

    assertThat(erased.changes()).containsExactly(STATUS);
    assertThat(erased).usingRecursiveComparison().ignoringFields("changes").isEqualTo(r);
    assertThat(r.without(java.util.Set.of("status", "statusReason")).changes()).isEmpty();
    assertThat(r.without(java.util.Set.of("unknown"))).isSameAs(r);
    violation(() -> r.without(null), "fields", Violation.REQUIRED);
  }

  @Test
  void aNegativeSequenceIsRefusedAndZeroIsANewRecord() {
    violation(() -> suspended(-1, 5), "sequence", Violation.OUT_OF_RANGE);
    violation(() -> suspended(Long.MIN_VALUE, 5), "sequence", Violation.OUT_OF_RANGE);
    assertThat(suspended(0, 5).sequence()).isZero();
  }

  @Test
  void aVersionStartsAtOne() {
    violation(() -> suspended(0, 0), "version", Violation.OUT_OF_RANGE);
    violation(() -> suspended(0, -1), "version", Violation.OUT_OF_RANGE);
    assertThat(suspended(0, 1).version()).isEqualTo(1);
  }

  @Test
  void everyMissingPartIsListedAtOnce() {
    violations(
        () -> new ChangeRecord(-1, COMMAND, null, null, null, null, 0, null, null, null),
        tuple("sequence", Violation.OUT_OF_RANGE),
        tuple("actor", Violation.REQUIRED),
        tuple("at", Violation.REQUIRED),
        tuple("aggregate", Violation.REQUIRED),
        tuple("version", Violation.OUT_OF_RANGE),
        tuple("commandName", Violation.REQUIRED),
        tuple("changes", Violation.REQUIRED));
  }

  @Test
  void aMissingChangeIsListedByItsIndex() {
    violation(
        () ->
            new ChangeRecord(
                0,
                COMMAND,
                Actor.APPLICATION,
                AT,
                REF,
                PLAN,
                1,
                "DraftPlan",
                null,
                Arrays.asList(STATUS, null)),
        "changes[1]",
        Violation.REQUIRED);
  }

  @Test
  void aMissingCommandIdIsRequired() {
    violations(
        () -> new ChangeRecord(0, null, null, AT, REF, PLAN, 1, "DraftPlan", null, List.of()),
        tuple("command", Violation.REQUIRED),
        tuple("actor", Violation.REQUIRED));
  }

  @Test
  void aCommandNameOrReasonWithASeparatorIsRefused() {
    violations(
        () ->
            new ChangeRecord(
                0,
                COMMAND,
                Actor.APPLICATION,
                AT,
                REF,
                PLAN,
                1,
                "Draft\u001ePlan",
                "a\u0000b",
                List.of()),
        tuple("commandName", Violation.MALFORMED),
        tuple("reason", Violation.MALFORMED));
  }

  @Test
  void withSequenceChangesTheSequenceOnly() {
    ChangeRecord fresh = suspended(0, 5);

    ChangeRecord stored = fresh.withSequence(42);

    assertThat(stored.sequence()).isEqualTo(42);
    assertThat(stored).isEqualTo(suspended(42, 5));
    assertThat(fresh.sequence()).isZero();
    violation(() -> fresh.withSequence(-1), "sequence", Violation.OUT_OF_RANGE);
    violation(() -> fresh.withSequence(0), "sequence", Violation.OUT_OF_RANGE);
  }

  @Test
  void changeFindsTheChangeOfAField() {
    ChangeRecord r = suspended(0, 5);

    assertThat(r.change("status")).isEqualTo(STATUS);
    assertThat(r.change("statusReason")).isEqualTo(REASON);
    assertThat(r.change("title")).isNull();
    assertThat(r.change("Status")).isNull();
  }

  @Test
  void theChangesAreACopyThatCannotBeChanged() {
    List<FieldChange> given = new ArrayList<>(List.of(STATUS));
    ChangeRecord r =
        new ChangeRecord(
            0,
            COMMAND,
            Actor.APPLICATION,
            AT,
            REF,
            PLAN,
            2,
            "ChangePlanStatus.Activate",
            null,
            given);

    given.add(REASON);

    assertThat(r.changes()).containsExactly(STATUS);
    assertThatThrownBy(() -> r.changes().add(REASON))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.changes().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(r.withSequence(3).changes()).containsExactly(STATUS);
  }

  @Test
  void anAggregateRefPrintsItsKindAndId() {
    assertThat(AggregateRef.of(PLAN)).hasToString("plan:" + PLAN.value());
    assertThat(AggregateRef.of(Fixtures.DOST)).hasToString("organisation:" + Fixtures.DOST.value());
    assertThat(AggregateRef.of(Fixtures.DIRECTOR))
        .hasToString("person:" + Fixtures.DIRECTOR.value());
    assertThat(AggregateRef.of(Fixtures.activityId(1)))
        .hasToString("activity:" + Fixtures.activityId(1).value());
  }

  @Test
  void anAggregateRefNeedsAKindAndAnId() {
    violations(
        () -> new AggregateRef(null, null),
        tuple("kind", Violation.REQUIRED),
        tuple("id", Violation.REQUIRED));
    violation(() -> AggregateRef.of((PlanId) null), "id", Violation.REQUIRED);
  }
}

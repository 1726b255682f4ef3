package io.github.coplan.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorFamilyTest {

  @Test
  void everyErrorHasItsStableCode() {
    assertThat(InvalidInputException.of("title", Violation.BLANK, "m").code())
        .isEqualTo("invalid-input");
    assertThat(new NotFoundException("plan", "x").code()).isEqualTo("not-found");
    assertThat(new ConflictException("plan", "x", 3).code()).isEqualTo("conflict");
    assertThat(new DuplicateException(DuplicateException.PLAN_CODE, "HCMC-IIA-2018").code())
        .isEqualTo("duplicate");
    assertThat(new RuleViolationException(RuleCode.PLAN_FROZEN, "d").code())
        .isEqualTo("plan.frozen");
    assertThat(new StorageException("disk full", null).code()).isEqualTo("storage-failure");
  }

  @Test
  void ruleCodesAreTheDocumentedOnes() {
    assertThat(Arrays.stream(RuleCode.values()).map(RuleCode::code))
        .containsExactly(
            "plan.illegal-transition",
            "plan.activation-needs-parties",
            "plan.activation-needs-period",
            "plan.frozen",
            "plan.party-exists",
            "plan.party-unknown",
            "plan.party-leads-activity",
            "plan.content-area-exists",
            "plan.content-area-unknown",
            "access.no-such-grant",
            "activity.illegal-transition",
            "activity.complete-needs-actual-dates",
            "activity.closed",
            "activity.self-parent",
            "activity.parent-cycle",
            "activity.parent-other-plan",
            "participation.exists",
            "participation.unknown",
            "participation.illegal-transition",
            "stop.unknown",
            "stop.illegal-transition",
            "stop.activity-not-under-way",
            "stop.overlap",
            "stop.outside-activity",
            "stop.host-not-participant",
            "stop.attendee-not-member",
            "relationship.side-kind",
            "relationship.self",
            "relationship.type-unknown",
            "relationship.source-unrelated",
            "relationship-type.sides-fixed",
            "organisation.parent-cycle",
            "history.incomplete",
            "profile.illegal-transition",
            "profile.expired",
            "profile.already-extended",
            "profile.extension-too-early",
            "profile.unknown-category",
            "category.parent-unknown",
            "category.moved",
            "introduction.not-a-match",
            "introduction.illegal-transition",
            "introduction.closed-for-interest",
            "introduction.unknown-document",
            "observation.illegal-transition",
            "indicator.derived",
            "indicator.not-derived",
            "export.not-valid");
  }

  @Test
  void errorsCarryWhatWasRefused() {
    NotFoundException notFound = new NotFoundException("activity", "abc");
    assertThat(notFound.kind()).isEqualTo("activity");
    assertThat(notFound.id()).isEqualTo("abc");
    assertThat(notFound).hasMessage("activity not found: abc");

    ConflictException conflict = new ConflictException("plan", "p1", 4);
    assertThat(conflict.kind()).isEqualTo("plan");
    assertThat(conflict.id()).contains("p1");
    assertThat(conflict.expectedVersion()).hasValue(4L);
    assertThat(conflict.isStaleVersion()).isTrue();

    IllegalStateException last = new IllegalStateException("40001");
    ConflictException transaction = ConflictException.transactionConflict(5, last);
    assertThat(transaction.kind()).isEqualTo(ConflictException.TRANSACTION);
    assertThat(transaction.id()).isEmpty();
    assertThat(transaction.expectedVersion()).isEmpty();
    assertThat(transaction.isStaleVersion()).isFalse();
    assertThat(transaction.code()).isEqualTo("conflict");
    assertThat(transaction)
        .hasCause(last)
        .hasMessage(
            "the unit of work met a concurrent transaction on each of its 5 attempts; nothing was changed");
    assertThat(ConflictException.transactionConflict(1, null))
        .hasNoCause()
        .hasMessage(
            "the unit of work met a concurrent transaction on each of its 1 attempt; nothing was changed");

    DuplicateException duplicate =
        new DuplicateException(DuplicateException.ORGANISATION_IDENTIFIER, "IATI:XM-1");
    assertThat(duplicate.what()).isEqualTo("organisation.identifier");
    assertThat(duplicate.value()).isEqualTo("IATI:XM-1");

    RuleViolationException rule =
        new RuleViolationException(RuleCode.ACTIVITY_CLOSED, "activity a is COMPLETED");
    assertThat(rule.rule()).isEqualTo(RuleCode.ACTIVITY_CLOSED);
    assertThat(rule).hasMessage("activity.closed: activity a is COMPLETED");

    IOException cause = new IOException("disk");
    assertThat(new StorageException("write failed", cause))
        .hasCause(cause)
        .hasMessage("write failed");
  }

  @Test
  void anInvalidInputListsEveryViolationAndCanBeNested() {
    InvalidInputException e =
        new InvalidInputException(
            List.of(
                new Violation("start", Violation.MALFORMED, "a"),
                new Violation("end", Violation.END_BEFORE_START, "b")));

    assertThat(e.under("planned").violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            tuple("planned.start", "malformed"), tuple("planned.end", "end-before-start"));
    assertThat(e).hasMessage("invalid input: start: malformed (a); end: end-before-start (b)");
    assertThat(e.violations()).isUnmodifiable();
  }

  @Test
  void everyErrorIsACoplanException() {
    assertThat(
            List.of(
                InvalidInputException.of("", "x", "m"),
                new NotFoundException("plan", "x"),
                new ConflictException("plan", "x", 1),
                new DuplicateException(DuplicateException.ID, "x"),
                new RuleViolationException(RuleCode.PLAN_FROZEN, "d"),
                new StorageException("m", null)))
        .allSatisfy(
            e ->
                assertThat(e)
                    .isInstanceOf(CoplanException.class)
                    .isInstanceOf(RuntimeException.class));
  }

  @Test
  void anInvalidInputWithoutAViolationIsAProgrammingError() {
    assertThatThrownBy(() -> new InvalidInputException(List.of()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("an invalid input needs at least one violation");
  }
}

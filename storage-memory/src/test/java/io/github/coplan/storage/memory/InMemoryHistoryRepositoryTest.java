package io.github.coplan.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.plan.PlanId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the in-memory history promises beyond the contract: sequence numbers without gaps, even
 * after a rolled-back unit, limits that are exact, and bad input named by its path.
 */
class InMemoryHistoryRepositoryTest {

  private static final PlanId PLAN =
      new PlanId(UUID.fromString("01890000-0000-7000-8000-000000000201"));

  private final InMemoryStorage storage = InMemoryStorage.create();

  private static ChangeRecord record(long version) {
    return new ChangeRecord(
        0,
        UUID.fromString("01890000-0000-7000-8000-00000000c0de"),
        Actor.APPLICATION,
        Instant.parse("2019-01-01T00:00:00Z"),
        AggregateRef.of(PLAN),
        PLAN,
        version,
        "Test",
        null,
        List.of());
  }

  @Test
  void aRolledBackAppendGivesItsSequenceNumbersBack() {
    storage.inTransaction(r -> r.history().append(List.of(record(1), record(2))));
    IllegalStateException failed =
        catchThrowableOfType(
            IllegalStateException.class,
            () ->
                storage.inTransaction(
                    r -> {
                      r.history().append(List.of(record(3)));
                      throw new IllegalStateException("the unit fails");
                    }));
    assertThat(failed).hasMessage("the unit fails");

    List<ChangeRecord> stored = storage.inTransaction(r -> r.history().append(List.of(record(3))));

    assertThat(stored).extracting(ChangeRecord::sequence).containsExactly(3L);
  }

  @Test
  void aLimitIsExact() {
    storage.inTransaction(r -> r.history().append(List.of(record(1), record(2), record(3))));

    List<ChangeRecord> newest =
        storage.readOnly(r -> r.history().ofAggregate(AggregateRef.of(PLAN), Long.MAX_VALUE, 2));
    List<ChangeRecord> oldest = storage.readOnly(r -> r.history().ofPlan(PLAN, 0, 2));

    assertThat(newest).extracting(ChangeRecord::version).containsExactly(3L, 2L);
    assertThat(oldest).extracting(ChangeRecord::sequence).containsExactly(1L, 2L);
  }

  @Test
  void aLimitBelowOneAndAMissingRecordAreRefusedByPath() {
    InvalidInputException byAggregate =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> storage.readOnly(r -> r.history().ofAggregate(AggregateRef.of(PLAN), 5, 0)));
    InvalidInputException byPlan =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> storage.readOnly(r -> r.history().ofPlan(PLAN, 0, 0)));
    InvalidInputException missing =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> storage.inTransaction(r -> r.history().append(Arrays.asList(record(1), null))));

    assertThat(byAggregate.violations().get(0).path()).isEqualTo("limit");
    assertThat(byPlan.violations().get(0).path()).isEqualTo("limit");
    assertThat(missing.violations().get(0).path()).isEqualTo("records[1]");
    List<ChangeRecord> none = storage.readOnly(r -> r.history().ofPlan(PLAN, 0, 10));
    assertThat(none).isEmpty();
  }
}

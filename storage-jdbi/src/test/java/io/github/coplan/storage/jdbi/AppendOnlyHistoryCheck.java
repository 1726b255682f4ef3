package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import java.util.List;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The history table refuses {@code UPDATE} and {@code DELETE} from any client, not only through
 * Coplan's API: a trigger raises an error and the rows stay as they were.
 */
abstract class AppendOnlyHistoryCheck {

  private JdbiStorage storage;
  private CooperationPlan plan;

  abstract JdbiStorage createStorage();

  @BeforeEach
  void draft() {
    storage = createStorage();
    UseCases coplan = Fixtures.coplan(storage);
    plan =
        coplan
            .plans()
            .draft(new DraftPlan(PlanCode.of("APPEND-ONLY"), Fixtures.viEn("Kế hoạch", "Plan")));
  }

  @AfterEach
  void close() {
    storage.close();
  }

  private List<ChangeRecord> history() {
    return storage.readOnly(
        r -> r.history().ofAggregate(AggregateRef.of(plan.id()), Long.MAX_VALUE, 10));
  }

  @Test
  void anUpdateOfTheHistoryIsRefused() {
    List<ChangeRecord> before = history();

    assertThatThrownBy(
            () ->
                storage.withHandle(
                    false,
                    h ->
                        h.createUpdate("UPDATE coplan_change_record SET reason = 'rewritten'")
                            .execute()))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("append-only");
    assertThat(history()).hasSize(1).isEqualTo(before);
  }

  @Test
  void aDeleteFromTheHistoryIsRefused() {
    List<ChangeRecord> before = history();

    assertThatThrownBy(
            () ->
                storage.withHandle(
                    false, h -> h.createUpdate("DELETE FROM coplan_change_record").execute()))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("append-only");
    assertThat(history()).hasSize(1).isEqualTo(before);
  }
}

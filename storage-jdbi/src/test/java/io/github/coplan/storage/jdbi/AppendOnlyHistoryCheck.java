package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ForgetPerson;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.shared.CountryCode;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The history table refuses {@code UPDATE} and {@code DELETE} from any client, not only through
 * Coplan's API: a trigger raises an error and the rows stay as they were. An erasure passes the
 * trigger only for its own rewrite: the switch is off again right after it, in its unit, and after
 * it.
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
  void theErasureSwitchIsOffAgainRightAfterAnErasureInItsOwnUnit() {
    List<ChangeRecord> before = history();
    assertThat(before.get(0).change("title")).isNotNull();

    assertThatThrownBy(
            () ->
                storage.inTransaction(
                    r -> {
                      r.history().erase(AggregateRef.of(plan.id()), Set.of("title"));
                      return ((Unit) r)
                          .handle()
                          .createUpdate("UPDATE coplan_change_record SET reason = 'rewritten'")
                          .execute();
                    }))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("append-only");
    assertThat(history()).as("the erasure was rolled back with its unit").isEqualTo(before);
  }

  @Test
  void afterAForgetTheHistoryIsAppendOnlyAgain() {
    UseCases coplan = Fixtures.coplan(storage);
    Person person =
        coplan
            .people()
            .register(
                new RegisterPerson(PersonProfile.of("Nguyễn Văn A", CountryCode.VN), List.of()));
    coplan.people().forget(new ForgetPerson(person.id(), "request"));
    List<ChangeRecord> before =
        storage.readOnly(
            r -> r.history().ofAggregate(AggregateRef.of(person.id()), Long.MAX_VALUE, 10));

    assertThatThrownBy(
            () ->
                storage.withHandle(
                    false,
                    h -> h.createUpdate("UPDATE coplan_change_record SET changes = ''").execute()))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("append-only");
    List<ChangeRecord> after =
        storage.readOnly(
            r -> r.history().ofAggregate(AggregateRef.of(person.id()), Long.MAX_VALUE, 10));
    assertThat(after).hasSize(2).isEqualTo(before);
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

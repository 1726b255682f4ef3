package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.shared.DateSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commands grouped with {@code Coplan.inTransaction} or {@code useTransaction} are one change: all
 * committed when the work returns, none when it throws, whichever command fails and whatever kind
 * of error it raises. Inside the group each command sees what the earlier ones wrote.
 */
public abstract class CommandGroupContract extends StorageContract {

  private Organisation dost;
  private Organisation iia;

  /** For subclasses. */
  protected CommandGroupContract() {}

  /** Registers the two organisations every plan here is agreed between. */
  @BeforeEach
  protected void registerParties() {
    dost = coplan().organisations().register(new RegisterOrganisation(dostHcmcProfile()));
    iia =
        coplan()
            .organisations()
            .register(new RegisterOrganisation(israelInnovationAuthorityProfile()));
  }

  private static DraftPlan draft(String code) {
    return new DraftPlan(PlanCode.of(code), en("Cooperation plan"))
        .withPeriod(DateSpan.parse("2018/2021"));
  }

  private static ActivityDetails week() {
    return ActivityDetails.builder()
        .contentArea(5)
        .type(ActivityType.EVENT_SHOWCASE)
        .planned(DateSpan.parse("2018-Q4"))
        .title(en("Innovation and Startup Week"))
        .build();
  }

  /** A failure in the third command leaves nothing of the first two: not the plan, not its code. */
  @Test
  public void aMissingOrganisationInTheThirdCommandLeavesNothingOfTheFirstTwo() {
    OrganisationId unknown = new OrganisationId(new UUID(0, 42));
    NotFoundException e =
        assertRefused(
            NotFoundException.class,
            () ->
                coplan()
                    .useTransaction(
                        tx -> {
                          CooperationPlan plan = tx.plans().draft(draft("HCMC-IIA-2018"));
                          tx.plans()
                              .addParty(
                                  new AddParty(
                                      plan.id(), Party.of(dost.id(), PartyRole.IMPLEMENTING)));
                          tx.plans()
                              .addParty(
                                  new AddParty(
                                      plan.id(), Party.of(unknown, PartyRole.IMPLEMENTING)));
                        }));
    assertThat(e.kind()).isEqualTo("organisation");
    assertThat(e.id()).isEqualTo(unknown.toString());
    assertThat(coplan().plans().findByCode(PlanCode.of("HCMC-IIA-2018"))).isEmpty();
    CooperationPlan again = coplan().plans().draft(draft("HCMC-IIA-2018"));
    assertThat(again.version()).isEqualTo(1);
  }

  /** A domain rule refusing the third command undoes the two before it. */
  @Test
  public void aRuleRefusingTheThirdCommandLeavesNothingOfTheFirstTwo() {
    RuleViolationException e =
        assertRefused(
            RuleViolationException.class,
            () ->
                coplan()
                    .inTransaction(
                        tx -> {
                          CooperationPlan plan = tx.plans().draft(draft("HCMC-IIA-2018"));
                          tx.plans()
                              .addParty(
                                  new AddParty(
                                      plan.id(), Party.of(dost.id(), PartyRole.IMPLEMENTING)));
                          return tx.plans().changeStatus(ChangePlanStatus.activate(plan.id()));
                        }));
    assertThat(e.rule()).isEqualTo(RuleCode.PLAN_ACTIVATION_NEEDS_PARTIES);
    assertThat(coplan().plans().findByCode(PlanCode.of("HCMC-IIA-2018"))).isEmpty();
  }

  /**
   * Invalid input raised in the work (here by a command's own check) undoes what came before it.
   */
  @Test
  public void invalidInputInTheThirdStepLeavesNothingOfTheFirstTwo() {
    InvalidInputException e =
        assertRefused(
            InvalidInputException.class,
            () ->
                coplan()
                    .useTransaction(
                        tx -> {
                          CooperationPlan plan = tx.plans().draft(draft("HCMC-IIA-2018"));
                          tx.plans()
                              .addContentArea(
                                  new AddContentArea(
                                      plan.id(), new ContentArea(5, contentAreaTitle(5))));
                          tx.plans().changeStatus(ChangePlanStatus.suspend(plan.id(), " "));
                        }));
    assertViolations(e, "reason:blank");
    assertThat(coplan().plans().findByCode(PlanCode.of("HCMC-IIA-2018"))).isEmpty();
  }

  /** An error of the application's own passes through unchanged, and undoes the group. */
  @Test
  public void anApplicationErrorPassesThroughAndUndoesTheGroup() {
    Map<String, Object> before = snapshot();
    IllegalArgumentException own = new IllegalArgumentException("the application's own check");
    IllegalArgumentException e =
        thrown(
            IllegalArgumentException.class,
            () ->
                coplan()
                    .useTransaction(
                        tx -> {
                          tx.plans().draft(draft("HCMC-IIA-2018"));
                          throw own;
                        }));
    assertThat(e).isSameAs(own);
    assertThat(snapshot()).isEqualTo(before);
    assertThat(coplan().plans().findByCode(PlanCode.of("HCMC-IIA-2018"))).isEmpty();
  }

  /**
   * A group that returns commits every command, each seeing the earlier ones' writes: a plan
   * drafted, given parties and a content area, activated, and an activity proposed and planned in
   * it.
   */
  @Test
  public void aGroupThatReturnsCommitsEveryCommandInOrder() {
    Activity planned =
        coplan()
            .inTransaction(
                tx -> {
                  CooperationPlan plan = tx.plans().draft(draft("HCMC-IIA-2018"));
                  tx.plans()
                      .addParty(
                          new AddParty(plan.id(), Party.of(dost.id(), PartyRole.IMPLEMENTING)));
                  tx.plans()
                      .addParty(
                          new AddParty(plan.id(), Party.of(iia.id(), PartyRole.IMPLEMENTING)));
                  tx.plans()
                      .addContentArea(
                          new AddContentArea(plan.id(), new ContentArea(5, contentAreaTitle(5))));
                  tx.plans().changeStatus(ChangePlanStatus.activate(plan.id()).expecting(4));
                  Activity week = tx.activities().propose(new ProposeActivity(plan.id(), week()));
                  assertThat(tx.activities().get(week.id())).isEqualTo(week);
                  assertThat(
                          tx.reports()
                              .progress(plan.id(), LocalDate.of(2018, 9, 1))
                              .progress()
                              .count(ActivityStatus.PROPOSED))
                      .isEqualTo(1);
                  return tx.activities()
                      .changeStatus(ChangeActivityStatus.plan(week.id()).expecting(1));
                });

    CooperationPlan plan = coplan().plans().findByCode(PlanCode.of("HCMC-IIA-2018")).orElseThrow();
    assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
    assertThat(plan.version()).isEqualTo(5);
    assertThat(plan.parties()).extracting(Party::organisation).containsExactly(dost.id(), iia.id());
    assertThat(plan.contentAreas()).extracting(ContentArea::number).containsExactly(5);
    assertThat(planned.status()).isEqualTo(ActivityStatus.PLANNED);
    assertThat(planned.version()).isEqualTo(2);
    assertThat(planned.plan()).isEqualTo(plan.id());
    assertThat(coplan().activities().get(planned.id())).isEqualTo(planned);
  }

  /** A stale expected version inside a group refuses the group, as it refuses a single command. */
  @Test
  public void aStaleExpectedVersionInAGroupUndoesIt() {
    CooperationPlan plan = coplan().plans().draft(draft("HCMC-IIA-2018"));
    Map<String, Object> before = snapshot();
    thrown(
        io.github.coplan.domain.error.ConflictException.class,
        () ->
            coplan()
                .useTransaction(
                    tx -> {
                      tx.plans()
                          .addParty(
                              new AddParty(plan.id(), Party.of(dost.id(), PartyRole.IMPLEMENTING)));
                      tx.plans()
                          .addParty(
                              new AddParty(plan.id(), Party.of(iia.id(), PartyRole.IMPLEMENTING))
                                  .expecting(1));
                    }));
    assertThat(snapshot()).isEqualTo(before);
    assertThat(coplan().plans().get(plan.id()).parties()).isEmpty();
  }

  /** Missing work is refused as invalid input, before any transaction is opened. */
  @Test
  @SuppressWarnings("NullAway") // hands null to the API on purpose
  public void missingWorkIsRefusedAsInvalidInput() {
    assertViolations(
        thrown(
            InvalidInputException.class,
            () -> coplan().inTransaction((Function<Object, Object>) null)),
        "work:required");
    assertViolations(
        thrown(InvalidInputException.class, () -> coplan().useTransaction((Consumer<Object>) null)),
        "work:required");
  }

  /** Groups after a failed one work as usual: the failure left no transaction open. */
  @Test
  public void aFailedGroupLeavesTheStoreUsable() {
    List<String> seen = new ArrayList<>();
    thrown(
        RuleViolationException.class,
        () ->
            coplan()
                .useTransaction(
                    tx -> {
                      CooperationPlan plan = tx.plans().draft(draft("HCMC-IIA-2018"));
                      seen.add(plan.code().value());
                      tx.plans().changeStatus(ChangePlanStatus.complete(plan.id()));
                    }));
    CooperationPlan plan = coplan().inTransaction(tx -> tx.plans().draft(draft("HCMC-IIA-2018")));
    assertThat(seen).contains("HCMC-IIA-2018");
    assertThat(coplan().plans().get(plan.id())).isEqualTo(plan);
  }
}

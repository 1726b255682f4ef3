package io.github.coplan.application.internal;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddDocument;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangeParty;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.DescribePlan;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.PlanUseCases;
import io.github.coplan.application.RemoveParty;
import io.github.coplan.application.RenameContentArea;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.port.storage.Repositories;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Carries out {@link PlanUseCases}. Thread-safe. */
final class PlanService implements PlanUseCases {

  private final Units units;
  private final IdSource ids;

  PlanService(Units units, IdSource ids) {
    this.units = units;
    this.ids = ids;
  }

  @Override
  public CooperationPlan draft(DraftPlan command) {
    Services.required("command", command);
    CooperationPlan plan =
        CooperationPlan.draft(
            new PlanId(ids.nextId()),
            command.code(),
            command.title(),
            command.summary(),
            command.period());
    return units.write(command, r -> r.plans().insert(plan));
  }

  @Override
  public CooperationPlan describe(DescribePlan command) {
    Services.required("command", command);
    return change(
        command,
        command.plan(),
        command.expectedVersion(),
        p -> p.describe(command.title(), command.summary(), command.period()));
  }

  @Override
  public CooperationPlan addParty(AddParty command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          CooperationPlan plan = current(r, command.plan(), command.expectedVersion());
          Services.organisation(r, command.party().organisation());
          return r.plans().update(plan.addParty(command.party()));
        });
  }

  @Override
  public CooperationPlan changeParty(ChangeParty command) {
    Services.required("command", command);
    return change(
        command, command.plan(), command.expectedVersion(), p -> p.changeParty(command.party()));
  }

  @Override
  public CooperationPlan removeParty(RemoveParty command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          // The plan is read first: in a writing unit that keeps it as read (locked, on
          // PostgreSQL), so an
          // activity led by the party cannot be proposed or revised beside this unit until it ends.
          CooperationPlan plan = current(r, command.plan(), command.expectedVersion());
          CooperationPlan changed = plan.removeParty(command.organisation());
          ActivityQuery led =
              ActivityQuery.builder()
                  .plan(plan.id())
                  .leadParty(command.organisation())
                  .pageSize(1)
                  .build();
          if (!r.activities().search(led).items().isEmpty()) {
            throw new RuleViolationException(
                RuleCode.PLAN_PARTY_LEADS_ACTIVITY,
                command.organisation()
                    + " leads an activity of plan "
                    + plan.code()
                    + "; give the activity another lead party first");
          }
          return r.plans().update(changed);
        });
  }

  @Override
  public CooperationPlan addContentArea(AddContentArea command) {
    Services.required("command", command);
    return change(
        command,
        command.plan(),
        command.expectedVersion(),
        p -> p.addContentArea(command.contentArea()));
  }

  @Override
  public CooperationPlan renameContentArea(RenameContentArea command) {
    Services.required("command", command);
    return change(
        command,
        command.plan(),
        command.expectedVersion(),
        p -> p.renameContentArea(command.contentArea()));
  }

  @Override
  public CooperationPlan addDocument(AddDocument command) {
    Services.required("command", command);
    return change(
        command, command.plan(), command.expectedVersion(), p -> p.addDocument(command.document()));
  }

  @Override
  public CooperationPlan changeStatus(ChangePlanStatus command) {
    Services.required("command", command);
    return change(command, command.plan(), command.expectedVersion(), p -> transition(p, command));
  }

  private static CooperationPlan transition(CooperationPlan p, ChangePlanStatus command) {
    if (command instanceof ChangePlanStatus.Activate) {
      return p.activate();
    } else if (command instanceof ChangePlanStatus.Suspend c) {
      return p.suspend(c.reason());
    } else if (command instanceof ChangePlanStatus.Resume) {
      return p.resume();
    } else if (command instanceof ChangePlanStatus.Complete) {
      return p.complete();
    }
    return p.cancel(((ChangePlanStatus.Cancel) command).reason());
  }

  @Override
  public CooperationPlan get(PlanId id) {
    Services.required("id", id);
    return units.read(r -> Services.plan(r, id));
  }

  @Override
  public Optional<CooperationPlan> findByCode(PlanCode code) {
    Services.required("code", code);
    return units.read(r -> r.plans().findByCode(code));
  }

  private CooperationPlan change(
      Object command,
      PlanId id,
      @Nullable Long expectedVersion,
      UnaryOperator<CooperationPlan> change) {
    return units.write(
        command, r -> r.plans().update(change.apply(current(r, id, expectedVersion))));
  }

  private static CooperationPlan current(
      Repositories r, PlanId id, @Nullable Long expectedVersion) {
    CooperationPlan plan = Services.plan(r, id);
    Services.checkVersion("plan", plan.id(), plan.version(), expectedVersion);
    return plan;
  }

  @Override
  public Page<CooperationPlan> search(PlanQuery query) {
    Services.required("query", query);
    return units.read(r -> r.plans().search(query));
  }
}

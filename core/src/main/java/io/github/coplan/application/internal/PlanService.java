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
import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.port.storage.Storage;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Carries out {@link PlanUseCases}. Thread-safe. */
final class PlanService implements PlanUseCases {

  private final Storage storage;
  private final IdSource ids;

  PlanService(Storage storage, IdSource ids) {
    this.storage = storage;
    this.ids = ids;
  }

  @Override
  public CooperationPlan draft(DraftPlan command) {
    Services.required("command", command);
    CooperationPlan plan =
        CooperationPlan.draft(new PlanId(ids.nextId()), command.code(), command.title(), command.summary(), command.period());
    return storage.inTransaction(r -> r.plans().insert(plan));
  }

  @Override
  public CooperationPlan describe(DescribePlan command) {
    Services.required("command", command);
    return change(command.plan(), p -> {
      Services.checkVersion("plan", p.id(), p.version(), command.expectedVersion());
      return p.describe(command.title(), command.summary(), command.period());
    });
  }

  @Override
  public CooperationPlan addParty(AddParty command) {
    Services.required("command", command);
    return storage.inTransaction(r -> {
      CooperationPlan plan = Services.plan(r, command.plan());
      Services.organisation(r, command.party().organisation());
      return r.plans().update(plan.addParty(command.party()));
    });
  }

  @Override
  public CooperationPlan changeParty(ChangeParty command) {
    Services.required("command", command);
    return change(command.plan(), p -> {
      Services.checkVersion("plan", p.id(), p.version(), command.expectedVersion());
      return p.changeParty(command.party());
    });
  }

  @Override
  public CooperationPlan removeParty(RemoveParty command) {
    Services.required("command", command);
    return storage.inTransaction(r -> {
      // The plan is read first: in a writing unit that keeps it as read (locked, on PostgreSQL), so an
      // activity led by the party cannot be proposed or revised beside this unit until it ends.
      CooperationPlan plan = Services.plan(r, command.plan());
      Services.checkVersion("plan", plan.id(), plan.version(), command.expectedVersion());
      CooperationPlan changed = plan.removeParty(command.organisation());
      ActivityQuery led = ActivityQuery.builder().plan(plan.id()).leadParty(command.organisation()).pageSize(1).build();
      if (!r.activities().search(led).items().isEmpty()) {
        throw new RuleViolationException(RuleCode.PLAN_PARTY_LEADS_ACTIVITY,
            command.organisation() + " leads an activity of plan " + plan.code() + "; give the activity another lead party first");
      }
      return r.plans().update(changed);
    });
  }

  @Override
  public CooperationPlan addContentArea(AddContentArea command) {
    Services.required("command", command);
    return change(command.plan(), p -> p.addContentArea(command.contentArea()));
  }

  @Override
  public CooperationPlan renameContentArea(RenameContentArea command) {
    Services.required("command", command);
    return change(command.plan(), p -> {
      Services.checkVersion("plan", p.id(), p.version(), command.expectedVersion());
      return p.renameContentArea(command.contentArea());
    });
  }

  @Override
  public CooperationPlan addDocument(AddDocument command) {
    Services.required("command", command);
    return change(command.plan(), p -> p.addDocument(command.document()));
  }

  @Override
  public CooperationPlan changeStatus(ChangePlanStatus command) {
    Services.required("command", command);
    return change(command.plan(), p -> switch (command.transition()) {
      case ACTIVATE -> p.activate();
      case SUSPEND -> p.suspend(command.reason());
      case RESUME -> p.resume();
      case COMPLETE -> p.complete();
      case CANCEL -> p.cancel(command.reason());
    });
  }

  @Override
  public CooperationPlan get(PlanId id) {
    Services.required("id", id);
    return storage.readOnly(r -> Services.plan(r, id));
  }

  @Override
  public Optional<CooperationPlan> findByCode(PlanCode code) {
    Services.required("code", code);
    return storage.readOnly(r -> r.plans().findByCode(code));
  }

  @Override
  public Page<CooperationPlan> search(PlanQuery query) {
    Services.required("query", query);
    return storage.readOnly(r -> r.plans().search(query));
  }

  private CooperationPlan change(PlanId id, UnaryOperator<CooperationPlan> change) {
    return storage.inTransaction(r -> r.plans().update(change.apply(Services.plan(r, id))));
  }
}

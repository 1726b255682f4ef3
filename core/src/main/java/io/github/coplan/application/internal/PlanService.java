package io.github.coplan.application.internal;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddDocument;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangeParty;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.ChangeVisibility;
import io.github.coplan.application.DescribePlan;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.GrantRole;
import io.github.coplan.application.PlanUseCases;
import io.github.coplan.application.RemoveParty;
import io.github.coplan.application.RenameContentArea;
import io.github.coplan.application.RevokeRole;
import io.github.coplan.domain.access.AccessTable;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.Snapshots;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.port.storage.Repositories;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
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
    Actor actor = units.actor();
    List<Grant> grants =
        actor instanceof Actor.Person person
            ? List.of(Grant.of(Principal.person(person.id()), PlanRole.ADMINISTRATOR))
            : List.of();
    return units.write(
        command,
        r -> {
          CooperationPlan stored = r.plans().insert(plan);
          r.access().insert(PlanAccess.of(plan.id(), grants));
          return stored;
        });
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
          require(r, command, command.plan());
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
          require(r, command, command.plan());
          // The plan is read first: in a writing unit that keeps it as read (locked, on
          // PostgreSQL), so an activity led by the party cannot be proposed or revised beside this
          // unit until it ends.
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
    return units.read(
        r -> {
          CooperationPlan plan = Services.plan(r, id);
          units.guard().requireVisible(r, id, () -> notFound(id));
          return plan;
        });
  }

  @Override
  public CooperationPlan asOf(PlanId id, Instant at) {
    Services.required("id", id);
    Services.required("at", at);
    return units.read(
        r -> {
          CooperationPlan plan = Services.plan(r, id);
          units.guard().requireVisible(r, id, () -> notFound(id));
          AsOf.Folded then = AsOf.fold(r, AggregateRef.of(id), plan.version(), at);
          if (then == null) {
            throw notFound(id);
          }
          return Snapshots.plan(id, then.version(), then.fields());
        });
  }

  @Override
  public Optional<CooperationPlan> findByCode(PlanCode code) {
    Services.required("code", code);
    return units.read(r -> r.plans().findByCode(code).filter(p -> units.guard().sees(r, p.id())));
  }

  private CooperationPlan change(
      Object command,
      PlanId id,
      @Nullable Long expectedVersion,
      UnaryOperator<CooperationPlan> change) {
    return units.write(
        command,
        r -> {
          require(r, command, id);
          return r.plans().update(change.apply(current(r, id, expectedVersion)));
        });
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
    return units.read(r -> r.plans().search(query.withVisibleTo(units.guard().principals(r))));
  }

  @Override
  public PlanAccess grant(GrantRole command) {
    Services.required("command", command);
    return changeAccess(
        command,
        command.plan(),
        command.expectedVersion(),
        (r, a) -> {
          if (command.grant().principal() instanceof Principal.Person p) {
            Services.person(r, p.id());
          } else {
            Services.organisation(r, ((Principal.StaffOf) command.grant().principal()).id());
          }
          return a.grant(command.grant());
        });
  }

  @Override
  public PlanAccess revoke(RevokeRole command) {
    Services.required("command", command);
    return changeAccess(
        command,
        command.plan(),
        command.expectedVersion(),
        (r, a) -> a.revoke(command.principal(), command.role()));
  }

  @Override
  public PlanAccess changeVisibility(ChangeVisibility command) {
    Services.required("command", command);
    return changeAccess(
        command,
        command.plan(),
        command.expectedVersion(),
        (r, a) -> a.withVisibility(command.visibility()));
  }

  @Override
  public PlanAccess access(PlanId plan) {
    Services.required("plan", plan);
    return units.read(
        r -> {
          Services.plan(r, plan);
          units.guard().requireVisible(r, plan, () -> notFound(plan));
          return Guard.accessOf(r, plan);
        });
  }

  private PlanAccess changeAccess(
      Object command,
      PlanId plan,
      @Nullable Long expectedVersion,
      BiFunction<Repositories, PlanAccess, PlanAccess> change) {
    return units.write(
        command,
        r -> {
          require(r, command, plan);
          Services.plan(r, plan);
          PlanAccess current = Guard.accessOf(r, plan);
          Services.checkVersion(
              "plan access", plan, Math.max(current.version(), 1), expectedVersion);
          PlanAccess changed = change.apply(r, current);
          return current.version() == 0 ? r.access().insert(changed) : r.access().update(changed);
        });
  }

  /** Requires the permission the command needs on the plan, before anything is read to change. */
  private void require(Repositories r, Object command, PlanId plan) {
    units
        .guard()
        .require(
            r, plan, AccessTable.permissionFor(Units.nameOf(command)), null, () -> notFound(plan));
  }

  private static NotFoundException notFound(PlanId plan) {
    return new NotFoundException("plan", plan.toString());
  }
}

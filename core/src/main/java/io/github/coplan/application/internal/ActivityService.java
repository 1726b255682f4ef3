package io.github.coplan.application.internal;

import io.github.coplan.application.ActivityUseCases;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangeParticipation;
import io.github.coplan.application.MoveActivity;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.ReviseActivity;
import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.Repositories;
import io.github.coplan.port.storage.Storage;
import java.time.LocalDate;
import java.util.HashSet;

import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** Carries out {@link ActivityUseCases}. Thread-safe. */
final class ActivityService implements ActivityUseCases {

  private final Storage storage;
  private final IdSource ids;

  ActivityService(Storage storage, IdSource ids) {
    this.storage = storage;
    this.ids = ids;
  }

  @Override
  public Activity propose(ProposeActivity command) {
    Services.required("command", command);
    Activity activity = Activity.propose(new ActivityId(ids.nextId()), command.plan(), command.details(), command.parent());
    return storage.inTransaction(r -> {
      CooperationPlan plan = Services.plan(r, command.plan());
      plan.requireNotFrozen();
      checkDetails(plan, command.details());
      checkParent(r, activity, command.parent());
      return r.activities().insert(activity);
    });
  }

  @Override
  public Activity revise(ReviseActivity command) {
    Services.required("command", command);
    return change(command.activity(), (plan, a) -> {
      Services.checkVersion("activity", a.id(), a.version(), command.expectedVersion());
      checkDetails(plan, command.details());
      return a.revise(command.details());
    });
  }

  @Override
  public Activity move(MoveActivity command) {
    Services.required("command", command);
    return storage.inTransaction(r -> {
      Activity current = Services.activity(r, command.activity());
      Services.plan(r, current.plan()).requireNotFrozen();
      Activity moved = current.moveUnder(command.parent());
      checkParent(r, moved, command.parent());
      return r.activities().update(moved);
    });
  }

  @Override
  public Activity changeStatus(ChangeActivityStatus command) {
    Services.required("command", command);
    return change(command.activity(), (plan, a) -> switch (command.transition()) {
      case PLAN -> a.plan(command.planned());
      case SCHEDULE -> a.schedule(command.planned());
      case START -> a.start(command.actualStart());
      case COMPLETE -> a.complete(command.actualStart(), command.actualEnd());
      case POSTPONE -> a.postpone(command.reason());
      case CANCEL -> a.cancel(command.reason());
    });
  }

  @Override
  public Activity addParticipant(AddParticipant command) {
    Services.required("command", command);
    return storage.inTransaction(r -> {
      Activity current = Services.activity(r, command.activity());
      Services.plan(r, current.plan()).requireNotFrozen();
      AffiliationSnapshot snapshot = command.affiliation();
      Participant who = command.participant();
      if (who.kind() == Participant.Kind.ORGANISATION) {
        Services.organisation(r, new OrganisationId(who.id()));
      } else {
        Person person = Services.person(r, new PersonId(who.id()));
        if (snapshot == null) {
          LocalDate day = current.actualStart().map(PartialDate::earliest).orElse(current.details().planned().earliestDay());
          snapshot = person.affiliationOn(day).map(a -> new AffiliationSnapshot(a.organisation(), a.position())).orElse(null);
        }
      }
      if (snapshot != null) {
        Services.organisation(r, snapshot.organisation());
      }
      Participation participation = new Participation(who, command.role(), command.status(), snapshot);
      return r.activities().update(current.addParticipation(participation));
    });
  }

  @Override
  public Activity changeParticipation(ChangeParticipation command) {
    Services.required("command", command);
    return change(command.activity(), (plan, a) -> a.changeParticipation(command.participant(), command.role(), command.status()));
  }

  @Override
  public Activity get(ActivityId id) {
    Services.required("id", id);
    return storage.readOnly(r -> Services.activity(r, id));
  }

  @Override
  public Page<Activity> search(ActivityQuery query) {
    Services.required("query", query);
    return storage.readOnly(r -> r.activities().search(query));
  }

  private Activity change(ActivityId id, BiFunction<CooperationPlan, Activity, Activity> change) {
    return storage.inTransaction(r -> {
      Activity current = Services.activity(r, id);
      CooperationPlan plan = Services.plan(r, current.plan());
      plan.requireNotFrozen();
      return r.activities().update(change.apply(plan, current));
    });
  }

  private static void checkDetails(CooperationPlan plan, ActivityDetails details) {
    plan.requireContentArea(details.contentArea());
    if (details.leadParty() != null) {
      plan.requireParty(details.leadParty());
    }
  }

  /**
   * The parent must exist, belong to the same plan, and not have the activity among its ancestors.
   * A new activity cannot be anyone's ancestor, but the walk also stops on a cycle already stored.
   */
  private static void checkParent(Repositories r, Activity activity, @Nullable ActivityId parent) {
    if (parent == null) {
      return;
    }
    Activity p = Services.activity(r, parent);
    if (!p.plan().equals(activity.plan())) {
      throw new RuleViolationException(RuleCode.ACTIVITY_PARENT_OTHER_PLAN, "the parent " + parent + " belongs to another plan");
    }
    Set<ActivityId> seen = new HashSet<>();
    ActivityId next = parent;
    while (next != null) {
      if (next.equals(activity.id()) || !seen.add(next)) {
        throw new RuleViolationException(RuleCode.ACTIVITY_PARENT_CYCLE, "the parent would make " + activity.id() + " its own ancestor");
      }
      next = (next.equals(parent) ? p : Services.activity(r, next)).parent().orElse(null);
    }
  }
}

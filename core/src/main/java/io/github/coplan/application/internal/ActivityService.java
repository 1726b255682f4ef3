package io.github.coplan.application.internal;

import io.github.coplan.application.ActivityUseCases;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.AddParticipants;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangeItinerary;
import io.github.coplan.application.ChangeParticipation;
import io.github.coplan.application.MoveActivity;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.ReviseActivity;
import io.github.coplan.domain.access.AccessTable;
import io.github.coplan.domain.access.Permission;
import io.github.coplan.domain.access.Viewer;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.Snapshots;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.Repositories;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Carries out {@link ActivityUseCases}. Thread-safe. */
final class ActivityService implements ActivityUseCases {

  private final Units units;
  private final IdSource ids;

  ActivityService(Units units, IdSource ids) {
    this.units = units;
    this.ids = ids;
  }

  @Override
  public Activity propose(ProposeActivity command) {
    Services.required("command", command);
    Activity activity =
        Activity.propose(
            new ActivityId(ids.nextId()), command.plan(), command.details(), command.parent());
    return units.write(
        command,
        r -> {
          units
              .guard()
              .require(
                  r,
                  command.plan(),
                  Permission.EDIT_ACTIVITIES,
                  command.details().contentArea(),
                  () -> new NotFoundException("plan", command.plan().toString()));
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
    return change(
        command,
        command.activity(),
        command.expectedVersion(),
        (r, plan, a) -> {
          require(r, command, a.plan(), command.details().contentArea());
          checkDetails(plan, command.details());
          return a.revise(command.details());
        });
  }

  @Override
  public Activity move(MoveActivity command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          Activity current = current(r, command, command.activity(), command.expectedVersion());
          Services.plan(r, current.plan()).requireNotFrozen();
          Activity moved = current.moveUnder(command.parent());
          checkParent(r, moved, command.parent());
          return r.activities().update(moved);
        });
  }

  @Override
  public Activity changeStatus(ChangeActivityStatus command) {
    Services.required("command", command);
    return change(
        command,
        command.activity(),
        command.expectedVersion(),
        (r, plan, a) -> transition(a, command));
  }

  private static Activity transition(Activity a, ChangeActivityStatus command) {
    if (command instanceof ChangeActivityStatus.Plan c) {
      return a.plan(c.planned());
    } else if (command instanceof ChangeActivityStatus.Schedule c) {
      return a.schedule(c.planned());
    } else if (command instanceof ChangeActivityStatus.Start c) {
      return a.start(c.actualStart());
    } else if (command instanceof ChangeActivityStatus.Complete c) {
      return a.complete(c.actualStart(), c.actualEnd());
    } else if (command instanceof ChangeActivityStatus.Postpone c) {
      return a.postpone(c.reason());
    }
    return a.cancel(((ChangeActivityStatus.Cancel) command).reason());
  }

  @Override
  public Activity addParticipant(AddParticipant command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          Activity current = current(r, command, command.activity(), command.expectedVersion());
          Services.plan(r, current.plan()).requireNotFrozen();
          Participation participation =
              participation(
                  r,
                  current,
                  new Participants(),
                  command.participant(),
                  command.role(),
                  command.status(),
                  command.affiliation());
          return r.activities().update(current.addParticipation(participation));
        });
  }

  @Override
  public Activity addParticipants(AddParticipants command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          Activity current = current(r, command, command.activity(), command.expectedVersion());
          Services.plan(r, current.plan()).requireNotFrozen();
          Participants known = new Participants();
          List<Participation> added = new ArrayList<>(command.entries().size());
          for (AddParticipants.Entry e : command.entries()) {
            added.add(
                participation(
                    r, current, known, e.participant(), e.role(), e.status(), e.affiliation()));
          }
          return r.activities().update(current.addParticipations(added));
        });
  }

  /**
   * A participation to add, once its participant exists: a person without an explicit affiliation
   * keeps the one they held on the activity's first day (the actual start's earliest day, else the
   * planned span's), and the affiliation's organisation must exist.
   */
  private static Participation participation(
      Repositories r,
      Activity current,
      Participants known,
      Participant who,
      ParticipationRole role,
      ParticipationStatus status,
      @Nullable AffiliationSnapshot affiliation) {
    AffiliationSnapshot snapshot = affiliation;
    if (who instanceof Participant.Organisation organisation) {
      known.organisation(r, organisation.id());
    } else {
      Person person = Services.person(r, ((Participant.Person) who).id());
      if (snapshot == null) {
        PartialDate started = current.actualStart();
        LocalDate day =
            started != null ? started.earliestDay() : current.details().planned().earliestDay();
        snapshot =
            person
                .affiliationOn(day)
                .map(a -> new AffiliationSnapshot(a.organisation(), a.position()))
                .orElse(null);
      }
    }
    if (snapshot != null) {
      known.organisation(r, snapshot.organisation());
    }
    return new Participation(who, role, status, snapshot);
  }

  /**
   * The organisations a command has found to exist, so that a list naming one organisation many
   * times reads it once.
   */
  private static final class Participants {
    private final Set<OrganisationId> found = new HashSet<>();

    void organisation(Repositories r, OrganisationId id) {
      if (!found.contains(id)) {
        Services.organisation(r, id);
        found.add(id);
      }
    }
  }

  @Override
  public Activity changeParticipation(ChangeParticipation command) {
    Services.required("command", command);
    return change(
        command,
        command.activity(),
        command.expectedVersion(),
        (r, plan, a) ->
            a.changeParticipation(command.participant(), command.role(), command.status()));
  }

  @Override
  public Activity changeItinerary(ChangeItinerary command) {
    Services.required("command", command);
    StopId given =
        command instanceof ChangeItinerary.AddStop add
            ? (add.id() != null ? add.id() : new StopId(ids.nextId()))
            : null;
    return change(
        command,
        command.activity(),
        command.expectedVersion(),
        (r, plan, a) -> {
          if (command instanceof ChangeItinerary.AddStop c && given != null) {
            return a.addStop(c.toStop(given));
          } else if (command instanceof ChangeItinerary.ReviseStop c) {
            return a.reviseStop(c.toStop());
          } else if (command instanceof ChangeItinerary.CompleteStop c) {
            return a.completeStop(c.stop(), c.actual(), c.attendees(), c.outcome());
          } else if (command instanceof ChangeItinerary.CancelStop c) {
            return a.cancelStop(c.stop(), c.reason());
          }
          return a.removeStop(((ChangeItinerary.RemoveStop) command).stop());
        });
  }

  @Override
  public Activity get(ActivityId id) {
    Services.required("id", id);
    Viewer viewer = units.guard().viewer();
    if (viewer == null) {
      return units.read(r -> Services.activity(r, id));
    }
    // The activity and whether the viewer sees its plan, in one read of the store: an invisible
    // one looks exactly like a missing one.
    return units.read(r -> r.activities().findVisible(id, viewer).orElseThrow(() -> notFound(id)));
  }

  @Override
  public Activity asOf(ActivityId id, Instant at) {
    Services.required("id", id);
    Services.required("at", at);
    return units.read(
        r -> {
          Activity activity = Services.activity(r, id);
          units.guard().requireVisible(r, activity.plan(), () -> notFound(id));
          AsOf.Folded then = AsOf.fold(r, AggregateRef.of(id), activity.version(), at);
          if (then == null) {
            throw notFound(id);
          }
          return Snapshots.activity(id, then.version(), then.fields());
        });
  }

  @Override
  public Page<Activity> search(ActivityQuery query) {
    Services.required("query", query);
    return units.read(r -> r.activities().search(query.withVisibleTo(units.guard().principals(r))));
  }

  private Activity change(
      Object command, ActivityId id, @Nullable Long expectedVersion, Change change) {
    return units.write(
        command,
        r -> {
          Activity current = current(r, command, id, expectedVersion);
          CooperationPlan plan = Services.plan(r, current.plan());
          plan.requireNotFrozen();
          return r.activities().update(change.apply(r, plan, current));
        });
  }

  /** A change of an activity, given the unit's repositories, its plan and its current state. */
  @FunctionalInterface
  private interface Change {
    Activity apply(Repositories r, CooperationPlan plan, Activity current);
  }

  /**
   * The activity a command changes, once the actor is allowed the command's permission in its
   * content area: read first, to know its plan and area, and checked before anything else is read.
   */
  private Activity current(
      Repositories r, Object command, ActivityId id, @Nullable Long expectedVersion) {
    Activity activity = Services.activity(r, id);
    require(r, command, activity.plan(), activity.details().contentArea(), () -> notFound(id));
    Services.checkVersion("activity", activity.id(), activity.version(), expectedVersion);
    return activity;
  }

  private void require(
      Repositories r,
      Object command,
      PlanId plan,
      int area,
      java.util.function.Supplier<NotFoundException> notFound) {
    units
        .guard()
        .require(r, plan, AccessTable.permissionFor(Units.nameOf(command)), area, notFound);
  }

  private void require(Repositories r, Object command, PlanId plan, int area) {
    require(r, command, plan, area, () -> new NotFoundException("plan", plan.toString()));
  }

  private static NotFoundException notFound(ActivityId id) {
    return new NotFoundException("activity", id.toString());
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
      throw new RuleViolationException(
          RuleCode.ACTIVITY_PARENT_OTHER_PLAN, "the parent " + parent + " belongs to another plan");
    }
    Set<ActivityId> seen = new HashSet<>();
    ActivityId next = parent;
    while (next != null) {
      if (next.equals(activity.id()) || !seen.add(next)) {
        throw new RuleViolationException(
            RuleCode.ACTIVITY_PARENT_CYCLE,
            "the parent would make " + activity.id() + " its own ancestor");
      }
      next = (next.equals(parent) ? p : Services.activity(r, next)).parent();
    }
  }
}

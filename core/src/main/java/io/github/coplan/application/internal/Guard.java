package io.github.coplan.application.internal;

import io.github.coplan.domain.access.AccessTable;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.Permission;
import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.access.Viewer;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.port.storage.Repositories;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Checks what the actor may do, by {@link io.github.coplan.domain.access.AccessTable}: a system
 * actor may do everything; a person acts through the principals they are on the day of the request
 * (themself, and the staff of each organisation they have an affiliation to that holds on that
 * day). A plan the actor may not see is reported as not found, exactly as a plan that does not
 * exist, so that a refusal reveals nothing.
 */
final class Guard {

  private final Actor actor;
  private final Clock clock;

  Guard(Actor actor, Clock clock) {
    this.actor = actor;
    this.clock = clock;
  }

  /** Whether the actor is a system actor, whom nothing limits. */
  boolean unlimited() {
    return actor instanceof Actor.System;
  }

  /** The actor as a viewer on the clock's day, or null for a system actor (no limit). */
  @Nullable Viewer viewer() {
    return actor instanceof Actor.Person person
        ? new Viewer(person.id(), LocalDate.now(clock))
        : null;
  }

  /**
   * The actor's principals on the clock's day, resolved by the store ({@link
   * io.github.coplan.port.storage.AccessRepository#principalsOf}), or null for a system actor (no
   * limit). A person that is not in the store is only themself.
   */
  @Nullable Set<Principal> principals(Repositories r) {
    Viewer viewer = viewer();
    return viewer == null ? null : r.access().principalsOf(viewer);
  }

  /** A plan's access as stored, or the default (restricted, no grant) if it has none stored. */
  static PlanAccess accessOf(Repositories r, PlanId plan) {
    return r.access().findByPlan(plan).orElseGet(() -> PlanAccess.of(plan, List.of()));
  }

  /**
   * Requires a permission on a plan, in a content area or on the plan as a whole.
   *
   * @param r the unit's repositories
   * @param plan the plan
   * @param permission the permission
   * @param area the content area, or null for the plan as a whole
   * @param notFound what a plan the actor may not see looks like: the error the command gives for a
   *     missing object
   * @throws NotFoundException from {@code notFound} if the actor may not see the plan
   * @throws AccessDeniedException if the actor sees the plan but lacks the permission
   */
  void require(
      Repositories r,
      PlanId plan,
      Permission permission,
      @Nullable Integer area,
      Supplier<NotFoundException> notFound) {
    Viewer viewer = viewer();
    if (viewer == null) {
      return;
    }
    // The plan's visibility and the grants the viewer holds, in one read of the store.
    PlanAccess access =
        r.access().findFor(plan, viewer).orElseGet(() -> PlanAccess.of(plan, List.of()));
    Set<Principal> principals = principalsOf(access);
    if (!access.visibleTo(principals)) {
      throw notFound.get();
    }
    if (!access.permits(principals, permission, area)) {
      throw new AccessDeniedException(
          actor.toString(),
          permission.name(),
          "plan " + plan + (area == null ? "" : ", content area " + area));
    }
  }

  /**
   * The principals of the grants of an access as {@link
   * io.github.coplan.port.storage.AccessRepository#findFor} returns it, where every grant is the
   * viewer's: those of the viewer's principals that matter on this plan.
   */
  private static Set<Principal> principalsOf(PlanAccess theirs) {
    Set<Principal> principals = new LinkedHashSet<>();
    for (Grant g : theirs.grants()) {
      principals.add(g.principal());
    }
    return principals;
  }

  /**
   * Requires that the actor may forget a person: a system actor, or the person themself.
   *
   * @throws AccessDeniedException naming {@link AccessTable#FORGET_PERSON} otherwise
   */
  void requireForget(PersonId person) {
    if (actor instanceof Actor.Person self && !self.id().equals(person)) {
      throw new AccessDeniedException(
          actor.toString(), AccessTable.FORGET_PERSON, "person " + person);
    }
  }

  /** Whether the actor may see a plan. */
  boolean sees(Repositories r, PlanId plan) {
    Viewer viewer = viewer();
    if (viewer == null) {
      return true;
    }
    PlanAccess access =
        r.access().findFor(plan, viewer).orElseGet(() -> PlanAccess.of(plan, List.of()));
    return access.visibleTo(principalsOf(access));
  }

  /** Requires that the actor may see a plan. */
  void requireVisible(Repositories r, PlanId plan, Supplier<NotFoundException> notFound) {
    if (!sees(r, plan)) {
      throw notFound.get();
    }
  }
}

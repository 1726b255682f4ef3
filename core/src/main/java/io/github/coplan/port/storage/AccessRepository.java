package io.github.coplan.port.storage;

import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.access.Viewer;
import io.github.coplan.domain.plan.PlanId;
import java.util.Optional;
import java.util.Set;

/**
 * The access of each plan: its visibility and grants, one {@link PlanAccess} per plan.
 *
 * <p>Contract: as for the other repositories, {@link #insert} stores version 1 and refuses an
 * access already stored ({@link io.github.coplan.domain.error.DuplicateException}); {@link #update}
 * stores the next version and refuses a stale one ({@link
 * io.github.coplan.domain.error.ConflictException}) or a missing one ({@link
 * io.github.coplan.domain.error.NotFoundException}), and both name the kind {@code "plan access"}
 * and the plan's id; a writing unit keeps what {@link #findByPlan} read as read until it ends, as
 * {@link Storage} describes for reads by id. Searches of plans and activities honour {@link
 * io.github.coplan.domain.query.ActivityQuery#visibleTo()} and {@link
 * io.github.coplan.domain.query.PlanQuery#visibleTo()} against what this repository holds, in the
 * store's own query (not by loading and filtering).
 *
 * @since 0.2.0
 */
public interface AccessRepository {

  /**
   * The access of a plan.
   *
   * @param plan the plan
   * @return its access, or empty if the plan has none stored
   */
  Optional<PlanAccess> findByPlan(PlanId plan);

  /**
   * The access of a plan as far as it concerns a viewer, for the check of a command: the plan's
   * visibility and version, and only the grants whose principal the viewer is on their day ({@link
   * Viewer#principals}), in order. The store resolves the viewer's affiliations itself, in the same
   * query where it can. What this returns is not the access as stored: a writing unit does not keep
   * it as read, and a store does not lock it (a grant revoked by a unit that commits while a
   * command runs limits the commands that begin after).
   *
   * @param plan the plan
   * @param viewer who acts, and on which day
   * @return the plan's access with the viewer's grants alone, or empty if the plan has none stored
   * @since 0.2.0
   */
  Optional<PlanAccess> findFor(PlanId plan, Viewer viewer);

  /**
   * The principals a viewer is on their day: themself, then the staff of each organisation the
   * stored person holds an affiliation to that day ({@link Viewer#principals}); themself alone if
   * the store holds no such person. For the visibility filters of searches ({@link
   * io.github.coplan.domain.query.ActivityQuery#visibleTo()}).
   *
   * @param viewer who reads, and on which day
   * @return the principals, themself first
   * @since 0.2.0
   */
  Set<Principal> principalsOf(Viewer viewer);

  /**
   * Stores the access of a new plan.
   *
   * @param access the access, version 0
   * @return it as stored, version 1
   */
  PlanAccess insert(PlanAccess access);

  /**
   * Stores a changed access.
   *
   * @param access the access, with the version it was read at
   * @return it as stored, with the next version
   */
  PlanAccess update(PlanAccess access);
}

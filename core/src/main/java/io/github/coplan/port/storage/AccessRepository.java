package io.github.coplan.port.storage;

import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.plan.PlanId;
import java.util.Optional;

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

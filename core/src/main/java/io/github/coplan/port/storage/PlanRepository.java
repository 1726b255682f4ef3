package io.github.coplan.port.storage;

import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PlanQuery;
import java.util.Optional;

/**
 * Stores {@link CooperationPlan}s.
 *
 * @since 0.1.0
 */
public interface PlanRepository {

  /**
   * Finds a plan by id.
   *
   * @param id the id
   * @return the plan, or empty if there is none with that id
   */
  Optional<CooperationPlan> findById(PlanId id);

  /**
   * Finds a plan by code, compared exactly.
   *
   * @param code the code
   * @return the plan, or empty if there is none with that code
   */
  Optional<CooperationPlan> findByCode(PlanCode code);

  /**
   * Stores a new plan.
   *
   * @param plan a plan of version 0
   * @return the stored plan, version 1
   * @throws io.github.coplan.domain.error.DuplicateException with {@code what} {@link
   *     io.github.coplan.domain.error.DuplicateException#ID} if the id is taken, or {@link
   *     io.github.coplan.domain.error.DuplicateException#PLAN_CODE} if the code is
   * @throws io.github.coplan.domain.error.ConflictException if its version is not 0
   */
  CooperationPlan insert(CooperationPlan plan);

  /**
   * Replaces a stored plan, if its stored version is the given one. The code cannot change.
   *
   * @param plan the changed plan, with the version it was read at
   * @return the stored plan, its version one more
   * @throws io.github.coplan.domain.error.NotFoundException if there is none with its id
   * @throws io.github.coplan.domain.error.ConflictException if the stored version differs
   */
  CooperationPlan update(CooperationPlan plan);

  /**
   * One page of the plans that match a query, in its order, after its cursor. The semantics are
   * those of {@link PlanQuery#matches}, {@link PlanQuery#isAfterCursor}, {@link
   * io.github.coplan.domain.query.PlanSort#comparator} and {@link PlanQuery#toPage}: exactly {@code
   * pageSize} rows and a next cursor while more rows follow, fewer rows and no cursor on the last
   * page; with {@link PlanQuery#countTotal()}, the number of matching plans, cursor aside, in
   * {@link Page#total()}. Answered inside the store with indexes.
   *
   * @param query the criteria
   * @return the page
   * @throws io.github.coplan.domain.error.InvalidInputException if the query is missing
   */
  Page<CooperationPlan> search(PlanQuery query);
}

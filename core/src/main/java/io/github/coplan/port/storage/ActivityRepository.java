package io.github.coplan.port.storage;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.ProgressQuery;
import java.util.Optional;

/** Stores {@link Activity}s and answers searches and progress reports over them. */
public interface ActivityRepository {

  /**
   * Finds an activity by id, with its participations in order.
   *
   * @param id the id
   * @return the activity, or empty if there is none with that id
   */
  Optional<Activity> findById(ActivityId id);

  /**
   * Stores a new activity. The store does not check its plan or parent: the use cases do.
   *
   * @param activity an activity of version 0
   * @return the stored activity, version 1
   * @throws io.github.coplan.domain.error.DuplicateException if the id is taken
   * @throws io.github.coplan.domain.error.ConflictException if its version is not 0
   */
  Activity insert(Activity activity);

  /**
   * Replaces a stored activity and its participations, if its stored version is the given one.
   *
   * @param activity the changed activity, with the version it was read at
   * @return the stored activity, its version one more
   * @throws io.github.coplan.domain.error.NotFoundException if there is none with its id
   * @throws io.github.coplan.domain.error.ConflictException if the stored version differs
   */
  Activity update(Activity activity);

  /**
   * One page of the activities that match a query, in its order, after its cursor. The semantics
   * are those of {@link ActivityQuery#matches}, {@link io.github.coplan.domain.query.ActivitySort#comparator}
   * and {@link ActivityQuery#toPage}: exactly {@code pageSize} rows and a next cursor while more
   * rows follow, fewer rows and no cursor on the last page. Answered inside the store with indexes.
   *
   * @param query the criteria
   * @return the page
   */
  Page<Activity> search(ActivityQuery query);

  /**
   * Counts a plan's activities per content area and status, overdue and upcoming, and its distinct
   * participants, as {@link PlanProgress} defines. Answered inside the store with aggregates; a
   * plan without activities (or an unknown plan) gives empty counts.
   *
   * @param query the plan, the report day and the upcoming window
   * @return the counts
   */
  PlanProgress progress(ProgressQuery query);
}

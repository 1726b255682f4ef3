package io.github.coplan.port.storage;

import io.github.coplan.domain.access.Viewer;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.ProgressQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores {@link Activity}s and answers searches and progress reports over them.
 *
 * @since 0.1.0
 */
public interface ActivityRepository {

  /**
   * Finds an activity by id, with its participations in order.
   *
   * @param id the id
   * @return the activity, or empty if there is none with that id
   */
  Optional<Activity> findById(ActivityId id);

  /**
   * Finds an activity by id if a viewer may see its plan: the plan is open, or one of the viewer's
   * principals on their day ({@link Viewer#principals}) holds a grant on it; a plan without a
   * stored access is seen by no one. The store answers in its own query, the viewer's affiliations
   * and the plan's access resolved with the activity (not by loading and filtering). An activity
   * the viewer may not see looks exactly like a missing one.
   *
   * @param id the id
   * @param viewer who reads, and on which day
   * @return the activity, or empty if there is none with that id or the viewer may not see it
   * @since 0.2.0
   */
  Optional<Activity> findVisible(ActivityId id, Viewer viewer);

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
   * Stores new activities, all of them or none of them: a bulk import. The result is that of {@link
   * #insert} of each in order, except that when one is refused none is stored and the unit of work
   * may go on. Adapters send them to the database in batches; this default checks every activity
   * (with {@link #checkNew}) and that no id is stored, then inserts them one by one.
   *
   * @param activities activities of version 0, with distinct ids; may be empty
   * @return the stored activities, version 1, in the same order
   * @throws InvalidInputException (code {@link Violation#REQUIRED}) if the list or one of its
   *     activities is null; the path is {@code activities} or {@code activities[i]}
   * @throws DuplicateException ({@link DuplicateException#ID}) if an id is taken or appears twice
   *     in the list
   * @throws ConflictException if a version is not 0
   */
  default List<Activity> insertAll(List<Activity> activities) {
    List<Activity> checked = checkNew(activities);
    for (Activity activity : checked) {
      if (findById(activity.id()).isPresent()) {
        throw new DuplicateException(DuplicateException.ID, activity.id().value().toString());
      }
    }
    List<Activity> stored = new ArrayList<>(checked.size());
    for (Activity activity : checked) {
      stored.add(insert(activity));
    }
    return List.copyOf(stored);
  }

  /**
   * The checks of {@link #insertAll} that need no store: no null, every version 0, no id twice. For
   * adapters that override {@code insertAll}.
   *
   * @param activities the activities to be inserted
   * @return an unmodifiable copy of the list
   * @throws InvalidInputException if the list or one of its activities is null
   * @throws DuplicateException if an id appears twice
   * @throws ConflictException if a version is not 0
   */
  static List<Activity> checkNew(List<Activity> activities) {
    if (activities == null) {
      throw InvalidInputException.of(
          "activities", Violation.REQUIRED, "a list of activities is required");
    }
    List<Activity> copy = new ArrayList<>(activities.size());
    Set<ActivityId> ids = new HashSet<>();
    int i = 0;
    for (Activity activity : activities) {
      if (activity == null) {
        throw InvalidInputException.of(
            "activities[" + i + "]", Violation.REQUIRED, "an activity is required");
      }
      if (activity.version() != 0) {
        throw new ConflictException(
            "activity", activity.id().value().toString(), activity.version());
      }
      if (!ids.add(activity.id())) {
        throw new DuplicateException(DuplicateException.ID, activity.id().value().toString());
      }
      copy.add(activity);
      i++;
    }
    return Collections.unmodifiableList(copy);
  }

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
   * are those of {@link ActivityQuery.ForAdapters#matches}, {@link
   * io.github.coplan.domain.query.ActivitySort#comparator} and {@link
   * ActivityQuery.ForAdapters#toPage}: exactly {@code pageSize} rows and a next cursor while more
   * rows follow, fewer rows and no cursor on the last page; with {@link
   * ActivityQuery#countTotal()}, the number of matching activities, cursor aside, in {@link
   * Page#total()}. Answered inside the store with indexes.
   *
   * @param query the criteria
   * @return the page
   */
  Page<Activity> search(ActivityQuery query);

  /**
   * Counts a plan's activities per content area and status, overdue and upcoming, and its distinct
   * participating people and organisations, and lists the first {@link ProgressQuery#listLimit()}
   * overdue and upcoming activities in {@link io.github.coplan.domain.query.ActivitySummary#ORDER},
   * as {@link PlanProgress} defines. Answered inside the store: the counts with aggregates, each
   * list with one query that the store orders and cuts at the limit, without reading the activities
   * whole; a plan without activities (or an unknown plan) gives {@link PlanProgress#empty empty
   * counts and lists}.
   *
   * @param query the plan, the report day, the upcoming window and the list limit
   * @return the counts and the lists
   */
  PlanProgress progress(ProgressQuery query);
}

package io.github.coplan.outputs.support;

import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.Cursor;
import io.github.coplan.domain.query.Page;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads every activity a search finds, through the use cases. */
public final class Activities {

  private Activities() {}

  /**
   * Every activity the query finds, every page of it from the first, in the query's order.
   *
   * @param coplan the use cases
   * @param query the search; its page size, cursor and total are not used
   * @return the activities
   */
  public static List<Activity> all(UseCases coplan, ActivityQuery query) {
    List<Activity> found = new ArrayList<>();
    ActivityQuery page = every(query, null);
    while (true) {
      Page<Activity> read = coplan.activities().search(page);
      found.addAll(read.items());
      String next = read.nextCursor();
      if (next == null) {
        return found;
      }
      page = every(query, Cursor.decode(next, query.sort()));
    }
  }

  /** The query's filters and sort, the largest page, from a cursor, without the total. */
  private static ActivityQuery every(ActivityQuery query, @Nullable Cursor after) {
    return new ActivityQuery(
        query.plan(),
        query.contentAreas(),
        query.types(),
        query.statuses(),
        query.participant(),
        query.leadParty(),
        query.from(),
        query.to(),
        query.text(),
        query.sort(),
        ActivityQuery.MAX_PAGE_SIZE,
        after,
        false,
        query.visibleTo());
  }
}

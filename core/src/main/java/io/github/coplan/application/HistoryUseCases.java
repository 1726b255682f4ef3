package io.github.coplan.application;

import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.Page;
import java.util.List;

/**
 * The history of changes: what each command changed, who and when.
 *
 * @see io.github.coplan.domain.history.ChangeRecord
 */
public interface HistoryUseCases {

  /**
   * A page of one aggregate's history, newest first. An aggregate that never existed has an empty
   * history.
   *
   * @param query the aggregate and page
   * @return the records, by version, highest first; the next cursor leads to older ones
   * @throws io.github.coplan.domain.error.InvalidInputException if the query is missing
   */
  Page<ChangeRecord> of(HistoryQuery query);

  /**
   * The changes of a plan and of its activities after a sequence number, oldest first: a feed
   * another system polls to stay in sync, giving the last sequence number it has seen. A record
   * committed after a poll always has a greater sequence number than every record the poll
   * returned, so polling from the last one seen misses nothing.
   *
   * @param plan the plan
   * @param afterSequence the last sequence number seen; 0 for everything
   * @param limit at most this many records: 1 to {@value HistoryQuery#MAX_PAGE_SIZE}
   * @return the records, by sequence number, lowest first
   * @throws io.github.coplan.domain.error.InvalidInputException if the plan is missing, the
   *     sequence number negative or the limit out of range
   */
  List<ChangeRecord> feed(PlanId plan, long afterSequence, int limit);
}

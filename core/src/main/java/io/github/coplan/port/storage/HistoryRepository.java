package io.github.coplan.port.storage;

import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.plan.PlanId;
import java.util.List;

/**
 * The history of changes: appended to in the unit of work of each change, never rewritten.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #append} gives the records sequence numbers in the order given, greater than every
 *       sequence number already committed, and the order of sequence numbers is the order in which
 *       the units of work that appended them committed: a reader that has seen a record with
 *       sequence number {@code n} will never later see a new record with a smaller one. So a feed
 *       polled from the last sequence number seen misses nothing. Numbers may have gaps (a unit
 *       rolled back after taking some).
 *   <li>Records appended by a unit that is rolled back are not stored.
 *   <li>There is no way to change or remove a record.
 * </ul>
 *
 * @since 0.2.0
 */
public interface HistoryRepository {

  /**
   * Appends records.
   *
   * @param records the records, with sequence number 0
   * @return the records as stored, with their sequence numbers, in the order given
   * @throws io.github.coplan.domain.error.InvalidInputException if the list or a record is missing
   */
  List<ChangeRecord> append(List<ChangeRecord> records);

  /**
   * An aggregate's records, newest first.
   *
   * @param aggregate the aggregate
   * @param beforeVersion only records of versions below this one; {@link Long#MAX_VALUE} for the
   *     newest
   * @param limit at most this many records, at least 1
   * @return the records, by version, highest first
   */
  List<ChangeRecord> ofAggregate(AggregateRef aggregate, long beforeVersion, int limit);

  /**
   * The records of a plan and of its activities, oldest first.
   *
   * @param plan the plan
   * @param afterSequence only records with a greater sequence number; 0 for all
   * @param limit at most this many records, at least 1
   * @return the records, by sequence number, lowest first
   */
  List<ChangeRecord> ofPlan(PlanId plan, long afterSequence, int limit);
}

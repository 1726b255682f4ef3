package io.github.coplan.port.storage;

import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.plan.PlanId;
import java.util.List;
import java.util.Set;

/**
 * The history of changes: appended to in the unit of work of each change, and never rewritten but
 * by {@link #erase}, which takes personal data out of it when a person is forgotten.
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
 *   <li>There is no way to change or remove a record, but {@link #erase}: it removes the changes of
 *       some fields from an aggregate's records, which stay, with their sequence numbers, versions
 *       and every other part. An erasure made by a unit that is rolled back is undone.
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
   * Erases fields from an aggregate's history: in every stored record of the aggregate, the changes
   * of these fields are removed, their values before and after with them; the records stay, every
   * other part of them as it was (a record may be left with no change). The only rewrite of the
   * history, made for the right to be forgotten (the fields of {@link
   * io.github.coplan.domain.history.Snapshots#PERSONAL_FIELDS} of a person), in the unit of work of
   * the command that forgets, whose rollback undoes it. A store that keeps copies of the values
   * elsewhere (free pages, logs) takes them out too, as far as it can; see the adapter's
   * documentation.
   *
   * @param aggregate the aggregate; an aggregate without records, or without those fields in them,
   *     is left as it is
   * @param fields the names of the fields to erase
   * @throws io.github.coplan.domain.error.InvalidInputException if the aggregate or the set of
   *     fields is missing ({@code id:required}, {@code fields:required}), or a name in the set is
   *     ({@code fields[i]:required})
   * @since 0.2.0
   */
  void erase(AggregateRef aggregate, Set<String> fields);

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

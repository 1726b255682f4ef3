package io.github.coplan.application;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * A page of one aggregate's history, newest first.
 *
 * <pre>{@code
 * Page<ChangeRecord> page = uses.history().of(HistoryQuery.of(AggregateRef.of(plan.id())));
 * Page<ChangeRecord> older = uses.history().of(HistoryQuery.of(ref).after(page.nextCursor()));
 * }</pre>
 *
 * @param aggregate the aggregate
 * @param pageSize at most this many records: 1 to {@value #MAX_PAGE_SIZE}
 * @param cursor the {@link io.github.coplan.domain.query.Page#nextCursor()} of the page before, or
 *     null for the newest page
 */
public record HistoryQuery(AggregateRef aggregate, int pageSize, @Nullable String cursor) {

  /** The default page size. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  /** The largest page size. */
  public static final int MAX_PAGE_SIZE = 500;

  /**
   * Checks the query.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if the aggregate is missing, the
   *     page size out of range or the cursor not one this query made
   */
  public HistoryQuery {
    Validation v = new Validation();
    v.required("aggregate", aggregate);
    v.require(
        pageSize >= 1 && pageSize <= MAX_PAGE_SIZE,
        "pageSize",
        Violation.OUT_OF_RANGE,
        "a page holds 1 to " + MAX_PAGE_SIZE + " records, was " + pageSize);
    v.require(
        cursor == null || cursor.matches("v[1-9][0-9]{0,17}"),
        "cursor",
        Violation.MALFORMED,
        "not a cursor of a history page");
    v.throwIfAny();
  }

  /**
   * The newest page of an aggregate's history, of the default size.
   *
   * @param aggregate the aggregate
   * @return the query
   */
  public static HistoryQuery of(AggregateRef aggregate) {
    return new HistoryQuery(aggregate, DEFAULT_PAGE_SIZE, null);
  }

  /**
   * The same query with another page size.
   *
   * @param size 1 to {@value #MAX_PAGE_SIZE}
   * @return the query
   */
  public HistoryQuery pageSize(int size) {
    return new HistoryQuery(aggregate, size, cursor);
  }

  /**
   * The same query for the page after the one that gave the cursor.
   *
   * @param nextCursor a page's {@link io.github.coplan.domain.query.Page#nextCursor()}
   * @return the query
   */
  public HistoryQuery after(String nextCursor) {
    Validation.notNull("cursor", nextCursor);
    return new HistoryQuery(aggregate, pageSize, nextCursor);
  }
}

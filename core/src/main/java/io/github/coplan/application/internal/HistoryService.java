package io.github.coplan.application.internal;

import io.github.coplan.application.HistoryQuery;
import io.github.coplan.application.HistoryUseCases;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.Page;
import java.util.List;

/** Carries out {@link HistoryUseCases}. Thread-safe. */
final class HistoryService implements HistoryUseCases {

  private final Units units;

  HistoryService(Units units) {
    this.units = units;
  }

  @Override
  public Page<ChangeRecord> of(HistoryQuery query) {
    Services.required("query", query);
    String cursor = query.cursor();
    long before = cursor == null ? Long.MAX_VALUE : Long.parseLong(cursor.substring(1));
    List<ChangeRecord> records =
        units.read(r -> r.history().ofAggregate(query.aggregate(), before, query.pageSize() + 1));
    if (records.size() <= query.pageSize()) {
      return new Page<>(records, null);
    }
    List<ChangeRecord> page = records.subList(0, query.pageSize());
    return new Page<>(page, "v" + page.get(page.size() - 1).version());
  }

  @Override
  public List<ChangeRecord> feed(PlanId plan, long afterSequence, int limit) {
    Services.required("plan", plan);
    if (afterSequence < 0) {
      throw InvalidInputException.of(
          "afterSequence", Violation.OUT_OF_RANGE, "a sequence number is not negative");
    }
    if (limit < 1 || limit > HistoryQuery.MAX_PAGE_SIZE) {
      throw InvalidInputException.of(
          "limit",
          Violation.OUT_OF_RANGE,
          "a feed returns 1 to " + HistoryQuery.MAX_PAGE_SIZE + " records, was " + limit);
    }
    return units.read(r -> r.history().ofPlan(plan, afterSequence, limit));
  }
}

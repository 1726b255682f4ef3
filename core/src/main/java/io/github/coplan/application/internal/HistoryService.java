package io.github.coplan.application.internal;

import io.github.coplan.application.HistoryQuery;
import io.github.coplan.application.HistoryUseCases;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.port.storage.Repositories;
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
        units.read(
            r ->
                visible(r, query.aggregate())
                    ? r.history().ofAggregate(query.aggregate(), before, query.pageSize() + 1)
                    : List.of());
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
    return units.read(
        r ->
            units.guard().sees(r, plan)
                ? r.history().ofPlan(plan, afterSequence, limit)
                : List.of());
  }

  /**
   * Whether the actor may see an aggregate's history: a plan's, its access's and its activities'
   * only if the actor sees the plan; organisations' and people's always; a relationship's if it has
   * no plan or the actor sees its plan; a result's and an observation's if the actor sees the plan.
   * A history the actor may not see is empty, as the history of an aggregate that never existed.
   */
  private boolean visible(Repositories r, AggregateRef ref) {
    if (units.guard().unlimited()) {
      return true;
    }
    return switch (ref.kind()) {
      case PLAN, PLAN_ACCESS -> units.guard().sees(r, new PlanId(ref.id()));
      case ACTIVITY ->
          r.activities()
              .findById(new ActivityId(ref.id()))
              .map(a -> units.guard().sees(r, a.plan()))
              .orElse(false);
      case ORGANISATION, PERSON -> true;
      case PROFILE, INTRODUCTION -> MarketService.historyVisible(units, r, ref);
      case RELATIONSHIP ->
          r.network()
              .findRelationship(new RelationshipId(ref.id()))
              .map(
                  x -> {
                    PlanId plan = x.plan();
                    return plan == null || units.guard().sees(r, plan);
                  })
              .orElse(false);
      case RESULT ->
          r.results()
              .findResult(new ResultId(ref.id()))
              .map(x -> units.guard().sees(r, x.plan()))
              .orElse(false);
      case OBSERVATION ->
          r.results()
              .findObservation(new ObservationId(ref.id()))
              .flatMap(o -> r.results().findResultOf(o.indicator()))
              .map(x -> units.guard().sees(r, x.plan()))
              .orElse(false);
    };
  }
}

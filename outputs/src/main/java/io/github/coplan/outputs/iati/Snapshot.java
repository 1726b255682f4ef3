package io.github.coplan.outputs.iati;

import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.result.Actual;
import io.github.coplan.domain.result.IndicatorProgress;
import io.github.coplan.domain.result.Result;
import io.github.coplan.outputs.support.Activities;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an export reads of a plan, through the use cases only: the plan, its parties' and the
 * reporting organisation's records, its activities, its results and each period's actual.
 */
record Snapshot(
    CooperationPlan plan,
    Organisation reporting,
    Map<OrganisationId, Organisation> parties,
    List<Activity> activities,
    List<Result> results,
    Map<String, Actual> actuals,
    LocalDate today,
    Instant now) {

  static Snapshot read(UseCases coplan, PlanId id, IatiOptions options) {
    CooperationPlan plan = coplan.plans().get(id);
    Organisation reporting = coplan.organisations().get(options.reportingOrganisation());
    Map<OrganisationId, Organisation> parties = new LinkedHashMap<>();
    for (Party party : plan.parties()) {
      parties.put(party.organisation(), coplan.organisations().get(party.organisation()));
    }
    List<Activity> activities = Activities.all(coplan, ActivityQuery.builder().plan(id).build());
    List<Result> results = coplan.results().resultsOf(id);
    Map<String, Actual> actuals = new LinkedHashMap<>();
    for (IndicatorProgress line : coplan.results().progressOf(id)) {
      actuals.put(
          key(line.indicator().id().toString(), line.period().id().toString()),
          line.progress().actual());
    }
    return new Snapshot(
        plan,
        reporting,
        parties,
        activities,
        results,
        actuals,
        LocalDate.now(options.clock()),
        options.clock().instant());
  }

  static String key(String indicator, String period) {
    return indicator + "/" + period;
  }

  @Nullable Actual actual(String indicator, String period) {
    return actuals.get(key(indicator, period));
  }
}

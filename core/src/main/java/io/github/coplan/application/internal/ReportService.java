package io.github.coplan.application.internal;

import io.github.coplan.application.ProgressReport;
import io.github.coplan.application.ReportUseCases;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.ProgressQuery;
import java.time.LocalDate;

/** Carries out {@link ReportUseCases}. Thread-safe. */
final class ReportService implements ReportUseCases {

  private final Units units;

  ReportService(Units units) {
    this.units = units;
  }

  @Override
  public ProgressReport progress(PlanId plan, LocalDate asOf) {
    io.github.coplan.domain.internal.Validation v = new io.github.coplan.domain.internal.Validation();
    v.required("plan", plan);
    v.required("asOf", asOf);
    // The day is checked here, before the window is derived from it, so that a bad day is the one
    // violation reported: the caller gave no window that could be wrong.
    v.require(asOf == null || (asOf.getYear() >= 1 && asOf.getYear() <= 9999), "asOf",
        io.github.coplan.domain.error.Violation.OUT_OF_RANGE, "year must be between 1 and 9999");
    v.throwIfAny();
    LocalDate until = asOf.plusDays(DEFAULT_UPCOMING_DAYS);
    if (until.isAfter(io.github.coplan.domain.shared.DateSpan.OPEN_END)) {
      until = io.github.coplan.domain.shared.DateSpan.OPEN_END;
    }
    return progress(new ProgressQuery(plan, asOf, until));
  }

  @Override
  public ProgressReport progress(ProgressQuery query) {
    Services.required("query", query);
    return units.read(r -> {
      CooperationPlan plan = Services.plan(r, query.plan());
      PlanProgress progress = r.activities().progress(query);
      return new ProgressReport(plan, progress);
    });
  }
}

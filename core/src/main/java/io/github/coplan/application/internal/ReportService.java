package io.github.coplan.application.internal;

import io.github.coplan.application.ProgressReport;
import io.github.coplan.application.ReportUseCases;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.PlanProgress;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Carries out {@link ReportUseCases}. Thread-safe. */
final class ReportService implements ReportUseCases {

  private final Units units;

  ReportService(Units units) {
    this.units = units;
  }

  @Override
  public ProgressReport progress(PlanId plan, LocalDate asOf) {
    Validation v = new Validation();
    checkDay(v, plan, asOf);
    v.throwIfAny();
    return report(query(plan, asOf), null);
  }

  @Override
  public ProgressReport progress(PlanId plan, LocalDate asOf, String language) {
    Validation v = new Validation();
    checkDay(v, plan, asOf);
    String tag = language(v, language);
    v.throwIfAny();
    return report(query(plan, asOf), tag);
  }

  @Override
  public ProgressReport progress(ProgressQuery query) {
    Services.required("query", query);
    return report(query, null);
  }

  @Override
  public ProgressReport progress(ProgressQuery query, String language) {
    Validation v = new Validation();
    v.required("query", query);
    String tag = language(v, language);
    v.throwIfAny();
    return report(query, tag);
  }

  /** Records in {@code v} what is wrong with a plan and report day. */
  private static void checkDay(Validation v, @Nullable PlanId plan, @Nullable LocalDate asOf) {
    v.required("plan", plan);
    v.required("asOf", asOf);
    // The day is checked here, before the window is derived from it, so that a bad day is the one
    // violation reported: the caller gave no window that could be wrong.
    v.require(
        asOf == null || (asOf.getYear() >= 1 && asOf.getYear() <= 9999),
        "asOf",
        Violation.OUT_OF_RANGE,
        "year must be between 1 and 9999");
  }

  /** The query of a checked report day, with the default window. */
  private static ProgressQuery query(PlanId plan, LocalDate asOf) {
    LocalDate until = asOf.plusDays(DEFAULT_UPCOMING_DAYS);
    if (until.isAfter(DateSpan.OPEN_END)) {
      until = DateSpan.OPEN_END;
    }
    return new ProgressQuery(plan, asOf, until);
  }

  /** The canonical form of a language tag, its violation recorded in {@code v}. */
  private static @Nullable String language(Validation v, @Nullable String language) {
    return v.check("", () -> LocalizedText.languageTag(language));
  }

  private ProgressReport report(ProgressQuery query, @Nullable String language) {
    return units.read(
        r -> {
          CooperationPlan plan = Services.plan(r, query.plan());
          units
              .guard()
              .requireVisible(
                  r,
                  plan.id(),
                  () ->
                      new io.github.coplan.domain.error.NotFoundException(
                          "plan", plan.id().toString()));
          PlanProgress progress = r.activities().progress(query);
          return new ProgressReport(plan, progress, language);
        });
  }
}

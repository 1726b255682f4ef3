package io.github.coplan.application;

import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.query.ContentAreaProgress;
import io.github.coplan.domain.query.PlanProgress;
import java.util.List;

/**
 * A plan's progress report: the plan, and the store's counts for it, with every content area of the
 * plan listed (zero counts included) in number order.
 *
 * @param plan the plan as it was when the report was made
 * @param progress the counts
 */
public record ProgressReport(CooperationPlan plan, PlanProgress progress) {

  /**
   * One line of the report.
   *
   * @param area the content area
   * @param counts its counts
   */
  public record Line(ContentArea area, ContentAreaProgress counts) {}

  /**
   * One line per content area of the plan, in number order.
   *
   * @return the lines
   */
  public List<Line> lines() {
    return plan.contentAreas().stream().map(a -> new Line(a, progress.contentArea(a.number()))).toList();
  }
}

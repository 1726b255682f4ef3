package io.github.coplan.application;

import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import org.jspecify.annotations.Nullable;
import io.github.coplan.domain.internal.Validation;

/**
 * Changes a plan's title, summary and period.
 *
 * @param plan which plan
 * @param title the title
 * @param summary a summary, or null
 * @param period the period; null only for a draft
 * @param expectedVersion the version the change is based on, or null to change whatever version is
 *     stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record DescribePlan(
    PlanId plan, LocalizedText title, @Nullable LocalizedText summary, @Nullable DateSpan period, @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public DescribePlan {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("title", title);
    v.throwIfAny();
  }

  /**
   * Changes whatever version is stored.
   *
   * @param plan which plan
   * @param title the title
   * @param summary a summary, or null
   * @param period the period; null only for a draft
   */
  public DescribePlan(PlanId plan, LocalizedText title, @Nullable LocalizedText summary, @Nullable DateSpan period) {
    this(plan, title, summary, period, null);
  }
}

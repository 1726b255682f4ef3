package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Replaces a plan's title, summary and period: {@code new DescribePlan(plan, title)}, then {@link
 * #withPeriod} and {@link #withSummary}; a part left out is cleared.
 *
 * @param plan which plan
 * @param title the title
 * @param summary a summary, or null
 * @param period the period, or null; only a draft may lack one
 * @param expectedVersion the version the change is based on, or null to change whatever version is
 *     stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record DescribePlan(
    PlanId plan,
    LocalizedText title,
    @Nullable LocalizedText summary,
    @Nullable DateSpan period,
    @Nullable Long expectedVersion) {

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
   * The plan described by its title alone, whatever version is stored.
   *
   * @param plan which plan
   * @param title the title
   */
  public DescribePlan(PlanId plan, LocalizedText title) {
    this(plan, title, null, null, null);
  }

  /**
   * This command with a summary.
   *
   * @param summary a summary
   * @return the command with it
   */
  public DescribePlan withSummary(LocalizedText summary) {
    return new DescribePlan(plan, title, summary, period, expectedVersion);
  }

  /**
   * This command with the plan's period.
   *
   * @param period the period
   * @return the command with it
   */
  public DescribePlan withPeriod(DateSpan period) {
    return new DescribePlan(plan, title, summary, period, expectedVersion);
  }

  /**
   * This command, refused if the plan's version is no longer {@code version}.
   *
   * @param version the version the change is based on
   * @return the command with the expected version
   */
  public DescribePlan expecting(long version) {
    return new DescribePlan(plan, title, summary, period, version);
  }
}

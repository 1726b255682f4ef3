package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Drafts a new cooperation plan: {@code new DraftPlan(code, title)}, then {@link #withPeriod} and
 * {@link #withSummary} for what is known.
 *
 * @param code the code, unique in the store
 * @param title the title
 * @param summary a summary, or null
 * @param period the period, or null while unknown; activation needs it
 */
public record DraftPlan(
    PlanCode code,
    LocalizedText title,
    @Nullable LocalizedText summary,
    @Nullable DateSpan period) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public DraftPlan {
    Validation v = new Validation();
    v.required("code", code);
    v.required("title", title);
    v.throwIfAny();
  }

  /**
   * A draft with a code and a title, without summary or period.
   *
   * @param code the code, unique in the store
   * @param title the title
   */
  public DraftPlan(PlanCode code, LocalizedText title) {
    this(code, title, null, null);
  }

  /**
   * This command with a summary.
   *
   * @param summary a summary
   * @return the command with it
   */
  public DraftPlan withSummary(LocalizedText summary) {
    return new DraftPlan(code, title, summary, period);
  }

  /**
   * This command with the plan's period.
   *
   * @param period the period
   * @return the command with it
   */
  public DraftPlan withPeriod(DateSpan period) {
    return new DraftPlan(code, title, summary, period);
  }
}

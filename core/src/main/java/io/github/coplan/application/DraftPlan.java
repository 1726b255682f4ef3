package io.github.coplan.application;

import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import org.jspecify.annotations.Nullable;
import io.github.coplan.domain.internal.Validation;

/**
 * Drafts a new cooperation plan.
 *
 * @param code the code, unique in the store
 * @param title the title
 * @param summary a summary, or null
 * @param period the period, or null while unknown
 */
public record DraftPlan(PlanCode code, LocalizedText title, @Nullable LocalizedText summary, @Nullable DateSpan period) {

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
}

package io.github.coplan.application;

import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.internal.Validation;

/**
 * Adds a numbered content area to a plan.
 *
 * @param plan which plan
 * @param contentArea the content area
 */
public record AddContentArea(PlanId plan, ContentArea contentArea) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public AddContentArea {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("contentArea", contentArea);
    v.throwIfAny();
  }
}

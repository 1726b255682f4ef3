package io.github.coplan.application;

import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.internal.Validation;

/**
 * Adds a document to a plan.
 *
 * @param plan which plan
 * @param document the document
 */
public record AddDocument(PlanId plan, PlanDocument document) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public AddDocument {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("document", document);
    v.throwIfAny();
  }
}

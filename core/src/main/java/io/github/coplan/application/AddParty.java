package io.github.coplan.application;

import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.internal.Validation;

/**
 * Adds an existing organisation to a plan as a party.
 *
 * @param plan which plan
 * @param party the organisation and its roles
 */
public record AddParty(PlanId plan, Party party) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public AddParty {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("party", party);
    v.throwIfAny();
  }
}

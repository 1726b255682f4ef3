package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.market.ProfileId;

/**
 * Introduces a request and an offer to each other, on the clock's day: they must pass the hard
 * criteria of matching that day ({@link io.github.coplan.domain.market.Matching#refusals}), and may
 * be introduced once.
 *
 * @param request the request
 * @param offer the offer
 * @since 0.3.0
 */
public record Introduce(ProfileId request, ProfileId offer) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public Introduce {
    Validation v = new Validation();
    v.required("request", request);
    v.required("offer", offer);
    v.throwIfAny();
  }
}

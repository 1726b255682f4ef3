package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationProfile;

/**
 * Registers a new organisation.
 *
 * @param profile what describes it
 */
public record RegisterOrganisation(OrganisationProfile profile) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public RegisterOrganisation {
    Validation v = new Validation();
    v.required("profile", profile);
    v.throwIfAny();
  }
}

package io.github.coplan.application;

import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.shared.Validation;

/**
 * Replaces what describes an organisation.
 *
 * @param organisation which organisation
 * @param profile what describes it now
 */
public record UpdateOrganisation(OrganisationId organisation, OrganisationProfile profile) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public UpdateOrganisation {
    Validation v = new Validation();
    v.required("organisation", organisation);
    v.required("profile", profile);
    v.throwIfAny();
  }
}

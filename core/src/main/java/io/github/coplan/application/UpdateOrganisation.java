package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import org.jspecify.annotations.Nullable;

/**
 * Replaces what describes an organisation.
 *
 * @param organisation which organisation
 * @param profile what describes it now
 * @param expectedVersion the version the change is based on, or null to change whatever version is
 *     stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record UpdateOrganisation(
    OrganisationId organisation, OrganisationProfile profile, @Nullable Long expectedVersion) {

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

  /**
   * Replaces the profile of whatever version is stored.
   *
   * @param organisation which organisation
   * @param profile what describes it now
   */
  public UpdateOrganisation(OrganisationId organisation, OrganisationProfile profile) {
    this(organisation, profile, null);
  }

  /**
   * This command, refused if the organisation's version is no longer {@code version}.
   *
   * @param version the version the change is based on
   * @return the command with the expected version
   */
  public UpdateOrganisation expecting(long version) {
    return new UpdateOrganisation(organisation, profile, version);
  }
}

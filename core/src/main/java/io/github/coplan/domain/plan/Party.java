package io.github.coplan.domain.plan;

import com.google.common.collect.Sets;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's part in a plan.
 *
 * @param organisation the organisation
 * @param roles what it does, at least one
 * @param signedOn the day it signed; only for a {@link PartyRole#SIGNATORY}, and optional there
 */
public record Party(
    OrganisationId organisation, Set<PartyRole> roles, @Nullable LocalDate signedOn) {

  /**
   * Validates every part.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public Party {
    Validation v = new Validation();
    v.required("organisation", organisation);
    if (v.elements("roles", roles) != null) {
      v.require(!roles.isEmpty(), "roles", Violation.REQUIRED, "a party has at least one role");
    }
    v.require(
        signedOn == null || (roles != null && roles.contains(PartyRole.SIGNATORY)),
        "signedOn",
        Violation.OUT_OF_RANGE,
        "only a signatory has a signing date");
    v.require(
        signedOn == null || (signedOn.getYear() >= 1 && signedOn.getYear() <= 9999),
        "signedOn",
        Violation.OUT_OF_RANGE,
        "year must be between 1 and 9999");
    v.throwIfAny();
    roles = Sets.immutableEnumSet(EnumSet.copyOf(roles));
  }

  /**
   * A party in some roles, with no signing date.
   *
   * @param organisation the organisation
   * @param first a role
   * @param more more roles
   * @return the party
   */
  public static Party of(OrganisationId organisation, PartyRole first, PartyRole... more) {
    Validation.notNull("roles", first);
    EnumSet<PartyRole> roles = EnumSet.of(first);
    for (PartyRole role : Validation.notNull("roles", more)) {
      roles.add(Validation.notNull("roles", role));
    }
    return new Party(organisation, roles, null);
  }
}

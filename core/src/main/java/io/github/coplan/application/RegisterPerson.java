package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.PersonProfile;
import java.util.List;

/**
 * Registers a new person, with their affiliations.
 *
 * @param profile what describes the person
 * @param affiliations their affiliations, in order
 */
public record RegisterPerson(PersonProfile profile, List<Affiliation> affiliations) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public RegisterPerson {
    Validation v = new Validation();
    v.required("profile", profile);
    v.elements("affiliations", affiliations);
    v.throwIfAny();
    // A copy, so that a caller changing its list afterwards cannot slip a null past the check.
    affiliations = List.copyOf(affiliations);
  }
}

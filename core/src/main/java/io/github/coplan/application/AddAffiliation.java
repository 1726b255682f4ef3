package io.github.coplan.application;

import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.internal.Validation;

/**
 * Adds an affiliation to a person.
 *
 * @param person who
 * @param affiliation the affiliation
 */
public record AddAffiliation(PersonId person, Affiliation affiliation) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public AddAffiliation {
    Validation v = new Validation();
    v.required("person", person);
    v.required("affiliation", affiliation);
    v.throwIfAny();
  }
}

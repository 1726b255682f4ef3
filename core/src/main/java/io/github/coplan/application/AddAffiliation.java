package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Adds an affiliation to a person.
 *
 * @param person who
 * @param affiliation the affiliation
 * @param expectedVersion the version the change is based on, or null to change whatever version is
 *     stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record AddAffiliation(
    PersonId person, Affiliation affiliation, @Nullable Long expectedVersion) {

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

  /**
   * Adds the affiliation to whatever version is stored.
   *
   * @param person who
   * @param affiliation the affiliation
   */
  public AddAffiliation(PersonId person, Affiliation affiliation) {
    this(person, affiliation, null);
  }

  /**
   * This command, refused if the person's version is no longer {@code version}.
   *
   * @param version the version the change is based on
   * @return the command with the expected version
   */
  public AddAffiliation expecting(long version) {
    return new AddAffiliation(person, affiliation, version);
  }
}

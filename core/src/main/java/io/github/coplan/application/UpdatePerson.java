package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import org.jspecify.annotations.Nullable;

/**
 * Replaces what describes a person: name, country, expertise, contact and consent to publish. The
 * affiliations stay.
 *
 * @param person who
 * @param profile what describes the person now
 * @param expectedVersion the version the change is based on, or null to change whatever version is
 *     stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record UpdatePerson(PersonId person, PersonProfile profile, @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public UpdatePerson {
    Validation v = new Validation();
    v.required("person", person);
    v.required("profile", profile);
    Commands.checkVersion(v, expectedVersion);
    v.throwIfAny();
  }

  /**
   * Replaces the profile of whatever version is stored.
   *
   * @param person who
   * @param profile what describes the person now
   */
  public UpdatePerson(PersonId person, PersonProfile profile) {
    this(person, profile, null);
  }

  /**
   * This command, refused unless the person is stored at a version.
   *
   * @param version the version the change is based on
   * @return the command with that expected version
   * @throws io.github.coplan.domain.error.InvalidInputException if the version is less than 1
   */
  public UpdatePerson expecting(long version) {
    return new UpdatePerson(person, profile, version);
  }
}

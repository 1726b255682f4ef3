package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.person.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Forgets a person, at their request (the right to be forgotten): their name, contact and expertise
 * are erased from their record and from every record of their history, and their record keeps a
 * placeholder profile ({@link io.github.coplan.domain.person.Person#forget()}). The person keeps
 * their id, country and affiliations, so that their participations still count. See {@link
 * PersonUseCases#forget}.
 *
 * @param person who
 * @param reason why, kept in the history with the command: one line, trimmed and normalised;
 *     required. It must not itself hold the personal data being erased (a ticket number, "request
 *     of the data subject"), since the history keeps it.
 * @param expectedVersion the version the change is based on, or null to forget whatever version is
 *     stored; when given and stale, the command is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record ForgetPerson(PersonId person, String reason, @Nullable Long expectedVersion) {

  /**
   * Validates the command and normalises the reason.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation: the person
   *     is missing ({@code person:required}), the reason is missing or blank ({@code
   *     reason:required}, {@code reason:blank}) or not one line, the expected version is below 1
   */
  public ForgetPerson {
    Validation v = new Validation();
    v.required("person", person);
    reason = v.line("reason", reason);
    Commands.checkVersion(v, expectedVersion);
    v.throwIfAny();
  }

  /**
   * Forgets whatever version is stored.
   *
   * @param person who
   * @param reason why; required
   */
  public ForgetPerson(PersonId person, String reason) {
    this(person, reason, null);
  }

  /**
   * This command, refused unless the person is stored at a version.
   *
   * @param version the version the command is based on
   * @return the command with that expected version
   * @throws io.github.coplan.domain.error.InvalidInputException if the version is less than 1
   */
  public ForgetPerson expecting(long version) {
    return new ForgetPerson(person, reason, version);
  }
}

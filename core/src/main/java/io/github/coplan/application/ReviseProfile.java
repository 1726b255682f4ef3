package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.person.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Replaces what a draft or published profile says, and its contact.
 *
 * @param profile which profile
 * @param contact the person to contact now
 * @param content what it says now
 * @param expectedVersion the version the change is based on, or null
 * @since 0.3.0
 */
public record ReviseProfile(
    ProfileId profile, PersonId contact, ProfileContent content, @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ReviseProfile {
    Validation v = new Validation();
    v.required("profile", profile);
    v.required("contact", contact);
    v.required("content", content);
    Commands.checkVersion(v, expectedVersion);
    v.throwIfAny();
  }
}

package io.github.coplan.domain.organisation;

import io.github.coplan.domain.internal.Ids;
import java.util.UUID;

/**
 * The identity of an {@link Organisation}.
 *
 * @param value the UUID
 */
public record OrganisationId(UUID value) {

  /** Checks that the value is present. */
  public OrganisationId {
    Ids.require(value);
  }

  /**
   * Reads the text form.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws io.github.coplan.domain.error.InvalidInputException if the text is not a UUID
   */
  public static OrganisationId of(String text) {
    return new OrganisationId(Ids.parse(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

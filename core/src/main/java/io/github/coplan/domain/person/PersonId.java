package io.github.coplan.domain.person;

import io.github.coplan.domain.internal.Ids;
import java.util.UUID;

/**
 * The identity of a {@link Person}.
 *
 * @param value the UUID
 */
public record PersonId(UUID value) {

  /** Checks that the value is present. */
  public PersonId {
    Ids.require(value);
  }

  /**
   * Reads the text form.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws io.github.coplan.domain.error.InvalidInputException if the text is not a UUID
   */
  public static PersonId of(String text) {
    return new PersonId(Ids.parse(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

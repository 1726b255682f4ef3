package io.github.coplan.domain.network;

import io.github.coplan.domain.internal.Ids;
import java.util.UUID;

/**
 * The identity of a {@link Relationship} between two participants.
 *
 * @param value the UUID
 * @since 0.4.0
 */
public record RelationshipId(UUID value) {

  /** Checks that the value is present. */
  public RelationshipId {
    Ids.require(value);
  }

  /**
   * Reads the text form.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws io.github.coplan.domain.error.InvalidInputException if the text is not a UUID
   */
  public static RelationshipId of(String text) {
    return new RelationshipId(Ids.parse(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

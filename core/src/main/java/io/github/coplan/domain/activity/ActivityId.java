package io.github.coplan.domain.activity;

import io.github.coplan.domain.internal.Ids;
import java.util.UUID;

/**
 * The identity of an {@link Activity}.
 *
 * @param value the UUID
 */
public record ActivityId(UUID value) {

  /** Checks that the value is present. */
  public ActivityId {
    Ids.require(value);
  }

  /**
   * Reads the text form.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws io.github.coplan.domain.error.InvalidInputException if the text is not a UUID
   */
  public static ActivityId of(String text) {
    return new ActivityId(Ids.parse(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

package io.github.coplan.domain.activity;

import io.github.coplan.domain.internal.Ids;
import java.util.UUID;

/**
 * The identity of a {@link Stop} on an activity's itinerary. It stays the same while the stop is
 * revised, completed or moved in the itinerary's order.
 *
 * @param value the UUID
 * @since 0.4.0
 */
public record StopId(UUID value) {

  /** Checks that the value is present. */
  public StopId {
    Ids.require(value);
  }

  /**
   * Reads the text form.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws io.github.coplan.domain.error.InvalidInputException if the text is not a UUID
   */
  public static StopId of(String text) {
    return new StopId(Ids.parse(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

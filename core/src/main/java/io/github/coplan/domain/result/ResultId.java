package io.github.coplan.domain.result;

import io.github.coplan.domain.internal.Ids;
import java.util.UUID;

/**
 * The identity of a {@link Result}.
 *
 * @param value the UUID
 * @since 0.5.0
 */
public record ResultId(UUID value) {

  /** Checks that the value is present. */
  public ResultId {
    Ids.require(value);
  }

  /**
   * Reads the text form.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws io.github.coplan.domain.error.InvalidInputException if the text is not a UUID
   */
  public static ResultId of(String text) {
    return new ResultId(Ids.parse(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

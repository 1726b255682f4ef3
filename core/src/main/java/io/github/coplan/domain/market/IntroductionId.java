package io.github.coplan.domain.market;

import io.github.coplan.domain.internal.Ids;
import java.util.UUID;

/**
 * The identity of an {@link Introduction} in the technology marketplace.
 *
 * @param value the UUID
 * @since 0.3.0
 */
public record IntroductionId(UUID value) {

  /** Checks that the value is present. */
  public IntroductionId {
    Ids.require(value);
  }

  /**
   * Reads the text form.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws io.github.coplan.domain.error.InvalidInputException if the text is not a UUID
   */
  public static IntroductionId of(String text) {
    return new IntroductionId(Ids.parse(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

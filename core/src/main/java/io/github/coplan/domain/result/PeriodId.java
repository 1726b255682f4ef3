package io.github.coplan.domain.result;

import io.github.coplan.domain.internal.Ids;
import java.util.UUID;

/**
 * The identity of a {@link Period}.
 *
 * @param value the UUID
 * @since 0.5.0
 */
public record PeriodId(UUID value) {

  /** Checks that the value is present. */
  public PeriodId {
    Ids.require(value);
  }

  /**
   * Reads the text form.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws io.github.coplan.domain.error.InvalidInputException if the text is not a UUID
   */
  public static PeriodId of(String text) {
    return new PeriodId(Ids.parse(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

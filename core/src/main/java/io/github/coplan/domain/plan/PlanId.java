package io.github.coplan.domain.plan;

import io.github.coplan.domain.internal.Ids;
import java.util.UUID;

/**
 * The identity of a {@link CooperationPlan}.
 *
 * @param value the UUID
 */
public record PlanId(UUID value) {

  /** Checks that the value is present. */
  public PlanId {
    Ids.require(value);
  }

  /**
   * Reads the text form.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws io.github.coplan.domain.error.InvalidInputException if the text is not a UUID
   */
  public static PlanId of(String text) {
    return new PlanId(Ids.parse(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

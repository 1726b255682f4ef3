package io.github.coplan.domain.market;

import io.github.coplan.domain.internal.Validation;
import java.util.List;

/**
 * The verdict of one criterion of a match, with its evidence: what the two profiles share or how
 * they differ, as short lines such as {@code "same category: 02006003"} or {@code "offer stage
 * LAB_TESTED, request accepts AVAILABLE_FOR_DEMONSTRATION or further"}.
 *
 * @param criterion the criterion
 * @param verdict the verdict
 * @param evidence the evidence, in a stable order; empty only where there is nothing to show
 * @since 0.3.0
 */
public record Assessment(Criterion criterion, Verdict verdict, List<String> evidence) {

  /** Checks that every part is present and copies the evidence. */
  public Assessment {
    Validation v = new Validation();
    v.required("criterion", criterion);
    v.required("verdict", verdict);
    v.elements("evidence", evidence);
    v.throwIfAny();
    evidence = List.copyOf(evidence);
  }

  /**
   * The points this verdict scores.
   *
   * @return the points
   */
  public int points() {
    return criterion.points(verdict);
  }
}

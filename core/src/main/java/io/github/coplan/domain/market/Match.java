package io.github.coplan.domain.market;

import io.github.coplan.domain.internal.Validation;
import java.util.List;

/**
 * A candidate for a profile, with its score and the explanation of it: one assessment per {@link
 * Criterion}, in that order. The score is the sum of the assessments' points, 0 to 100.
 *
 * @param candidate the candidate profile
 * @param score the score
 * @param explanation the assessments, one per criterion, in the criteria's order
 * @since 0.3.0
 */
public record Match(TechnologyProfile candidate, int score, List<Assessment> explanation) {

  /** Checks that every part is present and that the score is the sum of the points. */
  public Match {
    Validation v = new Validation();
    v.required("candidate", candidate);
    v.elements("explanation", explanation);
    v.throwIfAny();
    explanation = List.copyOf(explanation);
    int sum = explanation.stream().mapToInt(Assessment::points).sum();
    v.require(
        sum == score,
        "score",
        io.github.coplan.domain.error.Violation.OUT_OF_RANGE,
        "the score is the sum of the points, " + sum + ", was " + score);
    v.throwIfAny();
  }

  /**
   * The assessment of one criterion.
   *
   * @param criterion the criterion
   * @return its assessment
   */
  public Assessment on(Criterion criterion) {
    return explanation.get(criterion.ordinal());
  }
}

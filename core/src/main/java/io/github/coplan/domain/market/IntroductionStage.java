package io.github.coplan.domain.market;

/**
 * Where an introduction between a request and an offer has come: {@code SUGGESTED →
 * INTEREST_EXPRESSED → MEETING → AGREEMENT}, or {@code DECLINED} from any stage before an
 * agreement.
 *
 * @since 0.3.0
 */
public enum IntroductionStage {
  /** Suggested: the two have not answered yet. */
  SUGGESTED,
  /** One side or both expressed interest. */
  INTEREST_EXPRESSED,
  /** The two met, at an activity. */
  MEETING,
  /** The two reached an agreement, recorded as a plan document. Final. */
  AGREEMENT,
  /** One side declined, with a reason. Final. */
  DECLINED;

  /**
   * Whether nothing follows this stage.
   *
   * @return true for an agreement or a decline
   */
  public boolean isFinal() {
    return this == AGREEMENT || this == DECLINED;
  }
}

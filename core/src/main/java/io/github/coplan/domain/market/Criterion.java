package io.github.coplan.domain.market;

/**
 * A criterion a match is judged on, in the order an explanation lists them, each with its weight:
 * the points a {@link Verdict#MATCH} scores (a {@link Verdict#PARTIAL} scores half). The weights
 * add up to 100.
 *
 * @since 0.3.0
 */
public enum Criterion {
  /**
   * The technology categories: a category both are filed under is a match; only the same parent or
   * the same root is partial; nothing shared is a mismatch; unknown when either has none.
   */
  CATEGORIES(30),
  /**
   * The market keywords, {@linkplain io.github.coplan.domain.shared.SearchFolding folded}: two
   * shared (or every keyword of a profile that has one) is a match, one is partial, none a
   * mismatch; unknown when either has none.
   */
  KEYWORDS(24),
  /**
   * The partnership types sought: every type of the profile that seeks fewer shared is a match,
   * some shared is partial, none a mismatch.
   */
  PARTNERSHIP(16),
  /**
   * The offer's stage of development against the least stage the request accepts: at least that
   * stage is a match, one stage short is partial, more a mismatch; unknown when either does not
   * say. Between two offers or two requests (which never match), unknown.
   */
  STAGE(10),
  /**
   * The offer's intellectual-property status against the protection the request needs, in the order
   * of {@link IprStatus}: at least that is a match, one short partial, more a mismatch; unknown
   * when either does not say.
   */
  IPR(10),
  /**
   * How recently the candidate's owner confirmed it current, on the day of matching: within {@value
   * Matching#FRESH_DAYS} days is a match, within {@value Matching#STALE_DAYS} partial, older a
   * mismatch.
   */
  FRESHNESS(10);

  private final int weight;

  Criterion(int weight) {
    this.weight = weight;
  }

  /**
   * The points a match on this criterion scores.
   *
   * @return the weight
   */
  public int weight() {
    return weight;
  }

  /**
   * The points a verdict on this criterion scores: the weight for a match, half of it for a
   * partial, none otherwise.
   *
   * @param verdict the verdict
   * @return the points
   */
  public int points(Verdict verdict) {
    return switch (verdict) {
      case MATCH -> weight;
      case PARTIAL -> weight / 2;
      case MISMATCH, UNKNOWN -> 0;
    };
  }
}

package io.github.coplan.domain.market;

/**
 * Something a profile lacks that would improve its matches. Empty profiles silently get nothing in
 * most marketplaces; Coplan says why.
 *
 * @since 0.3.0
 */
public enum Gap {
  /**
   * It is not live on the day of matching (a draft, closed, withdrawn or expired): it gets no
   * match.
   */
  NOT_LIVE,
  /** It is filed under no category: no match can share one. */
  NO_CATEGORIES,
  /** It has no market keywords. */
  NO_KEYWORDS,
  /** It does not say what it seeks in a partner. */
  NOTHING_SOUGHT,
  /** It does not give its stage of development (on a request: the least stage accepted). */
  NO_STAGE,
  /** It does not give its intellectual-property status (on a request: the protection needed). */
  NO_IPR,
  /** Its owner has not confirmed it current for longer than {@value Matching#STALE_DAYS} days. */
  STALE
}

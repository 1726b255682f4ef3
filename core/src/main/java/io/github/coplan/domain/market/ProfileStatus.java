package io.github.coplan.domain.market;

/**
 * Where a technology profile is in its lifecycle: {@code DRAFT → PUBLISHED → CLOSED | WITHDRAWN}. A
 * published profile's expiry is not a status: it is computed from its dates ({@link
 * TechnologyProfile#expiresOn()}, {@link TechnologyProfile#isLiveOn}).
 *
 * @since 0.3.0
 */
public enum ProfileStatus {
  /** Being written; seen by its owner only, never matched. */
  DRAFT,
  /** Published: matched while it has not expired. */
  PUBLISHED,
  /** Closed by its owner: what it sought was found or is no longer sought. */
  CLOSED,
  /** Withdrawn by its owner. */
  WITHDRAWN
}

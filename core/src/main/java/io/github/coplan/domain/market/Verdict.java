package io.github.coplan.domain.market;

/**
 * How a candidate fares on one criterion of a match. {@link #UNKNOWN} never counts as a match: it
 * scores nothing.
 *
 * @since 0.3.0
 */
public enum Verdict {
  /** The criterion is met: it scores its full weight. */
  MATCH,
  /** The criterion is partly met: it scores half its weight. */
  PARTIAL,
  /** The criterion is not met: it scores nothing. */
  MISMATCH,
  /** One of the two profiles does not say: it scores nothing. */
  UNKNOWN
}

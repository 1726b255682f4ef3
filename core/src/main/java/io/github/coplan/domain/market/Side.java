package io.github.coplan.domain.market;

/**
 * A side of an introduction.
 *
 * @since 0.3.0
 */
public enum Side {
  /** The owner of the request. */
  REQUESTER,
  /** The owner of the offer. */
  OFFERER
}

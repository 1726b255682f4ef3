package io.github.coplan.domain.market;

/**
 * The intellectual-property status of a technology. On a request it is the protection the requester
 * needs: {@link #NONE_APPLIED} accepts any.
 *
 * @since 0.3.0
 */
public enum IprStatus {
  /** No protection applied for. */
  NONE_APPLIED,
  /** Protected as secret know-how. */
  SECRET_KNOW_HOW,
  /** A patent or other right applied for. */
  APPLIED,
  /** A patent or other right granted. */
  GRANTED
}

package io.github.coplan.domain.result;

/**
 * Where an {@link Observation} stands in its review. Only approved observations count.
 *
 * @since 0.5.0
 */
public enum ObservationStatus {
  /** Recorded, not yet sent for review. */
  DRAFT,
  /** Sent for review. */
  SUBMITTED,
  /** Reviewed and accepted: it counts. */
  APPROVED,
  /** Reviewed and sent back with a note; a correction is a new observation. */
  RETURNED
}

package io.github.coplan.domain.activity;

/**
 * Where a stop of an itinerary stands. A PLANNED stop may be completed or cancelled; the other two
 * are final.
 *
 * @since 0.4.0
 */
public enum StopStatus {
  /** Planned: its time is the planned one and its attendees those expected. */
  PLANNED,
  /** It took place: it has an actual time, and its attendees are those who were there. */
  COMPLETED,
  /** Called off, with a reason. It no longer takes part in the itinerary's rules. */
  CANCELLED
}

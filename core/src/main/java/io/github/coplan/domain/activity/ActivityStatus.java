package io.github.coplan.domain.activity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an activity is in its lifecycle. Only these transitions are allowed:
 *
 * <table>
 *   <caption>Allowed transitions</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>PROPOSED</td><td>PLANNED, CANCELLED</td></tr>
 *   <tr><td>PLANNED</td><td>SCHEDULED, POSTPONED, CANCELLED</td></tr>
 *   <tr><td>SCHEDULED</td><td>IN_PROGRESS, COMPLETED, POSTPONED, CANCELLED</td></tr>
 *   <tr><td>IN_PROGRESS</td><td>COMPLETED, CANCELLED</td></tr>
 *   <tr><td>POSTPONED</td><td>PLANNED, SCHEDULED, CANCELLED</td></tr>
 *   <tr><td>COMPLETED, CANCELLED</td><td>none</td></tr>
 * </table>
 */
public enum ActivityStatus {
  /** Suggested, not yet agreed. */
  PROPOSED,
  /** Agreed, dates not fixed. */
  PLANNED,
  /** Dates fixed. */
  SCHEDULED,
  /** Under way: it has an actual start. */
  IN_PROGRESS,
  /** Done: it has actual start and end. */
  COMPLETED,
  /** Put off, with a reason. */
  POSTPONED,
  /** Called off, with a reason. */
  CANCELLED;

  /**
   * The statuses this one may move to.
   *
   * @return an unmodifiable set
   */
  public Set<ActivityStatus> next() {
    // A fresh set per call, wrapped so that the documented promise (unmodifiable) holds.
    return Collections.unmodifiableSet(
        switch (this) {
          case PROPOSED -> EnumSet.of(PLANNED, CANCELLED);
          case PLANNED -> EnumSet.of(SCHEDULED, POSTPONED, CANCELLED);
          case SCHEDULED -> EnumSet.of(IN_PROGRESS, COMPLETED, POSTPONED, CANCELLED);
          case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
          case POSTPONED -> EnumSet.of(PLANNED, SCHEDULED, CANCELLED);
          case COMPLETED, CANCELLED -> EnumSet.noneOf(ActivityStatus.class);
        });
  }

  /**
   * Whether the activity is finished one way or the other.
   *
   * @return true for {@link #COMPLETED} and {@link #CANCELLED}
   */
  public boolean isClosed() {
    return this == COMPLETED || this == CANCELLED;
  }
}

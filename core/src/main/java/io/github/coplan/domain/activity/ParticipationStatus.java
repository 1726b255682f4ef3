package io.github.coplan.domain.activity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a participation stands. INVITED may move to CONFIRMED, ATTENDED, NO_SHOW or WITHDRAWN;
 * CONFIRMED to ATTENDED, NO_SHOW or WITHDRAWN; the other three are final.
 */
public enum ParticipationStatus {
  /** Invited. */
  INVITED,
  /** Said they will come. */
  CONFIRMED,
  /** Took part. */
  ATTENDED,
  /** Did not come. */
  NO_SHOW,
  /** Withdrew. */
  WITHDRAWN;

  /**
   * The statuses this one may move to.
   *
   * @return an unmodifiable set
   */
  public Set<ParticipationStatus> next() {
    // A fresh set per call, wrapped so that the documented promise (unmodifiable) holds.
    return Collections.unmodifiableSet(
        switch (this) {
          case INVITED -> EnumSet.of(CONFIRMED, ATTENDED, NO_SHOW, WITHDRAWN);
          case CONFIRMED -> EnumSet.of(ATTENDED, NO_SHOW, WITHDRAWN);
          case ATTENDED, NO_SHOW, WITHDRAWN -> EnumSet.noneOf(ParticipationStatus.class);
        });
  }
}

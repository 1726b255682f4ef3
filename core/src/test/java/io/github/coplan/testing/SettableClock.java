package io.github.coplan.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock in UTC that a test sets. Not thread-safe. */
public final class SettableClock extends Clock {

  private Instant now;

  /**
   * A clock at an instant.
   *
   * @param now the instant
   */
  public SettableClock(Instant now) {
    this.now = now;
  }

  /**
   * Moves the clock.
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    this.now = instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}

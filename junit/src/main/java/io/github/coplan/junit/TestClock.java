package io.github.coplan.junit;

import io.github.coplan.domain.error.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A clock that stands still until the test moves it: {@link #setToday(LocalDate)}, {@link
 * #set(Instant)} and {@link #advance(Duration)}. Its zone is UTC, so {@link #today()} is the UTC
 * day. Thread-safe: a test may move it while the code under test reads it.
 *
 * <p>The clock {@link CoplanExtension} gives starts at {@link #DEFAULT_START}.
 */
public final class TestClock extends Clock {

  /** Where a new clock of {@link CoplanExtension} stands: 2019-01-01 at midnight UTC. */
  public static final Instant DEFAULT_START = Instant.parse("2019-01-01T00:00:00Z");

  private final AtomicReference<Instant> now;

  private TestClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /**
   * A clock standing at an instant.
   *
   * @param start the instant
   * @return the clock
   * @throws InvalidInputException on the path {@code start} if it is missing
   */
  public static TestClock at(@Nullable Instant start) {
    return new TestClock(Checks.required("start", start));
  }

  /**
   * A clock standing at midnight UTC of a day.
   *
   * @param day the day
   * @return the clock
   * @throws InvalidInputException on the path {@code day} if it is missing
   */
  public static TestClock atStartOf(@Nullable LocalDate day) {
    return new TestClock(Checks.required("day", day).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /**
   * Moves the clock to an instant, forwards or back.
   *
   * @param instant where the clock now stands
   * @throws InvalidInputException on the path {@code instant} if it is missing
   */
  public void set(@Nullable Instant instant) {
    now.set(Checks.required("instant", instant));
  }

  /**
   * Moves the clock to midnight UTC of a day, forwards or back.
   *
   * @param day the day it now is
   * @throws InvalidInputException on the path {@code day} if it is missing
   */
  public void setToday(@Nullable LocalDate day) {
    now.set(Checks.required("day", day).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /**
   * Moves the clock forwards (or back, for a negative duration).
   *
   * @param duration how far
   * @return the instant the clock now stands at
   * @throws InvalidInputException on the path {@code duration} if it is missing
   */
  public Instant advance(@Nullable Duration duration) {
    Duration by = Checks.required("duration", duration);
    return now.updateAndGet(i -> i.plus(by));
  }

  /**
   * The UTC day the clock stands in.
   *
   * @return the day
   */
  public LocalDate today() {
    return LocalDate.ofInstant(now.get(), ZoneOffset.UTC);
  }

  /**
   * The instant the clock stands at.
   *
   * @return the instant
   */
  @Override
  public Instant instant() {
    // never null: set only through Checks.required; NullAway without its JSpecify mode (JDK 17
    // before 17.0.19) reads AtomicReference.get() as nullable
    return java.util.Objects.requireNonNull(now.get(), "instant");
  }

  /**
   * UTC.
   *
   * @return {@link ZoneOffset#UTC}
   */
  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /**
   * A fixed clock at this clock's instant in another zone: unlike this one, it does not move when
   * this one is set.
   *
   * @param zone the zone
   * @return a fixed clock
   */
  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now.get(), zone);
  }

  @Override
  public String toString() {
    return "TestClock[" + now.get() + "]";
  }
}

package io.github.coplan.domain.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where new aggregate ids come from. The default, {@link #timeOrdered(Clock)}, makes UUIDv7 ids
 * (RFC 9562): time-ordered, so that ids sort by creation time and index well.
 *
 * <p>Implementations must be thread-safe and never return the same id twice.
 */
@FunctionalInterface
public interface IdSource {

  /**
   * A new id.
   *
   * @return an id never returned before
   */
  UUID nextId();

  /**
   * UUIDv7 ids from the given clock: 48 bits of milliseconds, then a 12-bit counter that keeps ids
   * of the same millisecond in order, then random bits. Ids are strictly increasing per source.
   *
   * @param clock the clock that gives the milliseconds
   * @return a thread-safe id source
   */
  static IdSource timeOrdered(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return new IdSource() {
      private final SecureRandom random = new SecureRandom();
      private final ReentrantLock lock = new ReentrantLock();
      private long lastMillis = -1;
      private long counter;

      @Override
      public UUID nextId() {
        long millis;
        long sequence;
        lock.lock();
        try {
          millis = Math.max(clock.millis(), lastMillis);
          if (millis == lastMillis) {
            counter++;
            if (counter > 0xFFF) {
              millis++;
              counter = 0;
            }
          } else {
            counter = random.nextInt(0x400);
          }
          lastMillis = millis;
          sequence = counter;
        } finally {
          lock.unlock();
        }
        long msb = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | sequence;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
      }
    };
  }
}

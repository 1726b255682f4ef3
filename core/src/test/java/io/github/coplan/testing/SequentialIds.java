package io.github.coplan.testing;

import io.github.coplan.domain.shared.IdSource;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids 1, 2, 3, … in the form of {@link Fixtures#activityId(long)}, so that tests can name them in
 * advance.
 */
public final class SequentialIds implements IdSource {

  private final AtomicLong last = new AtomicLong();

  /**
   * The n-th id this source gives, counting from 1.
   *
   * @param n a number
   * @return the id
   */
  public static UUID nth(long n) {
    return new UUID(0x0189_0000_0000_7000L, 0x8000_0000_0000_0000L | n);
  }

  @Override
  public UUID nextId() {
    return nth(last.incrementAndGet());
  }
}

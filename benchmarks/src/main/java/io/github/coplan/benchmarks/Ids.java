package io.github.coplan.benchmarks;

import java.util.UUID;

/**
 * Deterministic ids of the fixtures: UUIDv7-shaped (time-ordered by index, as Coplan's own ids
 * are), with the "random" bits mixed from the seed, the kind and the index.
 */
final class Ids {

  static final int ORGANISATION = 1;
  static final int PERSON = 2;
  static final int PLAN = 3;
  static final int ACTIVITY = 4;

  /** 2024-01-01T00:00Z in milliseconds; each index is one millisecond later. */
  private static final long BASE_MILLIS = 1_704_067_200_000L;

  private Ids() {}

  static UUID of(long seed, int kind, long index) {
    long millis = BASE_MILLIS + (long) kind * 10_000_000_000L + index;
    long r = mix(seed * 31 + kind * 1_000_003L + index);
    long high = (millis << 16) | 0x7000L | (r & 0xfffL);
    long low = (mix(r) & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  /** A 64-bit mixer (SplitMix64's finalizer). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A deterministic number in [0, bound) for a seed, a purpose and an index. */
  static int pick(long seed, int purpose, long index, int bound) {
    return (int)
        Math.floorMod(mix(seed ^ mix(purpose * 0x9e3779b97f4a7c15L + index)), (long) bound);
  }
}

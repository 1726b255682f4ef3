package io.github.coplan.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.testing.SettableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdSourceTest {

  private static final int COUNT = 10_000;

  @Test
  void idsAreVersion7AndStrictlyIncreasingAndUnique() {
    IdSource ids = IdSource.timeOrdered(Clock.systemUTC());

    List<UUID> made = take(ids, COUNT);

    assertThat(new HashSet<>(made)).hasSize(COUNT);
    for (int i = 0; i < COUNT; i++) {
      UUID id = made.get(i);
      assertThat(id.version()).isEqualTo(7);
      assertThat(id.variant()).isEqualTo(2);
      if (i > 0) {
        assertThat(ActivitySort.compareIds(made.get(i - 1), id)).isNegative();
        assertThat(made.get(i - 1).toString()).isLessThan(id.toString());
      }
    }
  }

  @Test
  void idsOfOneMillisecondStillIncrease() {
    Instant now = Instant.parse("2018-08-15T02:00:00Z");
    IdSource ids = IdSource.timeOrdered(Clock.fixed(now, ZoneOffset.UTC));

    List<UUID> made = take(ids, COUNT);

    assertThat(new HashSet<>(made)).hasSize(COUNT);
    assertThat(made.get(0).getMostSignificantBits() >>> 16).isEqualTo(now.toEpochMilli());
    for (int i = 1; i < COUNT; i++) {
      assertThat(ActivitySort.compareIds(made.get(i - 1), made.get(i))).as("id %d", i).isNegative();
      assertThat(made.get(i).version()).isEqualTo(7);
    }
  }

  @Test
  void aClockThatGoesBackDoesNotBreakTheOrder() {
    SettableClock clock = new SettableClock(Instant.parse("2018-08-15T02:00:00Z"));
    IdSource ids = IdSource.timeOrdered(clock);

    UUID first = ids.nextId();
    clock.set(Instant.parse("2018-08-15T01:00:00Z"));
    UUID second = ids.nextId();
    clock.set(Instant.parse("2018-08-15T03:00:00Z"));
    UUID third = ids.nextId();

    assertThat(ActivitySort.compareIds(first, second)).isNegative();
    assertThat(ActivitySort.compareIds(second, third)).isNegative();
    assertThat(third.getMostSignificantBits() >>> 16)
        .isEqualTo(Instant.parse("2018-08-15T03:00:00Z").toEpochMilli());
  }

  @Test
  void idsAreUniqueAcrossThreads() throws Exception {
    IdSource ids = IdSource.timeOrdered(Clock.systemUTC());
    Set<UUID> seen = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<UUID>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> take(ids, COUNT / 4)));
      }
      for (Future<List<UUID>> f : futures) {
        List<UUID> part = f.get(30, TimeUnit.SECONDS);
        seen.addAll(part);
        for (int i = 1; i < part.size(); i++) {
          assertThat(ActivitySort.compareIds(part.get(i - 1), part.get(i))).isNegative();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(seen).hasSize(COUNT);
  }

  private static List<UUID> take(IdSource ids, int count) {
    List<UUID> made = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      made.add(ids.nextId());
    }
    return made;
  }
}

package io.github.coplan.benchmarks;

import io.github.coplan.port.storage.Aggregates;
import io.github.coplan.storage.memory.InMemoryStorage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap an {@link InMemoryStorage} retains per activity: used heap after full collections before
 * and after loading the activities of a fixture (zero to three participations each, 1.5 on
 * average), divided by their number. Run by {@link Run} in a JVM of its own with a large heap;
 * prints one line {@code bytes-per-activity <n>}.
 */
public final class HeapPerActivity {

  private HeapPerActivity() {}

  /**
   * Measures.
   *
   * @param args the number of activities (default 1,000,000)
   */
  // its units of work have nothing to return and return null, which UnitOfWork<T extends @Nullable
  // Object>
  // allows; NullAway reads that bound only in JSpecify mode (JDK 17.0.19+), not in the mode of
  // older JDKs
  @SuppressWarnings("NullAway")
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Fixtures.Spec spec = Fixtures.Spec.of(count, false);
    InMemoryStorage storage = InMemoryStorage.create();
    storage.inTransaction(
        r -> {
          for (int i = 0; i < Data.ORGANISATIONS; i++) {
            r.organisations().insert(Data.organisation(spec.seed(), i));
          }
          for (int i = 0; i < Data.PEOPLE; i++) {
            r.people().insert(Data.person(spec.seed(), i));
          }
          for (int i = 0; i < spec.planCount(); i++) {
            r.plans().insert(Data.plan(spec.seed(), i));
          }
          return null;
        });
    long before = usedAfterGc();
    for (int from = 0; from < count; from += 10_000) {
      int start = from;
      int end = Math.min(count, from + 10_000);
      storage.inTransaction(
          r -> {
            for (int i = start; i < end; i++) {
              r.activities()
                  .insert(
                      Aggregates.withVersion(
                          Data.storedActivity(spec.seed(), i, spec.planOf(i)), 0));
            }
            return null;
          });
    }
    long after = usedAfterGc();
    String line =
        "bytes-per-activity "
            + (after - before) / count
            + " activities "
            + count
            + " retained "
            + (after - before)
            + " "
            + storage.describe();
    // the one output of this tool, read by Run
    System.out.println(line);
    java.lang.ref.Reference.reachabilityFence(storage);
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}

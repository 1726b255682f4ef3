package io.github.coplan.reliability;

import io.github.coplan.application.UseCases;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.reliability.ConcurrencyWorkload.Setup;
import io.github.coplan.reliability.ConcurrencyWorkload.Tally;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the two writer processes of {@link ConcurrencyCampaignTest}: opens the shared PostgreSQL
 * database and runs its writers of the {@link ConcurrencyWorkload}, then prints one line {@code
 * done first=… threads=… … errors=… torn=…} and exits with 0 only if nothing failed.
 *
 * <p>Arguments: JDBC URL, user, password, the encoded setup, the number of its first writer over
 * both processes, its thread count, and the updates per thread.
 */
public final class ConcurrencyWorkerProcess {

  private ConcurrencyWorkerProcess() {}

  /**
   * Runs the writers.
   *
   * @param args as described on the class
   * @throws Exception if a thread cannot be joined
   */
  public static void main(String[] args) throws Exception {
    String url = args[0];
    Setup setup = Setup.decode(args[3]);
    int first = Integer.parseInt(args[4]);
    int threads = Integer.parseInt(args[5]);
    int updates = Integer.parseInt(args[6]);
    Tally tally = new Tally();
    long started = System.nanoTime();
    try (JdbiStorage storage = JdbiStorage.postgres(url, args[1], args[2])) {
      UseCases coplan = ConcurrencyWorkload.coplan(storage);
      IdSource ids = IdSource.timeOrdered(Clock.systemUTC());
      List<Thread> writers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int g = first + t;
        writers.add(
            new Thread(
                () ->
                    ConcurrencyWorkload.write(
                        coplan,
                        storage,
                        ids,
                        setup,
                        g,
                        updates,
                        tally,
                        ConcurrencyCampaignTest.MAX_ATTEMPTS),
                "writer-" + g));
      }
      writers.forEach(Thread::start);
      for (Thread w : writers) {
        w.join();
      }
    }
    for (Throwable e : tally.errors) {
      e.printStackTrace(System.out);
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.println("done first=" + first + " threads=" + threads + " " + tally + " ms=" + ms);
    System.exit(tally.errors.isEmpty() && tally.torn.isEmpty() ? 0 : 1);
  }
}

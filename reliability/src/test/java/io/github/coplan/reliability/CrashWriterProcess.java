package io.github.coplan.reliability;

import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.reliability.CrashWorkload.Setup;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The writer of the crash campaign ({@link CrashSafetyCampaignTest}), run as a separate process:
 * opens the SQLite file, reads the plan, prints {@code ready}, then runs units of work ({@link
 * CrashWorkload#write}) one after the other until it is killed, printing each unit's {@code ack}
 * line only after the unit has returned.
 *
 * <p>Arguments: the database file, the plan id and the host organisation id.
 */
public final class CrashWriterProcess {

  private CrashWriterProcess() {}

  /**
   * Writes until killed.
   *
   * @param args database file, plan id, host id
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    Setup setup = new Setup(PlanId.of(args[1]), OrganisationId.of(args[2]));
    IdSource ids = IdSource.timeOrdered(Clock.systemUTC());
    try (JdbiStorage storage = JdbiStorage.sqlite(Path.of(args[0]))) {
      // Reading the plan sets up what the first unit would otherwise set up after "ready" (JDBI,
      // the
      // statements): the kill window then falls on units, not on a slow first one, even on a busy
      // machine.
      if (storage.readOnly(r -> r.plans().findById(setup.plan())).isEmpty()) {
        throw new IllegalStateException("no plan " + setup.plan() + " in the store");
      }
      out.println("ready");
      out.flush();
      while (true) {
        out.println(CrashWorkload.write(storage, ids, setup).line());
        out.flush();
      }
    }
  }
}

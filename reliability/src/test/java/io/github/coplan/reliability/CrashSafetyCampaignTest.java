package io.github.coplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.Coplan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.reliability.CrashWorkload.Setup;
import io.github.coplan.reliability.CrashWorkload.Unit;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Campaign 1, crash safety on SQLite: a writer process ({@link CrashWriterProcess}) runs units of
 * work across three aggregates and acknowledges each one on its standard output only once it has
 * returned; this test kills it with SIGKILL ({@link Process#destroyForcibly()}) at a random moment
 * (from a seeded generator), then checks the file: {@code PRAGMA integrity_check} is {@code ok} and
 * {@code PRAGMA foreign_key_check} finds nothing, every acknowledged unit is there and whole, at
 * most the one unit that was running may be there unacknowledged, and the ledger, the activities
 * and the people of the plan still count the same. One writer process is started per cycle; one
 * cycle in eight kills it while it starts and opens the file.
 *
 * <p>Short mode: {@code coplan.crash.cycles} = 50 cycles; long mode ({@code -Dcoplan.long=true}):
 * 1,000. The seed is {@code coplan.seed} (20181115 by default).
 *
 * <p>What this proves is crash safety against the process dying (the operating system survives and
 * keeps what was written to it); a power cut is what {@code synchronous=FULL} is for and is not
 * simulated here.
 */
class CrashSafetyCampaignTest {

  private static final int MAX_WINDOW_MS = 600;

  @TempDir Path dir;

  @Test
  void killedWritersLoseNoAcknowledgedUnitAndLeaveNoHalfUnit() throws Exception {
    int cycles = Campaign.size("coplan.crash.cycles", 50, 1_000);
    long seed = Campaign.seed(20181115L);
    Random random = new Random(seed);
    Path file = dir.resolve("crash.db");
    Setup setup;
    try (JdbiStorage storage = JdbiStorage.sqlite(file)) {
      setup = CrashWorkload.prepare(coplan(storage));
    }
    List<Unit> acknowledged = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    long ledger = 0;
    long unacknowledged = 0;
    int killedWhileStarting = 0;
    int killedWhileWriting = 0;
    long started = System.nanoTime();

    for (int cycle = 0; cycle < cycles && problems.isEmpty(); cycle++) {
      Process writer =
          new ProcessBuilder(
                  javaBinary(),
                  "-Xmx128m",
                  "-XX:TieredStopAtLevel=1",
                  "-XX:+UseSerialGC",
                  "-XX:-UsePerfData",
                  "-cp",
                  System.getProperty("java.class.path"),
                  CrashWriterProcess.class.getName(),
                  file.toString(),
                  setup.plan().toString(),
                  setup.host().toString())
              .redirectError(dir.resolve("writer.err").toFile())
              .redirectOutput(dir.resolve("writer.out").toFile())
              .start();
      Output output = new Output(dir.resolve("writer.out"), writer);
      boolean early = random.nextInt(8) == 0;
      if (early) {
        Thread.sleep(random.nextInt(1_500));
        killedWhileStarting++;
      } else {
        if (!output.awaitReady(TimeUnit.SECONDS.toMillis(120))) {
          writer.destroyForcibly();
          problems.add(
              "cycle "
                  + cycle
                  + ": the writer never got ready: "
                  + Files.readString(dir.resolve("writer.err")));
          break;
        }
        Thread.sleep(random.nextInt(MAX_WINDOW_MS));
        killedWhileWriting++;
      }
      writer.destroyForcibly();
      assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
      List<Unit> acks = output.acknowledgements();

      checkFile(file, cycle, problems);
      try (JdbiStorage storage = JdbiStorage.sqlite(file)) {
        UseCases coplan = coplan(storage);
        long[] counts = CrashWorkload.counts(coplan, setup);
        if (counts[0] != counts[1] || counts[0] != counts[2]) {
          problems.add(
              "cycle "
                  + cycle
                  + ": ledger "
                  + counts[0]
                  + ", activities "
                  + counts[1]
                  + ", people "
                  + counts[2]);
        }
        for (int i = 0; i < acks.size(); i++) {
          Unit unit = acks.get(i);
          if (unit.n() != ledger + 1 + i) {
            problems.add(
                "cycle "
                    + cycle
                    + ": acknowledged unit "
                    + unit.n()
                    + " where "
                    + (ledger + 1 + i)
                    + " was due");
          }
          int c = cycle;
          CrashWorkload.check(storage, setup, unit)
              .ifPresent(p -> problems.add("cycle " + c + ": " + p));
        }
        long extra = counts[0] - ledger - acks.size();
        if (extra < 0 || extra > 1) {
          problems.add(
              "cycle "
                  + cycle
                  + ": "
                  + acks.size()
                  + " units acknowledged but the ledger went from "
                  + ledger
                  + " to "
                  + counts[0]);
        }
        unacknowledged += Math.max(0, extra);
        ledger = counts[0];
      }
      acknowledged.addAll(acks);
    }

    // every unit ever acknowledged, once more, at the end
    long checked = 0;
    try (JdbiStorage storage = JdbiStorage.sqlite(file)) {
      for (Unit unit : acknowledged) {
        Optional<String> problem = CrashWorkload.check(storage, setup, unit);
        problem.ifPresent(problems::add);
        checked++;
      }
      long[] counts = CrashWorkload.counts(coplan(storage), setup);
      assertThat(counts[0])
          .isEqualTo(counts[1])
          .isEqualTo(counts[2])
          .isEqualTo(acknowledged.size() + unacknowledged);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long lost = problems.stream().filter(p -> p.contains("missing")).count();
    Campaign.record(
        "crash safety SQLITE",
        String.format(
            Locale.ROOT,
            "%d kill cycles (%d while writing, %d while starting), seed %d;"
                + " %d units acknowledged and checked %d times in all (after their cycle and at the end), %d more committed before the kill"
                + " but not acknowledged; lost %d, corrupt %d, problems %d; %.1f s",
            killedWhileStarting + killedWhileWriting,
            killedWhileWriting,
            killedWhileStarting,
            seed,
            acknowledged.size(),
            checked + acknowledged.size(),
            unacknowledged,
            lost,
            problems.stream().filter(p -> p.contains("integrity") || p.contains("foreign")).count(),
            problems.size(),
            seconds));
    assertThat(problems).isEmpty();
    assertThat(killedWhileStarting + killedWhileWriting).isEqualTo(cycles);
    assertThat(acknowledged).as("units acknowledged over all cycles").isNotEmpty();
  }

  private static void checkFile(Path file, int cycle, List<String> problems) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
        List<String> result = new ArrayList<>();
        while (rs.next()) {
          result.add(rs.getString(1));
        }
        if (!result.equals(List.of("ok"))) {
          problems.add("cycle " + cycle + ": integrity_check " + result);
        }
      }
      try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
        if (rs.next()) {
          problems.add("cycle " + cycle + ": foreign_key_check finds " + rs.getString(1));
        }
      }
    }
  }

  private static UseCases coplan(JdbiStorage storage) {
    return Coplan.builder()
        .storage(storage)
        .clock(Clock.systemUTC())
        .build()
        .actingAs(Actor.system("campaign"));
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * A writer's standard output, which goes to a file: a pipe would be drained by the JDK when the
   * process dies, racing a reader thread for its last lines. Only whole lines count, so a line cut
   * by the kill is not an acknowledgement.
   */
  private static final class Output {
    private final Path file;
    private final Process writer;

    Output(Path file, Process writer) {
      this.file = file;
      this.writer = writer;
    }

    boolean awaitReady(long millis) throws InterruptedException, IOException {
      long deadline = System.currentTimeMillis() + millis;
      while (!new String(Files.readAllBytes(file), StandardCharsets.UTF_8).startsWith("ready\n")) {
        if (System.currentTimeMillis() > deadline || !writer.isAlive()) {
          return false;
        }
        Thread.sleep(5);
      }
      return true;
    }

    List<Unit> acknowledgements() throws IOException {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      List<Unit> units = new ArrayList<>();
      int end = text.lastIndexOf('\n');
      if (end < 0) {
        return units;
      }
      for (String line : text.substring(0, end).split("\n")) {
        CrashWorkload.Unit.parse(line).ifPresent(units::add);
      }
      return units;
    }
  }
}

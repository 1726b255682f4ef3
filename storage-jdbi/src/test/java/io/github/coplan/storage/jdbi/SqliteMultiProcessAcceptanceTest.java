package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.CooperationPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, acceptance check 2: four separate JVM processes write one SQLite file at the same time,
 * each adding participants to the same activities through the public API: no process sees an error
 * (SQLITE_BUSY included) and no update is lost.
 *
 * <p>Each process makes {@code coplan.acceptance.updatesPerProcess} updates: 50 by default; the
 * acceptance run sets 1000.
 */
class SqliteMultiProcessAcceptanceTest {

  static final int PROCESSES = 4;
  static final int ACTIVITIES = 4;

  @TempDir Path dir;

  @Test
  void fourProcessesWritingOneFileLoseNothing(TestReporter report) throws Exception {
    int perProcess = Fixtures.intProperty("coplan.acceptance.updatesPerProcess", 50);
    int total = PROCESSES * perProcess;
    Path database = dir.resolve("shared.db");
    List<ActivityId> activities;
    List<PersonId> people;
    try (JdbiStorage storage = JdbiStorage.sqlite(database)) {
      UseCases coplan = Fixtures.coplan(storage);
      Organisation dost = Fixtures.register(coplan, Fixtures.dostHcmc());
      Organisation iia = Fixtures.register(coplan, Fixtures.israelInnovationAuthority());
      CooperationPlan plan = Fixtures.plan(coplan, "HCMC-IIA-2018", dost, iia);
      activities = Fixtures.ids(Fixtures.propose(coplan, plan.id(), ACTIVITIES));
      people = Fixtures.people(storage, total, dost.id());
    }
    Path ids = dir.resolve("ids.txt");
    List<String> lines = new ArrayList<>();
    lines.add(activities.stream().map(ActivityId::toString).collect(Collectors.joining(",")));
    people.forEach(p -> lines.add(p.toString()));
    Files.write(ids, lines, StandardCharsets.UTF_8);

    long started = System.nanoTime();
    List<Process> processes = new ArrayList<>();
    for (int p = 0; p < PROCESSES; p++) {
      processes.add(
          new ProcessBuilder(
                  javaBinary(),
                  "-Xmx256m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  SqliteWriterProcess.class.getName(),
                  database.toString(),
                  ids.toString(),
                  Integer.toString(p),
                  Integer.toString(perProcess))
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("process-" + p + ".log").toFile())
              .start());
    }
    List<String> summaries = new ArrayList<>();
    for (int p = 0; p < PROCESSES; p++) {
      Process process = processes.get(p);
      boolean finished = process.waitFor(20, TimeUnit.MINUTES);
      if (!finished) {
        process.destroyForcibly();
      }
      String log = Files.readString(dir.resolve("process-" + p + ".log"), StandardCharsets.UTF_8);
      assertThat(finished).as("process %d finished; its output:%n%s", p, log).isTrue();
      assertThat(process.exitValue())
          .as("exit code of process %d; its output:%n%s", p, log)
          .isZero();
      summaries.add(
          log.lines().filter(l -> l.startsWith("done ")).findFirst().orElse("no summary: " + log));
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    try (JdbiStorage storage = JdbiStorage.sqlite(database)) {
      UseCases coplan = Fixtures.coplan(storage);
      Set<Participant> found = new HashSet<>();
      long stored = 0;
      for (ActivityId id : activities) {
        Activity after = coplan.activities().get(id);
        stored += after.participations().size();
        assertThat(after.version())
            .as("one version per update of %s", id)
            .isEqualTo(1L + after.participations().size());
        after.participations().stream().map(Participation::participant).forEach(found::add);
      }
      Set<Participant> expected = new HashSet<>();
      people.forEach(p -> expected.add(Participant.of(p)));
      Figures.record(
          report,
          getClass().getSimpleName(),
          PROCESSES
              + " processes x "
              + perProcess
              + " updates = "
              + total
              + " updates; stored "
              + stored
              + ", lost "
              + (total - stored)
              + String.format(Locale.ROOT, ", %.1f s including JVM starts; ", seconds)
              + String.join("; ", summaries));
      assertThat(summaries).allSatisfy(s -> assertThat(s).contains(" errors=0 busy=0 "));
      assertThat(stored).as("stored updates").isEqualTo(total);
      assertThat(found).isEqualTo(expected);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.person.PersonId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One of the separate processes of the multi-process check ({@link
 * SqliteMultiProcessAcceptanceTest}): opens the shared SQLite file and adds its share of
 * participants to the shared activities through the public API, then prints one line {@code done
 * process=… updates=… errors=… busy=… ms=…} and exits with 0 only if nothing failed.
 *
 * <p>Arguments: the database file, a file of ids (the activities on the first line, then one person
 * per line), this process's number from 0, and how many updates it makes.
 */
public final class SqliteWriterProcess {

  private SqliteWriterProcess() {}

  /**
   * Runs one writer.
   *
   * @param args database file, ids file, process number, update count
   * @throws Exception if the files cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path database = Path.of(args[0]);
    List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    int process = Integer.parseInt(args[2]);
    int updates = Integer.parseInt(args[3]);
    List<ActivityId> activities =
        java.util.Arrays.stream(lines.get(0).split(",")).map(ActivityId::of).toList();
    int errors = 0;
    int busy = 0;
    long started = System.nanoTime();
    try (JdbiStorage storage = JdbiStorage.sqlite(database)) {
      UseCases coplan = Fixtures.coplan(storage);
      for (int i = 0; i < updates; i++) {
        PersonId person = PersonId.of(lines.get(1 + process * updates + i));
        ActivityId target = activities.get((process + i) % activities.size());
        try {
          coplan
              .activities()
              .addParticipant(
                  new AddParticipant(
                      target,
                      Participant.of(person),
                      ParticipationRole.DELEGATE,
                      ParticipationStatus.CONFIRMED));
        } catch (RuntimeException e) {
          errors++;
          if (String.valueOf(e.getMessage()).contains("locked")) {
            busy++;
          }
          e.printStackTrace(System.out);
        }
      }
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.println(
        "done process="
            + process
            + " updates="
            + updates
            + " errors="
            + errors
            + " busy="
            + busy
            + " ms="
            + ms);
    System.exit(errors == 0 ? 0 : 1);
  }
}

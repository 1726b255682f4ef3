package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.person.Person;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a person is forgotten, no byte of the SQLite database, its write-ahead log or its shared
 * memory file holds their name (as given or folded), contact or expertise: not in a table, not in
 * an index, not in free space, not in an old frame of the log. Checked while the store is open,
 * right after the forget, and again after it is closed; before the forget the texts were there.
 */
class SqliteForgetFileTest {

  @TempDir Path dir;

  /** The database file and the log and shared-memory files beside it, those that exist. */
  private List<Path> files(Path db) {
    List<Path> files = new ArrayList<>();
    for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
      Path p = db.resolveSibling(db.getFileName() + suffix);
      if (Files.exists(p)) {
        files.add(p);
      }
    }
    return files;
  }

  /** What of the erased texts the files hold, file by file; and their sizes in the message. */
  private List<String> found(Path db) throws IOException {
    List<String> found = new ArrayList<>();
    for (Path p : files(db)) {
      found.addAll(ForgetScenario.found(p.getFileName().toString(), Files.readAllBytes(p)));
    }
    return found;
  }

  private String sizes(Path db) throws IOException {
    StringBuilder out = new StringBuilder();
    for (Path p : files(db)) {
      out.append(p.getFileName()).append('=').append(Files.size(p)).append(" bytes ");
    }
    return out.toString().trim();
  }

  @Test
  void noFileOfTheDatabaseHoldsTheErasedTextAfterAForget() throws IOException {
    Path db = dir.resolve("coplan.db");
    JdbiStorage storage = JdbiStorage.sqlite(db);
    ForgetScenario scenario;
    try {
      scenario = ForgetScenario.on(storage);
      List<String> before = found(db);
      assertThat(before)
          .as("the texts are in the files before the forget (%s)", sizes(db))
          .anyMatch(line -> line.contains("\"" + ForgetScenario.NAME + "\""))
          .anyMatch(line -> line.contains("\"" + ForgetScenario.RENAMED + "\""))
          .anyMatch(line -> line.contains("\"" + ForgetScenario.CONTACT + "\""))
          .anyMatch(line -> line.contains("\"" + ForgetScenario.EXPERTISE + "\""))
          .anyMatch(line -> line.contains("\"zebulon quixotic-ngo\""));

      scenario.forget();

      assertThat(found(db)).as("while the store is open (%s)", sizes(db)).isEmpty();
    } finally {
      storage.close();
    }
    assertThat(found(db)).as("after the store is closed (%s)", sizes(db)).isEmpty();

    try (JdbiStorage reopened = JdbiStorage.sqlite(db)) {
      Person person = reopened.readOnly(r -> r.people().findById(scenario.person())).orElseThrow();
      assertThat(person.forgotten()).isTrue();
      List<ChangeRecord> records =
          reopened.readOnly(
              r ->
                  r.history().ofAggregate(AggregateRef.of(scenario.person()), Long.MAX_VALUE, 100));
      assertThat(records).hasSize(5);
    }
  }

  @Test
  void everyConnectionOverwritesDeletedContent() {
    try (JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("coplan.db"))) {
      for (boolean readOnly : new boolean[] {false, true}) {
        int secureDelete =
            storage.withHandle(
                readOnly, h -> h.createQuery("PRAGMA secure_delete").mapTo(Integer.class).one());
        assertThat(secureDelete)
            .as(readOnly ? "a reading connection" : "the writing connection")
            .isEqualTo(1);
      }
    }
  }
}

package io.github.coplan.benchmarks;

import io.github.coplan.Coplan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Opens an existing, up-to-date SQLite store, reads one activity and closes it: the work of a fresh
 * JVM that {@link Run} times as a whole process, against {@link EmptyMain}.
 */
public final class OpenStore {

  private OpenStore() {}

  /**
   * Opens the store.
   *
   * @param args the SQLite file and the id of an activity it holds
   */
  public static void main(String[] args) {
    try (JdbiStorage storage = JdbiStorage.sqlite(Path.of(args[0]))) {
      UseCases coplan =
          Coplan.builder().storage(storage).build().actingAs(Actor.system("benchmark"));
      coplan.activities().get(new ActivityId(UUID.fromString(args[1])));
    }
  }
}

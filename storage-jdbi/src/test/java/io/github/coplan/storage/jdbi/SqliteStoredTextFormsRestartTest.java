package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text forms of partial dates and spans read back exactly from the SQLite file after a restart,
 * by a store without the aggregate cache, so every value comes from the tables. The fa-IR Surefire
 * execution runs it in a Persian JVM, whose default number format writes ۲۰۱۸.
 */
class SqliteStoredTextFormsRestartTest {

  @TempDir Path dir;

  @Test
  void datesReadBackExactlyAfterARestartWithoutTheCache() {
    Path file = dir.resolve("coplan.db");
    try (JdbiStorage storage = JdbiStorage.sqlite(file)) {
      TextFormsPlan.write(storage);
      assertThat(TextFormsPlan.read(storage)).containsExactlyElementsOf(TextFormsPlan.EXPECTED);
    }

    try (JdbiStorage storage =
        JdbiStorage.sqlite(file, JdbiOptions.builder().aggregateCache(false).build())) {
      assertThat(TextFormsPlan.read(storage)).containsExactlyElementsOf(TextFormsPlan.EXPECTED);
    }
  }
}

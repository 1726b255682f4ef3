package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.testing.postgres.ThrowawayPostgres;
import org.junit.jupiter.api.Test;

/**
 * The text forms of partial dates and spans read back exactly from PostgreSQL after a restart: a
 * second store on the same schema starts with an empty aggregate cache, so every value comes from
 * the tables. The fa-IR Surefire execution runs it in a Persian JVM, whose default number format
 * writes ۲۰۱۸.
 */
class PostgresStoredTextFormsRestartTest {

  @Test
  void datesReadBackExactlyAfterARestart() {
    ThrowawayPostgres server = ThrowawayPostgres.get();
    String url = server.url(server.newSchema());
    try (JdbiStorage storage = JdbiStorage.postgres(url, server.user(), server.password())) {
      TextFormsPlan.write(storage);
      assertThat(TextFormsPlan.read(storage)).containsExactlyElementsOf(TextFormsPlan.EXPECTED);
    }

    try (JdbiStorage storage = JdbiStorage.postgres(url, server.user(), server.password())) {
      assertThat(TextFormsPlan.read(storage)).containsExactlyElementsOf(TextFormsPlan.EXPECTED);
    }
  }
}

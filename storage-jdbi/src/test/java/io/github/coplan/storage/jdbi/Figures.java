package io.github.coplan.storage.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.TestReporter;

/**
 * Records the figures of the acceptance checks: as JUnit report entries, on standard output, and
 * appended to {@code target/acceptance-figures.txt}.
 */
final class Figures {

  private static final Path FILE = Path.of("target", "acceptance-figures.txt");

  private Figures() {}

  static synchronized void record(TestReporter report, String check, String figures) {
    report.publishEntry(check, figures);
    String line = Instant.now() + " " + check + ": " + figures;
    System.out.println(line);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(
          FILE,
          line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

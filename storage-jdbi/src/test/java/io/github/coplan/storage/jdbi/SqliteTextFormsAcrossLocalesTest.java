package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan written by a JVM in the Persian locale (fa-IR, whose numbers read ۲۰۱۸) reads back exactly
 * in a new JVM in Thai with Thai digits (th-TH-u-nu-thai, ๒๐๑๘), from the same SQLite file, and in
 * this JVM, whatever its locale.
 */
class SqliteTextFormsAcrossLocalesTest {

  @TempDir Path dir;

  @Test
  void aPlanWrittenInPersianReadsBackInThai() throws Exception {
    Path database = dir.resolve("coplan.db");

    List<String> written = run("write", database, "-Duser.language=fa", "-Duser.country=IR");
    List<String> read =
        run("read", database, "-Duser.language=th", "-Duser.country=TH", "-Duser.variant=TH");

    assertThat(written).containsExactly("locale fa-IR writes 2018 as ۲۰۱۸");
    List<String> expected = new ArrayList<>();
    expected.add("locale th-TH-u-nu-thai-x-lvariant-TH writes 2018 as ๒๐๑๘");
    expected.addAll(TextFormsPlan.EXPECTED);
    assertThat(read).containsExactlyElementsOf(expected);
    try (JdbiStorage storage =
        JdbiStorage.sqlite(database, JdbiOptions.builder().aggregateCache(false).build())) {
      assertThat(TextFormsPlan.read(storage)).containsExactlyElementsOf(TextFormsPlan.EXPECTED);
    }
  }

  /**
   * Runs {@link TextFormsProcess} in a new JVM with the test's class path; its report, once it
   * exited with 0.
   */
  private List<String> run(String mode, Path database, String... locale)
      throws IOException, InterruptedException {
    Path report = dir.resolve(mode + ".txt");
    Path log = dir.resolve(mode + ".log");
    List<String> command = new ArrayList<>();
    command.add(
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.add("-Xmx256m");
    command.addAll(List.of(locale));
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            TextFormsProcess.class.getName(),
            mode,
            database.toString(),
            report.toString()));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = process.waitFor(2, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    assertThat(finished).as("the %s process finished; its output:%n%s", mode, output).isTrue();
    assertThat(process.exitValue())
        .as("exit code of the %s process; its output:%n%s", mode, output)
        .isZero();
    return Files.readAllLines(report, StandardCharsets.UTF_8);
  }
}

package io.github.coplan.examples.hcmc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example program's answers: the report, or one line on standard error and a non-zero status.
 */
class HcmcIsraelInnovationPlanTest {

  @TempDir Path work;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int execute(String... args) {
    return HcmcIsraelInnovationPlan.execute(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void aReportDayThatIsNoDayIsOneLineAndStatus2AndRecordsNothing() {
    for (String bad : List.of("2019-13-01", "nonsense", "2019-02-30", "")) {
      out.reset();
      err.reset();
      Path file = work.resolve("plan.db");

      assertThat(execute(file.toString(), bad)).as(bad).isEqualTo(2);

      assertThat(err.toString(StandardCharsets.UTF_8))
          .isEqualTo(
              "as-of must be a day such as 2019-01-01, was: " + bad + System.lineSeparator());
      assertThat(out.size()).isZero();
      assertThat(file).doesNotExist();
    }
  }

  @Test
  void aReportDayPrintsTheReportAndStatus0() {
    Path file = work.resolve("plan.db");

    assertThat(execute(file.toString(), "2019-01-01")).isZero();

    assertThat(err.size()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(HcmcIsraelInnovationPlan.run(file, LocalDate.of(2019, 1, 1)));
    assertThat(file).exists();
  }

  @Test
  void theProgramEndsWithStatus2AndOneLineOnStandardErrorForABadReportDay() throws Exception {
    Path file = work.resolve("plan.db");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HcmcIsraelInnovationPlan.class.getName(),
                file.toString(),
                "2019-13-01")
            .redirectOutput(work.resolve("out.txt").toFile())
            .redirectError(work.resolve("err.txt").toFile())
            .start();

    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(Files.readAllLines(work.resolve("err.txt"), StandardCharsets.UTF_8))
        .containsExactly("as-of must be a day such as 2019-01-01, was: 2019-13-01");
    assertThat(Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8)).isEmpty();
    assertThat(file).doesNotExist();
  }
}

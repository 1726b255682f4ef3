package io.github.coplan.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Campaign 5, coverage: run by the build after the JaCoCo reports (see this module's pom), it
 * prints the line and branch coverage of {@code core} — by core's own tests, and by every test of
 * the build (the aggregate report of this module, which counts the contract suites, the adapters'
 * tests and these campaigns too) — and fails the build when the whole build's figures fall below
 * their floors. It also prints the figures the campaigns recorded in this run.
 *
 * <p>Arguments: the aggregate report's CSV, core's own report's CSV, the line floor, the branch
 * floor (fractions), the campaigns' figures file, and three flags of which any {@code true} skips
 * the check: {@code jacoco.skip}, {@code skipTests}, {@code maven.test.skip}.
 */
public final class CoverageSummary {

  private CoverageSummary() {}

  /**
   * Prints and checks.
   *
   * @param args as described on the class
   * @throws IOException if a report cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (Boolean.parseBoolean(args[5])
        || Boolean.parseBoolean(args[6])
        || Boolean.parseBoolean(args[7])) {
      System.out.println("[coverage] skipped (jacoco.skip, skipTests or maven.test.skip)");
      return;
    }
    Path aggregate = Path.of(args[0]);
    Path own = Path.of(args[1]);
    double lineFloor = Double.parseDouble(args[2]);
    double branchFloor = Double.parseDouble(args[3]);
    Path figures = Path.of(args[4]);
    if (Files.exists(figures)) {
      for (String line : Files.readAllLines(figures, StandardCharsets.UTF_8)) {
        System.out.println("[campaign] " + line);
      }
    }
    if (Files.exists(own)) {
      long[] c = coreCounts(own);
      System.out.println("[coverage] core by its own tests: " + describe(c));
    }
    if (!Files.exists(aggregate)) {
      throw new IllegalStateException(
          "no aggregate coverage report at " + aggregate + "; run the whole build (./mvnw verify)");
    }
    long[] c = coreCounts(aggregate);
    if (c[0] + c[1] == 0) {
      // core was not built in this reactor (for example -pl reliability without -am): there is no
      // whole-build figure
      System.out.println(
          "[coverage] core is not part of this build, so there is no whole-build figure; run ./mvnw verify");
      return;
    }
    System.out.println(
        "[coverage] core by every test of the build: "
            + describe(c)
            + String.format(
                Locale.ROOT,
                " (floors: lines %.0f%%, branches %.0f%%)",
                100 * lineFloor,
                100 * branchFloor));
    double lines = ratio(c[1], c[0]);
    double branches = ratio(c[3], c[2]);
    if (lines < lineFloor || branches < branchFloor) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "core's coverage over the build fell below its floors: lines %.2f%% <"
                  + " %.0f%% or branches %.2f%% < %.0f%%",
              100 * lines,
              100 * lineFloor,
              100 * branches,
              100 * branchFloor));
    }
  }

  /**
   * Missed and covered lines, missed and covered branches of core's packages in a JaCoCo CSV
   * report.
   */
  static long[] coreCounts(Path csv) throws IOException {
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = List.of(rows.get(0).split(","));
    int pkg = header.indexOf("PACKAGE");
    int[] columns = {
      header.indexOf("LINE_MISSED"),
      header.indexOf("LINE_COVERED"),
      header.indexOf("BRANCH_MISSED"),
      header.indexOf("BRANCH_COVERED")
    };
    long[] counts = new long[4];
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",");
      if (cells[pkg].startsWith("io.github.coplan")
          && !cells[pkg].startsWith("io.github.coplan.storage")
          && !cells[pkg].startsWith("io.github.coplan.reliability")) {
        for (int i = 0; i < 4; i++) {
          counts[i] += Long.parseLong(cells[columns[i]]);
        }
      }
    }
    return counts;
  }

  private static String describe(long[] c) {
    return String.format(
        Locale.ROOT,
        "lines %.2f%% (%d of %d), branches %.2f%% (%d of %d)",
        100 * ratio(c[1], c[0]),
        c[1],
        c[0] + c[1],
        100 * ratio(c[3], c[2]),
        c[3],
        c[2] + c[3]);
  }

  private static double ratio(long covered, long missed) {
    return covered + missed == 0 ? 0 : (double) covered / (covered + missed);
  }
}

package io.github.coplan.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The knobs every campaign shares: short or long mode, sizes that a system property may override,
 * the seed, and where the figures of a run are written.
 *
 * <p>The long mode is on when the system property {@code coplan.long} is {@code true}; the module's
 * build passes it on from {@code -Dcoplan.long=true} or the {@code long} profile.
 */
final class Campaign {

  /**
   * Whether this JVM wrote figures yet: the first write starts the file afresh, so it holds one
   * run.
   */
  private static boolean written;

  private Campaign() {}

  /**
   * Whether the campaigns run in their long mode.
   *
   * @return true for {@code -Dcoplan.long=true}
   */
  static boolean isLong() {
    return Boolean.getBoolean("coplan.long");
  }

  /**
   * A size: the system property {@code name} if set, else the long or the short default.
   *
   * @param name the property name
   * @param shortMode the size in the short mode
   * @param longMode the size in the long mode
   * @return the size
   */
  static int size(String name, int shortMode, int longMode) {
    String value = System.getProperty(name);
    if (value != null && !value.isBlank()) {
      return Integer.parseInt(value.trim());
    }
    return isLong() ? longMode : shortMode;
  }

  /**
   * The seed of the random choices of a campaign: {@code coplan.seed} if set, else a fixed one, so
   * that a failure can be replayed.
   *
   * @param fixed the campaign's own default seed
   * @return the seed
   */
  static long seed(long fixed) {
    String value = System.getProperty("coplan.seed");
    return value == null || value.isBlank() ? fixed : Long.parseLong(value.trim());
  }

  /**
   * Records one line of a campaign's figures: printed, and appended to {@code
   * target/reliability-figures.txt} (started afresh by each test JVM), which the build prints at
   * its end ({@link CoverageSummary}) and from which {@code docs/reliability.md} takes its figures.
   *
   * @param campaign the campaign's name
   * @param figures what it counted
   */
  static synchronized void record(String campaign, String figures) {
    String line =
        Instant.now() + " [" + (isLong() ? "long" : "short") + "] " + campaign + ": " + figures;
    System.out.println(line);
    Path file = Path.of("target", "reliability-figures.txt");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          written ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
      written = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

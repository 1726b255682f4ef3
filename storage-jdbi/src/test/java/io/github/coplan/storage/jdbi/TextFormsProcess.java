package io.github.coplan.storage.jdbi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One of the separate JVMs of {@link SqliteTextFormsAcrossLocalesTest}: writes {@link
 * TextFormsPlan} into a SQLite file, or reads it back, and writes to a report file (UTF-8) a first
 * line naming the JVM's default locale and how that locale writes 2018, then, when reading, the
 * lines {@link TextFormsPlan#read} gives. Exits with 1, the stack trace on standard error, if the
 * store cannot be written or read.
 *
 * <p>Arguments: {@code write} or {@code read}, the database file, the report file.
 */
public final class TextFormsProcess {

  private TextFormsProcess() {}

  /**
   * Writes or reads the plan.
   *
   * @param args mode, database file, report file
   * @throws Exception if the report cannot be written
   */
  public static void main(String[] args) throws Exception {
    Locale locale = Locale.getDefault(Locale.Category.FORMAT);
    List<String> report = new ArrayList<>();
    report.add(
        "locale "
            + locale.toLanguageTag()
            + " writes 2018 as "
            + String.format(locale, "%d", 2018));
    try (JdbiStorage storage = JdbiStorage.sqlite(Path.of(args[1]))) {
      if (args[0].equals("write")) {
        TextFormsPlan.write(storage);
      } else {
        report.addAll(TextFormsPlan.read(storage));
      }
    } catch (RuntimeException e) {
      e.printStackTrace();
      Files.write(Path.of(args[2]), report, StandardCharsets.UTF_8);
      System.exit(1);
    }
    Files.write(Path.of(args[2]), report, StandardCharsets.UTF_8);
  }
}

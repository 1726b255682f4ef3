package io.github.coplan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package of the core's sources says what it is, and that null is the exception. */
class PackageInfoTest {

  private static final Path SOURCES = Path.of("src", "main", "java");

  @Test
  void everySourcePackageHasADocumentedNullMarkedPackageInfo() throws IOException {
    assertThat(SOURCES).as("run from the core module's directory").isDirectory();
    List<Path> packages;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      packages =
          files
              .filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java"))
              .map(Path::getParent)
              .distinct()
              .sorted()
              .toList();
    }

    assertThat(packages).hasSizeGreaterThanOrEqualTo(10);
    for (Path dir : packages) {
      String name =
          SOURCES.relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), ".");
      Path info = dir.resolve("package-info.java");
      assertThat(info).as(name).exists();
      String text = read(info);
      assertThat(text)
          .as(name)
          .containsPattern(
              "(?s)/\\*\\*.*\\S.*\\*/\\s*@NullMarked\\s+package " + name.replace(".", "\\.") + ";")
          .contains("import org.jspecify.annotations.NullMarked;");
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

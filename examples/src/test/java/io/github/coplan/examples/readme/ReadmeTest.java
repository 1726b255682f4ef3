package io.github.coplan.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Compiles every {@code java} block of the README and runs the ones made of statements, checking
 * that they print what their {@code // prints:} comments say. A README that drifts from the API
 * fails the build.
 */
class ReadmeTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PRINTS = Pattern.compile("// prints: (.*)");
  private static final String IMPORTS =
      String.join(
          "\n",
          "import io.github.coplan.*;",
          "import io.github.coplan.application.*;",
          "import io.github.coplan.domain.access.*;",
          "import io.github.coplan.domain.history.*;",
          "import io.github.coplan.domain.market.*;",
          "import io.github.coplan.domain.network.*;",
          "import java.util.*;",
          "import io.github.coplan.domain.activity.*;",
          "import io.github.coplan.domain.error.*;",
          "import io.github.coplan.domain.organisation.*;",
          "import io.github.coplan.domain.person.*;",
          "import io.github.coplan.domain.plan.*;",
          "import io.github.coplan.domain.query.*;",
          "import io.github.coplan.domain.result.*;",
          "import io.github.coplan.domain.shared.*;",
          "import io.github.coplan.port.storage.*;",
          "import io.github.coplan.storage.memory.*;",
          "import io.github.coplan.storage.jdbi.*;",
          "import io.github.coplan.storage.testkit.*;",
          "import io.github.coplan.junit.*;",
          "import io.github.coplan.examples.testing.*;",
          "import java.nio.file.*;",
          "import java.time.*;",
          "import org.junit.jupiter.api.*;",
          "import org.junit.jupiter.api.extension.*;",
          "import static org.assertj.core.api.Assertions.*;",
          "");

  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> everyJavaBlockOfTheReadmeCompilesAndPrintsWhatItSays() throws IOException {
    List<String> blocks = javaBlocks(readme());
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(3);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      String block = blocks.get(i);
      String name = "ReadmeSnippet" + i;
      tests.add(DynamicTest.dynamicTest("README java block " + (i + 1), () -> check(name, block)));
    }
    return tests.stream();
  }

  @Test
  void theMavenBlockShowsThePostgresqlDriverAtTheVersionTheBuildUses() throws IOException {
    Path readme = readme();
    Matcher xml =
        Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(readme, StandardCharsets.UTF_8));
    assertThat(xml.find()).as("an xml block in the README").isTrue();
    Matcher driver =
        Pattern.compile(
                "<!-- only for PostgreSQL[^>]*-->\\s*<dependency>\\s*<groupId>org\\.postgresql</groupId>\\s*"
                    + "<artifactId>postgresql</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(xml.group(1));
    assertThat(driver.find())
        .as("the PostgreSQL driver, marked as needed only for PostgreSQL:%n%s", xml.group(1))
        .isTrue();
    Matcher built =
        Pattern.compile("<postgresql\\.version>([^<]+)</postgresql\\.version>")
            .matcher(Files.readString(readme.resolveSibling("pom.xml"), StandardCharsets.UTF_8));
    assertThat(built.find()).isTrue();
    assertThat(driver.group(1)).isEqualTo(built.group(1));
  }

  static Path readme() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("mvnw"))) {
        return dir.resolve("README.md");
      }
    }
    throw new AssertionError("README.md not found above " + here);
  }

  static List<String> javaBlocks(Path readme) throws IOException {
    Matcher m = JAVA_BLOCK.matcher(Files.readString(readme, StandardCharsets.UTF_8));
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  private void check(String name, String block) throws Exception {
    boolean isClass = block.stripLeading().startsWith("class ");
    String source =
        isClass
            ? IMPORTS + block.replaceFirst("class \\w+", "class " + name)
            : IMPORTS
                + "public class "
                + name
                + " {\n public static void main(String[] args) throws Exception {\n"
                + block
                + "\n }\n}\n";
    Path dir = Files.createDirectories(work.resolve(name));
    Path file = dir.resolve(name + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      boolean ok =
          compiler
              .getTask(
                  null,
                  files,
                  diagnostics,
                  List.of(
                      "-classpath",
                      System.getProperty("java.class.path"),
                      "-d",
                      dir.toString(),
                      "-proc:none"),
                  null,
                  files.getJavaFileObjects(file))
              .call();
      assertThat(ok)
          .as("README block compiles:\n%s\n%s", block, diagnostics.getDiagnostics())
          .isTrue();
    }
    if (isClass) {
      if (block.contains("@Test")) {
        runTests(dir, name);
      }
      return;
    }
    List<String> expected = new ArrayList<>();
    Matcher prints = PRINTS.matcher(block);
    while (prints.find()) {
      expected.add(prints.group(1).strip());
    }
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass(name).getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8).lines().toList())
        .containsExactlyElementsOf(expected);
  }

  /** Runs a block's tests on the JUnit Platform: each must pass, and there must be some. */
  private void runTests(Path dir, String name) throws Exception {
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      LauncherFactory.create()
          .execute(
              LauncherDiscoveryRequestBuilder.request()
                  .selectors(DiscoverySelectors.selectClass(loader.loadClass(name)))
                  .build(),
              listener);
      TestExecutionSummary summary = listener.getSummary();
      assertThat(summary.getFailures()).as("failures of the README's test").isEmpty();
      assertThat(summary.getTestsSucceededCount())
          .as("tests the README's test class ran")
          .isPositive();
    }
  }
}

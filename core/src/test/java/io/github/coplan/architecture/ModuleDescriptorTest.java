package io.github.coplan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.Coplan;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The core's module descriptor, as compiled: every package is exported but the internal ones, which
 * are exported to no module, and nothing is opened. The tests run on the class path, so this reads
 * the descriptor from the compiled classes; scripts/modular-downstream-check.sh proves it from a
 * modular application.
 */
class ModuleDescriptorTest {

  private static final ModuleDescriptor CORE = descriptor();

  @Test
  void everyPackageButTheInternalOnesIsExportedToEveryone() {
    Set<String> exported =
        CORE.exports().stream().map(Exports::source).collect(Collectors.toCollection(TreeSet::new));
    Set<String> api =
        CORE.packages().stream()
            .filter(p -> !p.endsWith(".internal"))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(exported)
        .isEqualTo(api)
        .contains(
            "io.github.coplan", "io.github.coplan.application", "io.github.coplan.port.storage");
    assertThat(CORE.exports())
        .allSatisfy(e -> assertThat(e.isQualified()).as(e.source()).isFalse());
  }

  @Test
  void theInternalPackagesAreNeitherExportedNorOpened() {
    assertThat(CORE.packages())
        .contains("io.github.coplan.domain.internal", "io.github.coplan.application.internal");
    assertThat(CORE.exports())
        .extracting(Exports::source)
        .doesNotContain(
            "io.github.coplan.domain.internal", "io.github.coplan.application.internal");
    assertThat(CORE.opens()).isEmpty();
    assertThat(CORE.isOpen()).isFalse();
  }

  @Test
  void readersOfTheApiReadJSpecifyAndNotGuava() {
    assertThat(CORE.requires())
        .filteredOn(r -> !r.modifiers().contains(Requires.Modifier.MANDATED))
        .extracting(r -> r.name() + r.modifiers())
        .containsExactlyInAnyOrder("org.jspecify[TRANSITIVE]", "com.google.common[]");
  }

  private static ModuleDescriptor descriptor() {
    try {
      Path classes =
          Path.of(Coplan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return ModuleFinder.of(classes).find("io.github.coplan.core").orElseThrow().descriptor();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}

package io.github.coplan.outputs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The outputs are on the driving side of the hexagon: they read through the core's use cases and
 * touch no storage adapter, no storage SPI and no internal package.
 */
@AnalyzeClasses(
    packages = "io.github.coplan.outputs",
    importOptions = ImportOption.DoNotIncludeTests.class)
class OutputsArchitectureTest {

  @ArchTest
  static final ArchRule outputsTouchNoStorage =
      noClasses()
          .that()
          .resideInAPackage("io.github.coplan.outputs..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.github.coplan.port.storage..",
              "io.github.coplan.storage..",
              "org.jdbi..",
              "java.sql..",
              "javax.sql..")
          .because("the outputs read through the use cases, whatever store is behind them");

  @ArchTest
  static final ArchRule outputsUseNoInternalPackage =
      noClasses()
          .that()
          .resideInAPackage("io.github.coplan.outputs..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.github.coplan..internal..")
          .because("an internal package is no API");
}

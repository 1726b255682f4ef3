package io.github.coplan.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules between modules, over every module's main classes: adapters stay apart, only the JDBI
 * adapter touches JDBI, JDBC, SQLite or PostgreSQL, the core knows no adapter and no output, and
 * adapters use the core only through its model and storage SPI.
 */
@AnalyzeClasses(packages = "io.github.coplan", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {

  private static final String MEMORY = "io.github.coplan.storage.memory..";
  private static final String JDBI = "io.github.coplan.storage.jdbi..";
  private static final String TESTKIT = "io.github.coplan.storage.testkit..";

  @ArchTest
  static final ArchRule memoryAdapterDoesNotUseAnotherAdapter =
      noClasses()
          .that()
          .resideInAPackage(MEMORY)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(JDBI, TESTKIT);

  @ArchTest
  static final ArchRule jdbiAdapterDoesNotUseAnotherAdapter =
      noClasses()
          .that()
          .resideInAPackage(JDBI)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(MEMORY, TESTKIT);

  @ArchTest
  static final ArchRule testKitDependsOnNoAdapter =
      noClasses()
          .that()
          .resideInAPackage(TESTKIT)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(MEMORY, JDBI);

  @ArchTest
  static final ArchRule onlyTheJdbiAdapterTouchesJdbiJdbcOrDatabaseDrivers =
      noClasses()
          .that()
          .resideOutsideOfPackage(JDBI)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.jdbi..", "java.sql..", "javax.sql..", "org.sqlite..", "org.postgresql..");

  @ArchTest
  static final ArchRule coreDependsOnNoAdapter =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.github.coplan",
              "io.github.coplan.domain..",
              "io.github.coplan.application..",
              "io.github.coplan.port..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.github.coplan.storage..",
              "io.github.coplan.outputs..",
              "io.github.coplan.examples..");

  @ArchTest
  static final ArchRule adaptersUseTheCoreOnlyThroughItsModelAndStorageSpi =
      classes()
          .that()
          .resideInAnyPackage(MEMORY, JDBI)
          .should()
          .onlyDependOnClassesThat()
          .resideOutsideOfPackages("io.github.coplan", "io.github.coplan.application..")
          .as(
              "adapters use the core only through io.github.coplan.domain.. and io.github.coplan.port.storage..");

  @ArchTest
  static final ArchRule examplesUseAdaptersOnlyThroughTheirPublicPackages =
      noClasses()
          .that()
          .resideInAPackage("io.github.coplan.examples..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..internal..");

  @ArchTest
  static final ArchRule internalPackagesAreUsedOnlyByTheCoreAndTheStoreAdapters =
      classes()
          .that()
          .resideInAPackage("io.github.coplan..internal..")
          .should()
          .onlyBeAccessed()
          .byClassesThat()
          .resideInAnyPackage(
              "io.github.coplan",
              "io.github.coplan.domain..",
              "io.github.coplan.application..",
              "io.github.coplan.port..",
              MEMORY,
              JDBI)
          .because(
              "an internal package is no API: the published contract suite, the examples and every"
                  + " application use only what the core exports");
}

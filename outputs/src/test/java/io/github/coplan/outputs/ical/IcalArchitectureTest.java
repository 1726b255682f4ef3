package io.github.coplan.outputs.ical;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The calendar reads through the core's use cases: no storage SPI, no internals, no adapter. */
@AnalyzeClasses(
    packages = "io.github.coplan.outputs.ical",
    importOptions = ImportOption.DoNotIncludeTests.class)
class IcalArchitectureTest {

  @ArchTest
  static final ArchRule readsOnlyThroughTheUseCases =
      noClasses()
          .that()
          .resideInAPackage("io.github.coplan.outputs.ical..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.github.coplan.port.storage..", "..internal..", "io.github.coplan.storage..");
}

package io.github.coplan.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT;
import static com.tngtech.archunit.core.domain.JavaModifier.FINAL;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import io.github.coplan.domain.error.CoplanException;
import java.util.Calendar;
import java.util.Date;
import org.jspecify.annotations.NullMarked;

/**
 * The architecture of the core, as rules the build enforces: a pure domain, ports that speak the
 * domain, no database code, no cycles, and the coding rules of the project.
 */
@AnalyzeClasses(packages = "io.github.coplan", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  private static final String ROOT = "io.github.coplan";
  private static final String DOMAIN = "io.github.coplan.domain..";
  private static final String APPLICATION = "io.github.coplan.application..";
  private static final String PORT = "io.github.coplan.port..";

  @ArchTest
  static final ArchRule domainDependsOnlyOnJavaGuavaJSpecifyAndItself =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage("java..", "com.google.common..", "org.jspecify..", DOMAIN)
                  .and(
                      not(
                          resideInAnyPackage(
                              "java.sql..", "java.util.logging..", "java.awt..", "java.rmi..")))
                  .as(
                      "reside in java.. (but not java.sql, java.util.logging, java.awt, java.rmi), "
                          + "com.google.common.., org.jspecify.. or the domain"))
          .because("the domain is plain Java that any application can embed");

  @ArchTest
  static final ArchRule domainKnowsNeitherUseCasesNorPorts =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(APPLICATION, PORT)
          .because(
              "the domain is the centre of the hexagon: layers depend on it, never the other way");

  @ArchTest
  static final ArchRule errorFamilyDependsOnJavaOnly =
      classes()
          .that()
          .resideInAPackage("io.github.coplan.domain.error..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.jspecify..", "io.github.coplan.domain.error..")
          .because("every layer and adapter throws these errors");

  @ArchTest
  static final ArchRule sharedValuesKnowNoAggregate =
      classes()
          .that()
          .resideInAPackage("io.github.coplan.domain.shared..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "com.google.common..",
              "org.jspecify..",
              "io.github.coplan.domain.error..",
              "io.github.coplan.domain.internal..",
              "io.github.coplan.domain.shared..")
          .because("shared values are used by every aggregate");

  @ArchTest
  static final ArchRule domainHelpersKnowOnlyTheErrorFamily =
      classes()
          .that()
          .resideInAPackage("io.github.coplan.domain.internal..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "com.google.common..",
              "org.jspecify..",
              "io.github.coplan.domain.error..",
              "io.github.coplan.domain.internal..")
          .because(
              "the helpers sit below every domain package, so none of them may reach up into one");

  @ArchTest
  static final ArchRule useCaseImplementationsAreReachedOnlyThroughTheEntryPoint =
      classes()
          .that()
          .resideInAPackage("io.github.coplan.application.internal..")
          .should()
          .onlyBeAccessed()
          .byClassesThat()
          .resideInAnyPackage(ROOT, "io.github.coplan.application.internal..")
          .because(
              "applications use the use-case interfaces that io.github.coplan.Coplan hands out; the"
                  + " implementations are not API");

  @ArchTest
  static final ArchRule portsSpeakOnlyTheDomain =
      classes()
          .that()
          .resideInAPackage(PORT)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.jspecify..", DOMAIN, PORT)
          .because("an adapter implements the ports with the domain types alone");

  @ArchTest
  static final ArchRule noDatabaseCodeInTheCore =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.sql..", "javax.sql..", "org.jdbi..", "org.sqlite..", "org.postgresql..")
          .because("storage lives in adapters, behind the storage port");

  @ArchTest
  static final ArchRule onlyTheEntryPointDependsOnTheEntryPoint =
      noClasses()
          .that()
          .resideInAnyPackage(APPLICATION, DOMAIN, PORT)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT)
          .because("io.github.coplan.Coplan wires the layers; none of them knows it");

  @ArchTest
  static final ArchRule theCoreKnowsNoAdapter =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.github.coplan.storage..")
          .because("adapters depend on the core, never the other way");

  @ArchTest
  static final ArchRule topLevelPackagesAreFreeOfCycles =
      slices().matching("io.github.coplan.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule domainPackagesAreFreeOfCycles =
      slices().matching("io.github.coplan.domain.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noStandardStreams =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule noGenericExceptions =
      GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  @ArchTest
  static final ArchRule noJavaUtilLogging =
      GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest static final ArchRule noJodaTime = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JODATIME;

  @ArchTest
  static final ArchRule noLegacyDateTypes =
      noClasses()
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Date.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Calendar.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(java.sql.Timestamp.class)
          .because("dates are java.time values or partial dates");

  @ArchTest
  static final ArchRule everyExceptionIsACoplanException =
      classes()
          .that()
          .areAssignableTo(Throwable.class)
          .should()
          .beAssignableTo(CoplanException.class)
          .because("callers catch one error family");

  @ArchTest
  static final ArchRule classesAreFinalUnlessDesignedForExtension =
      classes()
          .that()
          .areTopLevelClasses()
          .and()
          .areNotInterfaces()
          .and()
          .areNotEnums()
          .and()
          .doNotHaveModifier(ABSTRACT)
          .and()
          .doNotHaveSimpleName("package-info")
          .should()
          .haveModifier(FINAL);

  @ArchTest
  static final ArchRule everyPackageHasANullMarkedPackageInfo =
      classes().that().doNotHaveSimpleName("package-info").should(resideInANullMarkedPackage());

  private static ArchCondition<JavaClass> resideInANullMarkedPackage() {
    return new ArchCondition<>("reside in a package whose package-info is annotated @NullMarked") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        JavaPackage javaPackage = javaClass.getPackage();
        boolean marked =
            javaPackage
                .tryGetPackageInfo()
                .map(info -> info.isAnnotatedWith(NullMarked.class))
                .orElse(false);
        if (!marked) {
          events.add(
              SimpleConditionEvent.violated(
                  javaClass,
                  javaClass.getName()
                      + " resides in "
                      + javaPackage.getName()
                      + ", which has no @NullMarked package-info"));
        }
      }
    };
  }
}

package io.github.coplan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.coplan.architecture.badfixture.RuleBreaker;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The general rules of {@link CoreArchitectureTest} are not vacuous: each finds its violation. */
class RulesFindViolationsTest {

  private static final JavaClasses RULE_BREAKER =
      new ClassFileImporter().importPackagesOf(RuleBreaker.class);

  static Stream<Arguments> rulesAndWhatTheyFind() {
    return Stream.of(
        Arguments.of(
            "noDatabaseCodeInTheCore",
            CoreArchitectureTest.noDatabaseCodeInTheCore,
            "java.sql.Connection"),
        Arguments.of("noLegacyDateTypes", CoreArchitectureTest.noLegacyDateTypes, "java.util.Date"),
        Arguments.of("noStandardStreams", CoreArchitectureTest.noStandardStreams, "System.out"),
        Arguments.of(
            "noGenericExceptions", CoreArchitectureTest.noGenericExceptions, "RuntimeException"),
        Arguments.of(
            "everyExceptionIsACoplanException",
            CoreArchitectureTest.everyExceptionIsACoplanException,
            "OwnException"),
        Arguments.of(
            "classesAreFinalUnlessDesignedForExtension",
            CoreArchitectureTest.classesAreFinalUnlessDesignedForExtension,
            "RuleBreaker"),
        Arguments.of(
            "everyPackageHasANullMarkedPackageInfo",
            CoreArchitectureTest.everyPackageHasANullMarkedPackageInfo,
            "no @NullMarked package-info"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rulesAndWhatTheyFind")
  void theRuleFindsItsViolation(String name, ArchRule rule, String expected) {
    EvaluationResult result = rule.evaluate(RULE_BREAKER);

    assertThat(result.hasViolation()).as(name).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .as(name)
        .anySatisfy(line -> assertThat(line).contains(expected));
  }
}

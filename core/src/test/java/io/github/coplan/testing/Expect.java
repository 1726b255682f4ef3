package io.github.coplan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.Violation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;

/** Assertions on the error family that check the exact class, code and every violation. */
public final class Expect {

  private Expect() {}

  /**
   * Runs {@code call} and returns the {@link InvalidInputException} it must throw.
   *
   * @param call the code under test
   * @return the exception, exactly of that class
   */
  public static InvalidInputException invalidInput(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isExactlyInstanceOf(InvalidInputException.class);
    InvalidInputException e = (InvalidInputException) thrown;
    assertThat(e.code()).isEqualTo(InvalidInputException.CODE);
    return e;
  }

  /**
   * Asserts that {@code call} is refused with exactly these (path, code) violations, in order.
   *
   * @param call the code under test
   * @param expected tuples of path and code
   */
  public static void violations(ThrowingCallable call, Tuple... expected) {
    assertThat(invalidInput(call).violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(expected);
  }

  /**
   * Asserts that {@code call} is refused with exactly one violation.
   *
   * @param call the code under test
   * @param path the expected path
   * @param code the expected code
   */
  public static void violation(ThrowingCallable call, String path, String code) {
    violations(call, tuple(path, code));
  }

  /**
   * Asserts that {@code call} is refused by exactly one domain rule.
   *
   * @param call the code under test
   * @param rule the rule expected
   * @return the exception
   */
  public static RuleViolationException rule(ThrowingCallable call, RuleCode rule) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isExactlyInstanceOf(RuleViolationException.class);
    RuleViolationException e = (RuleViolationException) thrown;
    assertThat(e.rule()).isEqualTo(rule);
    assertThat(e.code()).isEqualTo(rule.code());
    return e;
  }
}

package io.github.coplan.junit;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The argument check of this package: a missing argument is invalid input, not a
 * NullPointerException.
 */
final class Checks {

  private Checks() {}

  static <T> T required(String path, @Nullable T value) {
    if (value == null) {
      throw InvalidInputException.of(path, Violation.REQUIRED, path + " is required");
    }
    return value;
  }
}

package io.github.coplan.application;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import org.jspecify.annotations.Nullable;

/** Checks that the command records share. */
final class Commands {

  private Commands() {}

  /** An expected version, when given, is a version a store can hold: 1 or more. */
  static void checkVersion(Validation v, @Nullable Long expectedVersion) {
    v.require(
        expectedVersion == null || expectedVersion >= 1,
        "expectedVersion",
        Violation.OUT_OF_RANGE,
        "a stored version is 1 or more, was " + expectedVersion);
  }
}

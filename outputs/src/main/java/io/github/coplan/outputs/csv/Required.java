package io.github.coplan.outputs.csv;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The null checks of this package's public types: a typed error, never a NullPointerException. */
final class Required {

  private Required() {}

  static <T> T of(String path, @Nullable T value) {
    if (value == null) {
      throw InvalidInputException.of(path, Violation.REQUIRED, path + " is required");
    }
    return value;
  }

  /** Pairs of path and value; every null value is one violation, all reported together. */
  static void all(@Nullable Object... pathsAndValues) {
    List<Violation> found = new ArrayList<>();
    for (int i = 0; i < pathsAndValues.length; i += 2) {
      if (pathsAndValues[i + 1] == null) {
        String path = String.valueOf(pathsAndValues[i]);
        found.add(new Violation(path, Violation.REQUIRED, path + " is required"));
      }
    }
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }
}

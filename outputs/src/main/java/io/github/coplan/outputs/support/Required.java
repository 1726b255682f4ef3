package io.github.coplan.outputs.support;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The null checks of the outputs' public types: a typed error, never a NullPointerException. */
public final class Required {

  private Required() {}

  /**
   * The value, if it is there.
   *
   * @param path the argument's name, the violation's path
   * @param value the value
   * @param <T> its type
   * @return the value
   * @throws InvalidInputException ({@link Violation#REQUIRED}) if it is null
   */
  public static <T> T of(String path, @Nullable T value) {
    if (value == null) {
      throw InvalidInputException.of(path, Violation.REQUIRED, path + " is required");
    }
    return value;
  }

  /**
   * Checks several arguments at once, so that one error names every missing one.
   *
   * @param pathsAndValues pairs of a name and a value
   * @throws InvalidInputException with one {@link Violation#REQUIRED} per null value, in order
   */
  public static void all(@Nullable Object... pathsAndValues) {
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

package io.github.coplan.domain.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input was refused: it lists every {@link Violation} found, each with its field path and code.
 * Nothing was changed.
 */
public final class InvalidInputException extends CoplanException {

  private static final long serialVersionUID = 1L;

  /** The code of this error. */
  public static final String CODE = "invalid-input";

  private final List<Violation> violations;

  /**
   * Creates the error for a non-empty list of violations.
   *
   * @param violations what was wrong, at least one
   */
  public InvalidInputException(List<Violation> violations) {
    super(describe(violations), null);
    this.violations = List.copyOf(violations);
    if (this.violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one violation");
    }
  }

  /**
   * Creates the error for a single violation.
   *
   * @param path the field path
   * @param code the violation code
   * @param message the explanation
   * @return the error
   */
  public static InvalidInputException of(String path, String code, String message) {
    return new InvalidInputException(List.of(new Violation(path, code, message)));
  }

  /**
   * Every violation found, in the order they were found.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns a copy of this error with {@code prefix} put in front of every path.
   *
   * @param prefix the outer field path
   * @return the re-pathed error
   */
  public InvalidInputException under(String prefix) {
    return new InvalidInputException(violations.stream().map(v -> v.under(prefix)).toList());
  }

  @Override
  public String code() {
    return CODE;
  }

  private static String describe(List<Violation> violations) {
    return "invalid input: "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}

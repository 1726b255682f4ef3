package io.github.coplan.domain.market;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The code of a technology category, as its taxonomy gives it: 1 to 64 ASCII letters, digits, dots,
 * hyphens and underscores, starting with a letter or digit ({@code 02006003}, {@code
 * water.treatment}). Compared exactly.
 *
 * @param code the code
 * @since 0.3.0
 */
public record CategoryCode(String code) implements Comparable<CategoryCode> {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /**
   * Checks the form.
   *
   * @throws InvalidInputException if the code is missing or not of the form
   */
  public CategoryCode {
    if (code == null) {
      throw InvalidInputException.of("code", Violation.REQUIRED, "a value is required");
    }
    if (!FORM.matcher(code).matches()) {
      throw InvalidInputException.of(
          "code",
          Violation.MALFORMED,
          "a category code is 1 to 64 ASCII letters, digits, '.', '-' or '_', was " + quote(code));
    }
  }

  /**
   * A code.
   *
   * @param code the code
   * @return the code
   * @throws InvalidInputException if it is missing or malformed
   */
  // the constructor refuses a null code with a 'required' violation
  @SuppressWarnings("NullAway")
  public static CategoryCode of(@Nullable String code) {
    return new CategoryCode(code);
  }

  private static String quote(String code) {
    return code.length() > 80 ? "a text of " + code.length() + " characters" : "'" + code + "'";
  }

  @Override
  public int compareTo(CategoryCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}

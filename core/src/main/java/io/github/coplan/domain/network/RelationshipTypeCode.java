package io.github.coplan.domain.network;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The code of a relationship type: 1 to 64 lower-case ASCII letters, digits, dots, hyphens and
 * underscores, starting with a letter or digit ({@code introduced_to}, {@code partner_of}).
 * Compared exactly.
 *
 * @param code the code
 * @since 0.4.0
 */
public record RelationshipTypeCode(String code) implements Comparable<RelationshipTypeCode> {

  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /**
   * Checks the form.
   *
   * @throws InvalidInputException if the code is missing or not of the form
   */
  public RelationshipTypeCode {
    if (code == null) {
      throw InvalidInputException.of("code", Violation.REQUIRED, "a value is required");
    }
    if (!FORM.matcher(code).matches()) {
      throw InvalidInputException.of(
          "code",
          Violation.MALFORMED,
          "a relationship type code is 1 to 64 lower-case ASCII letters, digits, '.', '-' or '_',"
              + " was "
              + (code.length() > 80
                  ? "a text of " + code.length() + " characters"
                  : "'" + code + "'"));
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
  public static RelationshipTypeCode of(@Nullable String code) {
    return new RelationshipTypeCode(code);
  }

  @Override
  public int compareTo(RelationshipTypeCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}

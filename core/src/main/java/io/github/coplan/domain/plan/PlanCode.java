package io.github.coplan.domain.plan;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.util.regex.Pattern;

/**
 * The human-facing code of a plan, unique in a store, such as {@code HCMC-IIA-2018}: 1 to 64
 * characters from {@code A–Z a–z 0–9 . _ -}, starting with a letter or digit. Codes are compared
 * exactly, case included.
 *
 * @param value the code
 */
public record PlanCode(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /**
   * Validates the code.
   *
   * @throws InvalidInputException if the code is missing or malformed
   */
  public PlanCode {
    if (value == null) {
      throw InvalidInputException.of("", Violation.REQUIRED, "a plan code is required");
    }
    if (value.length() > 64 || !FORM.matcher(value).matches()) {
      String shown = value.length() > 70 ? value.substring(0, 70) + "…" : value;
      throw InvalidInputException.of(
          "", Violation.MALFORMED, "a plan code has 1 to 64 of A-Z a-z 0-9 . _ -: " + shown);
    }
  }

  /**
   * Creates a code.
   *
   * @param value the code
   * @return the code
   */
  public static PlanCode of(String value) {
    return new PlanCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

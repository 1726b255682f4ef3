package io.github.coplan.domain.shared;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An ISO 3166-1 alpha-2 country code, such as {@code VN} or {@code IL}.
 *
 * <p>Only assigned codes known to the running JDK are accepted; lower-case input is upper-cased.
 *
 * @param code the upper-case two-letter code
 */
public record CountryCode(String code) implements Comparable<CountryCode> {

  private static final Set<String> ASSIGNED = Set.of(Locale.getISOCountries());

  /** Viet Nam. */
  public static final CountryCode VN = new CountryCode("VN");

  /** Israel. */
  public static final CountryCode IL = new CountryCode("IL");

  /**
   * Validates the code.
   *
   * @throws InvalidInputException with code {@code unknown-country} if it is not assigned
   */
  public CountryCode {
    if (code == null) {
      throw InvalidInputException.of("", Violation.REQUIRED, "a country code is required");
    }
    if (!ASSIGNED.contains(code)) {
      String shown = code.length() > 8 ? code.substring(0, 8) + "…" : code;
      throw InvalidInputException.of(
          "", Violation.UNKNOWN_COUNTRY, "not an ISO 3166-1 alpha-2 country code: " + shown);
    }
  }

  /**
   * Reads a code, upper-casing it.
   *
   * @param code for example {@code "vn"} or {@code "IL"}
   * @return the country code
   * @throws InvalidInputException if the code is missing or not assigned
   */
  // the constructor refuses a null code with a 'required' violation
  @SuppressWarnings("NullAway")
  public static CountryCode of(@Nullable String code) {
    return new CountryCode(code == null ? null : code.strip().toUpperCase(Locale.ROOT));
  }

  @Override
  public int compareTo(CountryCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}

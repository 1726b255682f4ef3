package io.github.coplan.domain.organisation;

import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;

/**
 * An identifier an organisation has in some register, such as an IATI organisation identifier or a
 * tax number. The pair (scheme, value) is unique in a store.
 *
 * @param scheme the register, for example {@code "IATI"} or {@code "VN-TAX"}
 * @param value the identifier in that register
 */
public record ExternalIdentifier(String scheme, String value) {

  /**
   * Validates and normalises both parts: single-line text of at most {@link Texts#TOKEN_LIMIT} code
   * points.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if either part is refused
   */
  public ExternalIdentifier {
    Validation v = new Validation();
    scheme = v.text("scheme", scheme, Texts.TOKEN_LIMIT, false);
    value = v.text("value", value, Texts.TOKEN_LIMIT, false);
    v.throwIfAny();
  }

  /**
   * Creates an identifier.
   *
   * @param scheme the register
   * @param value the identifier
   * @return the identifier
   */
  public static ExternalIdentifier of(String scheme, String value) {
    return new ExternalIdentifier(scheme, value);
  }

  @Override
  public String toString() {
    return scheme + ":" + value;
  }
}

package io.github.coplan.domain.internal;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Parsing of the text form of typed ids, shared by every id type. */
public final class Ids {

  private static final Pattern UUID_FORM =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Ids() {}

  /**
   * Reads the canonical 36-character UUID form.
   *
   * @param text the text
   * @return the UUID
   * @throws InvalidInputException if the text is missing or not a UUID
   */
  public static UUID parse(@Nullable String text) {
    if (text == null) {
      throw InvalidInputException.of("", Violation.REQUIRED, "an id is required");
    }
    if (!UUID_FORM.matcher(text).matches()) {
      String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
      throw InvalidInputException.of("", Violation.MALFORMED, "not an id: " + shown);
    }
    return UUID.fromString(text);
  }

  /**
   * Checks that an id value is present.
   *
   * @param value the UUID
   * @return the UUID
   * @throws InvalidInputException if it is null
   */
  public static UUID require(@Nullable UUID value) {
    if (value == null) {
      throw InvalidInputException.of("", Violation.REQUIRED, "an id is required");
    }
    return value;
  }
}

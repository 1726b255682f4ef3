package io.github.coplan.domain.error;

import java.util.Objects;

/**
 * One reason why an input was refused.
 *
 * @param path the field path, dot separated, for example {@code "title.vi"} or {@code
 *     "participations[2].role"}
 * @param code a stable code such as {@code "required"}, {@code "blank"} or {@code "too-long"}
 * @param message a human-readable explanation, in English
 */
public record Violation(String path, String code, String message) {

  /** The value is missing. */
  public static final String REQUIRED = "required";

  /** The text is empty or only white space (Unicode white space included). */
  public static final String BLANK = "blank";

  /** The text is longer than its limit, counted in code points. */
  public static final String TOO_LONG = "too-long";

  /** The text holds a control or bidirectional-control character. */
  public static final String CONTROL_CHARACTER = "control-character";

  /** The text holds an unpaired UTF-16 surrogate. */
  public static final String UNPAIRED_SURROGATE = "unpaired-surrogate";

  /** The value does not have the documented form. */
  public static final String MALFORMED = "malformed";

  /** The value is outside its allowed range. */
  public static final String OUT_OF_RANGE = "out-of-range";

  /** An end lies before its start. */
  public static final String END_BEFORE_START = "end-before-start";

  /** The country code is not an ISO 3166-1 alpha-2 code. */
  public static final String UNKNOWN_COUNTRY = "unknown-country";

  /** The value appears twice where it must be unique. */
  public static final String DUPLICATE = "duplicate";

  /**
   * Creates a violation.
   *
   * @throws NullPointerException if any argument is null (a programming error in Coplan itself)
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns this violation with {@code prefix} put in front of its path.
   *
   * @param prefix the outer field path
   * @return the re-pathed violation
   */
  public Violation under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    if (path.isEmpty()) {
      return new Violation(prefix, code, message);
    }
    String sep = path.startsWith("[") ? "" : ".";
    return new Violation(prefix + sep + path, code, message);
  }

  @Override
  public String toString() {
    return path + ": " + code + " (" + message + ")";
  }
}

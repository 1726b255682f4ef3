package io.github.coplan.domain.internal;

import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rules every piece of text obeys before Coplan stores it.
 *
 * <p>Text is refused when it is missing, blank (Unicode white space counts: U+00A0, U+3000, …),
 * longer than its limit in code points, or holds a control character, a bidirectional control
 * character (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) or an unpaired surrogate.
 * Accepted text is trimmed and stored in Unicode normalisation form NFC. Multi-line text may hold
 * line feeds and tabs; single-line text may not.
 */
public final class Texts {

  /** The limit for names, titles and other single-line text, in code points. */
  public static final int LINE_LIMIT = 500;
  /** The limit for descriptions and other multi-line text, in code points. */
  public static final int PARAGRAPH_LIMIT = 20_000;
  /** The limit for short codes, tags and identifiers, in code points. */
  public static final int TOKEN_LIMIT = 100;

  private Texts() {}

  /**
   * Checks single-line text of at most {@link #LINE_LIMIT} code points.
   *
   * @param path the field path used in a violation
   * @param value the raw text
   * @return the trimmed, NFC-normalised text
   * @throws InvalidInputException if the text breaks a rule
   */
  public static String line(String path, @Nullable String value) {
    return check(path, value, LINE_LIMIT, false);
  }

  /**
   * Checks text against every rule.
   *
   * @param path the field path used in a violation
   * @param value the raw text
   * @param limit the maximum length in code points, after normalisation
   * @param multiLine whether line feeds, carriage returns and tabs are allowed
   * @return the trimmed, NFC-normalised text
   * @throws InvalidInputException if the text breaks a rule
   */
  public static String check(String path, @Nullable String value, int limit, boolean multiLine) {
    if (value == null) {
      throw InvalidInputException.of(path, Violation.REQUIRED, "text is required");
    }
    // Refuse absurd lengths before normalising: normalisation of megabytes is wasted work.
    if (value.length() > 4L * limit + 16) {
      throw InvalidInputException.of(path, Violation.TOO_LONG, "text is longer than " + limit + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        throw InvalidInputException.of(path, Violation.UNPAIRED_SURROGATE, "text holds an unpaired surrogate at index " + i);
      }
      if (Character.isLowSurrogate(c)) {
        throw InvalidInputException.of(path, Violation.UNPAIRED_SURROGATE, "text holds an unpaired surrogate at index " + i);
      }
      boolean allowedControl = multiLine && (c == '\n' || c == '\r' || c == '\t');
      if ((Character.isISOControl(c) && !allowedControl) || isBidiControl(c)) {
        throw InvalidInputException.of(
            path, Violation.CONTROL_CHARACTER, String.format(Locale.ROOT, "text holds control character U+%04X at index %d", (int) c, i));
      }
    }
    String normalised = strip(Normalizer.normalize(value, Normalizer.Form.NFC));
    if (normalised.isEmpty()) {
      throw InvalidInputException.of(path, Violation.BLANK, "text is blank");
    }
    int codePoints = normalised.codePointCount(0, normalised.length());
    if (codePoints > limit) {
      throw InvalidInputException.of(path, Violation.TOO_LONG, "text is longer than " + limit + " characters");
    }
    return normalised;
  }

  /**
   * Whether a code point is white space in the Unicode sense (including no-break and ideographic
   * spaces).
   *
   * @param codePoint the code point
   * @return true for white space
   */
  public static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0xFEFF;
  }

  private static boolean isBidiControl(char c) {
    return c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end) {
      int cp = s.codePointAt(start);
      if (!isSpace(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    while (end > start) {
      int cp = s.codePointBefore(end);
      if (!isSpace(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return s.substring(start, end);
  }
}

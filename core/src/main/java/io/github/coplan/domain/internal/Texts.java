package io.github.coplan.domain.internal;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rules every piece of text obeys before Coplan stores it.
 *
 * <p>Text is refused when it is missing, blank, longer than its limit in code points, or holds a
 * control character, a bidirectional control character (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069) or an unpaired surrogate. Text is blank when nothing in it is visible: when it is
 * made only of white space (Unicode white space counts: U+00A0, U+3000, …), {@linkplain
 * #isDefaultIgnorable default-ignorable} code points (U+200B, U+200D, U+2060, U+FEFF, the soft
 * hyphen U+00AD, variation selectors, tags, fillers, …) and combining marks, or of characters whose
 * compatibility decomposition is made only of those (the spacing accent U+00B4 is a space and a
 * combining acute). Such text would print as nothing and fold to nothing for search.
 *
 * <p>Inside text that has something visible, default-ignorable code points are kept as given: the
 * zero-width non-joiner and joiner (U+200C, U+200D) shape Persian words and emoji sequences, and
 * variation selectors and tags choose how an emoji or a flag is drawn. Only search folding drops
 * them ({@link io.github.coplan.domain.shared.SearchFolding}). Accepted text is trimmed of white
 * space and stored in Unicode normalisation form NFC. Multi-line text may hold line feeds and tabs;
 * single-line text may not.
 */
public final class Texts {

  /** The limit for names, titles and other single-line text, in code points. */
  public static final int LINE_LIMIT = 500;

  /** The limit for descriptions and other multi-line text, in code points. */
  public static final int PARAGRAPH_LIMIT = 20_000;

  /** The limit for short codes, tags and identifiers, in code points. */
  public static final int TOKEN_LIMIT = 100;

  /** The first code point of each default-ignorable range, in order. */
  private static final int[] IGNORABLE_STARTS = {
    0x00AD, 0x034F, 0x061C, 0x115F, 0x17B4, 0x180B, 0x200B, 0x202A, 0x2060, 0x3164, 0xFE00, 0xFEFF,
    0xFFA0, 0xFFF0, 0x1BCA0, 0x1D173, 0xE0000
  };

  /**
   * The last code point of each default-ignorable range, in the order of {@link #IGNORABLE_STARTS}.
   */
  private static final int[] IGNORABLE_ENDS = {
    0x00AD, 0x034F, 0x061C, 0x1160, 0x17B5, 0x180F, 0x200F, 0x202E, 0x206F, 0x3164, 0xFE0F, 0xFEFF,
    0xFFA0, 0xFFF8, 0x1BCA3, 0x1D17A, 0xE0FFF
  };

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
      throw InvalidInputException.of(
          path, Violation.TOO_LONG, "text is longer than " + limit + " characters");
    }
    // A bidirectional control is reported after blankness: text of nothing but invisible code
    // points is blank,
    // whichever they are. Other control characters are refused where they stand.
    int bidiControl = -1;
    boolean visible = false;
    for (int i = 0; i < value.length(); ) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
              && !(i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1)))
          || Character.isLowSurrogate(c)) {
        throw InvalidInputException.of(
            path, Violation.UNPAIRED_SURROGATE, "text holds an unpaired surrogate at index " + i);
      }
      boolean allowedControl = multiLine && (c == '\n' || c == '\r' || c == '\t');
      if (Character.isISOControl(c) && !allowedControl) {
        throw controlCharacter(path, c, i);
      }
      if (bidiControl < 0 && isBidiControl(c)) {
        bidiControl = i;
      }
      int cp = value.codePointAt(i);
      visible = visible || !isInvisible(cp);
      i += Character.charCount(cp);
    }
    if (!visible) {
      throw InvalidInputException.of(
          path, Violation.BLANK, "text is blank: nothing in it is visible");
    }
    if (bidiControl >= 0) {
      throw controlCharacter(path, value.charAt(bidiControl), bidiControl);
    }
    String normalised = strip(Normalizer.normalize(value, Normalizer.Form.NFC));
    int codePoints = normalised.codePointCount(0, normalised.length());
    if (codePoints > limit) {
      throw InvalidInputException.of(
          path, Violation.TOO_LONG, "text is longer than " + limit + " characters");
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
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || codePoint == 0xFEFF;
  }

  /**
   * Whether a code point is default-ignorable: Unicode's {@code Default_Ignorable_Code_Point}
   * property (Unicode 15.1), the code points that are drawn as nothing unless a font knows better.
   * They are U+00AD, U+034F, U+061C, U+115F–U+1160, U+17B4–U+17B5, U+180B–U+180F, U+200B–U+200F,
   * U+202A–U+202E, U+2060–U+206F, U+3164, U+FE00–U+FE0F, U+FEFF, U+FFA0, U+FFF0–U+FFF8,
   * U+1BCA0–U+1BCA3, U+1D173–U+1D17A and U+E0000–U+E0FFF.
   *
   * @param codePoint the code point
   * @return true for a default-ignorable code point
   */
  public static boolean isDefaultIgnorable(int codePoint) {
    // The last range starting at or before the code point is the only one that can hold it.
    int i = Arrays.binarySearch(IGNORABLE_STARTS, codePoint);
    int range = i >= 0 ? i : -i - 2;
    return range >= 0 && codePoint <= IGNORABLE_ENDS[range];
  }

  /**
   * Whether a code point shows nothing of its own: white space, a default-ignorable code point, a
   * combining mark, or a character whose compatibility decomposition holds only those.
   */
  private static boolean isInvisible(int codePoint) {
    return isBare(codePoint)
        || Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD)
            .codePoints()
            .allMatch(Texts::isBare);
  }

  private static boolean isBare(int codePoint) {
    int type = Character.getType(codePoint);
    return isSpace(codePoint)
        || isDefaultIgnorable(codePoint)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static InvalidInputException controlCharacter(String path, char c, int index) {
    return InvalidInputException.of(
        path,
        Violation.CONTROL_CHARACTER,
        String.format(
            Locale.ROOT, "text holds control character U+%04X at index %d", (int) c, index));
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

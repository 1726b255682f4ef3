package io.github.coplan.domain.result;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A typed value of an observation, a target or a baseline: a {@link Quantity}, a {@link Ratio}, a
 * {@link Score} or a {@link Narrative}. There is no free string and no "not applicable": a value
 * that is not known is not reported, which is never the same as zero.
 *
 * <p>Numbers have at most {@value #INTEGER_DIGITS} digits before the point and {@value
 * #FRACTION_DIGITS} after it, and are kept without trailing zeros, so that {@code 2.50} and {@code
 * 2.5} are the same value.
 *
 * @since 0.5.0
 */
public sealed interface Value permits Value.Quantity, Value.Ratio, Value.Score, Value.Narrative {

  /** The most digits before the decimal point. */
  int INTEGER_DIGITS = 15;

  /** The most digits after the decimal point. */
  int FRACTION_DIGITS = 6;

  /** The highest score of an ordinal or nominal scale. */
  int MAX_SCORE = 1000;

  /**
   * Reads a quantity from text: an optional sign, digits, and an optional point with more digits
   * ({@code 42}, {@code -3.5}). Anything else, "N/A" and "unknown" included, is refused.
   *
   * @param text the text
   * @return the quantity
   * @throws InvalidInputException {@code required} when missing, {@code malformed} when not a
   *     number of that form, {@code out-of-range} when it has too many digits
   */
  static Quantity quantity(@Nullable String text) {
    return new Quantity(number(text, "amount"));
  }

  /**
   * A quantity.
   *
   * @param amount the amount
   * @return the quantity
   * @throws InvalidInputException if it has too many digits
   */
  static Quantity quantity(long amount) {
    return new Quantity(BigDecimal.valueOf(amount));
  }

  /**
   * Reads a ratio from the text of its numerator and denominator, each as {@link #quantity(String)}
   * reads it.
   *
   * @param numerator the numerator's text
   * @param denominator the denominator's text
   * @return the ratio
   * @throws InvalidInputException listing what is wrong with either, or a denominator that is not
   *     above zero, a numerator below zero
   */
  static Ratio ratio(@Nullable String numerator, @Nullable String denominator) {
    List<Violation> found = new ArrayList<>();
    BigDecimal n = read(numerator, "numerator", found);
    BigDecimal d = read(denominator, "denominator", found);
    Numbers.ratio(n, d, found);
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
    return new Ratio(Validation.notNull("numerator", n), Validation.notNull("denominator", d));
  }

  private static @Nullable BigDecimal read(
      @Nullable String text, String path, List<Violation> found) {
    try {
      return number(text, path);
    } catch (InvalidInputException e) {
      found.addAll(e.violations());
      return null;
    }
  }

  /**
   * A ratio.
   *
   * @param numerator the numerator, not below zero
   * @param denominator the denominator, above zero
   * @return the ratio
   * @throws InvalidInputException if either is out of range
   */
  static Ratio ratio(long numerator, long denominator) {
    return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * Reads a score from text, a number as {@link #quantity(String)} reads it that is a whole number
   * from 0 to {@value #MAX_SCORE} ({@code 3}, and also {@code 3.0} or {@code +3}, which mean the
   * same).
   *
   * @param text the text
   * @return the score
   * @throws InvalidInputException {@code required}, {@code malformed} or {@code out-of-range}
   */
  static Score score(@Nullable String text) {
    BigDecimal n = number(text, "level");
    if (n.scale() > 0 || n.signum() < 0 || n.compareTo(BigDecimal.valueOf(MAX_SCORE)) > 0) {
      throw InvalidInputException.of(
          "level",
          Violation.OUT_OF_RANGE,
          "a score is a whole number from 0 to " + MAX_SCORE + ", not " + n.toPlainString());
    }
    return new Score(n.intValueExact());
  }

  /**
   * A narrative.
   *
   * @param text the text, in its languages
   * @return the narrative
   * @throws InvalidInputException if a text is blank, too long or holds control characters
   */
  static Narrative narrative(LocalizedText text) {
    return new Narrative(text);
  }

  /**
   * The number this value stands for in progress: the amount of a quantity, the percentage of a
   * ratio, the level of a score; a narrative has none.
   *
   * @return the number, or null for a narrative
   */
  @Nullable BigDecimal number();

  /**
   * Reads and checks a number.
   *
   * @param text the text
   * @param path the path of a violation
   * @return the number, without trailing zeros
   */
  private static BigDecimal number(@Nullable String text, String path) {
    if (text == null) {
      throw InvalidInputException.of(path, Violation.REQUIRED, "a number is required");
    }
    String t = text.strip();
    if (!Numbers.FORM.matcher(t).matches()) {
      String shown = t.length() > 40 ? t.substring(0, 40) + "…" : t;
      throw InvalidInputException.of(
          path,
          Violation.MALFORMED,
          "\""
              + shown
              + "\" is not a number: write digits with an optional sign and decimal point, and"
              + " leave a value that is not known unreported rather than writing it in");
    }
    return Numbers.check(new BigDecimal(t), path);
  }

  /** The number rules shared by the values. */
  final class Numbers {

    /** The text form of a number. */
    static final Pattern FORM = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private Numbers() {}

    /**
     * Checks the digits of a number and drops its trailing zeros.
     *
     * @param n the number
     * @param path the path of a violation
     * @return the number, without trailing zeros (zero as {@link BigDecimal#ZERO})
     */
    static BigDecimal check(@Nullable BigDecimal n, String path) {
      if (n == null) {
        throw InvalidInputException.of(path, Violation.REQUIRED, "a number is required");
      }
      BigDecimal s = n.signum() == 0 ? BigDecimal.ZERO : n.stripTrailingZeros();
      int fraction = Math.max(s.scale(), 0);
      int integer = s.precision() - s.scale();
      if (fraction > FRACTION_DIGITS || integer > INTEGER_DIGITS) {
        throw InvalidInputException.of(
            path,
            Violation.OUT_OF_RANGE,
            String.format(
                Locale.ROOT,
                "a number has at most %d digits before the point and %d after it, not %s",
                INTEGER_DIGITS,
                FRACTION_DIGITS,
                s.toPlainString()));
      }
      return s.setScale(Math.max(s.scale(), 0));
    }

    /**
     * Checks a number as {@link #check} does, recording what is wrong instead of throwing it.
     *
     * @param n the number
     * @param path the path of a violation
     * @param found where a violation is recorded
     * @return the number, or null if it was refused
     */
    static @Nullable BigDecimal check(@Nullable BigDecimal n, String path, List<Violation> found) {
      try {
        return check(n, path);
      } catch (InvalidInputException e) {
        found.addAll(e.violations());
        return null;
      }
    }

    /**
     * Records a numerator below zero and a denominator not above it; a missing one is not looked
     * at.
     *
     * @param numerator the numerator, or null
     * @param denominator the denominator, or null
     * @param found where a violation is recorded
     */
    static void ratio(
        @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, List<Violation> found) {
      if (numerator != null && numerator.signum() < 0) {
        found.add(
            new Violation("numerator", Violation.OUT_OF_RANGE, "a numerator is not below zero"));
      }
      if (denominator != null && denominator.signum() <= 0) {
        found.add(
            new Violation("denominator", Violation.OUT_OF_RANGE, "a denominator is above zero"));
      }
    }
  }

  /**
   * An amount: a count of people, of agreements, a number of months.
   *
   * @param amount the amount, without trailing zeros
   */
  record Quantity(BigDecimal amount) implements Value {

    /**
     * Checks the amount.
     *
     * @throws InvalidInputException if it is missing or has too many digits
     */
    public Quantity {
      amount = Numbers.check(amount, "amount");
    }

    @Override
    public BigDecimal number() {
      return amount;
    }

    @Override
    public String toString() {
      return amount.toPlainString();
    }
  }

  /**
   * A numerator over a denominator, the form of a percentage's observation: 3 of 10 officials.
   * Ratios combine by summing numerators and denominators apart.
   *
   * @param numerator the numerator, not below zero
   * @param denominator the denominator, above zero
   */
  record Ratio(BigDecimal numerator, BigDecimal denominator) implements Value {

    /**
     * Checks both numbers.
     *
     * @throws InvalidInputException listing every violation: either missing or with too many
     *     digits, the numerator below zero, the denominator not above it
     */
    public Ratio {
      List<Violation> found = new ArrayList<>();
      BigDecimal n = Numbers.check(numerator, "numerator", found);
      BigDecimal d = Numbers.check(denominator, "denominator", found);
      Numbers.ratio(n, d, found);
      if (!found.isEmpty()) {
        throw new InvalidInputException(found);
      }
      numerator = Validation.notNull("numerator", n);
      denominator = Validation.notNull("denominator", d);
    }

    /**
     * The ratio as a percentage.
     *
     * @return numerator / denominator × 100
     */
    @Override
    public BigDecimal number() {
      return Arithmetic.percent(numerator, denominator);
    }

    @Override
    public String toString() {
      return numerator.toPlainString() + "/" + denominator.toPlainString();
    }
  }

  /**
   * A level on a scale, or a category's number.
   *
   * @param level from 0 to {@value Value#MAX_SCORE}
   */
  record Score(int level) implements Value {

    /**
     * Checks the level.
     *
     * @throws InvalidInputException if it is out of range
     */
    public Score {
      if (level < 0 || level > MAX_SCORE) {
        throw InvalidInputException.of(
            "level",
            Violation.OUT_OF_RANGE,
            "a score is from 0 to " + MAX_SCORE + ", not " + level);
      }
    }

    @Override
    public BigDecimal number() {
      return BigDecimal.valueOf(level);
    }

    @Override
    public String toString() {
      return Integer.toString(level);
    }
  }

  /**
   * A description, the value of a qualitative indicator.
   *
   * @param text the text, in its languages
   */
  record Narrative(LocalizedText text) implements Value {

    /**
     * Checks the text.
     *
     * @throws InvalidInputException if it is missing, or a text is blank, too long or holds control
     *     characters
     */
    public Narrative {
      LocalizedText given = text;
      if (given == null) {
        throw InvalidInputException.of("text", Violation.REQUIRED, "a value is required");
      }
      text = given.requireLine("text", Texts.PARAGRAPH_LIMIT);
    }

    @Override
    public @Nullable BigDecimal number() {
      return null;
    }

    @Override
    public String toString() {
      return text.original();
    }
  }
}

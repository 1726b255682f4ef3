package io.github.coplan.domain.shared;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date as a plan states it: a year, a half-year, a quarter, a month or a day, optionally
 * approximate or uncertain.
 *
 * <p>The text form is a subset of EDTF (ISO 8601-2), with the letters {@code H} and {@code Q} for
 * half-years and quarters:
 *
 * <table>
 *   <caption>Text forms</caption>
 *   <tr><th>form</th><th>meaning</th><th>earliest</th><th>latest</th></tr>
 *   <tr><td>{@code 2018}</td><td>the year 2018</td><td>2018-01-01</td><td>2018-12-31</td></tr>
 *   <tr><td>{@code 2018-H2}</td><td>second half of 2018</td><td>2018-07-01</td><td>2018-12-31</td></tr>
 *   <tr><td>{@code 2018-Q4}</td><td>fourth quarter of 2018</td><td>2018-10-01</td><td>2018-12-31</td></tr>
 *   <tr><td>{@code 2018-11}</td><td>November 2018</td><td>2018-11-01</td><td>2018-11-30</td></tr>
 *   <tr><td>{@code 2018-11-15}</td><td>15 November 2018</td><td>2018-11-15</td><td>2018-11-15</td></tr>
 * </table>
 *
 * <p>Any form may end in {@code ~} (approximate), {@code ?} (uncertain) or {@code %} (both), as in
 * EDTF: the qualifier goes after the date ({@code 2018-11~}), never before it ({@code ~2018-11} is
 * refused). It does not move the earliest or latest day. Years run from 0001 to 9999, written with
 * four digits. {@link #parse(String)} accepts exactly what {@link #toString()} prints, so every
 * value parses and prints back unchanged.
 *
 * <p>Ordering ({@link #compareTo}) is by earliest day, then latest day, then qualifier. Instances
 * are immutable and thread-safe.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** How precisely a partial date is known. */
  public enum Precision {
    /** A whole year. */
    YEAR,
    /** A half-year (H1, H2). */
    HALF_YEAR,
    /** A quarter (Q1 to Q4). */
    QUARTER,
    /** A calendar month. */
    MONTH,
    /** A single day. */
    DAY
  }

  /** How sure the plan is of a date. */
  public enum Qualifier {
    /** Stated as is. */
    EXACT(""),
    /** Approximate: EDTF {@code ~}. */
    APPROXIMATE("~"),
    /** Uncertain: EDTF {@code ?}. */
    UNCERTAIN("?"),
    /** Approximate and uncertain: EDTF {@code %}. */
    APPROXIMATE_AND_UNCERTAIN("%");

    private final String suffix;

    Qualifier(String suffix) {
      this.suffix = suffix;
    }

    /**
     * The suffix of the text form.
     *
     * @return {@code ""}, {@code "~"}, {@code "?"} or {@code "%"}
     */
    public String suffix() {
      return suffix;
    }
  }

  /** The smallest year a partial date may have. */
  public static final int MIN_YEAR = 1;

  /** The largest year a partial date may have. */
  public static final int MAX_YEAR = 9999;

  /** ASCII digits only: the stored form is the same in every locale. */
  private static final Pattern FORM =
      Pattern.compile("([0-9]{4,})(?:-(?:H([12])|Q([1-4])|([0-9]{2})(?:-([0-9]{2}))?))?([~?%])?");

  /** The qualifier characters, which end the text form. */
  private static final String QUALIFIERS = "~?%";

  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::earliestDay)
          .thenComparing(PartialDate::latestDay)
          .thenComparing(PartialDate::qualifier);

  private final Precision precision;
  private final int year;
  private final int part;
  private final int day;
  private final Qualifier qualifier;
  private final LocalDate earliest;
  private final LocalDate latest;

  private PartialDate(Precision precision, int year, int part, int day, Qualifier qualifier) {
    this.precision = precision;
    this.year = year;
    this.part = part;
    this.day = day;
    this.qualifier = qualifier;
    switch (precision) {
      case YEAR -> {
        earliest = LocalDate.of(year, 1, 1);
        latest = LocalDate.of(year, 12, 31);
      }
      case HALF_YEAR -> {
        earliest = LocalDate.of(year, part == 1 ? 1 : 7, 1);
        latest = part == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
      }
      case QUARTER -> {
        earliest = LocalDate.of(year, part * 3 - 2, 1);
        latest = YearMonth.of(year, part * 3).atEndOfMonth();
      }
      case MONTH -> {
        earliest = LocalDate.of(year, part, 1);
        latest = YearMonth.of(year, part).atEndOfMonth();
      }
      case DAY -> {
        earliest = LocalDate.of(year, part, day);
        latest = earliest;
      }
      default -> throw new AssertionError(precision);
    }
  }

  /**
   * A whole year.
   *
   * @param year 1 to 9999
   * @return the partial date
   * @throws InvalidInputException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    return new PartialDate(Precision.YEAR, checkYear(year), 0, 0, Qualifier.EXACT);
  }

  /**
   * A half-year.
   *
   * @param year 1 to 9999
   * @param half 1 or 2
   * @return the partial date
   * @throws InvalidInputException if a value is out of range
   */
  public static PartialDate ofHalfYear(int year, int half) {
    return new PartialDate(
        Precision.HALF_YEAR, checkYear(year), checkRange("half", half, 1, 2), 0, Qualifier.EXACT);
  }

  /**
   * A quarter.
   *
   * @param year 1 to 9999
   * @param quarter 1 to 4
   * @return the partial date
   * @throws InvalidInputException if a value is out of range
   */
  public static PartialDate ofQuarter(int year, int quarter) {
    return new PartialDate(
        Precision.QUARTER,
        checkYear(year),
        checkRange("quarter", quarter, 1, 4),
        0,
        Qualifier.EXACT);
  }

  /**
   * A calendar month.
   *
   * @param year 1 to 9999
   * @param month 1 to 12
   * @return the partial date
   * @throws InvalidInputException if a value is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(
        Precision.MONTH, checkYear(year), checkRange("month", month, 1, 12), 0, Qualifier.EXACT);
  }

  /**
   * A single day.
   *
   * @param date a day in the years 1 to 9999
   * @return the partial date
   * @throws InvalidInputException if the date is missing or out of range
   */
  public static PartialDate ofDay(@Nullable LocalDate date) {
    if (date == null) {
      throw InvalidInputException.of("", Violation.REQUIRED, "a date is required");
    }
    return new PartialDate(
        Precision.DAY,
        checkYear(date.getYear()),
        date.getMonthValue(),
        date.getDayOfMonth(),
        Qualifier.EXACT);
  }

  /**
   * Parses the text form described on this class; a violation has the empty path, which the caller
   * puts under its own (as {@link DateSpan#parse(String)} puts it under {@code start} or {@code
   * end}).
   *
   * @param text for example {@code "2018-Q4"} or {@code "2018-11~"}
   * @return the partial date
   * @throws InvalidInputException with code {@code required} if the text is null, {@code malformed}
   *     if it does not have the form, {@code out-of-range} if a year, month or day does not exist
   *     (years {@code 0000} and {@code 10000} alike)
   */
  public static PartialDate parse(@Nullable String text) {
    if (text == null) {
      throw InvalidInputException.of("", Violation.REQUIRED, "a partial date is required");
    }
    if (text.length() > 16) {
      throw malformed(text);
    }
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw text.isEmpty() || QUALIFIERS.indexOf(text.charAt(0)) < 0
          ? malformed(text)
          : qualifierFirst(text);
    }
    String digits = m.group(1);
    // A year of five digits or more is outside 0001 to 9999 as much as 0000 is; parsing it could
    // overflow.
    if (digits.length() > 4) {
      throw InvalidInputException.of(
          "",
          Violation.OUT_OF_RANGE,
          "year must be between " + MIN_YEAR + " and " + MAX_YEAR + ", was " + digits);
    }
    int year = checkYear(Integer.parseInt(digits));
    Qualifier qualifier = qualifierOf(m.group(6));
    PartialDate date;
    if (m.group(2) != null) {
      date = ofHalfYear(year, Integer.parseInt(m.group(2)));
    } else if (m.group(3) != null) {
      date = ofQuarter(year, Integer.parseInt(m.group(3)));
    } else if (m.group(4) != null) {
      int month = checkRange("month", Integer.parseInt(m.group(4)), 1, 12);
      if (m.group(5) != null) {
        int dayOfMonth = Integer.parseInt(m.group(5));
        try {
          date = ofDay(LocalDate.of(year, month, dayOfMonth));
        } catch (DateTimeException e) {
          throw InvalidInputException.of("", Violation.OUT_OF_RANGE, "no such day: " + text);
        }
      } else {
        date = ofMonth(year, month);
      }
    } else {
      date = ofYear(year);
    }
    return date.withQualifier(qualifier);
  }

  /**
   * Parses the text form described on this class for a field: a violation's path is {@code path}.
   *
   * @param text for example {@code "2018-Q4"} or {@code "2018-11~"}
   * @param path the field path, for example {@code "actualStart"}
   * @return the partial date
   * @throws InvalidInputException as {@link #parse(String)}, on {@code path}
   */
  public static PartialDate parse(@Nullable String text, String path) {
    try {
      return parse(text);
    } catch (InvalidInputException e) {
      throw e.under(path);
    }
  }

  /**
   * This date with another qualifier.
   *
   * @param qualifier the qualifier
   * @return a partial date of the same precision and bounds
   */
  public PartialDate withQualifier(Qualifier qualifier) {
    Validation.notNull("qualifier", qualifier);
    return qualifier == this.qualifier
        ? this
        : new PartialDate(precision, year, part, day, qualifier);
  }

  /**
   * This date, marked approximate ({@code ~}).
   *
   * @return the approximate date
   */
  public PartialDate approximate() {
    return withQualifier(
        qualifier == Qualifier.UNCERTAIN
            ? Qualifier.APPROXIMATE_AND_UNCERTAIN
            : Qualifier.APPROXIMATE);
  }

  /**
   * This date, marked uncertain ({@code ?}).
   *
   * @return the uncertain date
   */
  public PartialDate uncertain() {
    return withQualifier(
        qualifier == Qualifier.APPROXIMATE
            ? Qualifier.APPROXIMATE_AND_UNCERTAIN
            : Qualifier.UNCERTAIN);
  }

  /**
   * How precisely the date is known.
   *
   * @return the precision
   */
  public Precision precision() {
    return precision;
  }

  /**
   * How sure the plan is of the date.
   *
   * @return the qualifier
   */
  public Qualifier qualifier() {
    return qualifier;
  }

  /**
   * The first day the date can mean.
   *
   * @return the earliest day
   */
  public LocalDate earliestDay() {
    return earliest;
  }

  /**
   * The last day the date can mean.
   *
   * @return the latest day
   */
  public LocalDate latestDay() {
    return latest;
  }

  /**
   * Whether the day lies between the earliest and the latest day, both included.
   *
   * @param date a day
   * @return true if the day can be meant by this date
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(earliest) && !date.isAfter(latest);
  }

  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PartialDate p
        && precision == p.precision
        && year == p.year
        && part == p.part
        && day == p.day
        && qualifier == p.qualifier;
  }

  @Override
  public int hashCode() {
    return Objects.hash(precision, year, part, day, qualifier);
  }

  /** The text form, which {@link #parse(String)} reads back to an equal value. */
  @Override
  public String toString() {
    // Written digit by digit: the text is stored and parsed, so it must not follow the default
    // locale's digits (String.format would print ۲۰۱۸ in a Persian JVM).
    StringBuilder text = new StringBuilder(14);
    padded(text, year, 4);
    switch (precision) {
      case YEAR -> {}
      case HALF_YEAR -> text.append("-H").append(part);
      case QUARTER -> text.append("-Q").append(part);
      case MONTH -> padded(text.append('-'), part, 2);
      case DAY -> padded(padded(text.append('-'), part, 2).append('-'), day, 2);
    }
    return text.append(qualifier.suffix()).toString();
  }

  /** Appends a non-negative number in ASCII digits, zero-padded to the width. */
  private static StringBuilder padded(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    return text.append(digits);
  }

  private static Qualifier qualifierOf(@Nullable String suffix) {
    if (suffix == null) {
      return Qualifier.EXACT;
    }
    return switch (suffix) {
      case "~" -> Qualifier.APPROXIMATE;
      case "?" -> Qualifier.UNCERTAIN;
      default -> Qualifier.APPROXIMATE_AND_UNCERTAIN;
    };
  }

  private static int checkYear(int year) {
    return checkRange("year", year, MIN_YEAR, MAX_YEAR);
  }

  private static int checkRange(String what, int value, int min, int max) {
    if (value < min || value > max) {
      throw InvalidInputException.of(
          "",
          Violation.OUT_OF_RANGE,
          what + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  private static InvalidInputException malformed(String text) {
    return InvalidInputException.of(
        "",
        Violation.MALFORMED,
        "not a partial date (YYYY, YYYY-H1, YYYY-Q4, YYYY-MM, YYYY-MM-DD, then optionally ~, ? or %): "
            + shown(text));
  }

  /** Refuses a qualifier put in front, as in {@code ~2018-11}; the message shows where it goes. */
  private static InvalidInputException qualifierFirst(String text) {
    String date = text.substring(1);
    Matcher m = FORM.matcher(date);
    String example = m.matches() && m.group(6) == null ? date + text.charAt(0) : "2018-11~";
    return InvalidInputException.of(
        "",
        Violation.MALFORMED,
        "a qualifier ~, ? or % goes after the date, as in " + example + ": " + shown(text));
  }

  private static String shown(String text) {
    return text.length() > 20 ? text.substring(0, 20) + "…" : text;
  }
}

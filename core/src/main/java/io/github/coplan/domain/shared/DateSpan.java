package io.github.coplan.domain.shared;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A span between two partial dates; the end may be open ("from 2018-11").
 *
 * <p>The start may not lie after the end: the start's earliest day must not be later than the end's
 * latest day. {@link #earliestDay()} and {@link #latestDay()} are the bounds used for ordering,
 * overlap and "overdue"; an open end's latest day is {@link #OPEN_END}.
 *
 * <p>The text form is EDTF's interval form: {@code 2018/2021}, {@code 2018-11/..}. Instances are
 * immutable and thread-safe.
 */
public final class DateSpan {

  /** The latest day of a span with an open end. */
  public static final LocalDate OPEN_END = LocalDate.of(PartialDate.MAX_YEAR, 12, 31);

  private final PartialDate start;
  private final @Nullable PartialDate end;

  private DateSpan(PartialDate start, @Nullable PartialDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * A span from {@code start} to {@code end}.
   *
   * @param start the start
   * @param end the end, whose latest day is not before the start's earliest day
   * @return the span
   * @throws InvalidInputException if a part is missing or the end lies before the start
   */
  public static DateSpan of(PartialDate start, PartialDate end) {
    if (end == null) {
      throw InvalidInputException.of(
          "end",
          Violation.REQUIRED,
          "a closed span needs an end; an open one is DateSpan.from(start)");
    }
    return span(start, end);
  }

  /**
   * The span of one partial date, as in "in Q4 2018": from its earliest to its latest day.
   *
   * @param date the date
   * @return the span
   * @throws InvalidInputException if the date is missing
   */
  public static DateSpan of(PartialDate date) {
    return span(date, date);
  }

  private static DateSpan span(@Nullable PartialDate start, @Nullable PartialDate end) {
    if (start == null) {
      throw InvalidInputException.of("start", Violation.REQUIRED, "a span needs a start");
    }
    if (end != null && start.earliestDay().isAfter(end.latestDay())) {
      throw InvalidInputException.of(
          "end", Violation.END_BEFORE_START, "the end " + end + " lies before the start " + start);
    }
    return new DateSpan(start, end);
  }

  /**
   * An open-ended span, as in "from November 2018".
   *
   * @param start the start
   * @return the span
   */
  public static DateSpan from(PartialDate start) {
    return span(start, null);
  }

  /**
   * Parses the text form {@code start/end} or {@code start/..}; a single partial date means a span
   * that starts and ends with it.
   *
   * @param text for example {@code "2018/2021"} or {@code "2018-11/.."}
   * @return the span
   * @throws InvalidInputException if the text is not a span
   */
  public static DateSpan parse(@Nullable String text) {
    if (text == null) {
      throw InvalidInputException.of("", Violation.REQUIRED, "a span is required");
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      PartialDate single = PartialDate.parse(text, "start");
      return of(single);
    }
    PartialDate start = PartialDate.parse(text.substring(0, slash), "start");
    String endText = text.substring(slash + 1);
    return span(start, endText.equals("..") ? null : PartialDate.parse(endText, "end"));
  }

  /**
   * Parses the text form for a field: a violation's path begins with {@code path} ({@code
   * planned.start:malformed}, {@code planned.end:end-before-start}).
   *
   * @param text for example {@code "2018/2021"} or {@code "2018-11/.."}
   * @param path the field path, for example {@code "planned"}
   * @return the span
   * @throws InvalidInputException as {@link #parse(String)}, under {@code path}
   */
  public static DateSpan parse(@Nullable String text, String path) {
    try {
      return parse(text);
    } catch (InvalidInputException e) {
      throw e.under(path);
    }
  }

  /**
   * The start.
   *
   * @return the start
   */
  public PartialDate start() {
    return start;
  }

  /**
   * The end.
   *
   * @return the end, or null when the span is open-ended
   */
  public @Nullable PartialDate end() {
    return end;
  }

  /**
   * The first day the span can cover: the start's earliest day.
   *
   * @return the earliest day
   */
  public LocalDate earliestDay() {
    return start.earliestDay();
  }

  /**
   * The last day the span can cover: the end's latest day, or {@link #OPEN_END}.
   *
   * @return the latest day
   */
  public LocalDate latestDay() {
    return end == null ? OPEN_END : end.latestDay();
  }

  /**
   * Whether the span can overlap the window from {@code from} to {@code to}, both included.
   *
   * @param from the window's first day
   * @param to the window's last day
   * @return true if the bounds overlap
   */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !earliestDay().isAfter(to) && !latestDay().isBefore(from);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DateSpan s && start.equals(s.start) && Objects.equals(end, s.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /** The text form, which {@link #parse(String)} reads back to an equal value. */
  @Override
  public String toString() {
    if (start.equals(end)) {
      return start.toString();
    }
    return start + "/" + (end == null ? ".." : end.toString());
  }
}

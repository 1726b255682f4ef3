package io.github.coplan.domain.activity;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * When a stop of an itinerary takes place, in the local time of its {@link Place}: either {@link
 * Dates days}, as precisely as they are known ({@code 2018-11-12}, or only {@code 2018-11}), or
 * {@link Times local date-times} ({@code 2018-10-28T10:00} to {@code 12:00}).
 *
 * <p>The absolute bounds ({@link #earliestStart}, {@link #latestStart}, {@link #earliestEnd},
 * {@link #latestEnd}) read the local values in the place's zone with that day's offset. Days cover
 * whole local days: from the first day's midnight to the midnight after the last day. A local time
 * that the zone repeats (when clocks go back) is read at the earlier offset, as {@link
 * ZonedDateTime#of} does; a local time the zone skips (when clocks go forward) does not exist and
 * is refused by the {@link Stop} that holds it.
 *
 * <p>The text form (each kind's {@code toString()}, read back by {@link #parse}) is that of a
 * {@link DateSpan} for days, and {@code 2018-10-28T10:00/2018-10-28T12:00} for times.
 *
 * @since 0.4.0
 */
public sealed interface StopTime permits StopTime.Dates, StopTime.Times {

  /**
   * Days, as precisely as they are known.
   *
   * @param days the days
   * @return the time
   * @throws InvalidInputException if the span is missing or has an open end
   */
  static Dates on(DateSpan days) {
    return new Dates(days);
  }

  /**
   * One day, or a month or year when the day is not known.
   *
   * @param day the day
   * @return the time
   * @throws InvalidInputException if the day is missing
   */
  static Dates on(PartialDate day) {
    return new Dates(DateSpan.of(Validation.notNull("day", day)));
  }

  /**
   * From one local date-time to another.
   *
   * @param start the local start
   * @param end the local end, after the start
   * @return the time
   * @throws InvalidInputException if a part is missing or the end is not after the start
   */
  static Times between(LocalDateTime start, LocalDateTime end) {
    return new Times(start, end);
  }

  /**
   * Reads the text form.
   *
   * @param text {@code 2018-11-12}, {@code 2018-11-12/2018-11-14}, {@code 2018-11}, or {@code
   *     2018-10-28T10:00/2018-10-28T12:00}
   * @return the time
   * @throws InvalidInputException ({@code malformed}) if the text has neither form
   */
  static StopTime parse(@Nullable String text) {
    if (text == null) {
      throw InvalidInputException.of("", Violation.REQUIRED, "a value is required");
    }
    if (!text.contains("T")) {
      return new Dates(DateSpan.parse(text));
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw InvalidInputException.of("", Violation.MALFORMED, "not a stop's time: " + text);
    }
    try {
      return new Times(
          LocalDateTime.parse(text.substring(0, slash)),
          LocalDateTime.parse(text.substring(slash + 1)));
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("", Violation.MALFORMED, "not a stop's time: " + text);
    }
  }

  /**
   * The earliest instant it may start.
   *
   * @param zone the place's zone
   * @return the instant
   */
  Instant earliestStart(ZoneId zone);

  /**
   * The latest instant it may start: the start itself for times, the last instant of the latest
   * possible first day for days.
   *
   * @param zone the place's zone
   * @return the instant
   */
  Instant latestStart(ZoneId zone);

  /**
   * The earliest instant it may end: the end itself for times, the midnight that begins the
   * earliest possible last day for days.
   *
   * @param zone the place's zone
   * @return the instant
   */
  Instant earliestEnd(ZoneId zone);

  /**
   * The latest instant it may end.
   *
   * @param zone the place's zone
   * @return the instant
   */
  Instant latestEnd(ZoneId zone);

  /**
   * The local day it starts on, as precisely as it is known.
   *
   * @return the first day
   */
  PartialDate firstDay();

  /**
   * The local day it ends on, as precisely as it is known: for times that end at midnight, the day
   * before.
   *
   * @return the last day
   */
  PartialDate lastDay();

  /**
   * Whether it is given to the minute rather than as days.
   *
   * @return true for {@link Times}
   */
  boolean precise();

  /**
   * Days, as precisely as they are known; read in the place's zone.
   *
   * @param days the days, a closed span
   */
  record Dates(DateSpan days) implements StopTime {

    /**
     * Checks the span.
     *
     * @throws InvalidInputException if it is missing or has an open end
     */
    public Dates {
      Validation.notNull("days", days);
      if (days.end() == null) {
        throw InvalidInputException.of(
            "days", Violation.REQUIRED, "a stop's days have an end: " + days);
      }
    }

    @Override
    public Instant earliestStart(ZoneId zone) {
      return days.earliestDay().atStartOfDay(zone).toInstant();
    }

    @Override
    public Instant latestStart(ZoneId zone) {
      return midnightAfter(days.start().latestDay(), zone).minusNanos(1);
    }

    @Override
    public Instant earliestEnd(ZoneId zone) {
      return lastDay().earliestDay().atStartOfDay(zone).toInstant();
    }

    @Override
    public Instant latestEnd(ZoneId zone) {
      return midnightAfter(days.latestDay(), zone);
    }

    @Override
    public PartialDate firstDay() {
      return days.start();
    }

    @Override
    public PartialDate lastDay() {
      PartialDate end = days.end();
      return end == null ? days.start() : end;
    }

    @Override
    public boolean precise() {
      return false;
    }

    private static Instant midnightAfter(LocalDate day, ZoneId zone) {
      return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** {@return the span's text form} */
    @Override
    public String toString() {
      return days.toString();
    }
  }

  /**
   * From one local date-time to another; read in the place's zone.
   *
   * @param start the local start
   * @param end the local end, after the start
   */
  record Times(LocalDateTime start, LocalDateTime end) implements StopTime {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException listing every violation: a missing part, a year outside 1 to
     *     9999, or an end not after the start
     */
    public Times {
      Validation v = new Validation();
      v.required("start", start);
      v.required("end", end);
      v.require(start == null || inRange(start), "start", Violation.OUT_OF_RANGE, "year 1 to 9999");
      v.require(end == null || inRange(end), "end", Violation.OUT_OF_RANGE, "year 1 to 9999");
      v.require(
          start == null || end == null || end.isAfter(start),
          "end",
          Violation.END_BEFORE_START,
          "the end " + end + " is not after the start " + start);
      v.throwIfAny();
    }

    private static boolean inRange(LocalDateTime t) {
      return t.getYear() >= PartialDate.MIN_YEAR && t.getYear() <= PartialDate.MAX_YEAR;
    }

    @Override
    public Instant earliestStart(ZoneId zone) {
      return start.atZone(zone).toInstant();
    }

    @Override
    public Instant latestStart(ZoneId zone) {
      return earliestStart(zone);
    }

    @Override
    public Instant earliestEnd(ZoneId zone) {
      return end.atZone(zone).toInstant();
    }

    @Override
    public Instant latestEnd(ZoneId zone) {
      return earliestEnd(zone);
    }

    @Override
    public PartialDate firstDay() {
      return PartialDate.ofDay(start.toLocalDate());
    }

    @Override
    public PartialDate lastDay() {
      LocalDate day = end.toLocalDate();
      return PartialDate.ofDay(
          end.toLocalTime().equals(LocalTime.MIDNIGHT) ? day.minusDays(1) : day);
    }

    @Override
    public boolean precise() {
      return true;
    }

    /**
     * Whether both local times exist in a zone: none falls in the gap when its clocks go forward.
     *
     * @param zone the zone
     * @return true if both exist
     */
    public boolean existsIn(ZoneId zone) {
      return exists(start, zone) && exists(end, zone);
    }

    private static boolean exists(LocalDateTime t, ZoneId zone) {
      try {
        return !zone.getRules().getValidOffsets(t).isEmpty();
      } catch (DateTimeException e) {
        return false;
      }
    }

    /** {@return {@code start/end} in ISO local date-time form} */
    @Override
    public String toString() {
      return start + "/" + end;
    }
  }
}

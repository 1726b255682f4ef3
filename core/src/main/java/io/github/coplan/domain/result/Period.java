package io.github.coplan.domain.result;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reporting period of an indicator, from the first day its start may mean to the last day its end
 * may mean (partial dates while planning: {@code 2019} to {@code 2019}, {@code 2020-H1}), with the
 * target set for it.
 *
 * @param id the id, which observations refer to
 * @param start the start
 * @param end the end, not before the start
 * @param target the target, or null while none is set
 * @since 0.5.0
 */
public record Period(PeriodId id, PartialDate start, PartialDate end, @Nullable Value target) {

  /**
   * Checks the parts.
   *
   * @throws InvalidInputException listing what is missing, or an end before the start ({@code
   *     end-before-start})
   */
  public Period {
    Validation v = new Validation();
    v.required("id", id);
    v.required("start", start);
    v.required("end", end);
    v.require(
        start == null || end == null || !end.latestDay().isBefore(start.earliestDay()),
        "end",
        Violation.END_BEFORE_START,
        "the end " + end + " lies before the start " + start);
    v.throwIfAny();
  }

  /**
   * A period without a target.
   *
   * @param id the id
   * @param start the start
   * @param end the end
   * @return the period
   */
  public static Period of(PeriodId id, PartialDate start, PartialDate end) {
    return new Period(id, start, end, null);
  }

  /**
   * This period with a target.
   *
   * @param newTarget the target
   * @return the period
   */
  public Period withTarget(Value newTarget) {
    return new Period(id, start, end, Validation.notNull("target", newTarget));
  }

  /**
   * The first day of the period.
   *
   * @return the earliest day its start may mean
   */
  public LocalDate firstDay() {
    return start.earliestDay();
  }

  /**
   * The last day of the period.
   *
   * @return the latest day its end may mean
   */
  public LocalDate lastDay() {
    return end.latestDay();
  }

  /**
   * Whether a day lies in the period.
   *
   * @param day the day
   * @return whether it is from its first to its last day
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
  }
}

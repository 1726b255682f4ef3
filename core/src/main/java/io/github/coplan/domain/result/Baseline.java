package io.github.coplan.domain.result;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * Where an indicator stood before the plan: a value on a date (often only a year), with a comment.
 *
 * @param date when it was measured, as precisely as known
 * @param value the value, of a kind the indicator's measure accepts as a target
 * @param comment how it was measured, or null
 * @since 0.5.0
 */
public record Baseline(PartialDate date, Value value, @Nullable String comment) {

  /**
   * Checks the parts.
   *
   * @throws InvalidInputException listing a missing date or value, or a comment that is blank, too
   *     long or holds line breaks
   */
  public Baseline {
    Validation v = new Validation();
    v.required("date", date);
    v.required("value", value);
    comment = comment == null ? null : v.line("comment", comment);
    v.throwIfAny();
  }

  /**
   * A baseline without a comment.
   *
   * @param date when it was measured
   * @param value the value
   * @return the baseline
   */
  public static Baseline of(PartialDate date, Value value) {
    return new Baseline(date, value, null);
  }
}

package io.github.coplan.domain.person;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person's position at an organisation over a time.
 *
 * @param organisation where
 * @param position the position held, for example "Director" or "Deputy Ambassador"
 * @param from the first day, or null when unknown
 * @param to the last day, or null while it lasts
 */
public record Affiliation(
    OrganisationId organisation,
    String position,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {

  /**
   * Validates every part.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing or the end
   *     lies before the start
   */
  public Affiliation {
    Validation v = new Validation();
    v.required("organisation", organisation);
    String raw = position;
    position = v.check("position", () -> Texts.line("", raw));
    v.require(
        from == null || to == null || !to.isBefore(from),
        "to",
        Violation.END_BEFORE_START,
        "the affiliation ends before it starts");
    v.require(
        from == null || (from.getYear() >= 1 && from.getYear() <= 9999),
        "from",
        Violation.OUT_OF_RANGE,
        "year must be between 1 and 9999");
    v.require(
        to == null || (to.getYear() >= 1 && to.getYear() <= 9999),
        "to",
        Violation.OUT_OF_RANGE,
        "year must be between 1 and 9999");
    v.throwIfAny();
  }

  /**
   * Whether the affiliation held on a day.
   *
   * @param day the day
   * @return true if {@code from} is not after it and {@code to} not before it
   */
  public boolean heldOn(LocalDate day) {
    return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
  }
}

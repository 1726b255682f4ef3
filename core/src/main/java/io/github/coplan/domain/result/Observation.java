package io.github.coplan.domain.result;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A value reported for an indicator's period: append-only, since its value never changes (a
 * correction is a new observation), and reviewed before it counts. Its review goes {@code DRAFT} →
 * {@code SUBMITTED} → {@code APPROVED} or {@code RETURNED} (with a note saying why); an approved
 * observation may be un-approved, back to {@code SUBMITTED}. Only approved observations count, and
 * a period's {@link Actual} is derived from them each time it is asked for, so approving or
 * un-approving takes effect at once.
 *
 * <p>An observation that carries dimension values is a breakdown of the period's total, and is
 * counted only in the breakdown it names.
 *
 * @param id the id
 * @param indicator the indicator
 * @param period the indicator's period it is reported for
 * @param value the value, of the kind the indicator's measure takes
 * @param observedOn the day the value was true, inside the period
 * @param reporter who reported it
 * @param dimensions the dimension values it is a breakdown for, by dimension name; empty for the
 *     period's total
 * @param status where its review stands
 * @param note why it was returned, present exactly when it was
 * @param recordedAt when it was recorded
 * @param version the stored version, 0 before it is first stored
 * @since 0.5.0
 */
public record Observation(
    ObservationId id,
    IndicatorId indicator,
    PeriodId period,
    Value value,
    LocalDate observedOn,
    Actor reporter,
    SortedMap<String, String> dimensions,
    ObservationStatus status,
    @Nullable String note,
    Instant recordedAt,
    long version) {

  /**
   * Checks the parts.
   *
   * @throws InvalidInputException listing a missing part, a note missing from a returned
   *     observation or given to another, a negative version
   */
  public Observation {
    Validation v = new Validation();
    v.required("id", id);
    v.required("indicator", indicator);
    v.required("period", period);
    v.required("value", value);
    v.required("observedOn", observedOn);
    v.required("reporter", reporter);
    v.required("dimensions", dimensions);
    v.required("status", status);
    v.required("recordedAt", recordedAt);
    if (status == ObservationStatus.RETURNED) {
      note = v.required("note", note) == null ? null : v.line("note", note);
    } else {
      v.require(
          note == null, "note", Violation.OUT_OF_RANGE, "only a returned observation has a note");
    }
    v.require(version >= 0, "version", Violation.OUT_OF_RANGE, "a version is 0 or more");
    v.throwIfAny();
    dimensions = Collections.unmodifiableSortedMap(new TreeMap<>(dimensions));
  }

  /**
   * A new draft observation of an indicator's period, not yet stored.
   *
   * @param id the id
   * @param indicator the indicator
   * @param period the period's id
   * @param value the value
   * @param observedOn the day the value was true
   * @param reporter who reports it
   * @param dimensions the dimension values it is a breakdown for; empty for the total
   * @param recordedAt when it is recorded
   * @return the observation
   * @throws InvalidInputException listing every violation: a missing part, a value of a kind the
   *     measure does not take ({@code value}), a day outside the period ({@code observedOn}), a
   *     dimension the indicator does not have or a value it does not allow ({@code
   *     dimensions.<name>})
   * @throws NotFoundException if the indicator has no such period
   * @throws RuleViolationException {@link RuleCode#INDICATOR_DERIVED} if the indicator is derived
   */
  public static Observation draft(
      @Nullable ObservationId id,
      Indicator indicator,
      @Nullable PeriodId period,
      @Nullable Value value,
      @Nullable LocalDate observedOn,
      @Nullable Actor reporter,
      @Nullable Map<String, String> dimensions,
      @Nullable Instant recordedAt) {
    Indicator of = Validation.notNull("indicator", indicator);
    if (of.derived()) {
      throw new RuleViolationException(
          RuleCode.INDICATOR_DERIVED,
          "indicator "
              + of.id()
              + " is derived from the plan's records by its rule; it takes no observations");
    }
    Validation v = new Validation();
    v.required("id", id);
    v.required("value", value);
    v.required("observedOn", observedOn);
    v.required("reporter", reporter);
    v.required("dimensions", dimensions);
    v.required("recordedAt", recordedAt);
    Period p = period == null ? null : of.period(period);
    v.required("period", period);
    if (value != null) {
      v.require(
          of.measure().acceptsObservation(value),
          "value",
          Violation.OUT_OF_RANGE,
          "a " + of.measure() + " indicator does not take " + value.getClass().getSimpleName());
    }
    if (p != null && observedOn != null) {
      v.require(
          p.contains(observedOn),
          "observedOn",
          Violation.OUT_OF_RANGE,
          observedOn + " lies outside the period " + p.firstDay() + " to " + p.lastDay());
    }
    if (dimensions != null) {
      dimensions.forEach(
          (name, given) -> {
            String path = "dimensions." + name;
            Dimension d = of.findDimension(name).orElse(null);
            if (d == null) {
              v.require(false, path, Violation.OUT_OF_RANGE, "the indicator has no such dimension");
            } else {
              v.require(
                  d.values().contains(given),
                  path,
                  Violation.OUT_OF_RANGE,
                  "the dimension " + name + " allows " + d.values() + ", not " + given);
            }
          });
    }
    v.throwIfAny();
    return new Observation(
        Validation.notNull("id", id),
        of.id(),
        Validation.notNull("period", period),
        Validation.notNull("value", value),
        Validation.notNull("observedOn", observedOn),
        Validation.notNull("reporter", reporter),
        new TreeMap<>(Validation.notNull("dimensions", dimensions)),
        ObservationStatus.DRAFT,
        null,
        Validation.notNull("recordedAt", recordedAt),
        0);
  }

  /**
   * Sends a draft for review.
   *
   * @return the observation, {@code SUBMITTED}
   * @throws RuleViolationException {@link RuleCode#OBSERVATION_ILLEGAL_TRANSITION} unless a draft
   */
  public Observation submit() {
    return move(ObservationStatus.DRAFT, ObservationStatus.SUBMITTED, null);
  }

  /**
   * Approves a submitted observation: from now on it counts.
   *
   * @return the observation, {@code APPROVED}
   * @throws RuleViolationException {@link RuleCode#OBSERVATION_ILLEGAL_TRANSITION} unless submitted
   */
  public Observation approve() {
    return move(ObservationStatus.SUBMITTED, ObservationStatus.APPROVED, null);
  }

  /**
   * Takes back an approval: from now on it no longer counts.
   *
   * @return the observation, {@code SUBMITTED}
   * @throws RuleViolationException {@link RuleCode#OBSERVATION_ILLEGAL_TRANSITION} unless approved
   */
  public Observation unapprove() {
    return move(ObservationStatus.APPROVED, ObservationStatus.SUBMITTED, null);
  }

  /**
   * Returns a submitted observation to its reporter with a note saying why.
   *
   * @param why the note
   * @return the observation, {@code RETURNED}
   * @throws InvalidInputException if the note is missing, blank or refused
   * @throws RuleViolationException {@link RuleCode#OBSERVATION_ILLEGAL_TRANSITION} unless submitted
   */
  public Observation returnWith(@Nullable String why) {
    Validation v = new Validation();
    String checked = v.required("note", why) == null ? null : v.line("note", why);
    return move(ObservationStatus.SUBMITTED, ObservationStatus.RETURNED, v.valueOrThrow(checked));
  }

  private Observation move(ObservationStatus from, ObservationStatus to, @Nullable String newNote) {
    if (status != from) {
      throw new RuleViolationException(
          RuleCode.OBSERVATION_ILLEGAL_TRANSITION,
          "an observation goes to " + to + " from " + from + ", and this one is " + status);
    }
    return new Observation(
        id,
        indicator,
        period,
        value,
        observedOn,
        reporter,
        dimensions,
        to,
        newNote,
        recordedAt,
        version);
  }

  /**
   * Whether it counts in its period's actual.
   *
   * @return whether it is approved
   */
  public boolean counts() {
    return status == ObservationStatus.APPROVED;
  }
}

package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.result.ObservationId;
import org.jspecify.annotations.Nullable;

/**
 * A step in an observation's review: {@link Submit}, {@link Approve}, {@link Unapprove} or {@link
 * Return} (with a note). Each may name the version it is based on.
 *
 * @since 0.5.0
 */
public sealed interface ReviewObservation
    permits ReviewObservation.Submit,
        ReviewObservation.Approve,
        ReviewObservation.Unapprove,
        ReviewObservation.Return {

  /**
   * The observation.
   *
   * @return its id
   */
  ObservationId observation();

  /**
   * The version the step is based on.
   *
   * @return the version, or null for whatever is stored
   */
  @Nullable Long expectedVersion();

  /**
   * Sends a draft for review.
   *
   * @param observation the observation
   * @return the command
   */
  static Submit submit(ObservationId observation) {
    return new Submit(observation, null);
  }

  /**
   * Approves a submitted observation.
   *
   * @param observation the observation
   * @return the command
   */
  static Approve approve(ObservationId observation) {
    return new Approve(observation, null);
  }

  /**
   * Takes back an approval.
   *
   * @param observation the observation
   * @return the command
   */
  static Unapprove unapprove(ObservationId observation) {
    return new Unapprove(observation, null);
  }

  /**
   * Returns a submitted observation to its reporter.
   *
   * @param observation the observation
   * @param note why
   * @return the command
   */
  static Return returnWith(ObservationId observation, String note) {
    return new Return(observation, note, null);
  }

  /**
   * Sends a draft for review.
   *
   * @param observation the observation
   * @param expectedVersion the version it is based on, or null
   */
  record Submit(ObservationId observation, @Nullable Long expectedVersion)
      implements ReviewObservation {

    /** Validates the command. */
    public Submit {
      Validation.notNull("observation", observation);
    }
  }

  /**
   * Approves a submitted observation: from then on it counts.
   *
   * @param observation the observation
   * @param expectedVersion the version it is based on, or null
   */
  record Approve(ObservationId observation, @Nullable Long expectedVersion)
      implements ReviewObservation {

    /** Validates the command. */
    public Approve {
      Validation.notNull("observation", observation);
    }
  }

  /**
   * Takes back an approval: from then on it no longer counts.
   *
   * @param observation the observation
   * @param expectedVersion the version it is based on, or null
   */
  record Unapprove(ObservationId observation, @Nullable Long expectedVersion)
      implements ReviewObservation {

    /** Validates the command. */
    public Unapprove {
      Validation.notNull("observation", observation);
    }
  }

  /**
   * Returns a submitted observation with a note saying why.
   *
   * @param observation the observation
   * @param note why, one line
   * @param expectedVersion the version it is based on, or null
   */
  record Return(ObservationId observation, String note, @Nullable Long expectedVersion)
      implements ReviewObservation {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing or the note
     *     is refused
     */
    public Return {
      Validation v = new Validation();
      v.required("observation", observation);
      note = v.required("note", note) == null ? note : v.line("note", note);
      v.throwIfAny();
    }
  }
}

package io.github.coplan.application;

import com.google.common.collect.ImmutableList;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Place;
import io.github.coplan.domain.activity.Stop;
import io.github.coplan.domain.activity.StopId;
import io.github.coplan.domain.activity.StopTime;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Changes the itinerary of an activity (a study tour, a delegation's visit): one record per change,
 * each holding exactly what that change needs. Build them with the factories ({@code
 * ChangeItinerary.add(tour, place, host, "briefing", StopTime.on(day), members)}, {@code
 * ChangeItinerary.complete(tour, stop)}) and add {@code .expecting(version)} where an edit screen
 * must not overwrite a newer change.
 *
 * <p>Each record validates what it holds when it is made and throws an {@link
 * io.github.coplan.domain.error.InvalidInputException} listing every violation; the rules of the
 * itinerary ({@link io.github.coplan.domain.activity.Activity#addStop}) are checked when the
 * command runs, each refusal a {@link io.github.coplan.domain.error.RuleViolationException} naming
 * its rule.
 *
 * @since 0.4.0
 */
public sealed interface ChangeItinerary
    permits ChangeItinerary.AddStop,
        ChangeItinerary.ReviseStop,
        ChangeItinerary.CompleteStop,
        ChangeItinerary.CancelStop,
        ChangeItinerary.RemoveStop {

  /**
   * Which activity.
   *
   * @return the activity's id
   */
  ActivityId activity();

  /**
   * The version the change is based on.
   *
   * @return the version, or null to change whatever version is stored; when given and stale, the
   *     change is refused with a {@link io.github.coplan.domain.error.ConflictException}
   */
  @Nullable Long expectedVersion();

  /**
   * Adds a planned stop; its id comes from the Coplan's id source.
   *
   * @param activity which activity
   * @param place where
   * @param host the organisation visited, which takes part in the activity
   * @param purpose why the delegation goes there
   * @param planned when, in the place's local time
   * @param attendees the members expected
   * @return the command
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  static AddStop add(
      ActivityId activity,
      Place place,
      OrganisationId host,
      String purpose,
      StopTime planned,
      List<PersonId> attendees) {
    return new AddStop(activity, null, place, host, purpose, planned, attendees, null);
  }

  /**
   * Replaces what a planned stop says.
   *
   * @param activity which activity
   * @param stop which stop
   * @param place where
   * @param host the organisation visited
   * @param purpose why
   * @param planned when, in the place's local time
   * @param attendees the members expected
   * @return the command
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  static ReviseStop revise(
      ActivityId activity,
      StopId stop,
      Place place,
      OrganisationId host,
      String purpose,
      StopTime planned,
      List<PersonId> attendees) {
    return new ReviseStop(activity, stop, place, host, purpose, planned, attendees, null);
  }

  /**
   * Completes a stop as planned: at its planned time, with the members expected.
   *
   * @param activity which activity
   * @param stop which stop
   * @return the command
   */
  static CompleteStop complete(ActivityId activity, StopId stop) {
    return new CompleteStop(activity, stop, null, null, null, null);
  }

  /**
   * Completes a stop as it took place.
   *
   * @param activity which activity
   * @param stop which stop
   * @param actual when it took place; null for as planned
   * @param attendees who was there; null for those expected
   * @param outcome what came of it, or null
   * @return the command
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  static CompleteStop complete(
      ActivityId activity,
      StopId stop,
      @Nullable StopTime actual,
      @Nullable List<PersonId> attendees,
      @Nullable String outcome) {
    return new CompleteStop(activity, stop, actual, attendees, outcome, null);
  }

  /**
   * Calls a planned stop off.
   *
   * @param activity which activity
   * @param stop which stop
   * @param reason why; required
   * @return the command
   */
  static CancelStop cancel(ActivityId activity, StopId stop, String reason) {
    return new CancelStop(activity, stop, reason, null);
  }

  /**
   * Removes a stop entered by mistake; a completed stop stays.
   *
   * @param activity which activity
   * @param stop which stop
   * @return the command
   */
  static RemoveStop remove(ActivityId activity, StopId stop) {
    return new RemoveStop(activity, stop, null);
  }

  /**
   * Adds a planned stop.
   *
   * @param activity which activity
   * @param id the new stop's id, or null for one from the Coplan's id source (the stop is then the
   *     one of the returned activity's itinerary that it did not have before)
   * @param place where
   * @param host the organisation visited
   * @param purpose why
   * @param planned when, in the place's local time
   * @param attendees the members expected, each once
   * @param expectedVersion the version the change is based on, or null
   */
  record AddStop(
      ActivityId activity,
      @Nullable StopId id,
      Place place,
      OrganisationId host,
      String purpose,
      StopTime planned,
      List<PersonId> attendees,
      @Nullable Long expectedVersion)
      implements ChangeItinerary {

    /**
     * Validates the command as a {@link Stop} validates its parts.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public AddStop {
      Validation v = new Validation();
      v.required("activity", activity);
      Stop probe = StopProbe.check(v, place, host, purpose, planned, attendees);
      Commands.checkVersion(v, expectedVersion);
      v.throwIfAny();
      Stop checked = Validation.notNull("stop", probe);
      purpose = checked.purpose();
      attendees = checked.attendees();
    }

    /**
     * The stop this command adds.
     *
     * @param stopId its id: {@link #id()}, or one from the id source when that is null
     * @return the planned stop
     */
    public Stop toStop(StopId stopId) {
      return Stop.planned(stopId, place, host, purpose, planned, attendees);
    }

    /**
     * This command with the new stop's id chosen by the caller.
     *
     * @param stopId the id
     * @return the command with that id
     */
    public AddStop withId(StopId stopId) {
      return new AddStop(
          activity,
          Validation.notNull("id", stopId),
          place,
          host,
          purpose,
          planned,
          attendees,
          expectedVersion);
    }

    /**
     * This command, refused if the activity's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public AddStop expecting(long version) {
      return new AddStop(activity, id, place, host, purpose, planned, attendees, version);
    }
  }

  /**
   * Replaces what a planned stop says.
   *
   * @param activity which activity
   * @param stop which stop
   * @param place where
   * @param host the organisation visited
   * @param purpose why
   * @param planned when, in the place's local time
   * @param attendees the members expected, each once
   * @param expectedVersion the version the change is based on, or null
   */
  record ReviseStop(
      ActivityId activity,
      StopId stop,
      Place place,
      OrganisationId host,
      String purpose,
      StopTime planned,
      List<PersonId> attendees,
      @Nullable Long expectedVersion)
      implements ChangeItinerary {

    /**
     * Validates the command as a {@link Stop} validates its parts.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public ReviseStop {
      Validation v = new Validation();
      v.required("activity", activity);
      v.required("stop", stop);
      Stop probe = StopProbe.check(v, place, host, purpose, planned, attendees);
      Commands.checkVersion(v, expectedVersion);
      v.throwIfAny();
      Stop checked = Validation.notNull("stop", probe);
      purpose = checked.purpose();
      attendees = checked.attendees();
    }

    /**
     * The stop as revised.
     *
     * @return the planned stop
     */
    public Stop toStop() {
      return Stop.planned(stop, place, host, purpose, planned, attendees);
    }

    /**
     * This command, refused if the activity's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public ReviseStop expecting(long version) {
      return new ReviseStop(activity, stop, place, host, purpose, planned, attendees, version);
    }
  }

  /**
   * Completes a planned stop, once the activity is under way.
   *
   * @param activity which activity
   * @param stop which stop
   * @param actual when it took place, or null for as planned
   * @param attendees who was there, each once, or null for those expected
   * @param outcome what came of it, or null
   * @param expectedVersion the version the change is based on, or null
   */
  record CompleteStop(
      ActivityId activity,
      StopId stop,
      @Nullable StopTime actual,
      @Nullable List<PersonId> attendees,
      @Nullable String outcome,
      @Nullable Long expectedVersion)
      implements ChangeItinerary {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public CompleteStop {
      Validation v = new Validation();
      v.required("activity", activity);
      v.required("stop", stop);
      List<PersonId> given = attendees;
      if (given != null && v.elements("attendees", given) != null) {
        Set<PersonId> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
          PersonId who = given.get(i);
          v.require(
              who == null || seen.add(who),
              "attendees[" + i + "]",
              Violation.DUPLICATE,
              "person " + who + " is listed twice");
        }
      }
      if (outcome != null) {
        String raw = outcome;
        outcome = v.check("outcome", () -> Texts.check("", raw, Texts.PARAGRAPH_LIMIT, true));
      }
      Commands.checkVersion(v, expectedVersion);
      v.throwIfAny();
      if (given != null) {
        attendees = ImmutableList.copyOf(given);
      }
    }

    /**
     * This command, refused if the activity's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public CompleteStop expecting(long version) {
      return new CompleteStop(activity, stop, actual, attendees, outcome, version);
    }
  }

  /**
   * Calls a planned stop off.
   *
   * @param activity which activity
   * @param stop which stop
   * @param reason why
   * @param expectedVersion the version the change is based on, or null
   */
  record CancelStop(ActivityId activity, StopId stop, String reason, @Nullable Long expectedVersion)
      implements ChangeItinerary {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public CancelStop {
      Validation v = new Validation();
      v.required("activity", activity);
      v.required("stop", stop);
      String raw = reason;
      reason = v.check("reason", () -> Texts.check("", raw, Texts.PARAGRAPH_LIMIT, true));
      Commands.checkVersion(v, expectedVersion);
      v.throwIfAny();
    }

    /**
     * This command, refused if the activity's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public CancelStop expecting(long version) {
      return new CancelStop(activity, stop, reason, version);
    }
  }

  /**
   * Removes a stop entered by mistake.
   *
   * @param activity which activity
   * @param stop which stop
   * @param expectedVersion the version the change is based on, or null
   */
  record RemoveStop(ActivityId activity, StopId stop, @Nullable Long expectedVersion)
      implements ChangeItinerary {

    /**
     * Validates the command.
     *
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public RemoveStop {
      Validation v = new Validation();
      v.required("activity", activity);
      v.required("stop", stop);
      Commands.checkVersion(v, expectedVersion);
      v.throwIfAny();
    }

    /**
     * This command, refused if the activity's version is no longer {@code version}.
     *
     * @param version the version the change is based on
     * @return the command with the expected version
     */
    public RemoveStop expecting(long version) {
      return new RemoveStop(activity, stop, version);
    }
  }
}

/** The id of the stop a command's parts are checked on; never stored. */
final class StopProbe {
  private static final StopId ID = new StopId(new UUID(0, 0));

  private StopProbe() {}

  /** A stop of the given parts, its violations recorded in {@code v}. */
  static @Nullable Stop check(
      Validation v,
      Place place,
      OrganisationId host,
      String purpose,
      StopTime planned,
      List<PersonId> attendees) {
    return v.check("", () -> Stop.planned(ID, place, host, purpose, planned, attendees));
  }
}

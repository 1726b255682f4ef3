package io.github.coplan.domain.activity;

import com.google.common.collect.ImmutableList;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A stop on an activity's itinerary: a visit to a host organisation at a place, at a time, by some
 * of the activity's members. Immutable; {@link Activity} keeps the rules between stops and between
 * a stop and the activity (see {@link Activity#addStop}).
 *
 * <p>A stop is {@link StopStatus#PLANNED} with its planned time and the members expected, then
 * {@link StopStatus#COMPLETED} with its actual time and the members who were there, or {@link
 * StopStatus#CANCELLED} with the reason in its note.
 *
 * @param id the id
 * @param place where
 * @param host the organisation visited
 * @param purpose why the delegation goes there
 * @param planned when it was planned, in the place's local time
 * @param actual when it took place, in the place's local time; present exactly when completed
 * @param attendees the members expected (planned) or who were there (completed), without repeats,
 *     in the order given
 * @param status where it stands
 * @param note what came of it (completed), why it was called off (cancelled), or null
 * @since 0.4.0
 */
public record Stop(
    StopId id,
    Place place,
    OrganisationId host,
    String purpose,
    StopTime planned,
    @Nullable StopTime actual,
    List<PersonId> attendees,
    StopStatus status,
    @Nullable String note) {

  /** The most attendees a stop may list. */
  public static final int MAX_ATTENDEES = 1_000;

  /**
   * Validates every part.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation: a missing
   *     part, a refused text, an attendee listed twice ({@code duplicate}), more than {@value
   *     #MAX_ATTENDEES} attendees, an actual time on a stop not completed or none on a completed
   *     one, a cancelled stop without a reason, or a local time that does not exist in the place's
   *     zone ({@code out-of-range})
   */
  public Stop {
    Validation v = new Validation();
    v.required("id", id);
    v.required("place", place);
    v.required("host", host);
    String rawPurpose = purpose;
    purpose = v.check("purpose", () -> Texts.line("", rawPurpose));
    v.required("planned", planned);
    v.required("status", status);
    boolean noted = note != null;
    if (note != null) {
      String rawNote = note;
      note = v.check("note", () -> Texts.check("", rawNote, Texts.PARAGRAPH_LIMIT, true));
    }
    if (v.elements("attendees", attendees) != null) {
      v.require(
          attendees.size() <= MAX_ATTENDEES,
          "attendees",
          Violation.OUT_OF_RANGE,
          "at most " + MAX_ATTENDEES + " attendees");
      Set<PersonId> seen = new HashSet<>();
      for (int i = 0; i < attendees.size(); i++) {
        PersonId who = attendees.get(i);
        v.require(
            who == null || seen.add(who),
            "attendees[" + i + "]",
            Violation.DUPLICATE,
            "person " + who + " is listed twice");
      }
    }
    if (status != null) {
      v.require(
          (status == StopStatus.COMPLETED) == (actual != null),
          "actual",
          status == StopStatus.COMPLETED ? Violation.REQUIRED : Violation.OUT_OF_RANGE,
          "a stop has an actual time exactly when it is completed");
      v.require(
          status != StopStatus.CANCELLED || noted,
          "note",
          Violation.REQUIRED,
          "a cancelled stop gives the reason");
    }
    if (place != null) {
      checkExists(v, "planned", planned, place);
      checkExists(v, "actual", actual, place);
    }
    v.throwIfAny();
    attendees = ImmutableList.copyOf(attendees);
  }

  private static void checkExists(Validation v, String path, @Nullable StopTime time, Place place) {
    v.require(
        !(time instanceof StopTime.Times t) || t.existsIn(place.zone()),
        path,
        Violation.OUT_OF_RANGE,
        time + " does not exist in " + place.zone() + ": its clocks skip that hour");
  }

  /**
   * A planned stop.
   *
   * @param id the id
   * @param place where
   * @param host the organisation visited
   * @param purpose why
   * @param planned when, in the place's local time
   * @param attendees the members expected
   * @return the stop
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public static Stop planned(
      StopId id,
      Place place,
      OrganisationId host,
      String purpose,
      StopTime planned,
      List<PersonId> attendees) {
    return new Stop(id, place, host, purpose, planned, null, attendees, StopStatus.PLANNED, null);
  }

  /**
   * When it takes or took place: the actual time once completed, the planned one before.
   *
   * @return the time
   */
  public StopTime time() {
    return actual != null ? actual : planned;
  }

  /**
   * The earliest instant it may start, by {@link #time()}: the itinerary's order.
   *
   * @return the instant
   */
  public Instant earliestStart() {
    return time().earliestStart(place.zone());
  }

  /**
   * The latest instant it may end, by {@link #time()}.
   *
   * @return the instant
   */
  public Instant latestEnd() {
    return time().latestEnd(place.zone());
  }
}

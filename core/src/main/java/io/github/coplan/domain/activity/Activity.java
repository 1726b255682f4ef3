package io.github.coplan.domain.activity;

import com.google.common.collect.ImmutableList;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.domain.shared.SearchFolding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An activity of a plan. Immutable: every change returns a new activity with the same id and
 * version, after checking the rules below; the store gives it its next version when it is saved.
 *
 * <p>Rules kept here: only the transitions listed on {@link ActivityStatus}; starting needs an
 * actual start; completing needs actual start and end, end not before start; cancelling and
 * postponing need a reason; a completed or cancelled activity no longer changes; an activity is not
 * its own parent; a participant has one participation per role. Rules that need other aggregates
 * (the plan is not frozen, the content area and lead party exist in the plan, no parent cycle) are
 * checked by the use cases.
 */
public final class Activity {

  /** The most participations an activity may have. */
  public static final int MAX_PARTICIPATIONS = 10_000;

  /**
   * The most stops an itinerary may have.
   *
   * @since 0.4.0
   */
  public static final int MAX_STOPS = 500;

  private final ActivityId id;
  private final PlanId plan;
  private final ActivityDetails details;
  private final @Nullable ActivityId parent;
  private final ActivityStatus status;
  private final @Nullable PartialDate actualStart;
  private final @Nullable PartialDate actualEnd;
  private final @Nullable String statusReason;
  private final ImmutableList<Participation> participations;
  private final ImmutableList<Stop> itinerary;
  private final long version;

  private Activity(
      ActivityId id,
      PlanId plan,
      ActivityDetails details,
      @Nullable ActivityId parent,
      ActivityStatus status,
      @Nullable PartialDate actualStart,
      @Nullable PartialDate actualEnd,
      @Nullable String statusReason,
      List<Participation> participations,
      List<Stop> itinerary,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.plan = Objects.requireNonNull(plan, "plan");
    this.details = Objects.requireNonNull(details, "details");
    this.parent = parent;
    this.status = Objects.requireNonNull(status, "status");
    this.actualStart = actualStart;
    this.actualEnd = actualEnd;
    this.statusReason = statusReason;
    this.participations = ImmutableList.copyOf(participations);
    this.itinerary = ImmutableList.copyOf(itinerary);
    this.version = version;
  }

  /**
   * A new activity in {@link ActivityStatus#PROPOSED}, not yet stored (version 0).
   *
   * @param id the id
   * @param plan the plan it belongs to
   * @param details what describes it
   * @param parent the activity it is part of, or null
   * @return the activity
   * @throws InvalidInputException if a part is missing
   * @throws RuleViolationException if it would be its own parent
   */
  public static Activity propose(
      @Nullable ActivityId id,
      @Nullable PlanId plan,
      @Nullable ActivityDetails details,
      @Nullable ActivityId parent) {
    Validation v = new Validation();
    v.required("id", id);
    v.required("plan", plan);
    v.required("details", details);
    v.throwIfAny();
    // throwIfAny refused every missing part; notNull carries that to the nullness checker
    ActivityId checkedId = Validation.notNull("id", id);
    if (checkedId.equals(parent)) {
      throw new RuleViolationException(
          RuleCode.ACTIVITY_SELF_PARENT, "an activity cannot be its own parent");
    }
    return new Activity(
        checkedId,
        Validation.notNull("plan", plan),
        Validation.notNull("details", details),
        parent,
        ActivityStatus.PROPOSED,
        null,
        null,
        null,
        List.of(),
        List.of(),
        0);
  }

  // ---- changes -------------------------------------------------------------------------------

  /**
   * This activity with new details.
   *
   * @param newDetails the details
   * @return the changed activity
   * @throws RuleViolationException if the activity is completed or cancelled
   */
  public Activity revise(ActivityDetails newDetails) {
    Validation.notNull("details", newDetails);
    requireOpen();
    return copy(newDetails, parent, status, actualStart, actualEnd, statusReason, participations);
  }

  /**
   * This activity under another parent, or none.
   *
   * @param newParent the parent, or null
   * @return the changed activity
   * @throws RuleViolationException if the activity is closed or would be its own parent
   */
  public Activity moveUnder(@Nullable ActivityId newParent) {
    requireOpen();
    if (id.equals(newParent)) {
      throw new RuleViolationException(
          RuleCode.ACTIVITY_SELF_PARENT, "an activity cannot be its own parent");
    }
    return copy(details, newParent, status, actualStart, actualEnd, statusReason, participations);
  }

  /**
   * PROPOSED or POSTPONED → PLANNED, optionally with a new planned span.
   *
   * @param newPlanned the planned span, or null to keep it
   * @return the planned activity
   * @throws RuleViolationException if the transition is not allowed
   */
  public Activity plan(@Nullable DateSpan newPlanned) {
    requireTransition(ActivityStatus.PLANNED);
    return copy(
        replan(newPlanned), parent, ActivityStatus.PLANNED, null, null, null, participations);
  }

  /**
   * PLANNED or POSTPONED → SCHEDULED, optionally with a new planned span.
   *
   * @param newPlanned the planned span, or null to keep it
   * @return the scheduled activity
   * @throws RuleViolationException if the transition is not allowed
   */
  public Activity schedule(@Nullable DateSpan newPlanned) {
    requireTransition(ActivityStatus.SCHEDULED);
    return copy(
        replan(newPlanned), parent, ActivityStatus.SCHEDULED, null, null, null, participations);
  }

  /**
   * SCHEDULED → IN_PROGRESS.
   *
   * @param start when it actually started: a day, or as precisely as it is known
   * @return the started activity
   * @throws InvalidInputException if the start is missing
   * @throws RuleViolationException if the transition is not allowed
   */
  public Activity start(PartialDate start) {
    Validation.notNull("actualStart", start);
    requireTransition(ActivityStatus.IN_PROGRESS);
    return copy(details, parent, ActivityStatus.IN_PROGRESS, start, null, null, participations);
  }

  /**
   * SCHEDULED or IN_PROGRESS → COMPLETED.
   *
   * <p>Actual dates are partial dates, because records of past activities often know only the month
   * ("a working visit in May 2018"); the end may not lie before the start (the end's latest day not
   * before the start's earliest day).
   *
   * @param start when it actually started; null keeps the start recorded when it started
   * @param end when it actually ended
   * @return the completed activity
   * @throws InvalidInputException if the end is missing
   * @throws RuleViolationException if the transition is not allowed, the start is neither given nor
   *     recorded, or the end lies before the start
   */
  public Activity complete(@Nullable PartialDate start, PartialDate end) {
    Validation.notNull("actualEnd", end);
    requireTransition(ActivityStatus.COMPLETED);
    PartialDate from = start != null ? start : actualStart;
    if (from == null) {
      throw new RuleViolationException(
          RuleCode.ACTIVITY_COMPLETE_NEEDS_ACTUAL_DATES,
          "completing needs the actual start and end dates");
    }
    if (end.latestDay().isBefore(from.earliestDay())) {
      throw new RuleViolationException(
          RuleCode.ACTIVITY_COMPLETE_NEEDS_ACTUAL_DATES,
          "the actual end " + end + " lies before the actual start " + from);
    }
    return copy(details, parent, ActivityStatus.COMPLETED, from, end, null, participations);
  }

  /**
   * PLANNED or SCHEDULED → POSTPONED.
   *
   * @param reason why; required
   * @return the postponed activity
   * @throws InvalidInputException if the reason is missing or refused
   * @throws RuleViolationException if the transition is not allowed
   */
  public Activity postpone(String reason) {
    String checked = Texts.line("reason", reason);
    requireTransition(ActivityStatus.POSTPONED);
    return copy(details, parent, ActivityStatus.POSTPONED, null, null, checked, participations);
  }

  /**
   * Any open status → CANCELLED.
   *
   * @param reason why; required
   * @return the cancelled activity
   * @throws InvalidInputException if the reason is missing or refused
   * @throws RuleViolationException if already closed
   */
  public Activity cancel(String reason) {
    String checked = Texts.line("reason", reason);
    requireTransition(ActivityStatus.CANCELLED);
    return copy(
        details, parent, ActivityStatus.CANCELLED, actualStart, null, checked, participations);
  }

  /**
   * This activity with one more participation.
   *
   * @param participation the participation
   * @return the changed activity
   * @throws RuleViolationException if the activity is closed, or the participant already takes part
   *     in that role
   */
  public Activity addParticipation(Participation participation) {
    Validation.notNull("participation", participation);
    requireOpen();
    if (participation(participation.participant(), participation.role()).isPresent()) {
      throw new RuleViolationException(
          RuleCode.PARTICIPATION_EXISTS,
          participation.participant() + " already takes part as " + participation.role());
    }
    if (participations.size() >= MAX_PARTICIPATIONS) {
      throw InvalidInputException.of(
          "participations",
          Violation.OUT_OF_RANGE,
          "at most " + MAX_PARTICIPATIONS + " participations");
    }
    List<Participation> list = new ArrayList<>(participations);
    list.add(participation);
    return copy(details, parent, status, actualStart, actualEnd, statusReason, list);
  }

  /**
   * This activity with more participations, appended in the order given: one change for a whole
   * delegation list, with the checks of {@link #addParticipation(Participation)} for each.
   *
   * @param added the participations, each participant and role once
   * @return the changed activity
   * @throws InvalidInputException if the list is missing, holds a missing element or a participant
   *     twice in one role, or the activity would hold more than {@value #MAX_PARTICIPATIONS}
   *     participations
   * @throws RuleViolationException if the activity is closed, or a participant already takes part
   *     in that role
   * @since 0.6.0
   */
  public Activity addParticipations(List<Participation> added) {
    Validation v = new Validation();
    v.elements("participations", added);
    v.throwIfAny();
    requireOpen();
    Set<Part> held = new HashSet<>();
    for (Participation p : participations) {
      held.add(new Part(p.participant(), p.role()));
    }
    Set<Part> adding = new HashSet<>();
    for (int i = 0; i < added.size(); i++) {
      Participation p = added.get(i);
      Part part = new Part(p.participant(), p.role());
      if (held.contains(part)) {
        throw new RuleViolationException(
            RuleCode.PARTICIPATION_EXISTS, p.participant() + " already takes part as " + p.role());
      }
      v.require(
          adding.add(part),
          "participations[" + i + "]",
          Violation.DUPLICATE,
          p.participant() + " is listed twice as " + p.role());
    }
    v.require(
        participations.size() + added.size() <= MAX_PARTICIPATIONS,
        "participations",
        Violation.OUT_OF_RANGE,
        "at most " + MAX_PARTICIPATIONS + " participations");
    v.throwIfAny();
    List<Participation> list = new ArrayList<>(participations.size() + added.size());
    list.addAll(participations);
    list.addAll(added);
    return copy(details, parent, status, actualStart, actualEnd, statusReason, list);
  }

  /** A participant in a role: what an activity holds at most once. */
  private record Part(Participant participant, ParticipationRole role) {}

  /**
   * This activity with a participation's status changed. Attendance may be recorded after the
   * activity completed; other changes need an open activity.
   *
   * @param participant who
   * @param role in which role
   * @param newStatus the new status
   * @return the changed activity
   * @throws RuleViolationException if there is no such participation or the change is not allowed
   */
  public Activity changeParticipation(
      Participant participant, ParticipationRole role, ParticipationStatus newStatus) {
    Validation.notNull("participant", participant);
    Validation.notNull("role", role);
    Validation.notNull("status", newStatus);
    if (status == ActivityStatus.CANCELLED
        || (status == ActivityStatus.COMPLETED
            && newStatus != ParticipationStatus.ATTENDED
            && newStatus != ParticipationStatus.NO_SHOW)) {
      throw new RuleViolationException(
          RuleCode.ACTIVITY_CLOSED, "activity " + id + " is " + status);
    }
    Participation current =
        participation(participant, role)
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        RuleCode.PARTICIPATION_UNKNOWN,
                        participant + " does not take part as " + role));
    if (!current.status().next().contains(newStatus)) {
      throw new RuleViolationException(
          RuleCode.PARTICIPATION_ILLEGAL_TRANSITION,
          "a participation cannot go from " + current.status() + " to " + newStatus);
    }
    List<Participation> list = new ArrayList<>(participations);
    list.replaceAll(
        p ->
            p.equals(current)
                ? new Participation(p.participant(), p.role(), newStatus, p.affiliation())
                : p);
    // A member who withdraws or does not come is no longer expected at the planned stops.
    Set<PersonId> members = members(list);
    List<Stop> stops = new ArrayList<>(itinerary);
    stops.replaceAll(
        s ->
            s.status() != StopStatus.PLANNED || members.containsAll(s.attendees())
                ? s
                : with(
                    s,
                    null,
                    s.attendees().stream().filter(members::contains).toList(),
                    StopStatus.PLANNED,
                    s.note()));
    return copy(details, parent, status, actualStart, actualEnd, statusReason, list, stops);
  }

  // ---- the itinerary -------------------------------------------------------------------------

  /**
   * This activity with one more stop on its itinerary, put in order by its time.
   *
   * <p>The rules of an itinerary, checked after every change of the activity (its dates, its
   * participations, its stops), each refused with a {@link RuleViolationException} naming it and
   * the stop:
   *
   * <ul>
   *   <li>{@link RuleCode#STOP_HOST_NOT_PARTICIPANT}: the host organisation takes part in the
   *       activity (in any role, not withdrawn);
   *   <li>{@link RuleCode#STOP_ATTENDEE_NOT_MEMBER}: each attendee is a member of the delegation
   *       ({@link ParticipationRole#isDelegation()}) whose participation is confirmed or attended;
   *   <li>{@link RuleCode#STOP_OUTSIDE_ACTIVITY}: the stop's local days can lie within the
   *       activity's dates (its actual dates once known, its planned span before);
   *   <li>{@link RuleCode#STOP_OVERLAP}: stops in order do not overlap in absolute time. A stop may
   *       start when the one before it ends; stops known only by day may share a day.
   * </ul>
   *
   * <p>A cancelled stop, and every stop of a cancelled activity, is exempt. A member whose
   * participation becomes withdrawn or no-show leaves the attendees of the planned stops.
   *
   * @param stop a planned stop with an id not on the itinerary
   * @return the changed activity
   * @throws InvalidInputException if the stop is not planned, its id is on the itinerary already,
   *     or the itinerary holds {@value #MAX_STOPS} stops
   * @throws RuleViolationException if the activity is closed, or the stop breaks a rule above
   * @since 0.4.0
   */
  public Activity addStop(Stop stop) {
    Validation.notNull("stop", stop);
    requireOpen();
    if (stop.status() != StopStatus.PLANNED) {
      throw InvalidInputException.of(
          "stop.status", Violation.OUT_OF_RANGE, "a new stop is PLANNED, not " + stop.status());
    }
    if (indexOf(stop.id()) >= 0) {
      throw InvalidInputException.of(
          "stop.id", Violation.DUPLICATE, "stop " + stop.id() + " is on the itinerary");
    }
    if (itinerary.size() >= MAX_STOPS) {
      throw InvalidInputException.of(
          "itinerary", Violation.OUT_OF_RANGE, "at most " + MAX_STOPS + " stops");
    }
    List<Stop> stops = new ArrayList<>(itinerary);
    stops.add(stop);
    return withItinerary(stops);
  }

  /**
   * This activity with a planned stop replaced by a revised one with the same id: its place, host,
   * purpose, planned time or attendees changed.
   *
   * @param revised the stop as revised, planned
   * @return the changed activity
   * @throws InvalidInputException if the revised stop is not planned
   * @throws RuleViolationException if the activity is closed, there is no such stop ({@link
   *     RuleCode#STOP_UNKNOWN}), it is no longer planned ({@link
   *     RuleCode#STOP_ILLEGAL_TRANSITION}), or the revision breaks a rule of {@link #addStop}
   * @since 0.4.0
   */
  public Activity reviseStop(Stop revised) {
    Validation.notNull("stop", revised);
    requireOpen();
    if (revised.status() != StopStatus.PLANNED) {
      throw InvalidInputException.of(
          "stop.status",
          Violation.OUT_OF_RANGE,
          "a revised stop is PLANNED, not " + revised.status());
    }
    int i = plannedStop(revised.id(), "revised");
    List<Stop> stops = new ArrayList<>(itinerary);
    stops.set(i, revised);
    return withItinerary(stops);
  }

  /**
   * This activity with a planned stop completed: it took place, at its actual time, with the
   * members who were there. A stop is completed once the activity is under way, and may be recorded
   * after it completed.
   *
   * @param stop which stop
   * @param actual when it took place; null for as planned
   * @param attendees who was there; null for those expected
   * @param outcome what came of it, or null
   * @return the changed activity
   * @throws InvalidInputException if the outcome or attendees are refused
   * @throws RuleViolationException if there is no such stop, it is not planned, the activity is not
   *     in progress or completed ({@link RuleCode#STOP_ACTIVITY_NOT_UNDER_WAY}), or the stop as
   *     completed breaks a rule of {@link #addStop}
   * @since 0.4.0
   */
  public Activity completeStop(
      StopId stop,
      @Nullable StopTime actual,
      @Nullable List<PersonId> attendees,
      @Nullable String outcome) {
    Validation.notNull("stop", stop);
    String checked =
        outcome == null ? null : Texts.check("outcome", outcome, Texts.PARAGRAPH_LIMIT, true);
    if (status != ActivityStatus.IN_PROGRESS && status != ActivityStatus.COMPLETED) {
      throw new RuleViolationException(
          RuleCode.STOP_ACTIVITY_NOT_UNDER_WAY,
          "a stop is completed once activity " + id + " is under way; it is " + status);
    }
    int i = plannedStop(stop, "completed");
    Stop s = itinerary.get(i);
    List<Stop> stops = new ArrayList<>(itinerary);
    stops.set(
        i,
        with(
            s,
            actual != null ? actual : s.planned(),
            attendees != null ? attendees : s.attendees(),
            StopStatus.COMPLETED,
            checked));
    return withItinerary(stops);
  }

  /**
   * This activity with a planned stop called off. It stays on the itinerary, exempt from its rules.
   *
   * @param stop which stop
   * @param reason why; required
   * @return the changed activity
   * @throws InvalidInputException if the reason is missing or refused
   * @throws RuleViolationException if the activity is cancelled, or there is no such stop or it is
   *     not planned
   * @since 0.4.0
   */
  public Activity cancelStop(StopId stop, String reason) {
    Validation.notNull("stop", stop);
    String checked = Texts.check("reason", reason, Texts.PARAGRAPH_LIMIT, true);
    if (status == ActivityStatus.CANCELLED) {
      throw new RuleViolationException(
          RuleCode.ACTIVITY_CLOSED, "activity " + id + " is " + status);
    }
    int i = plannedStop(stop, "cancelled");
    Stop s = itinerary.get(i);
    List<Stop> stops = new ArrayList<>(itinerary);
    stops.set(i, with(s, null, s.attendees(), StopStatus.CANCELLED, checked));
    return withItinerary(stops);
  }

  /**
   * This activity without a stop entered by mistake. A completed stop is a record of what happened
   * and stays.
   *
   * @param stop which stop
   * @return the changed activity
   * @throws RuleViolationException if the activity is closed, there is no such stop, or it is
   *     completed
   * @since 0.4.0
   */
  public Activity removeStop(StopId stop) {
    Validation.notNull("stop", stop);
    requireOpen();
    int i = indexOf(stop);
    if (i < 0) {
      throw unknownStop(stop);
    }
    if (itinerary.get(i).status() == StopStatus.COMPLETED) {
      throw new RuleViolationException(
          RuleCode.STOP_ILLEGAL_TRANSITION,
          "stop " + stop + " is completed: a record of what happened is not removed");
    }
    List<Stop> stops = new ArrayList<>(itinerary);
    stops.remove(i);
    return withItinerary(stops);
  }

  /** A stop with the same place, host, purpose and plan, and what happened to it. */
  private static Stop with(
      Stop s,
      @Nullable StopTime actual,
      List<PersonId> attendees,
      StopStatus newStatus,
      @Nullable String note) {
    return new Stop(
        s.id(), s.place(), s.host(), s.purpose(), s.planned(), actual, attendees, newStatus, note);
  }

  private int indexOf(StopId stop) {
    for (int i = 0; i < itinerary.size(); i++) {
      if (itinerary.get(i).id().equals(stop)) {
        return i;
      }
    }
    return -1;
  }

  private int plannedStop(StopId stop, String verb) {
    int i = indexOf(stop);
    if (i < 0) {
      throw unknownStop(stop);
    }
    if (itinerary.get(i).status() != StopStatus.PLANNED) {
      throw new RuleViolationException(
          RuleCode.STOP_ILLEGAL_TRANSITION,
          "stop " + stop + " is " + itinerary.get(i).status() + ": only a planned stop is " + verb);
    }
    return i;
  }

  private RuleViolationException unknownStop(StopId stop) {
    return new RuleViolationException(
        RuleCode.STOP_UNKNOWN, "activity " + id + " has no stop " + stop);
  }

  private Activity withItinerary(List<Stop> stops) {
    return copy(
        details, parent, status, actualStart, actualEnd, statusReason, participations, stops);
  }

  /** The people of a list of participations who are confirmed or attended delegation members. */
  private static Set<PersonId> members(List<Participation> list) {
    Set<PersonId> members = new HashSet<>();
    for (Participation p : list) {
      if (p.participant() instanceof Participant.Person person
          && p.role().isDelegation()
          && (p.status() == ParticipationStatus.CONFIRMED
              || p.status() == ParticipationStatus.ATTENDED)) {
        members.add(person.id());
      }
    }
    return members;
  }

  /** Checks the rules of the itinerary, as {@link #addStop} lists them. */
  private void checkItinerary() {
    if (itinerary.isEmpty() || status == ActivityStatus.CANCELLED) {
      return;
    }
    Set<PersonId> members = members(participations);
    Set<OrganisationId> hosts = new HashSet<>();
    for (Participation p : participations) {
      if (p.participant() instanceof Participant.Organisation o
          && p.status() != ParticipationStatus.WITHDRAWN) {
        hosts.add(o.id());
      }
    }
    LocalDate first =
        actualStart != null ? actualStart.earliestDay() : details.planned().earliestDay();
    LocalDate last = actualEnd != null ? actualEnd.latestDay() : details.planned().latestDay();
    List<Stop> live = new ArrayList<>();
    for (int n = 0; n < itinerary.size(); n++) {
      Stop stop = itinerary.get(n);
      if (stop.status() == StopStatus.CANCELLED) {
        continue;
      }
      String name = "stop " + (n + 1) + " (" + stop.id() + ")";
      if (!hosts.contains(stop.host())) {
        throw new RuleViolationException(
            RuleCode.STOP_HOST_NOT_PARTICIPANT,
            name + ": its host organisation:" + stop.host() + " does not take part in " + id);
      }
      for (PersonId who : stop.attendees()) {
        if (!members.contains(who)) {
          throw new RuleViolationException(
              RuleCode.STOP_ATTENDEE_NOT_MEMBER,
              name + ": person:" + who + " is not a confirmed member of the delegation");
        }
      }
      StopTime t = stop.time();
      if (t.firstDay().latestDay().isBefore(first)
          || t.firstDay().earliestDay().isAfter(last)
          || t.lastDay().earliestDay().isAfter(last)
          || t.lastDay().latestDay().isBefore(first)) {
        throw new RuleViolationException(
            RuleCode.STOP_OUTSIDE_ACTIVITY,
            name + " at " + t + " lies outside the activity's dates " + first + " to " + last);
      }
      for (int m = 0; m < live.size(); m++) {
        Stop before = live.get(m);
        if (t.latestStart(stop.place().zone())
            .isBefore(before.time().earliestEnd(before.place().zone()))) {
          throw new RuleViolationException(
              RuleCode.STOP_OVERLAP,
              name
                  + " at "
                  + t
                  + " "
                  + stop.place().zone()
                  + " overlaps stop "
                  + (itinerary.indexOf(before) + 1)
                  + " at "
                  + before.time()
                  + " "
                  + before.place().zone());
        }
      }
      live.add(stop);
    }
  }

  private Activity copy(
      ActivityDetails newDetails,
      @Nullable ActivityId newParent,
      ActivityStatus newStatus,
      @Nullable PartialDate newStart,
      @Nullable PartialDate newEnd,
      @Nullable String newReason,
      List<Participation> newParticipations) {
    return copy(
        newDetails,
        newParent,
        newStatus,
        newStart,
        newEnd,
        newReason,
        newParticipations,
        itinerary);
  }

  /** The changed activity, its stops put in order by time, once the itinerary's rules hold. */
  private Activity copy(
      ActivityDetails newDetails,
      @Nullable ActivityId newParent,
      ActivityStatus newStatus,
      @Nullable PartialDate newStart,
      @Nullable PartialDate newEnd,
      @Nullable String newReason,
      List<Participation> newParticipations,
      List<Stop> newItinerary) {
    List<Stop> ordered = new ArrayList<>(newItinerary);
    // A stable sort: stops that may start at the same instant keep the order they were added in.
    ordered.sort(Comparator.comparing(Stop::earliestStart));
    Activity changed =
        new Activity(
            id,
            plan,
            newDetails,
            newParent,
            newStatus,
            newStart,
            newEnd,
            newReason,
            newParticipations,
            ordered,
            version);
    changed.checkItinerary();
    return changed;
  }

  private ActivityDetails replan(@Nullable DateSpan newPlanned) {
    return newPlanned == null ? details : details.toBuilder().planned(newPlanned).build();
  }

  private void requireOpen() {
    if (status.isClosed()) {
      throw new RuleViolationException(
          RuleCode.ACTIVITY_CLOSED, "activity " + id + " is " + status);
    }
  }

  private void requireTransition(ActivityStatus target) {
    if (!status.next().contains(target)) {
      throw new RuleViolationException(
          RuleCode.ACTIVITY_ILLEGAL_TRANSITION,
          "an activity cannot go from " + status + " to " + target);
    }
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * The id.
   *
   * @return the id
   */
  public ActivityId id() {
    return id;
  }

  /**
   * The plan it belongs to.
   *
   * @return the plan's id
   */
  public PlanId plan() {
    return plan;
  }

  /**
   * What describes it.
   *
   * @return the details
   */
  public ActivityDetails details() {
    return details;
  }

  /**
   * The activity it is part of.
   *
   * @return the parent, or null if it is part of no other
   */
  public @Nullable ActivityId parent() {
    return parent;
  }

  /**
   * The lifecycle status.
   *
   * @return the status
   */
  public ActivityStatus status() {
    return status;
  }

  /**
   * When it actually started.
   *
   * @return the actual start, or null until it started
   */
  public @Nullable PartialDate actualStart() {
    return actualStart;
  }

  /**
   * When it actually ended.
   *
   * @return the actual end, or null until it completed
   */
  public @Nullable PartialDate actualEnd() {
    return actualEnd;
  }

  /**
   * Why it was postponed or cancelled.
   *
   * @return the reason, or null unless postponed or cancelled
   */
  public @Nullable String statusReason() {
    return statusReason;
  }

  /**
   * The participations, in the order they were added.
   *
   * @return an unmodifiable list
   */
  public List<Participation> participations() {
    return participations;
  }

  /**
   * The stops of the itinerary, in order by time ({@link Stop#earliestStart()}), stops that may
   * start at the same instant in the order they were added.
   *
   * @return an unmodifiable list, empty when the activity has no itinerary
   * @since 0.4.0
   */
  public List<Stop> itinerary() {
    return itinerary;
  }

  /**
   * A stop of the itinerary.
   *
   * @param stop the stop's id
   * @return the stop, if any
   * @since 0.4.0
   */
  public Optional<Stop> stop(StopId stop) {
    return itinerary.stream().filter(s -> s.id().equals(stop)).findFirst();
  }

  /**
   * The participation of a participant in a role.
   *
   * @param participant who
   * @param role the role
   * @return the participation, if any
   */
  public Optional<Participation> participation(Participant participant, ParticipationRole role) {
    return participations.stream().filter(p -> p.is(participant, role)).findFirst();
  }

  /**
   * The key a title sort uses: the original-language title, folded by {@link SearchFolding}.
   *
   * @return the folded original title
   */
  public String sortTitle() {
    return SearchFolding.fold(details.title().original());
  }

  /**
   * The text a text search matches: the folded title and description in every language.
   *
   * @return the folded search text
   */
  public String searchText() {
    String title = details.title().folded();
    return details.description() == null ? title : title + "\n" + details.description().folded();
  }

  /**
   * Whether the activity is overdue on a day: its planned span's latest day lies before that day
   * and it is neither completed nor cancelled.
   *
   * @param asOf the day
   * @return true if overdue
   */
  public boolean isOverdue(LocalDate asOf) {
    return !status.isClosed() && details.planned().latestDay().isBefore(asOf);
  }

  /**
   * The stored version; 0 when not yet stored.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Activity a
        && id.equals(a.id)
        && plan.equals(a.plan)
        && details.equals(a.details)
        && Objects.equals(parent, a.parent)
        && status == a.status
        && Objects.equals(actualStart, a.actualStart)
        && Objects.equals(actualEnd, a.actualEnd)
        && Objects.equals(statusReason, a.statusReason)
        && participations.equals(a.participations)
        && itinerary.equals(a.itinerary)
        && version == a.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        plan,
        details,
        parent,
        status,
        actualStart,
        actualEnd,
        statusReason,
        participations,
        itinerary,
        version);
  }

  @Override
  public String toString() {
    return "Activity[" + id + " " + details.title() + " " + status + " v" + version + "]";
  }

  /**
   * For storage adapters only: rebuilding an Activity from what a store holds, and giving it the
   * version the store assigned. Part of the storage SPI (see {@code
   * io.github.coplan.port.storage}), not of the application API: nothing here checks the rules the
   * use cases keep.
   *
   * @since 0.1.0
   */
  public static final class ForAdapters {

    private ForAdapters() {}

    /**
     * An activity rebuilt from storage. Nothing is checked: the store holds only what was checked.
     *
     * @param id the id
     * @param plan the plan
     * @param details the details
     * @param parent the parent, or null
     * @param status the status
     * @param actualStart the actual start, or null
     * @param actualEnd the actual end, or null
     * @param statusReason the reason it was postponed or cancelled, or null
     * @param participations the participations, in order
     * @param version the stored version
     * @return the activity
     */
    public static Activity restore(
        ActivityId id,
        PlanId plan,
        ActivityDetails details,
        @Nullable ActivityId parent,
        ActivityStatus status,
        @Nullable PartialDate actualStart,
        @Nullable PartialDate actualEnd,
        @Nullable String statusReason,
        List<Participation> participations,
        long version) {
      return restore(
          id,
          plan,
          details,
          parent,
          status,
          actualStart,
          actualEnd,
          statusReason,
          participations,
          List.of(),
          version);
    }

    /**
     * An activity with an itinerary rebuilt from storage. Nothing is checked: the store holds only
     * what was checked.
     *
     * @param id the id
     * @param plan the plan
     * @param details the details
     * @param parent the parent, or null
     * @param status the status
     * @param actualStart the actual start, or null
     * @param actualEnd the actual end, or null
     * @param statusReason the reason it was postponed or cancelled, or null
     * @param participations the participations, in order
     * @param itinerary the stops, in order
     * @param version the stored version
     * @return the activity
     * @since 0.4.0
     */
    public static Activity restore(
        ActivityId id,
        PlanId plan,
        ActivityDetails details,
        @Nullable ActivityId parent,
        ActivityStatus status,
        @Nullable PartialDate actualStart,
        @Nullable PartialDate actualEnd,
        @Nullable String statusReason,
        List<Participation> participations,
        List<Stop> itinerary,
        long version) {
      return new Activity(
          id,
          plan,
          details,
          parent,
          status,
          actualStart,
          actualEnd,
          statusReason,
          participations,
          itinerary,
          version);
    }

    /**
     * The activity as stored with another version.
     *
     * @param x the aggregate
     * @param newVersion the stored version
     * @return the aggregate with that version
     */
    public static Activity withVersion(Activity x, long newVersion) {
      return new Activity(
          x.id,
          x.plan,
          x.details,
          x.parent,
          x.status,
          x.actualStart,
          x.actualEnd,
          x.statusReason,
          x.participations,
          x.itinerary,
          newVersion);
    }
  }
}

package io.github.coplan.domain.activity;

import com.google.common.collect.ImmutableList;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.domain.shared.SearchFolding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

  private final ActivityId id;
  private final PlanId plan;
  private final ActivityDetails details;
  private final @Nullable ActivityId parent;
  private final ActivityStatus status;
  private final @Nullable PartialDate actualStart;
  private final @Nullable PartialDate actualEnd;
  private final @Nullable String statusReason;
  private final ImmutableList<Participation> participations;
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
    return copy(details, parent, status, actualStart, actualEnd, statusReason, list);
  }

  private Activity copy(
      ActivityDetails newDetails,
      @Nullable ActivityId newParent,
      ActivityStatus newStatus,
      @Nullable PartialDate newStart,
      @Nullable PartialDate newEnd,
      @Nullable String newReason,
      List<Participation> newParticipations) {
    return new Activity(
        id,
        plan,
        newDetails,
        newParent,
        newStatus,
        newStart,
        newEnd,
        newReason,
        newParticipations,
        version);
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
          newVersion);
    }
  }
}

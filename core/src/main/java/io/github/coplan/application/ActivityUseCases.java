package io.github.coplan.application;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.Page;
import java.time.Instant;

/**
 * Proposing activities, moving them through their lifecycle, recording who takes part, and
 * searching them. Every change is refused with {@link
 * io.github.coplan.domain.error.RuleCode#PLAN_FROZEN} when the activity's plan is completed or
 * cancelled. Implementations are thread-safe.
 */
public interface ActivityUseCases {

  /**
   * Proposes a new activity.
   *
   * @param command what to propose
   * @return the stored activity, PROPOSED, version 1
   * @throws io.github.coplan.domain.error.NotFoundException if the plan or parent does not exist
   * @throws io.github.coplan.domain.error.RuleViolationException if the plan is frozen, the content
   *     area or lead party is not the plan's, or the parent belongs to another plan
   */
  Activity propose(ProposeActivity command);

  /**
   * Replaces what describes an activity.
   *
   * @param command what to change
   * @return the stored activity
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such activity
   * @throws io.github.coplan.domain.error.RuleViolationException as for {@link #propose}, or if the
   *     activity is closed
   * @throws io.github.coplan.domain.error.ConflictException if the command names an expected
   *     version and the stored one differs: someone else changed it first
   */
  Activity revise(ReviseActivity command);

  /**
   * Puts an activity under another parent.
   *
   * @param command what to move where
   * @return the stored activity
   * @throws io.github.coplan.domain.error.NotFoundException if either activity does not exist
   * @throws io.github.coplan.domain.error.RuleViolationException on a self-parent, a cycle or a
   *     parent of another plan
   */
  Activity move(MoveActivity command);

  /**
   * Moves an activity through its lifecycle.
   *
   * @param command the transition
   * @return the stored activity
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such activity
   * @throws io.github.coplan.domain.error.RuleViolationException if the transition is refused
   */
  Activity changeStatus(ChangeActivityStatus command);

  /**
   * Adds a participant in a role.
   *
   * @param command who, in which role
   * @return the stored activity
   * @throws io.github.coplan.domain.error.NotFoundException if the activity or participant does not
   *     exist
   * @throws io.github.coplan.domain.error.RuleViolationException if the participant already takes
   *     part in that role, or the activity is closed
   */
  Activity addParticipant(AddParticipant command);

  /**
   * Adds many participants at once, as one change of the activity: all of them, or, when one is
   * refused, none.
   *
   * @param command who, in which roles
   * @return the stored activity
   * @throws io.github.coplan.domain.error.InvalidInputException if the activity would hold more
   *     than {@link io.github.coplan.domain.activity.Activity#MAX_PARTICIPATIONS} participations
   * @throws io.github.coplan.domain.error.NotFoundException if the activity, a participant or an
   *     affiliation's organisation does not exist
   * @throws io.github.coplan.domain.error.RuleViolationException if a participant already takes
   *     part in that role, or the activity is closed or its plan frozen
   * @since 0.6.0
   */
  Activity addParticipants(AddParticipants command);

  /**
   * Changes a participation's status.
   *
   * @param command the change
   * @return the stored activity
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such activity
   * @throws io.github.coplan.domain.error.RuleViolationException if the change is refused
   */
  Activity changeParticipation(ChangeParticipation command);

  /**
   * Changes the itinerary of an activity: adds, revises, completes, cancels or removes a stop. The
   * stops are kept in order by time, and the rules of {@link
   * io.github.coplan.domain.activity.Activity#addStop} hold after every change. Completing a stop
   * needs {@link io.github.coplan.domain.access.Permission#RECORD_OUTCOMES}, the other changes
   * {@link io.github.coplan.domain.access.Permission#EDIT_ACTIVITIES}, in the activity's content
   * area.
   *
   * @param command the change
   * @return the stored activity
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such activity
   * @throws io.github.coplan.domain.error.RuleViolationException naming the rule the change breaks:
   *     {@code stop.overlap}, {@code stop.outside-activity}, {@code stop.host-not-participant},
   *     {@code stop.attendee-not-member}, {@code stop.unknown}, {@code stop.illegal-transition},
   *     {@code stop.activity-not-under-way}, {@code activity.closed} or {@code plan.frozen}
   * @throws io.github.coplan.domain.error.ConflictException if the expected version is stale
   * @since 0.4.0
   */
  Activity changeItinerary(ChangeItinerary command);

  /**
   * Reads an activity.
   *
   * @param id the id
   * @return the activity
   * @throws io.github.coplan.domain.error.NotFoundException if there is none
   */
  Activity get(ActivityId id);

  /**
   * Reads an activity as it was at an instant: its change history, read oldest first, folded up to
   * the last change made at or before the instant (by the clock of the {@link
   * io.github.coplan.Coplan} that made it). The activity has the version it had then; {@code
   * asOf(id, now)} equals {@code get(id)}. Like {@link #get}, it needs an activity of a plan the
   * actor sees today.
   *
   * @param id the id
   * @param at the instant
   * @return the activity as it was then
   * @throws io.github.coplan.domain.error.InvalidInputException if the id or instant is missing
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such activity, the actor
   *     does not see its plan, or it did not exist yet at that instant
   * @throws io.github.coplan.domain.error.RuleViolationException {@code history.incomplete} if the
   *     history lacks a change the answer depends on: it was made by a Coplan built with {@code
   *     recordHistory(false)}
   */
  Activity asOf(ActivityId id, Instant at);

  /**
   * Searches activities.
   *
   * @param query the criteria
   * @return one page, with the total when the query asked for it
   */
  Page<Activity> search(ActivityQuery query);
}

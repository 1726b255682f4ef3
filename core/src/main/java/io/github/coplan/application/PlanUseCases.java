package io.github.coplan.application;

import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PlanQuery;
import java.time.Instant;
import java.util.Optional;

/** Drafting plans, their parties, content areas and documents, and their lifecycle. Thread-safe. */
public interface PlanUseCases {

  /**
   * Drafts a new plan.
   *
   * @param command what to draft
   * @return the stored plan, a DRAFT of version 1
   * @throws io.github.coplan.domain.error.DuplicateException if the code is taken
   */
  CooperationPlan draft(DraftPlan command);

  /**
   * Changes a plan's title, summary and period.
   *
   * @param command what to change
   * @return the stored plan
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such plan
   * @throws io.github.coplan.domain.error.RuleViolationException if the plan is frozen
   * @throws io.github.coplan.domain.error.ConflictException if the command names an expected
   *     version and the stored one differs: someone else changed it first
   */
  CooperationPlan describe(DescribePlan command);

  /**
   * Adds a party.
   *
   * @param command what to add
   * @return the stored plan
   * @throws io.github.coplan.domain.error.NotFoundException if the plan or organisation does not
   *     exist
   * @throws io.github.coplan.domain.error.RuleViolationException if the plan is frozen or the
   *     organisation is a party already
   */
  CooperationPlan addParty(AddParty command);

  /**
   * Changes what a party holds: its roles and signing date.
   *
   * @param command the plan, and the party as it is to be
   * @return the stored plan
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such plan
   * @throws io.github.coplan.domain.error.RuleViolationException if the plan is frozen or the
   *     organisation is not a party
   * @throws io.github.coplan.domain.error.ConflictException if the command names an expected
   *     version and the stored one differs
   */
  CooperationPlan changeParty(ChangeParty command);

  /**
   * Removes a party.
   *
   * @param command the plan and the party's organisation
   * @return the stored plan
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such plan
   * @throws io.github.coplan.domain.error.RuleViolationException if the plan is frozen ({@code
   *     plan.frozen}), the organisation is not a party ({@code plan.party-unknown}), an activity of
   *     the plan is led by it ({@code plan.party-leads-activity}), or an agreed plan would be left
   *     with fewer than two parties ({@code plan.activation-needs-parties})
   * @throws io.github.coplan.domain.error.ConflictException if the command names an expected
   *     version and the stored one differs
   */
  CooperationPlan removeParty(RemoveParty command);

  /**
   * Adds a content area.
   *
   * @param command what to add
   * @return the stored plan
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such plan
   * @throws io.github.coplan.domain.error.RuleViolationException if the plan is frozen or the
   *     number is taken
   */
  CooperationPlan addContentArea(AddContentArea command);

  /**
   * Gives a content area a new title.
   *
   * @param command the plan, the number and the title
   * @return the stored plan
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such plan
   * @throws io.github.coplan.domain.error.RuleViolationException if the plan is frozen or has no
   *     content area with that number
   * @throws io.github.coplan.domain.error.ConflictException if the command names an expected
   *     version and the stored one differs
   */
  CooperationPlan renameContentArea(RenameContentArea command);

  /**
   * Adds a document.
   *
   * @param command what to add
   * @return the stored plan
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such plan
   * @throws io.github.coplan.domain.error.RuleViolationException if the plan is frozen
   */
  CooperationPlan addDocument(AddDocument command);

  /**
   * Moves a plan through its lifecycle.
   *
   * @param command the transition
   * @return the stored plan
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such plan
   * @throws io.github.coplan.domain.error.RuleViolationException if the transition is refused
   */
  CooperationPlan changeStatus(ChangePlanStatus command);

  /**
   * Reads a plan.
   *
   * @param id the id
   * @return the plan
   * @throws io.github.coplan.domain.error.NotFoundException if there is none
   */
  CooperationPlan get(PlanId id);

  /**
   * Reads a plan as it was at an instant: its change history, read oldest first, folded up to the
   * last change made at or before the instant (by the clock of the {@link io.github.coplan.Coplan}
   * that made it). The plan has the version it had then; {@code asOf(id, now)} equals {@code
   * get(id)}. Like {@link #get}, it needs a plan the actor sees today.
   *
   * @param id the id
   * @param at the instant
   * @return the plan as it was then
   * @throws io.github.coplan.domain.error.InvalidInputException if the id or instant is missing
   * @throws io.github.coplan.domain.error.NotFoundException if there is no such plan, the actor
   *     does not see it, or it did not exist yet at that instant
   * @throws io.github.coplan.domain.error.RuleViolationException {@code history.incomplete} if the
   *     history lacks a change the answer depends on: it was made by a Coplan built with {@code
   *     recordHistory(false)}
   */
  CooperationPlan asOf(PlanId id, Instant at);

  /**
   * Finds a plan by code.
   *
   * @param code the code
   * @return the plan, if any
   */
  Optional<CooperationPlan> findByCode(PlanCode code);

  /**
   * Looks plans up: by code prefix, status, party, period and text, a page at a time.
   *
   * @param query the criteria
   * @return one page, with the total when the query asked for it
   */
  Page<CooperationPlan> search(PlanQuery query);

  /**
   * Grants a role on a plan.
   *
   * @param command the plan and the grant
   * @return the plan's access as stored
   * @throws io.github.coplan.domain.error.AccessDeniedException without {@code MANAGE_ACCESS}
   * @throws io.github.coplan.domain.error.NotFoundException if the plan does not exist or the actor
   *     may not see it, or the principal's person or organisation does not exist
   */
  PlanAccess grant(GrantRole command);

  /**
   * Revokes a role on a plan.
   *
   * @param command the plan, principal and role
   * @return the plan's access as stored
   * @throws io.github.coplan.domain.error.AccessDeniedException without {@code MANAGE_ACCESS}
   * @throws io.github.coplan.domain.error.RuleViolationException if there is no such grant
   */
  PlanAccess revoke(RevokeRole command);

  /**
   * Opens or restricts a plan.
   *
   * @param command the plan and its visibility
   * @return the plan's access as stored
   * @throws io.github.coplan.domain.error.AccessDeniedException without {@code MANAGE_ACCESS}
   */
  PlanAccess changeVisibility(ChangeVisibility command);

  /**
   * Who may see and change a plan: its visibility and grants.
   *
   * @param plan the plan
   * @return its access
   * @throws io.github.coplan.domain.error.NotFoundException if the plan does not exist or the actor
   *     may not see it
   */
  PlanAccess access(PlanId plan);
}

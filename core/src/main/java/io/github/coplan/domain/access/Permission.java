package io.github.coplan.domain.access;

/**
 * What an actor may do on one plan. Each {@link PlanRole} holds a set of them ({@link
 * AccessTable#permissions}); each command needs one ({@link AccessTable#COMMANDS}).
 */
public enum Permission {
  /** See the plan, its activities, their history and reports. */
  VIEW,
  /** Change the plan itself: description, parties, content areas, documents, status. */
  EDIT_PLAN,
  /** Grant and revoke roles on the plan and change its visibility. */
  MANAGE_ACCESS,
  /**
   * Propose, revise, move and schedule activities, postpone or cancel them, and add participants,
   * in the content areas the grant covers.
   */
  EDIT_ACTIVITIES,
  /**
   * Record what happened: start and complete activities and change participation statuses, in the
   * content areas the grant covers.
   */
  RECORD_OUTCOMES
}

package io.github.coplan.domain.access;

/** A role on one plan, held through a {@link Grant}. What each may do: {@link AccessTable}. */
public enum PlanRole {
  /** Everything on the plan: the plan itself, its grants and visibility, its activities. */
  ADMINISTRATOR,
  /** Activities and participants, optionally only in some content areas; records outcomes too. */
  COORDINATOR,
  /** Records outcomes and participation statuses, optionally only in some content areas. */
  REPORTER,
  /** Sees the plan, its activities, history and reports. */
  VIEWER
}

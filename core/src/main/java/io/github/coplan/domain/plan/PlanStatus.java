package io.github.coplan.domain.plan;

/**
 * Where a plan is in its lifecycle.
 *
 * <pre>
 * DRAFT ──activate──▶ ACTIVE ──complete──▶ COMPLETED
 *   │                 │  ▲
 *   │           suspend│  │resume
 *   │                 ▼  │
 *   │               SUSPENDED
 *   └──────cancel (from DRAFT, ACTIVE, SUSPENDED)──▶ CANCELLED
 * </pre>
 */
public enum PlanStatus {
  /** Being prepared; nothing agreed yet. */
  DRAFT,
  /** Agreed and running. */
  ACTIVE,
  /** Paused. */
  SUSPENDED,
  /** Finished; frozen. */
  COMPLETED,
  /** Abandoned; frozen. */
  CANCELLED;

  /**
   * Whether the plan and its activities can no longer change.
   *
   * @return true for {@link #COMPLETED} and {@link #CANCELLED}
   */
  public boolean isFrozen() {
    return this == COMPLETED || this == CANCELLED;
  }
}

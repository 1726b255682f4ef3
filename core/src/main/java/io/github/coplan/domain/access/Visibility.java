package io.github.coplan.domain.access;

/** Who sees a plan besides its grantees. */
public enum Visibility {
  /** Only grantees (and system actors) see the plan: the default. */
  RESTRICTED,
  /** Every actor of the store sees the plan, as a {@link PlanRole#VIEWER} would. */
  OPEN
}

package io.github.coplan.domain.history;

/** The kinds of aggregate whose changes the history records. */
public enum AggregateKind {
  /** An {@link io.github.coplan.domain.organisation.Organisation}. */
  ORGANISATION,
  /** A {@link io.github.coplan.domain.person.Person}. */
  PERSON,
  /** A {@link io.github.coplan.domain.plan.CooperationPlan}. */
  PLAN,
  /** An {@link io.github.coplan.domain.activity.Activity}. */
  ACTIVITY,
  /** A plan's {@link io.github.coplan.domain.access.PlanAccess}: its visibility and grants. */
  PLAN_ACCESS,
  /**
   * A {@link io.github.coplan.domain.market.TechnologyProfile}.
   *
   * @since 0.3.0
   */
  PROFILE,
  /**
   * An {@link io.github.coplan.domain.market.Introduction}.
   *
   * @since 0.3.0
   */
  INTRODUCTION,
  /**
   * A {@link io.github.coplan.domain.network.Relationship}.
   *
   * @since 0.4.0
   */
  RELATIONSHIP,
  /**
   * A {@link io.github.coplan.domain.result.Result}, with its indicators and periods.
   *
   * @since 0.5.0
   */
  RESULT,
  /**
   * An {@link io.github.coplan.domain.result.Observation}.
   *
   * @since 0.5.0
   */
  OBSERVATION
}

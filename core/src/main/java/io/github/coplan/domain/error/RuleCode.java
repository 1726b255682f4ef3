package io.github.coplan.domain.error;

/**
 * The domain rules that can refuse a request, each with a stable code.
 *
 * <p>Codes are part of the public contract: they never change meaning between versions.
 */
public enum RuleCode {
  /** A plan lifecycle transition that is not allowed from the plan's current status. */
  PLAN_ILLEGAL_TRANSITION("plan.illegal-transition"),
  /** Activating a plan needs at least two parties. */
  PLAN_ACTIVATION_NEEDS_PARTIES("plan.activation-needs-parties"),
  /** Activating a plan needs a period. */
  PLAN_ACTIVATION_NEEDS_PERIOD("plan.activation-needs-period"),
  /** A completed or cancelled plan, and every activity in it, can no longer change. */
  PLAN_FROZEN("plan.frozen"),
  /** The organisation is already a party of the plan. */
  PLAN_PARTY_EXISTS("plan.party-exists"),
  /** The organisation is not a party of the plan. */
  PLAN_PARTY_UNKNOWN("plan.party-unknown"),
  /** The party leads an activity of the plan, so it cannot be removed. */
  PLAN_PARTY_LEADS_ACTIVITY("plan.party-leads-activity"),
  /** A content area with that number already exists in the plan. */
  PLAN_CONTENT_AREA_EXISTS("plan.content-area-exists"),
  /** The plan has no content area with that number. */
  PLAN_CONTENT_AREA_UNKNOWN("plan.content-area-unknown"),
  /** The plan has no grant of that role to that principal. */
  ACCESS_NO_SUCH_GRANT("access.no-such-grant"),
  /** An activity lifecycle transition that is not allowed from its current status. */
  ACTIVITY_ILLEGAL_TRANSITION("activity.illegal-transition"),
  /** Completing an activity needs its actual start and end dates, end not before start. */
  ACTIVITY_COMPLETE_NEEDS_ACTUAL_DATES("activity.complete-needs-actual-dates"),
  /** A completed or cancelled activity can no longer change. */
  ACTIVITY_CLOSED("activity.closed"),
  /** An activity cannot be its own parent. */
  ACTIVITY_SELF_PARENT("activity.self-parent"),
  /** The parent would make the activity its own ancestor. */
  ACTIVITY_PARENT_CYCLE("activity.parent-cycle"),
  /** The parent activity belongs to another plan. */
  ACTIVITY_PARENT_OTHER_PLAN("activity.parent-other-plan"),
  /** The participant already takes part in the activity in that role. */
  PARTICIPATION_EXISTS("participation.exists"),
  /** The activity has no participation for that participant and role. */
  PARTICIPATION_UNKNOWN("participation.unknown"),
  /** A participation status change that is not allowed from its current status. */
  PARTICIPATION_ILLEGAL_TRANSITION("participation.illegal-transition"),
  /**
   * The activity has no stop with that id on its itinerary.
   *
   * @since 0.4.0
   */
  STOP_UNKNOWN("stop.unknown"),
  /**
   * The change is not allowed from the stop's status: only a planned stop is revised, completed or
   * cancelled, and a completed one is not removed.
   *
   * @since 0.4.0
   */
  STOP_ILLEGAL_TRANSITION("stop.illegal-transition"),
  /**
   * A stop is completed only once its activity is in progress or completed.
   *
   * @since 0.4.0
   */
  STOP_ACTIVITY_NOT_UNDER_WAY("stop.activity-not-under-way"),
  /**
   * Two stops of an itinerary overlap in absolute time.
   *
   * @since 0.4.0
   */
  STOP_OVERLAP("stop.overlap"),
  /**
   * A stop lies outside its activity's dates.
   *
   * @since 0.4.0
   */
  STOP_OUTSIDE_ACTIVITY("stop.outside-activity"),
  /**
   * A stop's host organisation does not take part in the activity.
   *
   * @since 0.4.0
   */
  STOP_HOST_NOT_PARTICIPANT("stop.host-not-participant"),
  /**
   * A stop's attendee is not a confirmed member of the activity's delegation.
   *
   * @since 0.4.0
   */
  STOP_ATTENDEE_NOT_MEMBER("stop.attendee-not-member"),
  /**
   * A side of a relationship is of a kind (person, organisation) its type does not allow there.
   *
   * @since 0.4.0
   */
  RELATIONSHIP_SIDE_KIND("relationship.side-kind"),
  /**
   * A relationship joins a participant to itself.
   *
   * @since 0.4.0
   */
  RELATIONSHIP_SELF("relationship.self"),
  /**
   * The relationship type is not defined.
   *
   * @since 0.4.0
   */
  RELATIONSHIP_TYPE_UNKNOWN("relationship.type-unknown"),
  /**
   * The activity or introduction named as a relationship's source does not join its two sides.
   *
   * @since 0.4.0
   */
  RELATIONSHIP_SOURCE_UNRELATED("relationship.source-unrelated"),
  /**
   * A defined relationship type keeps the kinds of its sides and whether it is symmetric: stored
   * relationships depend on them.
   *
   * @since 0.4.0
   */
  RELATIONSHIP_TYPE_SIDES_FIXED("relationship-type.sides-fixed"),
  /** An organisation cannot be its own ancestor. */
  ORGANISATION_PARENT_CYCLE("organisation.parent-cycle"),
  /**
   * The history does not hold every change of the aggregate up to the instant asked about: some
   * were made by a {@link io.github.coplan.Coplan} built with {@code recordHistory(false)}.
   */
  HISTORY_INCOMPLETE("history.incomplete"),
  /** A technology profile lifecycle transition that is not allowed from its current status. */
  PROFILE_ILLEGAL_TRANSITION("profile.illegal-transition"),
  /** The technology profile has expired: it can no longer be extended, confirmed or matched. */
  PROFILE_EXPIRED("profile.expired"),
  /** A profile may be extended once only. */
  PROFILE_ALREADY_EXTENDED("profile.already-extended"),
  /** A profile may be extended only in the 30 days before it expires. */
  PROFILE_EXTENSION_TOO_EARLY("profile.extension-too-early"),
  /** A profile is filed under a category the taxonomy does not hold. */
  PROFILE_UNKNOWN_CATEGORY("profile.unknown-category"),
  /** A category's parent is not in the taxonomy. */
  CATEGORY_PARENT_UNKNOWN("category.parent-unknown"),
  /** A stored category keeps its parent. */
  CATEGORY_MOVED("category.moved"),
  /**
   * Two profiles cannot be introduced: they fail a hard criterion of matching on the day (their
   * kinds do not complement each other, one is not live, they have the same owner, or the
   * requester's country is not targeted).
   */
  INTRODUCTION_NOT_A_MATCH("introduction.not-a-match"),
  /** An introduction stage change that is not allowed from its current stage. */
  INTRODUCTION_ILLEGAL_TRANSITION("introduction.illegal-transition"),
  /** Interest was expressed in a profile that does not accept expressions of interest. */
  INTRODUCTION_CLOSED_FOR_INTEREST("introduction.closed-for-interest"),
  /** An agreement names a document its plan does not hold. */
  INTRODUCTION_UNKNOWN_DOCUMENT("introduction.unknown-document"),
  /**
   * A review step that is not allowed from the observation's status: a draft is submitted, a
   * submitted observation approved or returned, an approved one un-approved; a returned one is
   * final.
   *
   * @since 0.5.0
   */
  OBSERVATION_ILLEGAL_TRANSITION("observation.illegal-transition"),
  /**
   * An observation was reported for a derived indicator, whose actuals its rule computes from the
   * plan's records.
   *
   * @since 0.5.0
   */
  INDICATOR_DERIVED("indicator.derived"),
  /**
   * The evidence of an indicator that has no rule was asked for: its actuals come from its
   * observations.
   *
   * @since 0.5.0
   */
  INDICATOR_NOT_DERIVED("indicator.not-derived"),
  /**
   * An export was refused because its pre-flight report found a problem that would make the output
   * invalid, such as an IATI activity without a reporting organisation's identifier.
   *
   * @since 0.6.0
   */
  EXPORT_NOT_VALID("export.not-valid");

  private final String code;

  RuleCode(String code) {
    this.code = code;
  }

  /**
   * The stable code.
   *
   * @return for example {@code "plan.frozen"}
   */
  public String code() {
    return code;
  }
}

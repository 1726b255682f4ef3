package io.github.coplan.domain.activity;

/** What kind of activity it is. */
public enum ActivityType {
  /** A study tour abroad to learn from practice. */
  STUDY_TOUR,
  /** An official delegation's working visit. */
  DELEGATION_VISIT,
  /** A training course. */
  TRAINING_COURSE,
  /** A workshop. */
  WORKSHOP,
  /** Experts sent to support the other side. */
  EXPERT_MISSION,
  /** An exchange of start-ups between the countries. */
  STARTUP_EXCHANGE,
  /** Showing start-ups or products at an event. */
  EVENT_SHOWCASE,
  /** Matching technology supply and demand, or partners. */
  MATCHMAKING_SESSION,
  /** A study of policy. */
  POLICY_STUDY,
  /** A working meeting. */
  MEETING,
  /** Anything else. */
  OTHER
}

package io.github.coplan.domain.plan;

/** What a party does in a plan: the IATI organisation roles, plus signatory. */
public enum PartyRole {
  /** Provides the funds (IATI role 1). */
  FUNDING,
  /** Answers for the plan (IATI role 2). */
  ACCOUNTABLE,
  /** Manages on behalf of the funder (IATI role 3). */
  EXTENDING,
  /** Carries out the activities (IATI role 4). */
  IMPLEMENTING,
  /** Signed the agreement. */
  SIGNATORY
}

package io.github.coplan.domain.plan;

/** What a plan document is. */
public enum DocumentType {
  /** A memorandum of understanding. */
  MEMORANDUM_OF_UNDERSTANDING,
  /** A binding agreement. */
  AGREEMENT,
  /** The plan text itself. */
  PLAN,
  /** A progress or final report. */
  REPORT,
  /** A news item or article about the plan. */
  ARTICLE,
  /** Minutes of a meeting. */
  MINUTES,
  /** Anything else. */
  OTHER
}

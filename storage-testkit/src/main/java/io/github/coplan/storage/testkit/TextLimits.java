package io.github.coplan.storage.testkit;

/**
 * The text limits the API documents, in code points after normalisation. The contract states the
 * numbers itself rather than reading them from the core, so that a change to a limit fails here.
 */
final class TextLimits {

  /** A name, title or other single-line text. */
  static final int LINE_LIMIT = 500;

  /** A description or other multi-line text. */
  static final int PARAGRAPH_LIMIT = 20_000;

  /** A short code, tag or identifier. */
  static final int TOKEN_LIMIT = 100;

  private TextLimits() {}
}

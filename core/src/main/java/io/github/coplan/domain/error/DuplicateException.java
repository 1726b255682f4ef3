package io.github.coplan.domain.error;

/**
 * A value that must be unique in the store is already taken. Nothing was changed.
 *
 * <p>{@link #what()} names the uniqueness rule: {@link #PLAN_CODE}, {@link
 * #ORGANISATION_IDENTIFIER} or {@link #ID}.
 */
public final class DuplicateException extends CoplanException {

  private static final long serialVersionUID = 1L;

  /** The code of this error. */
  public static final String CODE = "duplicate";

  /** A plan with the same code exists. */
  public static final String PLAN_CODE = "plan.code";

  /** An organisation with the same external identifier (scheme and value) exists. */
  public static final String ORGANISATION_IDENTIFIER = "organisation.identifier";

  /** An aggregate with the same id exists. */
  public static final String ID = "id";

  /**
   * What is duplicated: the request and the offer of an introduction, introduced before.
   *
   * @since 0.3.0
   */
  public static final String INTRODUCTION = "introduction.pair";

  /**
   * What is duplicated: a relationship of the same type between the same sides, begun on the same
   * start.
   *
   * @since 0.4.0
   */
  public static final String RELATIONSHIP = "relationship.tie";

  /**
   * What is duplicated: an indicator's id, held by another result.
   *
   * @since 0.5.0
   */
  public static final String INDICATOR = "indicator.id";

  private final String what;
  private final String value;

  /**
   * Creates the error.
   *
   * @param what the uniqueness rule, one of the constants of this class
   * @param value the value that is already taken
   */
  public DuplicateException(String what, String value) {
    super("already taken (" + what + "): " + value, null);
    this.what = what;
    this.value = value;
  }

  /**
   * The uniqueness rule that was broken.
   *
   * @return {@link #PLAN_CODE}, {@link #ORGANISATION_IDENTIFIER} or {@link #ID}
   */
  public String what() {
    return what;
  }

  /**
   * The value that is already taken.
   *
   * @return the value in its text form
   */
  public String value() {
    return value;
  }

  @Override
  public String code() {
    return CODE;
  }
}

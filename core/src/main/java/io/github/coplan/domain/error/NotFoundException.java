package io.github.coplan.domain.error;

/** The aggregate or reference named by the caller does not exist. Nothing was changed. */
public final class NotFoundException extends CoplanException {

  private static final long serialVersionUID = 1L;

  /** The code of this error. */
  public static final String CODE = "not-found";

  private final String kind;
  private final String id;

  /**
   * Creates the error.
   *
   * @param kind what was looked for, for example {@code "plan"} or {@code "activity"}
   * @param id the identifier that was not found
   */
  public NotFoundException(String kind, String id) {
    super(kind + " not found: " + id, null);
    this.kind = kind;
    this.id = id;
  }

  /**
   * What was looked for.
   *
   * @return {@code "organisation"}, {@code "person"}, {@code "plan"}, {@code "activity"} or {@code
   *     "plan access"}
   */
  public String kind() {
    return kind;
  }

  /**
   * The identifier that was not found.
   *
   * @return the identifier in its text form
   */
  public String id() {
    return id;
  }

  @Override
  public String code() {
    return CODE;
  }
}

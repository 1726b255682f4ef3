package io.github.coplan.domain.error;

/**
 * An update was made against a stale version of an aggregate: someone else changed it first.
 * Nothing was changed; read it again and retry.
 */
public final class ConflictException extends CoplanException {

  private static final long serialVersionUID = 1L;

  /** The code of this error. */
  public static final String CODE = "conflict";

  private final String kind;
  private final String id;
  private final long expectedVersion;

  /**
   * Creates the error.
   *
   * @param kind the aggregate kind, for example {@code "activity"}
   * @param id the aggregate's identifier
   * @param expectedVersion the version the update was based on
   */
  public ConflictException(String kind, String id, long expectedVersion) {
    super(kind + " " + id + " was changed by someone else (expected version " + expectedVersion + ")", null);
    this.kind = kind;
    this.id = id;
    this.expectedVersion = expectedVersion;
  }

  /**
   * The aggregate kind.
   *
   * @return for example {@code "plan"}
   */
  public String kind() {
    return kind;
  }

  /**
   * The aggregate's identifier.
   *
   * @return the identifier in its text form
   */
  public String id() {
    return id;
  }

  /**
   * The version the refused update was based on.
   *
   * @return the stale version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  @Override
  public String code() {
    return CODE;
  }
}

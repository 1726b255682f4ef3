package io.github.coplan.domain.error;

import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A change was refused because of a concurrent change: nothing was changed; read again and retry.
 *
 * <p>Two causes reach callers, told apart by {@link #isStaleVersion()}:
 *
 * <ul>
 *   <li>a <em>stale version</em>: the update was based on a version of an aggregate that someone
 *       else has changed since ({@link #kind()}, {@link #id()} and {@link #expectedVersion()} name
 *       it);
 *   <li>a <em>transaction conflict</em> the caller did not cause (a serialization failure or a
 *       deadlock in the store) that persisted after the store's own bounded retries; it names no
 *       aggregate: {@link #id()} and {@link #expectedVersion()} are empty, never made up.
 * </ul>
 */
public final class ConflictException extends CoplanException {

  private static final long serialVersionUID = 1L;

  /** The code of this error. */
  public static final String CODE = "conflict";

  /** The {@link #kind()} of a transaction conflict. */
  public static final String TRANSACTION = "transaction";

  private final String kind;
  private final @Nullable String id;
  private final @Nullable Long expectedVersion;

  /**
   * Creates the error of a stale version.
   *
   * @param kind the aggregate kind, for example {@code "activity"}
   * @param id the aggregate's identifier
   * @param expectedVersion the version the update was based on
   */
  public ConflictException(String kind, String id, long expectedVersion) {
    super(
        kind + " " + id + " was changed by someone else (expected version " + expectedVersion + ")",
        null);
    this.kind = kind;
    this.id = id;
    this.expectedVersion = expectedVersion;
  }

  private ConflictException(String message, @Nullable Throwable cause) {
    super(message, cause);
    this.kind = TRANSACTION;
    this.id = null;
    this.expectedVersion = null;
  }

  /**
   * Creates the error of a transaction conflict that outlasted the store's retries.
   *
   * @param attempts how many times the unit of work was run
   * @param cause the store's last failure, or {@code null}
   * @return the error
   */
  public static ConflictException transactionConflict(int attempts, @Nullable Throwable cause) {
    return new ConflictException(
        "the unit of work met a concurrent transaction on each of its "
            + attempts
            + " attempt"
            + (attempts == 1 ? "" : "s")
            + "; nothing was changed",
        cause);
  }

  /**
   * Whether this is a stale version of a named aggregate, rather than a transaction conflict.
   *
   * @return {@code true} when {@link #id()} and {@link #expectedVersion()} are present
   */
  public boolean isStaleVersion() {
    return id != null;
  }

  /**
   * The aggregate kind, or {@link #TRANSACTION} for a transaction conflict.
   *
   * @return for example {@code "plan"}
   */
  public String kind() {
    return kind;
  }

  /**
   * The identifier of the aggregate whose version was stale.
   *
   * @return the identifier in its text form; empty for a transaction conflict
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /**
   * The version the refused update was based on.
   *
   * @return the stale version; empty for a transaction conflict
   */
  public OptionalLong expectedVersion() {
    return expectedVersion == null ? OptionalLong.empty() : OptionalLong.of(expectedVersion);
  }

  @Override
  public String code() {
    return CODE;
  }
}

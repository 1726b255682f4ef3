package io.github.coplan.domain.error;

import org.jspecify.annotations.Nullable;

/**
 * The store failed for a reason that is not the caller's input: the disk, the connection, the
 * database. The cause is kept; the message holds no SQL. The unit of work was rolled back.
 */
public final class StorageException extends CoplanException {

  private static final long serialVersionUID = 1L;

  /** The code of this error. */
  public static final String CODE = "storage-failure";

  /**
   * Creates the error.
   *
   * @param message what failed, without SQL text
   * @param cause the underlying failure, if any
   */
  public StorageException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  @Override
  public String code() {
    return CODE;
  }
}

package io.github.coplan.domain.error;

import org.jspecify.annotations.Nullable;

/**
 * The root of every error Coplan raises. Unchecked: callers catch the subclass they can handle.
 *
 * <p>Each subclass has a stable {@link #code()} that is the same on every storage adapter, so that
 * callers and tests can branch on it rather than on message text.
 */
public abstract sealed class CoplanException extends RuntimeException
    permits AccessDeniedException,
        InvalidInputException,
        NotFoundException,
        ConflictException,
        DuplicateException,
        RuleViolationException,
        StorageException {

  private static final long serialVersionUID = 1L;

  CoplanException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * A short, stable, machine-readable code for this error, such as {@code "not-found"} or a {@link
   * RuleCode#code()}.
   *
   * @return the code, never blank
   */
  public abstract String code();
}

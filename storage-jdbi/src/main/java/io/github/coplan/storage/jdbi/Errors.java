package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.CoplanException;
import io.github.coplan.domain.error.StorageException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Turns failures of the database, the driver and JDBI into the core's error family. Messages say
 * what the store was doing, never the SQL; the cause is the driver's {@link SQLException} when
 * there is one (JDBI's wrapper would carry the SQL text and the bound values), else the failure
 * itself.
 */
final class Errors {

  private Errors() {}

  /** The first {@link SQLException} in a failure's causes, or null. */
  static @Nullable SQLException sqlCause(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 20; depth++) {
      if (t instanceof SQLException e) {
        return e;
      }
      t = t.getCause();
    }
    return null;
  }

  /** The first {@link SQLException} in a failure's causes, else the failure itself. */
  static Throwable sqlCauseOr(Throwable failure) {
    SQLException e = sqlCause(failure);
    return e != null ? e : failure;
  }

  /** What kind of database failure it is. */
  static Dialect.Failure classify(Dialect dialect, Throwable failure) {
    SQLException e = sqlCause(failure);
    return e == null ? Dialect.Failure.OTHER : dialect.classify(e);
  }

  /**
   * The error a caller sees for a failure while doing {@code what}.
   *
   * @param dialect the database
   * @param what what the store was doing, for example {@code "read activity"}
   * @param failure the failure
   * @return a {@link ConflictException} when a concurrent transaction made this one fail, else a
   *     {@link StorageException}
   */
  static CoplanException translate(Dialect dialect, String what, Throwable failure) {
    if (failure instanceof CoplanException e) {
      return e;
    }
    SQLException sql = sqlCause(failure);
    Throwable cause = sql != null ? sql : failure;
    Dialect.Failure kind = sql == null ? Dialect.Failure.OTHER : dialect.classify(sql);
    return switch (kind) {
      case SERIALIZATION -> {
        yield ConflictException.transactionConflict(1, cause);
      }
      case BUSY ->
          new StorageException(
              "could not "
                  + what
                  + ": the "
                  + dialect.displayName()
                  + " database stayed locked by another connection past the busy timeout",
              cause);
      case CONNECTION ->
          new StorageException(
              "could not "
                  + what
                  + ": the connection to the "
                  + dialect.displayName()
                  + " database failed",
              cause);
      case UNIQUE, OTHER ->
          new StorageException(
              "could not " + what + " in the " + dialect.displayName() + " database", cause);
    };
  }
}

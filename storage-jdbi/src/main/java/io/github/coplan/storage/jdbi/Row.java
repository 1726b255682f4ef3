package io.github.coplan.storage.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads the columns of the current row by position, the way {@link Params} binds them. Not
 * thread-safe; reused for every row of a unit of work.
 */
final class Row {

  private final Dialect dialect;
  private @Nullable ResultSet rs;

  Row(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Reads from this result set's current row. */
  Row on(ResultSet resultSet) {
    this.rs = resultSet;
    return this;
  }

  private ResultSet rs() {
    ResultSet r = rs;
    if (r == null) {
      throw new IllegalStateException("no row to read");
    }
    return r;
  }

  @Nullable UUID uuidOrNull(int column) throws SQLException {
    return dialect.getUuid(rs(), column);
  }

  UUID uuid(int column) throws SQLException {
    UUID value = dialect.getUuid(rs(), column);
    if (value == null) {
      throw new SQLException("a required id is missing in column " + column);
    }
    return value;
  }

  @Nullable String textOrNull(int column) throws SQLException {
    return rs().getString(column);
  }

  String text(int column) throws SQLException {
    String value = rs().getString(column);
    if (value == null) {
      throw new SQLException("a required text is missing in column " + column);
    }
    return value;
  }

  <E extends Enum<E>> E name(int column, Class<E> type) throws SQLException {
    String value = text(column);
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new SQLException("not a " + type.getSimpleName() + " in column " + column, e);
    }
  }

  int integer(int column) throws SQLException {
    return rs().getInt(column);
  }

  long bigint(int column) throws SQLException {
    return rs().getLong(column);
  }

  @Nullable LocalDate day(int column) throws SQLException {
    ResultSet r = rs();
    long value = r.getLong(column);
    return r.wasNull() ? null : LocalDate.ofEpochDay(value);
  }

  @Nullable Boolean boolOrNull(int column) throws SQLException {
    ResultSet r = rs();
    boolean value = r.getBoolean(column);
    return r.wasNull() ? null : value;
  }

  boolean isNull(int column) throws SQLException {
    return rs().getObject(column) == null;
  }

  boolean bool(int column) throws SQLException {
    return rs().getBoolean(column);
  }
}

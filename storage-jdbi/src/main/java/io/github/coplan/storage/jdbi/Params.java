package io.github.coplan.storage.jdbi;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Binds the parameters of one statement in order, the way the dialect stores each type: ids as the
 * dialect's id type, days as epoch days, enumerations by name. Not thread-safe; reused for every
 * statement of a unit of work.
 */
final class Params {

  private final Dialect dialect;
  private @Nullable PreparedStatement statement;
  private int index;

  Params(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Starts binding a statement from its first parameter. */
  Params on(PreparedStatement target) {
    this.statement = target;
    this.index = 0;
    return this;
  }

  private PreparedStatement st() {
    PreparedStatement s = statement;
    if (s == null) {
      throw new IllegalStateException("no statement to bind");
    }
    index++;
    return s;
  }

  Params uuid(@Nullable UUID value) throws SQLException {
    PreparedStatement s = st();
    dialect.setUuid(s, index, value);
    return this;
  }

  Params text(@Nullable String value) throws SQLException {
    PreparedStatement s = st();
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
    return this;
  }

  Params name(@Nullable Enum<?> value) throws SQLException {
    return text(value == null ? null : value.name());
  }

  Params integer(int value) throws SQLException {
    st().setInt(index, value);
    return this;
  }

  Params bigint(long value) throws SQLException {
    st().setLong(index, value);
    return this;
  }

  Params day(@Nullable LocalDate value) throws SQLException {
    PreparedStatement s = st();
    if (value == null) {
      s.setNull(index, Types.INTEGER);
    } else {
      s.setInt(index, (int) value.toEpochDay());
    }
    return this;
  }

  Params bool(@Nullable Boolean value) throws SQLException {
    PreparedStatement s = st();
    if (value == null) {
      s.setNull(index, Types.BOOLEAN);
    } else {
      s.setBoolean(index, value);
    }
    return this;
  }
}

package io.github.coplan.benchmarks;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The two databases of the raw floor, and how each binds and reads an id. */
enum Db {
  /** SQLite: ids are 16-byte big-endian BLOBs. */
  SQLITE {
    @Override
    void setUuid(PreparedStatement s, int index, @Nullable UUID value) throws SQLException {
      if (value == null) {
        s.setNull(index, Types.BLOB);
      } else {
        ByteBuffer b = ByteBuffer.allocate(16);
        b.putLong(value.getMostSignificantBits()).putLong(value.getLeastSignificantBits());
        s.setBytes(index, b.array());
      }
    }

    @Override
    @Nullable UUID getUuid(ResultSet rs, int column) throws SQLException {
      byte[] bytes = rs.getBytes(column);
      if (bytes == null) {
        return null;
      }
      ByteBuffer b = ByteBuffer.wrap(bytes);
      return new UUID(b.getLong(), b.getLong());
    }
  },
  /** PostgreSQL: ids are {@code uuid} values. */
  POSTGRES {
    @Override
    void setUuid(PreparedStatement s, int index, @Nullable UUID value) throws SQLException {
      if (value == null) {
        s.setNull(index, Types.OTHER);
      } else {
        s.setObject(index, value);
      }
    }

    @Override
    @Nullable UUID getUuid(ResultSet rs, int column) throws SQLException {
      return rs.getObject(column, UUID.class);
    }
  };

  abstract void setUuid(PreparedStatement s, int index, @Nullable UUID value) throws SQLException;

  abstract @Nullable UUID getUuid(ResultSet rs, int column) throws SQLException;

  static Db of(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }
}

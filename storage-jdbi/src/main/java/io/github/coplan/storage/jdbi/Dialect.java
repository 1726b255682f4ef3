package io.github.coplan.storage.jdbi;

import java.sql.SQLException;
import java.util.UUID;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What differs between the two databases in Java: how a failure is told apart, and the bytes of an
 * id on SQLite ({@link CoplanTypes} binds and reads ids). Differences in SQL text live in the SQL
 * resources of each database.
 */
enum Dialect {

  /** SQLite: ids are 16-byte BLOBs, big-endian, so that BLOB order is unsigned id order. */
  SQLITE("sqlite", "SQLite") {
    @Override
    Failure classify(SQLException e) {
      // sqlite-jdbc reports the primary result code as the vendor code; extended codes share its
      // low byte.
      return switch (e.getErrorCode() & 0xff) {
        case 19 -> isUnique(e) ? Failure.UNIQUE : Failure.OTHER;
        case 5, 6 -> Failure.BUSY;
        default -> Failure.OTHER;
      };
    }

    private boolean isUnique(SQLException e) {
      return e instanceof SQLiteException s
          && (s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
              || s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
    }
  },

  /** PostgreSQL: ids are {@code uuid} values; failures are told apart by their SQLSTATE. */
  POSTGRES("postgres", "PostgreSQL") {
    @Override
    Failure classify(SQLException e) {
      String state = e.getSQLState();
      if (state == null) {
        return Failure.OTHER;
      }
      if (state.equals("23505")) {
        return Failure.UNIQUE;
      }
      if (state.equals("40001") || state.equals("40P01")) {
        return Failure.SERIALIZATION;
      }
      if (state.equals("55P03")) {
        return Failure.BUSY;
      }
      if (state.startsWith("08")
          || state.equals("57P01")
          || state.equals("57P02")
          || state.equals("57P03")) {
        return Failure.CONNECTION;
      }
      return Failure.OTHER;
    }
  };

  /** Kinds of database failure that the store handles apart. */
  enum Failure {
    /** A unique or primary key constraint refused a row. */
    UNIQUE,
    /** The database was locked by another connection past the busy timeout. */
    BUSY,
    /** A concurrent transaction made this one fail: a serialization failure or a deadlock. */
    SERIALIZATION,
    /** The connection failed and cannot be used again. */
    CONNECTION,
    /** Anything else. */
    OTHER
  }

  private final String directory;
  private final String displayName;

  Dialect(String directory, String displayName) {
    this.directory = directory;
    this.displayName = displayName;
  }

  /** The folder of this database's SQL resources, beside {@code common}. */
  String directory() {
    return directory;
  }

  /** The database's name, for messages. */
  String displayName() {
    return displayName;
  }

  /** Tells what kind of failure a database error is. */
  abstract Failure classify(SQLException e);

  /** The big-endian bytes of a UUID: their unsigned byte order is the UUID's unsigned order. */
  static byte[] toBytes(UUID value) {
    byte[] bytes = new byte[16];
    long high = value.getMostSignificantBits();
    long low = value.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (high >>> (56 - 8 * i));
      bytes[8 + i] = (byte) (low >>> (56 - 8 * i));
    }
    return bytes;
  }

  /** The UUID of 16 big-endian bytes. */
  static UUID fromBytes(byte[] bytes) throws SQLException {
    if (bytes.length != 16) {
      throw new SQLException("a stored id has " + bytes.length + " bytes instead of 16");
    }
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (bytes[i] & 0xff);
      low = (low << 8) | (bytes[8 + i] & 0xff);
    }
    return new UUID(high, low);
  }
}

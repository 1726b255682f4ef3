package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jspecify.annotations.Nullable;

/**
 * The column mappers of Coplan's types and of the JDK types the rows hold, one per type, kept in a
 * map of their own so that a row mapper reaches them in one lookup. {@link CoplanTypes} registers
 * the same mappers with JDBI; the repositories' {@link org.jdbi.v3.core.mapper.RowMapper}s call
 * them through {@link #get} rather than through JDBI's {@link org.jdbi.v3.core.result.RowView},
 * whose per-statement search for a column's mapper cost more than the SQL of a read by id (see
 * {@code docs/benchmarks.md}). Enumerations are read by name. Stateless and thread-safe.
 *
 * <p>Ids are PostgreSQL's {@code uuid} or, on SQLite, a 16-byte BLOB ({@link Dialect#toBytes});
 * days are epoch days; the other values are their text forms, read back with their parsers. A
 * column that holds no valid value for its type fails with a {@link SQLException} or with the
 * domain's {@link io.github.coplan.domain.error.InvalidInputException}.
 */
final class Columns {

  private static final ColumnMapper<UUID> UUID_MAPPER = (rs, column, ctx) -> uuid(rs, column);

  private static final Map<Class<?>, ColumnMapper<?>> MAPPERS =
      Map.ofEntries(
          Map.entry(UUID.class, UUID_MAPPER),
          Map.entry(ActivityId.class, id(ActivityId::new)),
          Map.entry(PlanId.class, id(PlanId::new)),
          Map.entry(OrganisationId.class, id(OrganisationId::new)),
          Map.entry(PersonId.class, id(PersonId::new)),
          Map.entry(ProfileId.class, id(ProfileId::new)),
          Map.entry(IntroductionId.class, id(IntroductionId::new)),
          Map.entry(String.class, (ColumnMapper<String>) (rs, column, ctx) -> rs.getString(column)),
          Map.entry(
              Long.class,
              (ColumnMapper<Long>)
                  (rs, column, ctx) -> {
                    long value = rs.getLong(column);
                    return rs.wasNull() ? null : value;
                  }),
          Map.entry(
              Integer.class,
              (ColumnMapper<Integer>)
                  (rs, column, ctx) -> {
                    int value = rs.getInt(column);
                    return rs.wasNull() ? null : value;
                  }),
          Map.entry(
              Boolean.class,
              (ColumnMapper<Boolean>)
                  (rs, column, ctx) -> {
                    boolean value = rs.getBoolean(column);
                    return rs.wasNull() ? null : value;
                  }),
          Map.entry(
              LocalDate.class,
              (ColumnMapper<LocalDate>)
                  (rs, column, ctx) -> {
                    long day = rs.getLong(column);
                    return rs.wasNull() ? null : LocalDate.ofEpochDay(day);
                  }),
          Map.entry(LocalizedText.class, text(Codec::decodeText)),
          Map.entry(PartialDate.class, text(PartialDate::parse)),
          Map.entry(DateSpan.class, text(DateSpan::parse)),
          Map.entry(CountryCode.class, text(CountryCode::new)),
          Map.entry(PlanCode.class, text(PlanCode::of)),
          Map.entry(CategoryCode.class, text(CategoryCode::new)),
          Map.entry(URI.class, text(Columns::uri)));

  private Columns() {}

  /**
   * The value of a column.
   *
   * @param rs the row
   * @param column the column, from 1
   * @param type the value's type: one of the types above, or an enumeration
   * @return the value, or null for SQL {@code NULL}
   * @throws SQLException if the column cannot be read or holds no valid value of the type
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <T> @Nullable T get(ResultSet rs, int column, Class<T> type) throws SQLException {
    ColumnMapper<?> mapper = MAPPERS.get(type);
    if (mapper != null) {
      return (T) mapper.map(rs, column, null);
    }
    if (type.isEnum()) {
      String name = rs.getString(column);
      if (name == null) {
        return null;
      }
      try {
        return (T) Enum.valueOf((Class) type, name);
      } catch (IllegalArgumentException e) {
        throw new SQLException("a stored " + type.getSimpleName() + " is not one of its values", e);
      }
    }
    throw new SQLException("no column mapper for " + type.getName());
  }

  /**
   * The value of a column that the schema declares {@code NOT NULL}.
   *
   * @param rs the row
   * @param column the column, from 1
   * @param type the value's type: one of the types above, or an enumeration
   * @return the value
   * @throws SQLException if the column is SQL {@code NULL}, cannot be read or holds no valid value
   *     of the type
   */
  static <T> T required(ResultSet rs, int column, Class<T> type) throws SQLException {
    T value = get(rs, column, type);
    if (value == null) {
      throw new SQLException(
          "a stored "
              + type.getSimpleName()
              + " is NULL in column "
              + column
              + ", which the schema requires");
    }
    return value;
  }

  /** The mapper of a type, as {@link CoplanTypes} registers it with JDBI. */
  @SuppressWarnings("unchecked")
  static <T> ColumnMapper<T> mapper(Class<T> type) {
    ColumnMapper<?> mapper = MAPPERS.get(type);
    if (mapper == null) {
      throw new IllegalArgumentException("no column mapper for " + type.getName());
    }
    return (ColumnMapper<T>) mapper;
  }

  private static @Nullable UUID uuid(ResultSet rs, int column) throws SQLException {
    Object value = rs.getObject(column);
    if (value == null || value instanceof UUID) {
      return (UUID) value;
    }
    if (value instanceof byte[] bytes) {
      return Dialect.fromBytes(bytes);
    }
    throw new SQLException("a stored id is a " + value.getClass().getSimpleName() + ", not an id");
  }

  /** Makes a domain id of a stored one. */
  @FunctionalInterface
  private interface IdOf<T> {
    T of(UUID value);
  }

  private static <T> ColumnMapper<T> id(IdOf<T> of) {
    return (rs, column, ctx) -> {
      UUID value = uuid(rs, column);
      return value == null ? null : of.of(value);
    };
  }

  /** Reads a text form back. */
  @FunctionalInterface
  private interface Parser<T> {
    T parse(String text) throws SQLException;
  }

  private static <T> ColumnMapper<T> text(Parser<T> parser) {
    return (rs, column, ctx) -> {
      String text = rs.getString(column);
      return text == null ? null : parser.parse(text);
    };
  }

  private static URI uri(String text) throws SQLException {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new SQLException("a stored link is not a URI", e);
    }
  }
}

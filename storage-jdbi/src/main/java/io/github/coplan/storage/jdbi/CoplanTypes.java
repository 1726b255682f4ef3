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
import java.lang.reflect.Type;
import java.net.URI;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.argument.NullArgument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.spi.JdbiPlugin;

/**
 * How Coplan's types are stored, as JDBI arguments and column mappers, for one database. Installed
 * on every {@link Jdbi} of a store; the repositories bind and read Coplan's values directly and
 * JDBI finds these. Stateless and thread-safe.
 *
 * <ul>
 *   <li>Ids ({@link UUID} and the domain's id types): PostgreSQL's {@code uuid}; on SQLite a
 *       16-byte BLOB, the big-endian bytes, so that BLOB order is unsigned id order ({@link
 *       Dialect#toBytes}).
 *   <li>Days ({@link LocalDate}): epoch days, an integer, so that both databases compare and index
 *       them alike.
 *   <li>{@link LocalizedText}: its one-column text form ({@link Codec}).
 *   <li>{@link PartialDate}, {@link DateSpan}, {@link CountryCode}, {@link PlanCode}, {@link
 *       CategoryCode}, {@link URI}: their text forms, read back with their parsers.
 *   <li>Enumerations: by name, as JDBI binds and maps them by default.
 * </ul>
 *
 * <p>A column that holds no valid value for its type fails with a {@link SQLException} (which the
 * store reports as a {@link io.github.coplan.domain.error.StorageException}) or with the domain's
 * {@link io.github.coplan.domain.error.InvalidInputException}, which the store reports as stored
 * data that is not valid.
 */
final class CoplanTypes implements JdbiPlugin {

  private final Dialect dialect;

  CoplanTypes(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public void customizeJdbi(Jdbi jdbi) {
    Function<UUID, Argument> uuidArgument;
    int uuidType;
    if (dialect == Dialect.SQLITE) {
      uuidType = Types.BLOB;
      uuidArgument =
          value ->
              (position, statement, ctx) -> statement.setBytes(position, Dialect.toBytes(value));
    } else {
      uuidType = Types.OTHER;
      uuidArgument = value -> (position, statement, ctx) -> statement.setObject(position, value);
    }
    jdbi.registerArgument(new Factory<>(UUID.class, uuidType, uuidArgument));
    jdbi.registerColumnMapper(UUID.class, Columns.mapper(UUID.class));
    id(jdbi, ActivityId.class, ActivityId::value, uuidType, uuidArgument);
    id(jdbi, PlanId.class, PlanId::value, uuidType, uuidArgument);
    id(jdbi, OrganisationId.class, OrganisationId::value, uuidType, uuidArgument);
    id(jdbi, PersonId.class, PersonId::value, uuidType, uuidArgument);
    id(jdbi, ProfileId.class, ProfileId::value, uuidType, uuidArgument);
    id(jdbi, IntroductionId.class, IntroductionId::value, uuidType, uuidArgument);

    jdbi.registerArgument(
        new Factory<>(
            LocalDate.class,
            Types.INTEGER,
            value ->
                (position, statement, ctx) ->
                    statement.setInt(position, Math.toIntExact(value.toEpochDay()))));
    jdbi.registerColumnMapper(LocalDate.class, Columns.mapper(LocalDate.class));

    text(jdbi, LocalizedText.class, Codec::encode);
    text(jdbi, PartialDate.class, PartialDate::toString);
    text(jdbi, DateSpan.class, DateSpan::toString);
    text(jdbi, CountryCode.class, CountryCode::code);
    text(jdbi, PlanCode.class, PlanCode::value);
    text(jdbi, CategoryCode.class, CategoryCode::code);
    text(jdbi, URI.class, URI::toString);
  }

  /** A domain id: bound and read as the database's id type. */
  private static <T> void id(
      Jdbi jdbi,
      Class<T> type,
      Function<T, UUID> value,
      int uuidType,
      Function<UUID, Argument> uuidArgument) {
    jdbi.registerArgument(new Factory<>(type, uuidType, id -> uuidArgument.apply(value.apply(id))));
    jdbi.registerColumnMapper(type, Columns.mapper(type));
  }

  /**
   * A value stored in its text form: bound as text, read back with its parser ({@link Columns}).
   */
  private static <T> void text(Jdbi jdbi, Class<T> type, Function<T, String> format) {
    jdbi.registerArgument(
        new Factory<>(
            type,
            Types.VARCHAR,
            value ->
                (position, statement, ctx) -> statement.setString(position, format.apply(value))));
    jdbi.registerColumnMapper(type, Columns.mapper(type));
  }

  /**
   * The argument factory of one type, prepared once per type as JDBI prefers; a null is bound as
   * SQL NULL of the given SQL type.
   */
  private record Factory<T>(Class<T> type, int sqlType, Function<T, Argument> argument)
      implements ArgumentFactory.Preparable {
    @Override
    public Optional<Function<Object, Argument>> prepare(Type target, ConfigRegistry config) {
      if (target != type) {
        return Optional.empty();
      }
      NullArgument none = new NullArgument(sqlType);
      return Optional.of(value -> value == null ? none : argument.apply(type.cast(value)));
    }

    @Override
    public Collection<Type> prePreparedTypes() {
      return List.of(type);
    }
  }

  @Override
  public String toString() {
    return "CoplanTypes[" + dialect + "]";
  }
}

package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.Aggregates;
import io.github.coplan.port.storage.OrganisationRepository;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;

/**
 * Organisations in the tables {@code organisation} and {@code organisation_identifier}, whose
 * primary key (scheme, value) keeps identifiers unique. Not thread-safe: one per unit of work.
 */
final class JdbiOrganisationRepository implements OrganisationRepository {

  private static final String KIND = "organisation";

  /** The columns of {@code organisation.find}. */
  private static final RowMapper<Stored> ROW =
      (rs, ctx) ->
          new Stored(
              Columns.required(rs, 1, OrganisationId.class),
              Columns.required(rs, 2, Long.class),
              Columns.required(rs, 3, LocalizedText.class),
              Columns.get(rs, 4, String.class),
              Codec.decodeList(Columns.required(rs, 5, String.class)),
              Columns.required(rs, 6, OrganisationType.class),
              Columns.required(rs, 7, CountryCode.class),
              Columns.get(rs, 8, OrganisationId.class),
              Columns.get(rs, 9, URI.class));

  private static final RowMapper<ExternalIdentifier> IDENTIFIER =
      (rs, ctx) ->
          new ExternalIdentifier(
              Columns.required(rs, 1, String.class), Columns.required(rs, 2, String.class));

  private final Unit unit;

  JdbiOrganisationRepository(Unit unit) {
    this.unit = unit;
  }

  @Override
  public Optional<Organisation> findById(OrganisationId id) {
    return unit.read(
        "read an organisation",
        id,
        "id",
        () -> load(unit.handle().createQuery(unit.rowsToKeep("organisation.find")).bind(0, id)));
  }

  @Override
  public Optional<Organisation> findByIdentifier(ExternalIdentifier identifier) {
    return unit.read(
        "find an organisation by identifier",
        identifier,
        "id",
        () ->
            load(
                unit.handle()
                    .createQuery(unit.rowsToKeep("organisation.findByIdentifier"))
                    .bind(0, identifier.scheme())
                    .bind(1, identifier.value())));
  }

  private Optional<Organisation> load(Query find) {
    return find.map(ROW).findFirst().map(this::complete);
  }

  /** The organisation of a row, with its identifiers. */
  private Organisation complete(Stored stored) {
    List<ExternalIdentifier> identifiers =
        unit.handle()
            .createQuery(unit.sql().get("organisation.identifiers"))
            .bind(0, stored.id())
            .map(IDENTIFIER)
            .list();
    return stored.with(identifiers);
  }

  @Override
  public Organisation insert(Organisation organisation) {
    return unit.write(
        "store an organisation",
        organisation,
        KIND,
        () -> {
          OrganisationId id = organisation.id();
          if (organisation.version() != 0) {
            throw new ConflictException(KIND, id.value().toString(), organisation.version());
          }
          Handle h = unit.handle();
          OrganisationProfile profile = organisation.profile();
          int inserted =
              fields(
                      h.createUpdate(unit.sql().get("organisation.insert")).bind(0, id),
                      1,
                      organisation)
                  .execute();
          if (inserted == 0) {
            throw new DuplicateException(DuplicateException.ID, id.value().toString());
          }
          ExternalIdentifier taken = insertIdentifiers(id, profile);
          if (taken != null) {
            // The row inserted above goes again, with the identifiers before the taken one, so that
            // nothing is left.
            h.createUpdate(unit.sql().get("organisation.delete")).bind(0, id).execute();
            throw new DuplicateException(
                DuplicateException.ORGANISATION_IDENTIFIER, taken.toString());
          }
          return Aggregates.withVersion(organisation, 1);
        });
  }

  @Override
  public Organisation update(Organisation organisation) {
    return unit.write(
        "store an organisation",
        organisation,
        KIND,
        () -> {
          OrganisationId id = organisation.id();
          Handle h = unit.handle();
          Long stored =
              h.createQuery(unit.sql().get("organisation.version"))
                  .bind(0, id)
                  .mapTo(Long.class)
                  .findFirst()
                  .orElse(null);
          if (stored == null) {
            throw new NotFoundException(KIND, id.value().toString());
          }
          if (stored != organisation.version()) {
            throw new ConflictException(KIND, id.value().toString(), organisation.version());
          }
          OrganisationProfile profile = organisation.profile();
          // Checked before anything is written, so that a refusal leaves the unit of work as it
          // was.
          for (ExternalIdentifier identifier : profile.identifiers()) {
            Optional<OrganisationId> owner =
                h.createQuery(unit.sql().get("organisation.identifierOwner"))
                    .bind(0, identifier.scheme())
                    .bind(1, identifier.value())
                    .mapTo(OrganisationId.class)
                    .findFirst();
            if (owner.isPresent() && !owner.get().equals(id)) {
              throw new DuplicateException(
                  DuplicateException.ORGANISATION_IDENTIFIER, identifier.toString());
            }
          }
          int updated =
              fields(h.createUpdate(unit.sql().get("organisation.update")), 0, organisation)
                  .bind(9, id)
                  .bind(10, organisation.version())
                  .execute();
          if (updated == 0) {
            throw new ConflictException(KIND, id.value().toString(), organisation.version());
          }
          h.createUpdate(unit.sql().get("organisation.deleteIdentifiers")).bind(0, id).execute();
          ExternalIdentifier taken = insertIdentifiers(id, profile);
          if (taken != null) {
            // Only a concurrent unit of work on PostgreSQL can take an identifier between the check
            // and here.
            throw unit.fail(
                new DuplicateException(
                    DuplicateException.ORGANISATION_IDENTIFIER, taken.toString()));
          }
          return Aggregates.withVersion(organisation, stored + 1);
        });
  }

  /** Inserts the identifiers in order; returns the first one another organisation has, or null. */
  private @Nullable ExternalIdentifier insertIdentifiers(
      OrganisationId id, OrganisationProfile profile) {
    int ordinal = 0;
    for (ExternalIdentifier identifier : profile.identifiers()) {
      int inserted =
          unit.handle()
              .createUpdate(unit.sql().get("organisation.insertIdentifier"))
              .bind(0, identifier.scheme())
              .bind(1, identifier.value())
              .bind(2, id)
              .bind(3, ordinal++)
              .execute();
      if (inserted == 0) {
        return identifier;
      }
    }
    return null;
  }

  /**
   * Binds name, acronym, alternative names, type, country, parent and website, then the look-up
   * columns (folded name, search text), from a position on.
   */
  private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S fields(
      S s, int from, Organisation organisation) {
    OrganisationProfile profile = organisation.profile();
    return s.bind(from, profile.name())
        .bind(from + 1, profile.acronym())
        .bind(from + 2, Codec.encodeList(profile.alternativeNames()))
        .bindByType(from + 3, profile.type(), OrganisationType.class)
        .bind(from + 4, profile.country())
        .bindByType(from + 5, profile.parent(), OrganisationId.class)
        .bindByType(from + 6, profile.website(), URI.class)
        .bind(from + 7, organisation.sortName())
        .bind(from + 8, organisation.searchText());
  }

  @Override
  public Page<Organisation> search(OrganisationQuery query) {
    return unit.read(
        "look organisations up",
        query,
        "query",
        () -> {
          LookupSearch search = LookupSearch.organisations(unit.sql(), query);
          ActivitySearch page = search.page();
          List<Stored> rows = page.bind(unit.handle().createQuery(page.sql())).map(ROW).list();
          List<Organisation> organisations = new ArrayList<>(rows.size());
          for (Stored row : rows) {
            // The row after the page only tells that a next page follows: its identifiers are not
            // read.
            organisations.add(
                organisations.size() < query.pageSize() ? complete(row) : row.without());
          }
          return OrganisationQuery.ForAdapters.toPage(
              query, organisations, query.countTotal() ? unit.count(search.count()) : null);
        });
  }

  /** An organisation row, before its identifiers are read. */
  private record Stored(
      OrganisationId id,
      long version,
      LocalizedText name,
      @Nullable String acronym,
      List<String> alternativeNames,
      OrganisationType type,
      CountryCode country,
      @Nullable OrganisationId parent,
      @Nullable URI website) {

    Organisation with(List<ExternalIdentifier> identifiers) {
      OrganisationProfile profile =
          new OrganisationProfile(
              name,
              acronym,
              alternativeNames,
              type,
              country,
              parent,
              new LinkedHashSet<>(identifiers),
              website);
      return Organisation.ForAdapters.restore(id, profile, version);
    }

    /**
     * The organisation without its identifiers: the row after a page, whose keys alone are read.
     */
    Organisation without() {
      return with(List.of());
    }
  }
}

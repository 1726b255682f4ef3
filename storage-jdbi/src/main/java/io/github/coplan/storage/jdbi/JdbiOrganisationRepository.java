package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.OrganisationRepository;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Organisations in the tables {@code organisation} and {@code organisation_identifier}, whose
 * primary key (scheme, value) keeps identifiers unique. Not thread-safe: one per unit of work.
 */
final class JdbiOrganisationRepository implements OrganisationRepository {

  private static final String KIND = "organisation";

  private final Unit unit;

  JdbiOrganisationRepository(Unit unit) {
    this.unit = unit;
  }

  @Override
  public Optional<Organisation> findById(OrganisationId id) {
    return unit.read("read an organisation", id, "id", () ->
        Optional.ofNullable(load(unit.sql().get("organisation.find"), p -> p.uuid(id.value()))));
  }

  @Override
  public Optional<Organisation> findByIdentifier(ExternalIdentifier identifier) {
    return unit.read("find an organisation by identifier", identifier, "id", () ->
        Optional.ofNullable(load(unit.sql().get("organisation.findByIdentifier"), p -> p.text(identifier.scheme()).text(identifier.value()))));
  }

  /** Reads the row and then its identifiers, again if the row changed in between. */
  private @Nullable Organisation load(String find, Session.Binder binder) {
    for (int attempt = 1; ; attempt++) {
      Stored stored = unit.session().first(find, binder, this::row);
      if (stored == null) {
        return null;
      }
      Session.Versioned<ExternalIdentifier> identifiers = unit.session().versioned(unit.sql().get("organisation.identifiers"),
          p -> p.uuid(stored.id()), 2, row -> new ExternalIdentifier(row.text(2), row.text(3)));
      if (identifiers.version() == stored.version()) {
        OrganisationProfile profile = new OrganisationProfile(stored.name(), stored.acronym(), stored.alternativeNames(), stored.type(),
            stored.country(), stored.parent(), new LinkedHashSet<>(identifiers.items()), stored.website());
        return Organisation.restore(new OrganisationId(stored.id()), profile, stored.version());
      }
      if (attempt == Unit.MAX_READ_ATTEMPTS) {
        throw Unit.changing(KIND, stored.id());
      }
    }
  }

  @Override
  public Organisation insert(Organisation organisation) {
    return unit.write("store an organisation", organisation, KIND, () -> {
      UUID id = organisation.id().value();
      if (organisation.version() != 0) {
        throw new ConflictException(KIND, id.toString(), organisation.version());
      }
      Session s = unit.session();
      OrganisationProfile profile = organisation.profile();
      int inserted = s.update(unit.sql().get("organisation.insert"), p -> fields(p.uuid(id), profile));
      if (inserted == 0) {
        throw new DuplicateException(DuplicateException.ID, id.toString());
      }
      ExternalIdentifier taken = insertIdentifiers(id, profile);
      if (taken != null) {
        // The row inserted above goes again, with the identifiers before the taken one, so that nothing is left.
        s.update(unit.sql().get("organisation.delete"), p -> p.uuid(id));
        throw new DuplicateException(DuplicateException.ORGANISATION_IDENTIFIER, taken.toString());
      }
      return organisation.withVersion(1);
    });
  }

  @Override
  public Organisation update(Organisation organisation) {
    return unit.write("store an organisation", organisation, KIND, () -> {
      UUID id = organisation.id().value();
      Session s = unit.session();
      Long stored = s.first(unit.sql().get("organisation.version"), p -> p.uuid(id), row -> row.bigint(1));
      if (stored == null) {
        throw new NotFoundException(KIND, id.toString());
      }
      if (stored != organisation.version()) {
        throw new ConflictException(KIND, id.toString(), organisation.version());
      }
      OrganisationProfile profile = organisation.profile();
      // Checked before anything is written, so that a refusal leaves the unit of work as it was.
      for (ExternalIdentifier identifier : profile.identifiers()) {
        UUID owner = s.first(unit.sql().get("organisation.identifierOwner"), p -> p.text(identifier.scheme()).text(identifier.value()),
            row -> row.uuid(1));
        if (owner != null && !owner.equals(id)) {
          throw new DuplicateException(DuplicateException.ORGANISATION_IDENTIFIER, identifier.toString());
        }
      }
      int updated = s.update(unit.sql().get("organisation.update"), p -> fields(p, profile).uuid(id).bigint(organisation.version()));
      if (updated == 0) {
        throw new ConflictException(KIND, id.toString(), organisation.version());
      }
      s.update(unit.sql().get("organisation.deleteIdentifiers"), p -> p.uuid(id));
      ExternalIdentifier taken = insertIdentifiers(id, profile);
      if (taken != null) {
        // Only a concurrent unit of work on PostgreSQL can take an identifier between the check and here.
        throw unit.fail(new DuplicateException(DuplicateException.ORGANISATION_IDENTIFIER, taken.toString()));
      }
      return organisation.withVersion(stored + 1);
    });
  }

  /** Inserts the identifiers in order; returns the first one another organisation has, or null. */
  private @Nullable ExternalIdentifier insertIdentifiers(UUID id, OrganisationProfile profile) {
    int ordinal = 0;
    for (ExternalIdentifier identifier : profile.identifiers()) {
      int position = ordinal++;
      int inserted = unit.session().update(unit.sql().get("organisation.insertIdentifier"),
          p -> p.text(identifier.scheme()).text(identifier.value()).uuid(id).integer(position));
      if (inserted == 0) {
        return identifier;
      }
    }
    return null;
  }

  /** Binds name, acronym, alternative names, type, country, parent and website. */
  private static Params fields(Params p, OrganisationProfile profile) throws SQLException {
    return p.text(Codec.encode(profile.name()))
        .text(profile.acronym())
        .text(Codec.encodeList(profile.alternativeNames()))
        .name(profile.type())
        .text(profile.country().code())
        .uuid(profile.parent() == null ? null : profile.parent().value())
        .text(profile.website() == null ? null : profile.website().toString());
  }

  private Stored row(Row r) throws SQLException {
    String website = r.textOrNull(9);
    URI uri;
    try {
      uri = website == null ? null : new URI(website);
    } catch (URISyntaxException e) {
      throw new SQLException("a stored web address is not a URI", e);
    }
    UUID parent = r.uuidOrNull(8);
    return new Stored(
        r.uuid(1),
        r.bigint(2),
        Codec.decodeText(r.text(3)),
        r.textOrNull(4),
        Codec.decodeList(r.text(5)),
        r.name(6, OrganisationType.class),
        new CountryCode(r.text(7)),
        parent == null ? null : new OrganisationId(parent),
        uri);
  }

  /** An organisation row, before its identifiers are read. */
  private record Stored(
      UUID id,
      long version,
      LocalizedText name,
      @Nullable String acronym,
      List<String> alternativeNames,
      OrganisationType type,
      CountryCode country,
      @Nullable OrganisationId parent,
      @Nullable URI website) {}
}

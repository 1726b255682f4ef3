package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.port.storage.PersonRepository;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * People in the tables {@code person} and {@code person_affiliation}. Not thread-safe: one per unit
 * of work.
 */
final class JdbiPersonRepository implements PersonRepository {

  private static final String KIND = "person";

  private final Unit unit;

  JdbiPersonRepository(Unit unit) {
    this.unit = unit;
  }

  @Override
  public Optional<Person> findById(PersonId id) {
    return unit.read("read a person", id, "id", () -> {
      Session s = unit.session();
      for (int attempt = 1; ; attempt++) {
        Stored stored = s.first(unit.sql().get("person.find"), p -> p.uuid(id.value()), r -> new Stored(
            r.uuid(1),
            r.bigint(2),
            new PersonProfile(r.text(3), new CountryCode(r.text(4)), new LinkedHashSet<>(Codec.decodeList(r.text(5))), r.textOrNull(6),
                r.bool(7))));
        if (stored == null) {
          return Optional.empty();
        }
        Session.Versioned<Affiliation> affiliations = s.versioned(unit.sql().get("person.affiliations"), p -> p.uuid(id.value()), 2,
            r -> new Affiliation(new OrganisationId(r.uuid(2)), r.text(3), r.day(4), r.day(5)));
        if (affiliations.version() == stored.version()) {
          return Optional.of(Person.restore(new PersonId(stored.id()), stored.profile(), affiliations.items(), stored.version()));
        }
        if (attempt == Unit.MAX_READ_ATTEMPTS) {
          throw Unit.changing(KIND, id);
        }
      }
    });
  }

  @Override
  public Person insert(Person person) {
    return unit.write("store a person", person, KIND, () -> {
      UUID id = person.id().value();
      if (person.version() != 0) {
        throw new ConflictException(KIND, id.toString(), person.version());
      }
      PersonProfile profile = person.profile();
      int inserted = unit.session().update(unit.sql().get("person.insert"), p -> p.uuid(id)
          .text(profile.name())
          .text(profile.country().code())
          .text(Codec.encodeList(profile.expertise()))
          .text(profile.contact())
          .bool(profile.consentToPublish()));
      if (inserted == 0) {
        throw new DuplicateException(DuplicateException.ID, id.toString());
      }
      insertAffiliations(id, person.affiliations());
      return person.withVersion(1);
    });
  }

  @Override
  public Person update(Person person) {
    return unit.write("store a person", person, KIND, () -> {
      UUID id = person.id().value();
      Session s = unit.session();
      PersonProfile profile = person.profile();
      int updated = s.update(unit.sql().get("person.update"), p -> p.text(profile.name())
          .text(profile.country().code())
          .text(Codec.encodeList(profile.expertise()))
          .text(profile.contact())
          .bool(profile.consentToPublish())
          .uuid(id)
          .bigint(person.version()));
      if (updated == 0) {
        throw missingOrStale(id, person.version());
      }
      s.update(unit.sql().get("person.deleteAffiliations"), p -> p.uuid(id));
      insertAffiliations(id, person.affiliations());
      return person.withVersion(person.version() + 1);
    });
  }

  private RuntimeException missingOrStale(UUID id, long version) {
    Integer exists = unit.session().first(unit.sql().get("person.exists"), p -> p.uuid(id), r -> 1);
    return exists == null ? new NotFoundException(KIND, id.toString()) : new ConflictException(KIND, id.toString(), version);
  }

  private void insertAffiliations(UUID id, List<Affiliation> affiliations) {
    String insert = unit.sql().get("person.insertAffiliation");
    for (int i = 0; i < affiliations.size(); i++) {
      Affiliation a = affiliations.get(i);
      int ordinal = i;
      unit.session().update(insert, p -> p.uuid(id).integer(ordinal).uuid(a.organisation().value()).text(a.position()).day(a.from()).day(a.to()));
    }
  }

  /** A person row, before the affiliations are read. */
  private record Stored(UUID id, long version, PersonProfile profile) {}
}

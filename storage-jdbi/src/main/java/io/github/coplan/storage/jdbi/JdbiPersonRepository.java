package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.port.storage.Aggregates;
import io.github.coplan.port.storage.PersonRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * People in the tables {@code person} and {@code person_affiliation}. Not thread-safe: one per unit
 * of work.
 */
final class JdbiPersonRepository implements PersonRepository {

  private static final String KIND = "person";

  /** The columns of {@code person.find}. */
  private static final RowMapper<Stored> ROW =
      (rs, ctx) ->
          new Stored(
              Columns.required(rs, 1, PersonId.class),
              Columns.required(rs, 2, Long.class),
              new PersonProfile(
                  Columns.required(rs, 3, String.class),
                  Columns.required(rs, 4, CountryCode.class),
                  new LinkedHashSet<>(Codec.decodeList(Columns.required(rs, 5, String.class))),
                  Columns.get(rs, 6, String.class),
                  Columns.required(rs, 7, Boolean.class)));

  private static final RowMapper<Affiliation> AFFILIATION =
      (rs, ctx) ->
          new Affiliation(
              Columns.required(rs, 1, OrganisationId.class),
              Columns.required(rs, 2, String.class),
              Columns.get(rs, 3, LocalDate.class),
              Columns.get(rs, 4, LocalDate.class));

  private final Unit unit;

  JdbiPersonRepository(Unit unit) {
    this.unit = unit;
  }

  @Override
  public Optional<Person> findById(PersonId id) {
    return unit.read(
        "read a person",
        id,
        "id",
        () -> {
          Handle h = unit.handle();
          return h.createQuery(unit.rowsToKeep("person.find"))
              .bind(0, id)
              .map(ROW)
              .findFirst()
              .map(
                  stored -> {
                    List<Affiliation> affiliations =
                        h.createQuery(unit.sql().get("person.affiliations"))
                            .bind(0, id)
                            .map(AFFILIATION)
                            .list();
                    return Person.ForAdapters.restore(
                        stored.id(), stored.profile(), affiliations, stored.version());
                  });
        });
  }

  @Override
  public Person insert(Person person) {
    return unit.write(
        "store a person",
        person,
        KIND,
        () -> {
          PersonId id = person.id();
          if (person.version() != 0) {
            throw new ConflictException(KIND, id.value().toString(), person.version());
          }
          PersonProfile profile = person.profile();
          int inserted =
              unit.handle()
                  .createUpdate(unit.sql().get("person.insert"))
                  .bind(0, id)
                  .bind(1, profile.name())
                  .bind(2, profile.country())
                  .bind(3, Codec.encodeList(profile.expertise()))
                  .bind(4, profile.contact())
                  .bind(5, profile.consentToPublish())
                  .bind(6, person.foldedName())
                  .execute();
          if (inserted == 0) {
            throw new DuplicateException(DuplicateException.ID, id.value().toString());
          }
          insertAffiliations(id, person.affiliations());
          return Aggregates.withVersion(person, 1);
        });
  }

  @Override
  public Person update(Person person) {
    return unit.write(
        "store a person",
        person,
        KIND,
        () -> {
          PersonId id = person.id();
          Handle h = unit.handle();
          PersonProfile profile = person.profile();
          int updated =
              h.createUpdate(unit.sql().get("person.update"))
                  .bind(0, profile.name())
                  .bind(1, profile.country())
                  .bind(2, Codec.encodeList(profile.expertise()))
                  .bind(3, profile.contact())
                  .bind(4, profile.consentToPublish())
                  .bind(5, person.foldedName())
                  .bind(6, id)
                  .bind(7, person.version())
                  .execute();
          if (updated == 0) {
            boolean exists =
                h.createQuery(unit.sql().get("person.exists"))
                    .bind(0, id)
                    .mapTo(Integer.class)
                    .findFirst()
                    .isPresent();
            throw exists
                ? new ConflictException(KIND, id.value().toString(), person.version())
                : new NotFoundException(KIND, id.value().toString());
          }
          h.createUpdate(unit.sql().get("person.deleteAffiliations")).bind(0, id).execute();
          insertAffiliations(id, person.affiliations());
          return Aggregates.withVersion(person, person.version() + 1);
        });
  }

  @Override
  public Page<Person> search(PersonQuery query) {
    if (query != null) {
      // Refused as the caller's input, before the unit turns a refusal inside it into a failure of
      // the store.
      query.requireDay();
    }
    return unit.read(
        "look people up",
        query,
        "query",
        () -> {
          LookupSearch search = LookupSearch.people(unit.sql(), query);
          ActivitySearch page = search.page();
          Handle h = unit.handle();
          List<Stored> rows = page.bind(h.createQuery(page.sql())).map(ROW).list();
          List<Person> people = new ArrayList<>(rows.size());
          for (Stored row : rows) {
            // The row after the page only tells that a next page follows: its affiliations are not
            // read.
            List<Affiliation> affiliations =
                people.size() < query.pageSize()
                    ? h.createQuery(unit.sql().get("person.affiliations"))
                        .bind(0, row.id())
                        .map(AFFILIATION)
                        .list()
                    : List.of();
            people.add(
                Person.ForAdapters.restore(row.id(), row.profile(), affiliations, row.version()));
          }
          return PersonQuery.ForAdapters.toPage(
              query, people, query.countTotal() ? unit.count(search.count()) : null);
        });
  }

  private void insertAffiliations(PersonId id, List<Affiliation> affiliations) {
    if (affiliations.isEmpty()) {
      return;
    }
    PreparedBatch batch = unit.handle().prepareBatch(unit.sql().get("person.insertAffiliation"));
    for (int i = 0; i < affiliations.size(); i++) {
      Affiliation a = affiliations.get(i);
      batch
          .bind(0, id)
          .bind(1, i)
          .bind(2, a.organisation())
          .bind(3, a.position())
          .bindByType(4, a.from(), LocalDate.class)
          .bindByType(5, a.to(), LocalDate.class)
          .add();
    }
    batch.execute();
  }

  /** A person row, before the affiliations are read. */
  private record Stored(PersonId id, long version, PersonProfile profile) {}
}

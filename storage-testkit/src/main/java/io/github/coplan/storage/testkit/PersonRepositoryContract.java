package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.port.storage.Aggregates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.coplan.port.storage.PersonRepository}: every field and every
 * affiliation round trips in order, versions are checked, ids are unique.
 */
public abstract class PersonRepositoryContract extends StorageContract {

  private Organisation dost;
  private Organisation embassy;

  /** For subclasses. */
  protected PersonRepositoryContract() {}

  /** Stores the organisations the affiliations point to. */
  @BeforeEach
  protected void storeOrganisations() {
    dost = insert(newOrganisation(dostHcmcProfile()));
    embassy = insert(newOrganisation(embassyOfIsraelProfile()));
  }

  /** Every part of a person, affiliations included, comes back exactly. */
  @Test
  protected void insertedPersonReadsBackWithEveryField() {
    PersonProfile profile =
        new PersonProfile(
            "Nguyễn Việt Dũng",
            CountryCode.VN,
            Set.of("đổi mới sáng tạo", "chính sách khoa học", "innovation policy"),
            "+84 28 3829 7040",
            true);
    Affiliation director =
        new Affiliation(dost.id(), "Giám đốc Sở KH&CN TP.HCM", LocalDate.of(2016, 6, 1), null);
    Affiliation earlier =
        new Affiliation(
            dost.id(), "Phó Giám đốc", LocalDate.of(2010, 1, 15), LocalDate.of(2016, 5, 31));
    Affiliation undated = new Affiliation(embassy.id(), "Khách mời", null, null);
    Person person = newPerson(profile, director, earlier, undated);

    Person inserted = insert(person);

    assertThat(inserted).isEqualTo(Aggregates.withVersion(person, 1));
    Person read = stored(person.id());
    assertThat(read).isEqualTo(inserted);
    assertThat(read.profile().name()).isEqualTo("Nguyễn Việt Dũng");
    assertThat(read.profile().country()).isEqualTo(CountryCode.VN);
    assertThat(read.profile().expertise())
        .containsExactly("chính sách khoa học", "innovation policy", "đổi mới sáng tạo");
    assertThat(read.profile().contact()).isEqualTo("+84 28 3829 7040");
    assertThat(read.profile().consentToPublish()).isTrue();
    assertThat(read.affiliations()).containsExactly(director, earlier, undated);
    assertThat(read.affiliations().get(0).to()).isNull();
    assertThat(read.affiliations().get(2).from()).isNull();
    assertThat(read.version()).isEqualTo(1);
  }

  /** A Hebrew name and a person with nothing optional round trip. */
  @Test
  protected void hebrewNameWithoutOptionalPartsRoundTrips() {
    Person person = newPerson("נועה כהן", CountryCode.IL);

    insert(person);

    Person read = stored(person.id());
    assertThat(read).isEqualTo(Aggregates.withVersion(person, 1));
    assertThat(read.profile().name()).isEqualTo("נועה כהן");
    assertThat(read.profile().expertise()).isEmpty();
    assertThat(read.profile().contact()).isNull();
    assertThat(read.profile().consentToPublish()).isFalse();
    assertThat(read.affiliations()).isEmpty();
  }

  /** Affiliations come back in the order they were given, not sorted by date. */
  @Test
  protected void affiliationsKeepTheirOrder() {
    Affiliation a = new Affiliation(embassy.id(), "Phó Đại sứ", LocalDate.of(2017, 9, 1), null);
    Affiliation b =
        new Affiliation(
            dost.id(), "Chuyên gia", LocalDate.of(2001, 1, 1), LocalDate.of(2003, 12, 31));
    Affiliation c =
        new Affiliation(
            dost.id(), "Chuyên gia", LocalDate.of(2012, 1, 1), LocalDate.of(2012, 1, 1));
    Person person = insert(newPerson(PersonProfile.of("Trần Thị Hoa", CountryCode.VN), a, b, c));

    assertThat(stored(person.id()).affiliations()).containsExactly(a, b, c);
  }

  /** An id that was never stored finds nothing. */
  @Test
  protected void unknownIdFindsNothing() {
    insert(newPerson("Nguyễn Việt Dũng", CountryCode.VN));

    assertThat(findPerson(new PersonId(nextId()))).isEmpty();
  }

  /** An update stores the new profile and affiliations with the next version. */
  @Test
  protected void updateStoresTheChangesWithTheNextVersion() {
    Person v1 = insert(newPerson("Nguyen Viet Dung", CountryCode.VN));
    Affiliation director = new Affiliation(dost.id(), "Giám đốc", LocalDate.of(2016, 6, 1), null);
    PersonProfile profile =
        new PersonProfile("Nguyễn Việt Dũng", CountryCode.VN, Set.of("khởi nghiệp"), null, true);

    Person v2 = write(r -> r.people().update(v1.update(profile).addAffiliation(director)));
    Person v3 =
        write(
            r ->
                r.people()
                    .update(
                        v2.addAffiliation(new Affiliation(embassy.id(), "Khách mời", null, null))));

    assertThat(v2.version()).isEqualTo(2);
    assertThat(v3.version()).isEqualTo(3);
    Person read = stored(v1.id());
    assertThat(read).isEqualTo(v3);
    assertThat(read.profile()).isEqualTo(profile);
    assertThat(read.affiliations())
        .containsExactly(director, new Affiliation(embassy.id(), "Khách mời", null, null));
  }

  /** An update against a stale version fails with a conflict and changes nothing. */
  @Test
  protected void staleUpdateConflictsAndChangesNothing() {
    Person v1 = insert(newPerson("Nguyễn Việt Dũng", CountryCode.VN));
    Person v2 =
        write(
            r ->
                r.people()
                    .update(v1.addAffiliation(new Affiliation(dost.id(), "Giám đốc", null, null))));
    Person stale = v1.addAffiliation(new Affiliation(embassy.id(), "Stale", null, null));

    ConflictException e =
        assertRefused(ConflictException.class, () -> write(r -> r.people().update(stale)));

    assertThat(e.kind()).isEqualTo("person");
    assertThat(e.id()).contains(v1.id().toString());
    assertThat(e.expectedVersion()).hasValue(1L);
    assertThat(stored(v1.id())).isEqualTo(v2);
  }

  /** Updating a person who is not stored fails with not-found and stores nothing. */
  @Test
  protected void updateOfMissingPersonIsNotFound() {
    Person never = Aggregates.withVersion(newPerson("Nobody", CountryCode.VN), 1);

    NotFoundException e =
        assertRefused(NotFoundException.class, () -> write(r -> r.people().update(never)));

    assertThat(e.kind()).isEqualTo("person");
    assertThat(e.id()).isEqualTo(never.id().toString());
    assertThat(findPerson(never.id())).isEmpty();
  }

  /** Inserting a person whose version is not 0 is a conflict. */
  @Test
  protected void insertOfAVersionedPersonConflicts() {
    Person versioned = Aggregates.withVersion(newPerson("Nguyễn Việt Dũng", CountryCode.VN), 2);

    ConflictException e = assertRefused(ConflictException.class, () -> insert(versioned));

    assertThat(e.kind()).isEqualTo("person");
    assertThat(e.expectedVersion()).hasValue(2L);
    assertThat(findPerson(versioned.id())).isEmpty();
  }

  /** A second insert with a taken id fails with a duplicate of {@code id} and keeps the first. */
  @Test
  protected void insertWithTakenIdIsDuplicate() {
    Person first = insert(newPerson("Nguyễn Việt Dũng", CountryCode.VN));
    Person sameId =
        Person.register(first.id(), PersonProfile.of("Other", CountryCode.IL), List.of());

    DuplicateException e = assertRefused(DuplicateException.class, () -> insert(sameId));

    assertThat(e.what()).isEqualTo(DuplicateException.ID);
    assertThat(e.value()).isEqualTo(first.id().toString());
    assertThat(stored(first.id())).isEqualTo(first);
  }

  /**
   * What the store returns cannot be modified, and changing a caller's collections changes nothing
   * stored.
   */
  @Test
  protected void copiesGoInAndOut() {
    Set<String> tags = new TreeSet<>(Set.of("khởi nghiệp"));
    List<Affiliation> affiliations =
        new ArrayList<>(List.of(new Affiliation(dost.id(), "Giám đốc", null, null)));
    Person person =
        Person.register(
            new PersonId(nextId()),
            new PersonProfile("Nguyễn Việt Dũng", CountryCode.VN, tags, null, false),
            affiliations);
    Person inserted = insert(person);

    tags.add("changed by the caller");
    affiliations.clear();
    Person read = stored(person.id());

    assertThat(read.profile().expertise()).containsExactly("khởi nghiệp");
    assertThat(read.affiliations()).hasSize(1);
    thrown(UnsupportedOperationException.class, () -> read.affiliations().clear());
    thrown(UnsupportedOperationException.class, () -> read.profile().expertise().add("x"));
    assertThat(stored(person.id())).isEqualTo(inserted);
  }
}

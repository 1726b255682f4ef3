package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.access.AccessTable;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.testing.FakeStorage;
import io.github.coplan.testing.SequentialIds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonServiceTest {

  private static final PersonProfile DIRECTOR =
      PersonProfile.of("Giám đốc Sở KH&CN TP.HCM", CountryCode.VN);

  private final FakeStorage storage = new FakeStorage();
  private final SequentialIds ids = new SequentialIds();
  private final Services services =
      Services.create(storage, Clock.systemUTC(), ids, Actor.APPLICATION, true);
  private final PersonUseCases people = services.people();
  private Organisation dost;
  private Organisation sihub;

  @BeforeEach
  void registerOrganisations() {
    dost =
        services
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(vi("Sở KH&CN TP.HCM"))
                        .type(OrganisationType.LOCAL_GOVERNMENT)
                        .country(CountryCode.VN)
                        .build()));
    sihub =
        services
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(vi("Trung tâm SIHUB"))
                        .type(OrganisationType.OTHER_PUBLIC_SECTOR)
                        .country(CountryCode.VN)
                        .build()));
  }

  @Test
  void registerStoresThePersonWithTheirAffiliations() {
    Affiliation director = new Affiliation(dost.id(), "Giám đốc", LocalDate.of(2016, 1, 1), null);

    Person person = people.register(new RegisterPerson(DIRECTOR, List.of(director)));

    // Ids 1 to 4: two organisations and their registrations' command ids.
    assertThat(person.id()).isEqualTo(new PersonId(SequentialIds.nth(5)));
    assertThat(person.version()).isEqualTo(1);
    assertThat(people.get(person.id()).affiliations()).containsExactly(director);
    assertThat(people.get(person.id()).profile()).isEqualTo(DIRECTOR);
  }

  @Test
  void anAffiliationWithAMissingOrganisationIsNotFoundAndStoresNothing() {
    OrganisationId missing = new OrganisationId(SequentialIds.nth(40));
    int before = storage.commits();

    NotFoundException e =
        catchThrowableOfType(
            NotFoundException.class,
            () ->
                people.register(
                    new RegisterPerson(
                        DIRECTOR,
                        List.of(
                            new Affiliation(dost.id(), "Giám đốc", null, null),
                            new Affiliation(missing, "Cố vấn", null, null)))));

    assertThat(e.kind()).isEqualTo("organisation");
    assertThat(e.id()).isEqualTo(missing.toString());
    assertThat(storage.commits()).isEqualTo(before);
    assertThat(
            catchThrowableOfType(
                NotFoundException.class, () -> people.get(new PersonId(SequentialIds.nth(3)))))
        .isNotNull();
  }

  @Test
  void addAffiliationAppendsAndCountsTheVersion() {
    Person person =
        people.register(
            new RegisterPerson(
                DIRECTOR, List.of(new Affiliation(dost.id(), "Giám đốc", null, null))));
    Affiliation chair =
        new Affiliation(
            sihub.id(), "Chủ tịch hội đồng", LocalDate.of(2018, 3, 1), LocalDate.of(2020, 12, 31));

    Person changed = people.addAffiliation(new AddAffiliation(person.id(), chair));

    assertThat(changed.version()).isEqualTo(2);
    assertThat(changed.affiliations())
        .extracting(Affiliation::position)
        .containsExactly("Giám đốc", "Chủ tịch hội đồng");
    assertThat(people.get(person.id())).isEqualTo(changed);
    assertThat(people.get(person.id()).affiliationOn(LocalDate.of(2019, 6, 1))).contains(chair);
  }

  @Test
  void addAffiliationAgainstAStaleVersionIsRefusedAndChangesNothing() {
    Person person = people.register(new RegisterPerson(DIRECTOR, List.of()));
    Affiliation chair = new Affiliation(sihub.id(), "Chủ tịch hội đồng", null, null);
    Person changed = people.addAffiliation(new AddAffiliation(person.id(), chair).expecting(1));

    ConflictException stale =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                people.addAffiliation(
                    new AddAffiliation(
                            person.id(), new Affiliation(dost.id(), "Giám đốc", null, null))
                        .expecting(1)));

    assertThat(stale).isNotNull();
    assertThat(stale.kind()).isEqualTo("person");
    assertThat(people.get(person.id())).isEqualTo(changed);
    assertThat(changed.version()).isEqualTo(2);
  }

  @Test
  void addAffiliationNeedsBothThePersonAndTheOrganisation() {
    Person person = people.register(new RegisterPerson(DIRECTOR, List.of()));
    PersonId missingPerson = new PersonId(SequentialIds.nth(41));
    OrganisationId missingOrganisation = new OrganisationId(SequentialIds.nth(42));

    NotFoundException noPerson =
        catchThrowableOfType(
            NotFoundException.class,
            () ->
                people.addAffiliation(
                    new AddAffiliation(
                        missingPerson, new Affiliation(dost.id(), "Giám đốc", null, null))));
    NotFoundException noOrganisation =
        catchThrowableOfType(
            NotFoundException.class,
            () ->
                people.addAffiliation(
                    new AddAffiliation(
                        person.id(),
                        new Affiliation(missingOrganisation, "Giám đốc", null, null))));

    assertThat(noPerson.kind()).isEqualTo("person");
    assertThat(noPerson.id()).isEqualTo(missingPerson.toString());
    assertThat(noOrganisation.kind()).isEqualTo("organisation");
    assertThat(noOrganisation.id()).isEqualTo(missingOrganisation.toString());
    assertThat(people.get(person.id()).affiliations()).isEmpty();
    assertThat(people.get(person.id()).version()).isEqualTo(1);
  }

  @Test
  void missingArgumentsAreInvalidInput() {
    violation(() -> people.register(null), "command", Violation.REQUIRED);
    violation(() -> people.addAffiliation(null), "command", Violation.REQUIRED);
    violation(() -> people.get(null), "id", Violation.REQUIRED);
  }

  @Test
  void getOfAMissingPersonIsNotFound() {
    PersonId missing = new PersonId(SequentialIds.nth(9));

    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> people.get(missing));

    assertThat(e.kind()).isEqualTo("person");
    assertThat(e.id()).isEqualTo(missing.toString());
  }

  @Test
  void updateReplacesTheProfileKeepsTheAffiliationsAndChecksAnExpectedVersion() {
    Affiliation director = new Affiliation(dost.id(), "Giám đốc", null, null);
    Person person = people.register(new RegisterPerson(DIRECTOR, List.of(director)));
    PersonProfile named =
        new PersonProfile(
            "Nguyễn Việt Dũng", CountryCode.VN, Set.of("ĐMST"), "dung@example.org", true);

    Person updated = people.update(new UpdatePerson(person.id(), named).expecting(1));

    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.profile()).isEqualTo(named);
    assertThat(updated.affiliations()).containsExactly(director);
    io.github.coplan.domain.error.ConflictException stale =
        catchThrowableOfType(
            io.github.coplan.domain.error.ConflictException.class,
            () -> people.update(new UpdatePerson(person.id(), DIRECTOR, 1L)));
    assertThat(stale.kind()).isEqualTo("person");
    assertThat(stale.expectedVersion()).hasValue(1L);
    assertThat(people.get(person.id())).isEqualTo(updated);
    PersonId missing = new PersonId(SequentialIds.nth(44));
    assertThat(
            catchThrowableOfType(
                    NotFoundException.class,
                    () -> people.update(new UpdatePerson(missing, DIRECTOR)))
                .id())
        .isEqualTo(missing.toString());
    violation(() -> people.update(null), "command", Violation.REQUIRED);
    violation(() -> people.search(null), "query", Violation.REQUIRED);
  }

  @Test
  void forgetKeepsThePlaceholderProfileTheAffiliationsAndTheId() {
    Affiliation director = new Affiliation(dost.id(), "Giám đốc", null, null);
    Person person =
        people.register(
            new RegisterPerson(
                new PersonProfile(
                    "Nguyễn Văn A", CountryCode.VN, Set.of("ĐMST"), "a@dost.vn", true),
                List.of(director)));

    Person forgotten = people.forget(new ForgetPerson(person.id(), "request"));

    assertThat(forgotten.id()).isEqualTo(person.id());
    assertThat(forgotten.version()).isEqualTo(2);
    assertThat(forgotten.profile())
        .isEqualTo(new PersonProfile(Person.FORGOTTEN_NAME, CountryCode.VN, Set.of(), null, false));
    assertThat(forgotten.affiliations()).containsExactly(director);
    assertThat(people.get(person.id())).isEqualTo(forgotten);
    assertThat(people.search(PersonQuery.builder().text("nguyen").build()).items()).isEmpty();
    assertThat(people.search(PersonQuery.builder().text("forgotten").build()).items())
        .containsExactly(forgotten);
  }

  @Test
  void forgetRefusesWhatIsMissingUnknownOrStaleAndChangesNothing() {
    Person person = people.register(new RegisterPerson(DIRECTOR, List.of()));
    int before = storage.commits();

    violation(() -> people.forget(null), "command", Violation.REQUIRED);
    NotFoundException missing =
        catchThrowableOfType(
            NotFoundException.class,
            () -> people.forget(new ForgetPerson(new PersonId(SequentialIds.nth(99)), "request")));
    ConflictException stale =
        catchThrowableOfType(
            ConflictException.class,
            () -> people.forget(new ForgetPerson(person.id(), "request").expecting(2)));

    assertThat(missing.kind()).isEqualTo("person");
    assertThat(stale).isNotNull();
    assertThat(storage.commits()).isEqualTo(before);
    assertThat(people.get(person.id())).isEqualTo(person);
  }

  /** The use cases over the same store and ids, acting as another actor. */
  private Services as(Actor actor) {
    return Services.create(storage, Clock.systemUTC(), ids, actor, true);
  }

  private List<ChangeRecord> historyOf(PersonId id) {
    return services.history().of(HistoryQuery.of(AggregateRef.of(id))).items();
  }

  @Test
  void anotherPersonMayNotForgetSomeoneAndChangesNothing() {
    Person person = people.register(new RegisterPerson(DIRECTOR, List.of()));
    Person other =
        people.register(new RegisterPerson(PersonProfile.of("Khác", CountryCode.VN), List.of()));
    List<ChangeRecord> history = historyOf(person.id());
    int before = storage.commits();
    Actor someoneElse = Actor.person(other.id());

    AccessDeniedException e =
        catchThrowableOfType(
            AccessDeniedException.class,
            () -> as(someoneElse).people().forget(new ForgetPerson(person.id(), "request")));

    assertThat(e.code()).isEqualTo("forbidden");
    assertThat(e.code()).isEqualTo(AccessDeniedException.CODE);
    assertThat(e.permission()).isEqualTo("FORGET_PERSON");
    assertThat(e.permission()).isEqualTo(AccessTable.FORGET_PERSON);
    assertThat(e.actor()).isEqualTo("person:" + other.id());
    assertThat(e.getMessage())
        .isEqualTo(
            "person:"
                + other.id()
                + " lacks the permission FORGET_PERSON on person "
                + person.id());
    assertThat(storage.commits()).isEqualTo(before);
    assertThat(people.get(person.id())).isEqualTo(person);
    assertThat(historyOf(person.id())).isEqualTo(history);
  }

  @Test
  void aPersonNotInTheStoreMayNotForgetSomeoneEvenIfTheyDoNotExist() {
    PersonId missing = new PersonId(SequentialIds.nth(99));
    Actor stranger = Actor.person(new PersonId(SequentialIds.nth(98)));
    int before = storage.commits();

    AccessDeniedException e =
        catchThrowableOfType(
            AccessDeniedException.class,
            () -> as(stranger).people().forget(new ForgetPerson(missing, "request")));

    // refused before anything is read: whether the person exists is not revealed
    assertThat(e.permission()).isEqualTo(AccessTable.FORGET_PERSON);
    assertThat(e.actor()).isEqualTo(stranger.toString());
    assertThat(storage.commits()).isEqualTo(before);
  }

  @Test
  void aPersonMayForgetThemselfAndTheRecordNamesThem() {
    Person person = people.register(new RegisterPerson(DIRECTOR, List.of()));
    Actor self = Actor.person(person.id());

    Person forgotten = as(self).people().forget(new ForgetPerson(person.id(), "my request"));

    assertThat(forgotten.version()).isEqualTo(2);
    assertThat(forgotten.forgotten()).isTrue();
    assertThat(people.get(person.id())).isEqualTo(forgotten);
    ChangeRecord last = historyOf(person.id()).get(0);
    assertThat(last.commandName()).isEqualTo("ForgetPerson");
    assertThat(last.actor()).isEqualTo(self);
    assertThat(last.reason()).isEqualTo("my request");
  }

  @Test
  void aSelfForgetStillChecksThatThePersonExists() {
    PersonId missing = new PersonId(SequentialIds.nth(99));
    int before = storage.commits();

    NotFoundException e =
        catchThrowableOfType(
            NotFoundException.class,
            () -> as(Actor.person(missing)).people().forget(new ForgetPerson(missing, "request")));

    assertThat(e.kind()).isEqualTo("person");
    assertThat(e.id()).isEqualTo(missing.toString());
    assertThat(storage.commits()).isEqualTo(before);
  }

  @Test
  void aSystemActorMayForgetAnyone() {
    Person person = people.register(new RegisterPerson(DIRECTOR, List.of()));

    Person forgotten =
        as(Actor.system("data-protection"))
            .people()
            .forget(new ForgetPerson(person.id(), "request"));

    assertThat(forgotten.forgotten()).isTrue();
    assertThat(historyOf(person.id()).get(0).actor()).isEqualTo(Actor.system("data-protection"));
  }

  @Test
  void everyPersonMayRegisterAndUpdateOrganisationsAndPeopleWithoutAnyGrant() {
    // a person the store does not even hold: the directory is shared
    Actor anyone = Actor.person(new PersonId(SequentialIds.nth(97)));
    Services as = as(anyone);
    OrganisationProfile incubator =
        OrganisationProfile.builder()
            .name(vi("Vườn ươm"))
            .type(OrganisationType.OTHER_PUBLIC_SECTOR)
            .country(CountryCode.VN)
            .build();

    Organisation org = as.organisations().register(new RegisterOrganisation(incubator));
    Organisation renamed =
        as.organisations()
            .update(
                new UpdateOrganisation(
                    org.id(),
                    OrganisationProfile.builder()
                        .name(vi("Vườn ươm SIHUB"))
                        .type(OrganisationType.OTHER_PUBLIC_SECTOR)
                        .country(CountryCode.VN)
                        .build()));
    Person person = as.people().register(new RegisterPerson(DIRECTOR, List.of()));
    Person updated =
        as.people()
            .update(new UpdatePerson(person.id(), PersonProfile.of("Giám đốc", CountryCode.VN)));
    Affiliation at = new Affiliation(org.id(), "Giám đốc", null, null);
    Person affiliated = as.people().addAffiliation(new AddAffiliation(person.id(), at));

    assertThat(renamed.version()).isEqualTo(2);
    assertThat(services.organisations().get(org.id())).isEqualTo(renamed);
    assertThat(updated.version()).isEqualTo(2);
    assertThat(affiliated.version()).isEqualTo(3);
    assertThat(people.get(person.id())).isEqualTo(affiliated);
    assertThat(affiliated.affiliations()).containsExactly(at);
    assertThat(historyOf(person.id()))
        .extracting(ChangeRecord::actor)
        .containsExactly(anyone, anyone, anyone);
    assertThat(services.history().of(HistoryQuery.of(AggregateRef.of(org.id()))).items())
        .extracting(ChangeRecord::actor)
        .containsExactly(anyone, anyone);
  }

  @Test
  void searchChecksAnAffiliationWithoutADayOnTodayByTheClock() {
    FakeStorage fixed = new FakeStorage();
    Services onDay =
        Services.create(
            fixed,
            Clock.fixed(java.time.Instant.parse("2019-01-01T00:00:00Z"), java.time.ZoneOffset.UTC),
            new SequentialIds(),
            Actor.APPLICATION,
            true);
    Organisation org =
        onDay
            .organisations()
            .register(
                new RegisterOrganisation(
                    OrganisationProfile.builder()
                        .name(vi("Sở KH&CN TP.HCM"))
                        .type(OrganisationType.LOCAL_GOVERNMENT)
                        .country(CountryCode.VN)
                        .build()));
    Person until2018 =
        onDay
            .people()
            .register(
                new RegisterPerson(
                    PersonProfile.of("Phó Giám đốc", CountryCode.VN),
                    List.of(
                        new Affiliation(
                            org.id(), "Phó Giám đốc", null, LocalDate.of(2018, 12, 31)))));
    Person from2019 =
        onDay
            .people()
            .register(
                new RegisterPerson(
                    PersonProfile.of("Giám đốc", CountryCode.VN),
                    List.of(
                        new Affiliation(org.id(), "Giám đốc", LocalDate.of(2019, 1, 1), null))));

    assertThat(
            onDay
                .people()
                .search(PersonQuery.builder().affiliatedWith(org.id()).withTotal().build()))
        .isEqualTo(new io.github.coplan.domain.query.Page<>(List.of(from2019), null, 1L));
    assertThat(
            onDay
                .people()
                .search(
                    PersonQuery.builder()
                        .affiliatedWith(org.id(), LocalDate.of(2018, 12, 31))
                        .build())
                .items())
        .containsExactly(until2018);
    assertThat(onDay.people().search(PersonQuery.builder().text("giam doc").build()).items())
        .containsExactly(from2019, until2018);
  }
}

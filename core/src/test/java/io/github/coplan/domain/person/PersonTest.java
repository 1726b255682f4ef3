package io.github.coplan.domain.person;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DEPUTY_AMBASSADOR;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.EMBASSY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.port.storage.Aggregates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonTest {

  private static final Affiliation DEPUTY =
      new Affiliation(DOST, "Phó Giám đốc", LocalDate.of(2015, 1, 1), LocalDate.of(2018, 6, 30));
  private static final Affiliation DIRECTOR_SINCE_JULY =
      new Affiliation(DOST, "Giám đốc", LocalDate.of(2018, 7, 1), null);
  private static final Affiliation ADVISOR_ALWAYS = new Affiliation(EMBASSY, "Advisor", null, null);

  private static Person person(List<Affiliation> affiliations) {
    return Person.register(
        DIRECTOR, PersonProfile.of("Giám đốc Sở KH&CN TP.HCM", CountryCode.VN), affiliations);
  }

  @ParameterizedTest
  @CsvSource({
    "2014-12-31, Advisor",
    "2015-01-01, Phó Giám đốc",
    "2017-06-01, Phó Giám đốc",
    "2018-06-30, Phó Giám đốc",
    "2018-07-01, Giám đốc",
    "2018-08-15, Giám đốc",
    "2030-01-01, Giám đốc",
  })
  void affiliationOnPicksTheLatestStartingAffiliationHeldThatDay(LocalDate day, String position) {
    List<Affiliation> affiliations =
        new ArrayList<>(List.of(ADVISOR_ALWAYS, DEPUTY, DIRECTOR_SINCE_JULY));
    for (int round = 0; round < 3; round++) {
      assertThat(person(affiliations).affiliationOn(day))
          .map(Affiliation::position)
          .contains(position);
      Collections.rotate(affiliations, 1);
    }
  }

  @Test
  void noAffiliationHeldIsEmpty() {
    Person person = person(List.of(DEPUTY));

    assertThat(person.affiliationOn(LocalDate.of(2014, 12, 31))).isEmpty();
    assertThat(person.affiliationOn(LocalDate.of(2018, 7, 1))).isEmpty();
    assertThat(person(List.of()).affiliationOn(LocalDate.of(2018, 7, 1))).isEmpty();
  }

  @Test
  void heldOnIncludesBothEnds() {
    assertThat(DEPUTY.heldOn(LocalDate.of(2015, 1, 1))).isTrue();
    assertThat(DEPUTY.heldOn(LocalDate.of(2018, 6, 30))).isTrue();
    assertThat(DEPUTY.heldOn(LocalDate.of(2014, 12, 31))).isFalse();
    assertThat(DEPUTY.heldOn(LocalDate.of(2018, 7, 1))).isFalse();
    assertThat(ADVISOR_ALWAYS.heldOn(LocalDate.of(1, 1, 1))).isTrue();
  }

  @Test
  void anAffiliationListsEveryBadPart() {
    violations(
        () -> new Affiliation(null, " ", LocalDate.of(2018, 7, 1), LocalDate.of(2018, 6, 30)),
        tuple("organisation", Violation.REQUIRED),
        tuple("position", Violation.BLANK),
        tuple("to", Violation.END_BEFORE_START));
    violations(
        () -> new Affiliation(DOST, "x", LocalDate.of(0, 1, 1), LocalDate.of(10_000, 1, 1)),
        tuple("from", Violation.OUT_OF_RANGE),
        tuple("to", Violation.OUT_OF_RANGE));
    assertThat(
            new Affiliation(DOST, " Giám đốc ", LocalDate.of(2018, 7, 1), LocalDate.of(2018, 7, 1))
                .position())
        .isEqualTo("Giám đốc");
  }

  @Test
  void registeringListsEveryMissingPart() {
    violations(
        () -> Person.register(null, null, null),
        tuple("id", Violation.REQUIRED),
        tuple("profile", Violation.REQUIRED),
        tuple("affiliations", Violation.REQUIRED));
    violation(() -> person(Arrays.asList(DEPUTY, null)), "affiliations[1]", Violation.REQUIRED);
  }

  @Test
  void missingArgumentsAreRefusedAsInvalidInput() {
    Person person = person(List.of(DEPUTY));

    violation(() -> person.update(null), "profile", Violation.REQUIRED);
    violation(() -> person.addAffiliation(null), "affiliation", Violation.REQUIRED);
  }

  @Test
  void aPersonHasAtMostAHundredAffiliations() {
    List<Affiliation> hundred = Collections.nCopies(Person.MAX_AFFILIATIONS, ADVISOR_ALWAYS);
    Person full = person(hundred);

    assertThat(full.affiliations()).hasSize(100);
    violation(() -> full.addAffiliation(DEPUTY), "affiliations", Violation.OUT_OF_RANGE);
    List<Affiliation> tooMany = new ArrayList<>(hundred);
    tooMany.add(DEPUTY);
    violation(() -> person(tooMany), "affiliations", Violation.OUT_OF_RANGE);
  }

  @Test
  void changesKeepIdAndVersionAndLeaveTheOriginalAlone() {
    Person person = person(List.of(DEPUTY));
    Person promoted = person.addAffiliation(DIRECTOR_SINCE_JULY);
    Person renamed = promoted.update(PersonProfile.of("Nguyễn Văn A", CountryCode.VN));

    assertThat(person.affiliations()).containsExactly(DEPUTY);
    assertThat(promoted.affiliations()).containsExactly(DEPUTY, DIRECTOR_SINCE_JULY);
    assertThat(renamed.profile().name()).isEqualTo("Nguyễn Văn A");
    assertThat(renamed.version()).isZero();
    assertThat(renamed.id()).isEqualTo(DIRECTOR);
    assertThat(Aggregates.withVersion(renamed, 5).version()).isEqualTo(5);
    assertThat(person.affiliations()).isUnmodifiable();
    assertThat(Person.ForAdapters.restore(DIRECTOR, person.profile(), List.of(DEPUTY), 0))
        .isEqualTo(person)
        .hasSameHashCodeAs(person);
  }

  @Test
  void aProfileSortsExpertiseAndChecksEveryPart() {
    PersonProfile profile =
        new PersonProfile(
            " Nguyễn Văn A ",
            CountryCode.VN,
            new LinkedHashSet<>(List.of("policy", "incubation", "ip")),
            "a@example.vn",
            true);

    assertThat(profile.name()).isEqualTo("Nguyễn Văn A");
    assertThat(profile.expertise()).containsExactly("incubation", "ip", "policy");
    assertThat(profile.contact()).isEqualTo("a@example.vn");
    assertThat(profile.consentToPublish()).isTrue();

    violations(
        () ->
            new PersonProfile(
                "\u00A0",
                null,
                new LinkedHashSet<>(Arrays.asList("ok", null, "x".repeat(101))),
                "a\nb",
                false),
        tuple("name", Violation.BLANK),
        tuple("country", Violation.REQUIRED),
        tuple("expertise[1]", Violation.REQUIRED),
        tuple("expertise[2]", Violation.TOO_LONG),
        tuple("contact", Violation.CONTROL_CHARACTER));
    violation(
        () -> new PersonProfile("A", CountryCode.IL, null, null, false),
        "expertise",
        Violation.REQUIRED);
    violation(
        () -> new PersonProfile("A", CountryCode.IL, Set.of(), "x".repeat(201), false),
        "contact",
        Violation.TOO_LONG);
  }

  @Test
  void ofOverlappingAffiliationsTheLaterStartWinsAndOnATieTheFirstListed() {
    Affiliation chair =
        new Affiliation(
            EMBASSY, "Chủ tịch hội đồng", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31));
    Affiliation sameDay = new Affiliation(DOST, "Bí thư", LocalDate.of(2019, 1, 1), null);

    assertThat(person(List.of(chair, DIRECTOR_SINCE_JULY)).affiliationOn(LocalDate.of(2019, 6, 1)))
        .contains(chair);
    assertThat(person(List.of(DIRECTOR_SINCE_JULY, chair)).affiliationOn(LocalDate.of(2019, 6, 1)))
        .contains(chair);
    assertThat(
            person(List.of(DIRECTOR_SINCE_JULY, chair)).affiliationOn(LocalDate.of(2018, 12, 31)))
        .contains(DIRECTOR_SINCE_JULY);
    assertThat(person(List.of(DIRECTOR_SINCE_JULY, chair)).affiliationOn(LocalDate.of(2021, 1, 1)))
        .contains(DIRECTOR_SINCE_JULY);
    assertThat(person(List.of(chair, sameDay)).affiliationOn(LocalDate.of(2019, 1, 1)))
        .contains(chair);
    assertThat(person(List.of(sameDay, chair)).affiliationOn(LocalDate.of(2019, 1, 1)))
        .contains(sameDay);
  }

  @Test
  void aPersonEqualsAnotherOnlyWithTheSameIdProfileAffiliationsAndVersion() {
    PersonProfile profile = PersonProfile.of("Giám đốc Sở KH&CN TP.HCM", CountryCode.VN);
    Person stored = Person.ForAdapters.restore(DIRECTOR, profile, List.of(DEPUTY), 3);

    assertThat(stored)
        .isEqualTo(Person.ForAdapters.restore(DIRECTOR, profile, List.of(DEPUTY), 3))
        .hasSameHashCodeAs(Person.ForAdapters.restore(DIRECTOR, profile, List.of(DEPUTY), 3));
    assertThat(stored)
        .isNotEqualTo(Person.ForAdapters.restore(DEPUTY_AMBASSADOR, profile, List.of(DEPUTY), 3));
    assertThat(stored)
        .isNotEqualTo(
            Person.ForAdapters.restore(
                DIRECTOR, PersonProfile.of("Phó Đại sứ", CountryCode.IL), List.of(DEPUTY), 3));
    assertThat(stored)
        .isNotEqualTo(
            Person.ForAdapters.restore(DIRECTOR, profile, List.of(DEPUTY, DIRECTOR_SINCE_JULY), 3));
    assertThat(stored).isNotEqualTo(Aggregates.withVersion(stored, 4));
    assertThat(stored).isNotEqualTo(profile);
    assertThat(stored).hasToString("Person[" + DIRECTOR + " Giám đốc Sở KH&CN TP.HCM v3]");
  }

  @Test
  void forgetKeepsTheIdCountryAffiliationsAndVersionAndReplacesTheRestWithThePlaceholder() {
    PersonProfile profile =
        new PersonProfile("Nguyễn Văn A", CountryCode.VN, Set.of("ĐMST", "IP"), "a@dost.vn", true);
    Person person =
        Person.ForAdapters.restore(DIRECTOR, profile, List.of(DEPUTY, DIRECTOR_SINCE_JULY), 4);

    Person forgotten = person.forget();

    assertThat(forgotten.id()).isEqualTo(DIRECTOR);
    assertThat(forgotten.version()).isEqualTo(4);
    assertThat(forgotten.affiliations()).containsExactly(DEPUTY, DIRECTOR_SINCE_JULY);
    assertThat(forgotten.profile())
        .isEqualTo(new PersonProfile("Forgotten person", CountryCode.VN, Set.of(), null, false));
    assertThat(Person.FORGOTTEN_NAME).isEqualTo("Forgotten person");
    assertThat(forgotten.foldedName()).isEqualTo("forgotten person");
    assertThat(forgotten.forgotten()).isTrue();
    assertThat(person.forgotten()).isFalse();
    assertThat(forgotten.forget()).isEqualTo(forgotten);
  }

  @Test
  void aPersonIsForgottenOnlyWhenEveryPartOfTheProfileIsThePlaceholder() {
    assertThat(
            person(List.of())
                .update(PersonProfile.of(Person.FORGOTTEN_NAME, CountryCode.IL))
                .forgotten())
        .isTrue();
    assertThat(
            person(List.of())
                .update(
                    new PersonProfile(
                        Person.FORGOTTEN_NAME, CountryCode.VN, Set.of("x"), null, false))
                .forgotten())
        .isFalse();
    assertThat(
            person(List.of())
                .update(
                    new PersonProfile(Person.FORGOTTEN_NAME, CountryCode.VN, Set.of(), "c", false))
                .forgotten())
        .isFalse();
    assertThat(
            person(List.of())
                .update(
                    new PersonProfile(Person.FORGOTTEN_NAME, CountryCode.VN, Set.of(), null, true))
                .forgotten())
        .isFalse();
  }

  @Test
  void theFoldedNameIsTheSortKeyAndSearchText() {
    assertThat(person(List.of()).foldedName()).isEqualTo("giam doc so kh&cn tp.hcm");
  }

  @Test
  void isAffiliatedWithAnyAffiliationHeldThatDayNotOnlyTheLatestStarting() {
    Person person = person(List.of(ADVISOR_ALWAYS, DEPUTY, DIRECTOR_SINCE_JULY));

    assertThat(person.isAffiliatedWith(EMBASSY, LocalDate.of(2018, 8, 15))).isTrue();
    assertThat(person.affiliationOn(LocalDate.of(2018, 8, 15))).contains(DIRECTOR_SINCE_JULY);
    assertThat(person.isAffiliatedWith(DOST, LocalDate.of(2018, 6, 30))).isTrue();
    assertThat(person.isAffiliatedWith(DOST, LocalDate.of(2014, 12, 31))).isFalse();
    assertThat(person.isAffiliatedWith(DEPUTY_AMBASSADOR_ORGANISATION, LocalDate.of(2018, 8, 15)))
        .isFalse();
    assertThat(person(List.of(DEPUTY)).isAffiliatedWith(DOST, LocalDate.of(2018, 7, 1))).isFalse();
    assertThat(person(List.of()).isAffiliatedWith(DOST, LocalDate.of(2018, 7, 1))).isFalse();
  }

  private static final io.github.coplan.domain.organisation.OrganisationId
      DEPUTY_AMBASSADOR_ORGANISATION = io.github.coplan.testing.Fixtures.IIA;
}

package io.github.coplan.domain.query;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.EMBASSY;
import static io.github.coplan.testing.Fixtures.IIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.query.ActivitySort.Direction;
import io.github.coplan.domain.shared.CountryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonQueryTest {

  private static final LocalDate DAY = LocalDate.of(2018, 8, 15);

  /** Director at DOST since 2016, and an adviser to IIA for 2018 only. */
  private static final Person DUNG =
      Person.register(
          new PersonId(new UUID(1, 1)),
          PersonProfile.of("Nguyễn Việt Dũng", CountryCode.VN),
          List.of(
              new Affiliation(DOST, "Giám đốc", LocalDate.of(2016, 1, 1), null),
              new Affiliation(
                  IIA, "Cố vấn", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))));

  /** At the embassy until the end of 2017, then at IIA. */
  private static final Person DEPUTY =
      Person.register(
          new PersonId(new UUID(2, 2)),
          PersonProfile.of("Deputy Ambassador", CountryCode.IL),
          List.of(
              new Affiliation(EMBASSY, "Deputy Ambassador", null, LocalDate.of(2017, 12, 31)),
              new Affiliation(IIA, "Director", LocalDate.of(2018, 1, 1), null)));

  /** No affiliation. */
  private static final Person EXPERT =
      Person.register(
          new PersonId(new UUID(3, 3)),
          PersonProfile.of("Chuyên gia Israel", CountryCode.IL),
          List.of());

  private static final List<Person> ALL = List.of(DUNG, DEPUTY, EXPERT);

  private static List<Person> matching(PersonQuery.Builder builder) {
    PersonQuery query = builder.build().affiliatedOnOr(DAY);
    return ALL.stream().filter(x -> PersonQuery.ForAdapters.matches(query, x)).toList();
  }

  @Test
  void filtersByFoldedNameAndCountry() {
    assertThat(matching(PersonQuery.builder())).containsExactly(DUNG, DEPUTY, EXPERT);
    assertThat(matching(PersonQuery.builder().text("nguyen viet"))).containsExactly(DUNG);
    assertThat(matching(PersonQuery.builder().text("NGUYỄN"))).containsExactly(DUNG);
    assertThat(matching(PersonQuery.builder().text("israel"))).containsExactly(EXPERT);
    assertThat(matching(PersonQuery.builder().countries(CountryCode.IL)))
        .containsExactly(DEPUTY, EXPERT);
    assertThat(matching(PersonQuery.builder().countries(CountryCode.IL).text("deputy")))
        .containsExactly(DEPUTY);
    assertThat(matching(PersonQuery.builder().countries(CountryCode.of("US")))).isEmpty();
  }

  @Test
  void filtersByAnAffiliationHeldOnTheDayNotOnlyTheLatestStarting() {
    assertThat(matching(PersonQuery.builder().affiliatedWith(IIA))).containsExactly(DUNG, DEPUTY);
    assertThat(matching(PersonQuery.builder().affiliatedWith(DOST))).containsExactly(DUNG);
    assertThat(matching(PersonQuery.builder().affiliatedWith(EMBASSY))).isEmpty();
    assertThat(matching(PersonQuery.builder().affiliatedWith(EMBASSY, LocalDate.of(2017, 12, 31))))
        .containsExactly(DEPUTY);
    assertThat(matching(PersonQuery.builder().affiliatedWith(IIA, LocalDate.of(2019, 1, 1))))
        .containsExactly(DEPUTY);
    assertThat(matching(PersonQuery.builder().affiliatedWith(IIA, LocalDate.of(2018, 12, 31))))
        .containsExactly(DUNG, DEPUTY);
    assertThat(matching(PersonQuery.builder().affiliatedWith(DOST, LocalDate.of(2015, 12, 31))))
        .isEmpty();
  }

  @Test
  void theDayOfTheAffiliationIsTodayUnlessTheQueryNamesOne() {
    PersonQuery today = PersonQuery.builder().affiliatedWith(IIA).build();
    assertThat(today.affiliatedOn()).isNull();
    assertThat(today.affiliatedOnOr(DAY).affiliatedOn()).isEqualTo(DAY);
    assertThat(today.affiliatedOnOr(DAY).affiliation()).isEqualTo(IIA);

    PersonQuery named =
        PersonQuery.builder()
            .affiliatedWith(IIA, LocalDate.of(2017, 1, 1))
            .pageSize(3)
            .withTotal()
            .build();
    assertThat(named.affiliatedOnOr(DAY)).isSameAs(named);
    PersonQuery none = PersonQuery.builder().text("x").build();
    assertThat(none.affiliatedOnOr(DAY)).isSameAs(none);
    // The day is checked even when the query has no use for it.
    violation(
        () -> none.affiliatedOnOr(LocalDate.of(10_000, 1, 1)),
        "affiliatedOn",
        Violation.OUT_OF_RANGE);
    violation(
        () -> named.affiliatedOnOr(LocalDate.of(0, 12, 31)),
        "affiliatedOn",
        Violation.OUT_OF_RANGE);

    PersonQuery resolved =
        PersonQuery.builder()
            .text("a")
            .countries(CountryCode.VN)
            .affiliatedWith(DOST)
            .sort(PersonSort.parse("name,desc"))
            .pageSize(7)
            .withTotal()
            .build()
            .affiliatedOnOr(DAY);
    assertThat(resolved)
        .isEqualTo(
            new PersonQuery(
                "a",
                Set.of(CountryCode.VN),
                DOST,
                DAY,
                PersonSort.parse("name,desc"),
                7,
                null,
                true));
  }

  @Test
  void aStoreNeedsTheDayOfTheAffiliation() {
    PersonQuery unresolved = PersonQuery.builder().affiliatedWith(DOST).build();

    violation(unresolved::requireDay, "affiliatedOn", Violation.REQUIRED);
    violation(
        () -> PersonQuery.ForAdapters.matches(unresolved, DUNG),
        "affiliatedOn",
        Violation.REQUIRED);
    PersonQuery.builder().build().requireDay();
    unresolved.affiliatedOnOr(DAY).requireDay();
    violation(() -> unresolved.affiliatedOnOr(null), "affiliatedOn", Violation.REQUIRED);
    violation(
        () -> unresolved.affiliatedOnOr(LocalDate.of(10_000, 1, 1)),
        "affiliatedOn",
        Violation.OUT_OF_RANGE);
  }

  @Test
  void everyBadCriterionIsListed() {
    violations(
        () -> PersonQuery.builder().after("x").text(" ").pageSize(0).build(),
        tuple("cursor", Violation.MALFORMED),
        tuple("pageSize", Violation.OUT_OF_RANGE),
        tuple("text", Violation.BLANK));
    violations(
        () -> new PersonQuery(null, null, null, LocalDate.of(0, 1, 1), null, 1, null, false),
        tuple("countries", Violation.REQUIRED),
        tuple("affiliation", Violation.REQUIRED),
        tuple("affiliatedOn", Violation.OUT_OF_RANGE),
        tuple("sort", Violation.REQUIRED));
    violation(
        () -> PersonQuery.builder().affiliatedWith(DOST, LocalDate.of(10_000, 1, 1)).build(),
        "affiliatedOn",
        Violation.OUT_OF_RANGE);
    violation(() -> PersonQuery.builder().affiliatedWith(null), "affiliation", Violation.REQUIRED);
    violation(
        () -> PersonQuery.builder().affiliatedWith(null, DAY), "affiliation", Violation.REQUIRED);
    violation(
        () -> PersonQuery.builder().affiliatedWith(DOST, null), "affiliatedOn", Violation.REQUIRED);
    violation(
        () -> PersonQuery.builder().countries((CountryCode) null), "countries", Violation.REQUIRED);
    violation(
        () -> PersonQuery.builder().countries((CountryCode[]) null),
        "countries",
        Violation.REQUIRED);
    violation(
        () ->
            new PersonQuery(
                null,
                Set.of(),
                null,
                null,
                PersonSort.DEFAULT,
                1,
                new LookupCursor("plan:code,asc", "k", new UUID(1, 1)),
                false),
        "cursor",
        Violation.MALFORMED);
    assertThat(
            PersonQuery.builder()
                .affiliatedWith(DOST, LocalDate.of(9999, 12, 31))
                .build()
                .affiliatedOn())
        .isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(
            PersonQuery.builder()
                .affiliatedWith(DOST, LocalDate.of(1, 1, 1))
                .build()
                .affiliatedOn())
        .isEqualTo(LocalDate.of(1, 1, 1));
  }

  @Test
  void anAffiliationWithADayReplacesOneWithoutAndTheOtherWayRound() {
    assertThat(
            PersonQuery.builder()
                .affiliatedWith(DOST, DAY)
                .affiliatedWith(IIA)
                .build()
                .affiliatedOn())
        .isNull();
    assertThat(
            PersonQuery.builder()
                .affiliatedWith(DOST)
                .affiliatedWith(IIA, DAY)
                .build()
                .affiliation())
        .isEqualTo(IIA);
  }

  @Test
  void theDefaultsAndTheSetCopy() {
    PersonQuery query = PersonQuery.builder().build();
    assertThat(query.sort()).isEqualTo(PersonSort.by(PersonSort.Field.NAME, Direction.ASC));
    assertThat(query.pageSize()).isEqualTo(50);
    assertThat(query.countTotal()).isFalse();
    Set<CountryCode> countries = new LinkedHashSet<>(List.of(CountryCode.VN, CountryCode.IL));
    PersonQuery copied =
        new PersonQuery(null, countries, null, null, PersonSort.DEFAULT, 1, null, false);
    countries.clear();
    assertThat(copied.countries()).containsExactly(CountryCode.IL, CountryCode.VN).isUnmodifiable();
  }

  @Test
  void pagesWalkEveryMatchingPersonOnceInOrder() {
    List<Person> rows = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      rows.add(
          Person.register(
              new PersonId(new UUID(9 - i, i)),
              PersonProfile.of(i % 3 == 0 ? "Đào" : i % 3 == 1 ? "dao" : "An", CountryCode.VN),
              List.of()));
    }
    for (PersonSort sort : List.of(PersonSort.DEFAULT, PersonSort.parse("name,desc"))) {
      List<Person> seen = new ArrayList<>();
      String cursor = null;
      do {
        PersonQuery query = PersonQuery.builder().sort(sort).pageSize(2).after(cursor).build();
        Page<Person> page =
            PersonQuery.ForAdapters.toPage(
                query,
                rows.stream()
                    .filter(x -> PersonQuery.ForAdapters.isAfterCursor(query, x))
                    .sorted(sort.comparator())
                    .limit(3)
                    .toList(),
                null);
        seen.addAll(page.items());
        cursor = page.nextCursor();
      } while (cursor != null);
      assertThat(seen).containsExactlyElementsOf(rows.stream().sorted(sort.comparator()).toList());
    }
  }
}

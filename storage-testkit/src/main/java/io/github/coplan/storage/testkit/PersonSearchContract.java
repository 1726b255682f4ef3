package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddAffiliation;
import io.github.coplan.application.UpdatePerson;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.LookupCursor;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.query.PersonSort;
import io.github.coplan.domain.shared.CountryCode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.coplan.port.storage.PersonRepository#search}: every filter, the
 * name sort in both directions with the id as tie-breaker, keyset pages with their cursors, totals,
 * and bad input, exactly as {@link PersonQuery.ForAdapters#matches}, {@link
 * PersonSort#comparator()} and {@link PersonQuery.ForAdapters#toPage} define them.
 *
 * <p>Each test starts with five people, in the order of their folded names:
 *
 * <ul>
 *   <li>{@code avi}: Avi Levi, Israel, no affiliation;
 *   <li>{@code lan}: Đỗ Thị Lan, Viet Nam, deputy director at DOST from 2015 to 30 June 2018, and
 *       at DOST again from 2020;
 *   <li>{@code an}: Nguyễn Văn An, Viet Nam, at the embassy since a day not known;
 *   <li>{@code dung}: Nguyễn Việt Dũng, Viet Nam, director at DOST since 2016, adviser to IIA in
 *       2018;
 *   <li>{@code yossi}: Yossi Cohen, Israel, at the embassy until February 2017, at IIA since March
 *       2017.
 * </ul>
 *
 * <p>The clock's day is {@link StorageContract#NOW} (15 August 2018): the use cases check an
 * affiliation filter without a day on it.
 */
public abstract class PersonSearchContract extends StorageContract {

  /** The day of the clock. */
  protected static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

  private final Map<PersonId, String> names = new HashMap<>();
  private final List<PersonId> stored = new ArrayList<>();
  private Organisation dost;
  private Organisation iia;
  private Organisation embassy;

  /** For subclasses. */
  protected PersonSearchContract() {}

  /** Stores the organisations and the five people. */
  @BeforeEach
  protected void storePeople() {
    dost = insert(newOrganisation(dostHcmcProfile()));
    iia = insert(newOrganisation(israelInnovationAuthorityProfile()));
    embassy = insert(newOrganisation(embassyOfIsraelProfile()));
    add(
        "dung",
        new PersonProfile("Nguyễn Việt Dũng", CountryCode.VN, Set.of("chính sách"), null, true),
        new Affiliation(dost.id(), "Giám đốc", day("2016-01-01"), null),
        new Affiliation(iia.id(), "Cố vấn", day("2018-01-01"), day("2018-12-31")));
    add(
        "lan",
        PersonProfile.of("Đỗ Thị Lan", CountryCode.VN),
        new Affiliation(dost.id(), "Phó Giám đốc", day("2015-01-01"), day("2018-06-30")),
        new Affiliation(dost.id(), "Cố vấn", day("2020-01-01"), null));
    add(
        "yossi",
        PersonProfile.of("Yossi Cohen", CountryCode.IL),
        new Affiliation(embassy.id(), "Attaché", null, day("2017-02-28")),
        new Affiliation(iia.id(), "Director", day("2017-03-01"), null));
    add("avi", PersonProfile.of("Avi Levi", CountryCode.IL));
    add(
        "an",
        PersonProfile.of("Nguyễn Văn An", CountryCode.VN),
        new Affiliation(embassy.id(), "Nhân viên", null, null));
  }

  // ---- filters ---------------------------------------------------------------------------------

  /** Without filters everyone is found, by folded name. */
  @Test
  protected void noFilterFindsEveryoneByName() {
    assertSearch(q -> q, "avi", "lan", "an", "dung", "yossi");
  }

  /** Text without diacritics finds the folded name. */
  @Test
  protected void textFindsTheFoldedName() {
    assertSearch(q -> q.text("nguyen"), "an", "dung");
    assertSearch(q -> q.text("NGUYỄN VIỆT"), "dung");
    assertSearch(q -> q.text("do thi"), "lan");
    assertSearch(q -> q.text(Normalizer.normalize("Đỗ Thị", Normalizer.Form.NFD)), "lan");
    assertSearch(q -> q.text("cohen"), "yossi");
    assertSearch(q -> q.text("an"), "lan", "an");
    assertSearch(q -> q.text("giam doc"));
    assertSearch(q -> q.text("_"));
  }

  /** The country filter keeps any of the given countries. */
  @Test
  protected void countryFilterKeepsAnyOfTheGivenCountries() {
    assertSearch(q -> q.countries(CountryCode.IL), "avi", "yossi");
    assertSearch(q -> q.countries(CountryCode.VN), "lan", "an", "dung");
    assertSearch(q -> q.countries(CountryCode.of("US")));
  }

  /**
   * The affiliation filter keeps the people one of whose affiliations with the organisation held on
   * the day.
   */
  @Test
  protected void affiliationFilterKeepsThoseAffiliatedOnTheDay() {
    assertSearch(q -> q.affiliatedWith(dost.id(), TODAY), "dung");
    assertSearch(q -> q.affiliatedWith(dost.id(), day("2018-06-30")), "lan", "dung");
    assertSearch(q -> q.affiliatedWith(dost.id(), day("2019-06-01")), "dung");
    assertSearch(q -> q.affiliatedWith(dost.id(), day("2020-01-01")), "lan", "dung");
    assertSearch(q -> q.affiliatedWith(dost.id(), day("2015-12-31")), "lan");
    assertSearch(q -> q.affiliatedWith(dost.id(), day("2014-12-31")));
    assertSearch(q -> q.affiliatedWith(iia.id(), TODAY), "dung", "yossi");
    assertSearch(q -> q.affiliatedWith(iia.id(), day("2019-01-01")), "yossi");
    assertSearch(q -> q.affiliatedWith(embassy.id(), TODAY), "an");
    assertSearch(q -> q.affiliatedWith(embassy.id(), day("2017-02-28")), "an", "yossi");
    assertSearch(q -> q.affiliatedWith(embassy.id(), day("0001-01-01")), "an", "yossi");
    assertSearch(q -> q.affiliatedWith(embassy.id(), day("9999-12-31")), "an");
    assertSearch(q -> q.affiliatedWith(new OrganisationId(nextId()), TODAY));
  }

  /**
   * Without a day, the use cases check the affiliation on the clock's day; a store is always given
   * one.
   */
  @Test
  protected void theUseCasesCheckAnAffiliationWithoutADayOnToday() {
    Page<Person> today =
        coplan()
            .people()
            .search(PersonQuery.builder().affiliatedWith(iia.id()).withTotal().build());

    assertThat(names(today.items())).containsExactly("dung", "yossi");
    assertThat(today.total()).isEqualTo(2L);
    assertThat(today)
        .isEqualTo(
            read(
                r ->
                    r.people()
                        .search(
                            PersonQuery.builder()
                                .affiliatedWith(iia.id(), TODAY)
                                .withTotal()
                                .build())));
    assertInvalid(
        () -> read(r -> r.people().search(PersonQuery.builder().affiliatedWith(iia.id()).build())),
        "affiliatedOn:required");
  }

  /** Every filter holds at once. */
  @Test
  protected void filtersCombine() {
    assertSearch(
        q ->
            q.countries(CountryCode.VN).affiliatedWith(dost.id(), day("2018-06-30")).text("nguyen"),
        "dung");
    assertSearch(
        q -> q.countries(CountryCode.IL).affiliatedWith(embassy.id(), day("2017-01-01")), "yossi");
    assertSearch(q -> q.countries(CountryCode.IL).text("nguyen"));
  }

  /**
   * A changed person is found by their new name and new affiliations, and sorts where the new name
   * sorts.
   */
  @Test
  protected void aChangedPersonIsFoundByWhatDescribesThemNow() {
    PersonId avi = byName("avi");
    coplan().people().update(new UpdatePerson(avi, PersonProfile.of("Zvi Levi", CountryCode.IL)));
    coplan()
        .people()
        .addAffiliation(
            new AddAffiliation(
                avi, new Affiliation(dost.id(), "Chuyên gia", day("2018-08-01"), null)));

    assertSearch(q -> q.text("avi"));
    assertSearch(q -> q.text("zvi"), "avi");
    assertSearch(q -> q.affiliatedWith(dost.id(), TODAY), "dung", "avi");
    assertSearch(q -> q, "lan", "an", "dung", "yossi", "avi");
  }

  /** A look-up through the public API gives the same page as the repository. */
  @Test
  protected void searchThroughThePublicApiGivesTheSamePage() {
    PersonQuery query =
        PersonQuery.builder().countries(CountryCode.VN).pageSize(2).withTotal().build();

    Page<Person> viaApi = coplan().people().search(query);

    assertThat(viaApi).isEqualTo(read(r -> r.people().search(query)));
    assertThat(names(viaApi.items())).containsExactly("lan", "an");
    assertThat(viaApi.total()).isEqualTo(3L);
  }

  // ---- sorting, pages and totals ---------------------------------------------------------------

  /** The folded name, both directions, walked in pages of every size, equal names ordered by id. */
  @Test
  protected void sortsByFoldedNameBothWaysWithIdsBreakingTies() {
    List<String> ids =
        List.of(
            "ffffffff-ffff-7fff-bfff-fffffffffffe",
            "00000000-0000-7000-8fff-000000000001",
            "80000000-0000-7000-8000-000000000000");
    for (int i = 0; i < ids.size(); i++) {
      Person p =
          insert(
              Person.register(
                  PersonId.of(ids.get(i)),
                  PersonProfile.of(i == 1 ? "NGUYỄN VĂN AN" : "Nguyen Van An", CountryCode.VN),
                  List.of()));
      names.put(p.id(), ids.get(i));
      stored.add(p.id());
    }
    List<String> expected = new ArrayList<>(List.of("avi", "lan"));
    List<String> tied = new ArrayList<>(ids);
    tied.add(byName("an").value().toString());
    expected.addAll(tied.stream().sorted().map(id -> names.get(PersonId.of(id))).toList());
    expected.addAll(List.of("dung", "yossi"));
    for (int pageSize : List.of(1, 2, 3, 8, 9, ActivityQuery.MAX_PAGE_SIZE)) {
      assertThat(names(searchAll(q -> q, pageSize)))
          .as("pages of %d", pageSize)
          .containsExactlyElementsOf(expected);
      assertThat(names(searchAll(q -> q.sort(PersonSort.parse("name,desc")), pageSize)))
          .as("descending, pages of %d", pageSize)
          .containsExactlyElementsOf(reversed(expected));
    }
  }

  /** Every page carries the total when asked; the total ignores the cursor. */
  @Test
  protected void everyPageCarriesTheTotalWhenAsked() {
    List<Page<Person>> pages = pages(q -> q.countries(CountryCode.VN).withTotal(), 2);

    assertThat(pages).extracting(p -> p.items().size()).containsExactly(2, 1);
    assertThat(pages).extracting(Page::total).containsExactly(3L, 3L);
    assertThat(pages(q -> q, 5)).extracting(Page::total).containsExactly((Long) null);
    assertThat(page(PersonQuery.builder().text("không có").withTotal().build()))
        .isEqualTo(new Page<>(List.of(), null, 0L));
  }

  /**
   * A cursor at a position between stored rows starts at the next row; its key is only ever a
   * value.
   */
  @Test
  protected void cursorBetweenRowsStartsAtTheNextRow() {
    String afterN = new LookupCursor("person:name,asc", "n", new UUID(0, 0)).encode();
    String quote =
        new LookupCursor("person:name,desc", "nguyen'; drop table person; --", new UUID(-1, -1))
            .encode();

    assertThat(names(searchAll(q -> q.after(afterN), 2))).containsExactly("an", "dung", "yossi");
    assertThat(names(searchAll(q -> q.sort(PersonSort.parse("name,desc")).after(quote), 2)))
        .containsExactly("dung", "an", "lan", "avi");
  }

  /** Bad input is refused with every violation. */
  @Test
  @SuppressWarnings("NullAway") // hands null to the API on purpose
  protected void badInputIsRefused() {
    String good = page(PersonQuery.builder().pageSize(2).build()).nextCursor();
    assertThat(good).isNotNull();
    for (String cursor :
        List.of(
            "not-a-cursor!",
            "",
            good.substring(0, good.length() - 3),
            good + "AA",
            "x".repeat(5000),
            new LookupCursor("organisation:name,asc", "x", new UUID(0, 0)).encode())) {
      assertInvalid(
          () -> coplan().people().search(PersonQuery.builder().after(cursor).build()),
          "cursor:malformed");
    }
    assertInvalid(
        () ->
            coplan()
                .people()
                .search(
                    PersonQuery.builder().sort(PersonSort.parse("name,desc")).after(good).build()),
        "cursor:malformed");
    assertInvalid(
        () ->
            coplan()
                .people()
                .search(PersonQuery.builder().pageSize(501).text("x".repeat(501)).build()),
        "pageSize:out-of-range",
        "text:too-long");
    assertInvalid(
        () -> coplan().people().search(PersonQuery.builder().pageSize(0).build()),
        "pageSize:out-of-range");
    assertInvalid(
        () ->
            coplan()
                .people()
                .search(
                    PersonQuery.builder()
                        .affiliatedWith(dost.id(), LocalDate.of(10_000, 1, 1))
                        .build()),
        "affiliatedOn:out-of-range");
    assertInvalid(() -> coplan().people().search(null), "query:required");
    assertInvalid(() -> read(r -> r.people().search(null)), "query:required");
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /**
   * Stores a person under a name used in expectations.
   *
   * @param name the name
   * @param profile what describes the person
   * @param affiliations the affiliations
   */
  protected final void add(String name, PersonProfile profile, Affiliation... affiliations) {
    Person p = insert(newPerson(profile, affiliations));
    names.put(p.id(), name);
    stored.add(p.id());
  }

  /**
   * The id of a named person.
   *
   * @param name the name
   * @return the id
   */
  protected final PersonId byName(String name) {
    return names.entrySet().stream()
        .filter(e -> e.getValue().equals(name))
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  /**
   * The names of people, in order.
   *
   * @param people the people
   * @return their names
   */
  protected final List<String> names(List<Person> people) {
    return people.stream().map(p -> names.getOrDefault(p.id(), p.id().toString())).toList();
  }

  /**
   * One page of a look-up, read in its own unit.
   *
   * @param query the query, whose affiliation filter, if any, has its day
   * @return the page
   */
  protected final Page<Person> page(PersonQuery query) {
    return read(r -> r.people().search(query));
  }

  /**
   * Every page of a look-up, following the cursors; every page but the last must be full.
   *
   * @param query the criteria
   * @param pageSize the page size
   * @return the pages, in order
   */
  protected final List<Page<Person>> pages(UnaryOperator<PersonQuery.Builder> query, int pageSize) {
    PersonQuery first = query.apply(PersonQuery.builder()).pageSize(pageSize).build();
    return Paging.pages(
        first.after() == null ? null : first.after().encode(),
        pageSize,
        cursor ->
            page(query.apply(PersonQuery.builder()).pageSize(pageSize).after(cursor).build()));
  }

  /**
   * Every row of a look-up, walking its pages.
   *
   * @param query the criteria
   * @param pageSize the page size
   * @return the rows, in order
   */
  protected final List<Person> searchAll(UnaryOperator<PersonQuery.Builder> query, int pageSize) {
    return Paging.rows(pages(query, pageSize));
  }

  /**
   * The rows a query must give, by the core's reference semantics over every stored person.
   *
   * @param query the query, whose affiliation filter, if any, has its day
   * @return the rows, in order
   */
  protected final List<Person> reference(PersonQuery query) {
    return stored.stream()
        .map(this::stored)
        .filter(x -> PersonQuery.ForAdapters.matches(query, x))
        .sorted(query.sort().comparator())
        .toList();
  }

  private void assertSearch(UnaryOperator<PersonQuery.Builder> query, String... expected) {
    PersonQuery built = query.apply(PersonQuery.builder()).build();
    assertThat(names(reference(built)))
        .as("the reference semantics of %s", built)
        .containsExactly(expected);
    for (int pageSize : List.of(2, ActivityQuery.MAX_PAGE_SIZE)) {
      assertThat(names(searchAll(query, pageSize)))
          .as("look-up %s in pages of %d", built, pageSize)
          .containsExactly(expected);
      assertThat(pages(q -> query.apply(q).withTotal(), pageSize))
          .extracting(Page::total)
          .as("the totals of %s", built)
          .containsOnly((long) expected.length);
    }
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }
}

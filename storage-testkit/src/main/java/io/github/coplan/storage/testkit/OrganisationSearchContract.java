package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.UpdateOrganisation;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort.Direction;
import io.github.coplan.domain.query.LookupCursor;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.OrganisationSort;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.coplan.port.storage.OrganisationRepository#search}: every
 * filter, the name sort in both directions with the id as tie-breaker, keyset pages with their
 * cursors, totals, and bad input, exactly as {@link OrganisationQuery.ForAdapters#matches}, {@link
 * OrganisationSort#comparator()} and {@link OrganisationQuery.ForAdapters#toPage} define them.
 *
 * <p>Each test starts with six organisations: {@code dost} (DOST HCMC, Viet Nam, local government,
 * with an acronym and two alternative names), {@code technion} (Israel, academic), {@code sihub}
 * (Viet Nam, other public sector, under DOST), {@code hcmut} (Viet Nam, academic, alternative name
 * "HCMUT"), {@code iia} (Israel, government, named in Hebrew first) and {@code embassy} (Viet Nam,
 * government, named in Hebrew first): the order of their folded original names.
 */
public abstract class OrganisationSearchContract extends StorageContract {

  private final Map<OrganisationId, String> names = new HashMap<>();
  private final List<OrganisationId> stored = new ArrayList<>();

  /** For subclasses. */
  protected OrganisationSearchContract() {}

  /** Stores the six organisations. */
  @BeforeEach
  protected void storeOrganisations() {
    OrganisationId dost = add("dost", dostHcmcProfile());
    add("iia", israelInnovationAuthorityProfile());
    add("embassy", embassyOfIsraelProfile());
    add(
        "sihub",
        OrganisationProfile.builder()
            .name(LocalizedText.of("vi", "Trung tâm Hỗ trợ khởi nghiệp sáng tạo"))
            .type(OrganisationType.OTHER_PUBLIC_SECTOR)
            .country(CountryCode.VN)
            .parent(dost)
            .build());
    add(
        "hcmut",
        OrganisationProfile.builder()
            .name(
                viEn(
                    "Trường Đại học Bách khoa TP.HCM", "Ho Chi Minh City University of Technology"))
            .alternativeName("HCMUT")
            .type(OrganisationType.ACADEMIC)
            .country(CountryCode.VN)
            .build());
    add(
        "technion",
        OrganisationProfile.builder()
            .name(en("Technion – Israel Institute of Technology"))
            .type(OrganisationType.ACADEMIC)
            .country(CountryCode.IL)
            .build());
  }

  // ---- filters ---------------------------------------------------------------------------------

  /** Without filters every organisation is found, by folded original name. */
  @Test
  protected void noFilterFindsEveryOrganisationByName() {
    assertSearch(q -> q, "dost", "technion", "sihub", "hcmut", "iia", "embassy");
  }

  /** Text finds the folded name in any language, the acronym and the alternative names. */
  @Test
  protected void textFindsNamesAcronymsAndAlternativeNames() {
    assertSearch(q -> q.text("so khoa hoc"), "dost");
    assertSearch(q -> q.text("DOST"), "dost");
    assertSearch(q -> q.text("kh&cn"), "dost");
    assertSearch(q -> q.text("ho chi minh"), "dost", "hcmut");
    assertSearch(q -> q.text("tp.hcm"), "dost", "hcmut");
    assertSearch(q -> q.text("iia"), "iia");
    assertSearch(q -> q.text("hcmut"), "hcmut");
    assertSearch(q -> q.text("israel"), "technion", "iia", "embassy");
    assertSearch(q -> q.text("רשות"), "iia");
    assertSearch(q -> q.text("đại sứ quán"), "embassy");
    assertSearch(q -> q.text(Normalizer.normalize("Khởi nghiệp", Normalizer.Form.NFD)), "sihub");
    assertSearch(q -> q.text("%"));
    assertSearch(q -> q.text("dost iia"));
  }

  /** The country and type filters keep any of the given values. */
  @Test
  protected void countryAndTypeFiltersKeepAnyOfTheGivenValues() {
    assertSearch(q -> q.countries(CountryCode.VN), "dost", "sihub", "hcmut", "embassy");
    assertSearch(q -> q.countries(CountryCode.IL), "technion", "iia");
    assertSearch(
        q -> q.countries(CountryCode.IL, CountryCode.VN),
        "dost",
        "technion",
        "sihub",
        "hcmut",
        "iia",
        "embassy");
    assertSearch(q -> q.countries(CountryCode.of("US")));
    assertSearch(q -> q.types(OrganisationType.GOVERNMENT), "iia", "embassy");
    assertSearch(
        q -> q.types(OrganisationType.ACADEMIC, OrganisationType.LOCAL_GOVERNMENT),
        "dost",
        "technion",
        "hcmut");
    assertSearch(q -> q.types(OrganisationType.FOUNDATION));
  }

  /** The parent filter keeps an organisation's direct children. */
  @Test
  protected void parentFilterKeepsTheDirectChildren() {
    add(
        "qtsc",
        OrganisationProfile.builder()
            .name(LocalizedText.of("vi", "Công viên phần mềm Quang Trung"))
            .type(OrganisationType.PRIVATE_SECTOR)
            .country(CountryCode.VN)
            .parent(byName("dost"))
            .build());
    add(
        "lab",
        OrganisationProfile.builder()
            .name(LocalizedText.of("vi", "Phòng thí nghiệm"))
            .type(OrganisationType.ACADEMIC)
            .country(CountryCode.VN)
            .parent(byName("sihub"))
            .build());

    assertSearch(q -> q.parent(byName("dost")), "qtsc", "sihub");
    assertSearch(q -> q.parent(byName("sihub")), "lab");
    assertSearch(q -> q.parent(byName("iia")));
    assertSearch(q -> q.parent(byName("dost")).types(OrganisationType.PRIVATE_SECTOR), "qtsc");
  }

  /** Every filter holds at once. */
  @Test
  protected void filtersCombine() {
    assertSearch(
        q ->
            q.countries(CountryCode.VN)
                .types(OrganisationType.GOVERNMENT, OrganisationType.ACADEMIC),
        "hcmut",
        "embassy");
    assertSearch(q -> q.countries(CountryCode.VN).text("israel"), "embassy");
    assertSearch(
        q -> q.countries(CountryCode.IL).types(OrganisationType.ACADEMIC).text("technology"),
        "technion");
    assertSearch(q -> q.countries(CountryCode.IL).text("ho chi minh"));
  }

  /**
   * An updated organisation is found by what describes it now, and sorts where its new name sorts.
   */
  @Test
  protected void anUpdatedOrganisationIsFoundByWhatDescribesItNow() {
    OrganisationId sihub = byName("sihub");
    coplan()
        .organisations()
        .update(
            new UpdateOrganisation(
                sihub,
                OrganisationProfile.builder()
                    .name(viEn("Anh Trung tâm SIHUB", "Saigon Innovation Hub"))
                    .acronym("SIHUB")
                    .type(OrganisationType.PUBLIC_PRIVATE_PARTNERSHIP)
                    .country(CountryCode.VN)
                    .build()));

    assertSearch(q -> q.text("khoi nghiep"));
    assertSearch(q -> q.text("saigon"), "sihub");
    assertSearch(q -> q.text("sihub"), "sihub");
    assertSearch(q -> q.parent(byName("dost")));
    assertSearch(q -> q.types(OrganisationType.PUBLIC_PRIVATE_PARTNERSHIP), "sihub");
    assertSearch(q -> q, "sihub", "dost", "technion", "hcmut", "iia", "embassy");
  }

  /** A look-up through the public API gives the same page as the repository. */
  @Test
  protected void searchThroughThePublicApiGivesTheSamePage() {
    OrganisationQuery query =
        OrganisationQuery.builder().countries(CountryCode.VN).pageSize(3).withTotal().build();

    Page<Organisation> viaApi = coplan().organisations().search(query);

    assertThat(viaApi).isEqualTo(read(r -> r.organisations().search(query)));
    assertThat(names(viaApi.items())).containsExactly("dost", "sihub", "hcmut");
    assertThat(viaApi.total()).isEqualTo(4L);
    assertThat(viaApi.nextCursor()).isNotNull();
  }

  // ---- sorting, pages and totals ---------------------------------------------------------------

  /** The folded name, both directions, walked in pages of every size. */
  @Test
  protected void sortsByFoldedNameBothWays() {
    List<String> expected = List.of("dost", "technion", "sihub", "hcmut", "iia", "embassy");
    for (int pageSize : List.of(1, 2, 5, 6, 7, ActivityQuery.MAX_PAGE_SIZE)) {
      assertThat(names(searchAll(q -> q, pageSize)))
          .as("pages of %d", pageSize)
          .containsExactlyElementsOf(expected);
      assertThat(
              names(
                  searchAll(
                      q -> q.sort(OrganisationSort.by(OrganisationSort.Field.NAME, Direction.DESC)),
                      pageSize)))
          .as("descending, pages of %d", pageSize)
          .containsExactlyElementsOf(reversed(expected));
    }
  }

  /** Equal folded names are ordered by id, as unsigned numbers, in the sort's direction. */
  @Test
  protected void equalNamesAreOrderedById() {
    List<String> ids =
        List.of(
            "ffffffff-ffff-7fff-bfff-fffffffffffe",
            "00000000-0000-7000-8fff-000000000001",
            "80000000-0000-7000-8000-000000000000",
            "7fffffff-ffff-7fff-bfff-ffffffffffff");
    for (int i = 0; i < ids.size(); i++) {
      Organisation o =
          Organisation.register(
              OrganisationId.of(ids.get(i)),
              organisationProfile(
                  i % 2 == 0 ? "Viện" : "VIỆN", OrganisationType.ACADEMIC, CountryCode.of("TH")));
      insert(o);
      names.put(o.id(), ids.get(i));
      stored.add(o.id());
    }
    List<String> ascending = ids.stream().sorted().toList();
    for (int pageSize : List.of(1, 3)) {
      assertThat(names(searchAll(q -> q.countries(CountryCode.of("TH")), pageSize)))
          .containsExactlyElementsOf(ascending);
      assertThat(
              names(
                  searchAll(
                      q ->
                          q.countries(CountryCode.of("TH"))
                              .sort(OrganisationSort.parse("name,desc")),
                      pageSize)))
          .containsExactlyElementsOf(reversed(ascending));
    }
  }

  /** Every page carries the total when asked, and none when not; an empty look-up counts zero. */
  @Test
  protected void everyPageCarriesTheTotalWhenAsked() {
    List<Page<Organisation>> pages = pages(q -> q.withTotal(), 4);

    assertThat(pages).extracting(p -> p.items().size()).containsExactly(4, 2);
    assertThat(pages).extracting(Page::total).containsExactly(6L, 6L);
    assertThat(pages(q -> q, 4)).extracting(Page::total).containsExactly(null, null);
    assertThat(page(OrganisationQuery.builder().text("không có").withTotal().build()))
        .isEqualTo(new Page<>(List.of(), null, 0L));
  }

  /**
   * A cursor at a position between stored rows starts at the next row; its key is only ever a
   * value.
   */
  @Test
  protected void cursorBetweenRowsStartsAtTheNextRow() {
    String afterT = new LookupCursor("organisation:name,asc", "t", new UUID(0, 0)).encode();
    String quote =
        new LookupCursor(
                "organisation:name,desc", "trung'; drop table organisation; --", new UUID(-1, -1))
            .encode();

    assertThat(names(searchAll(q -> q.after(afterT), 2)))
        .containsExactly("technion", "sihub", "hcmut", "iia", "embassy");
    assertThat(names(searchAll(q -> q.sort(OrganisationSort.parse("name,desc")).after(quote), 2)))
        .containsExactly("sihub", "technion", "dost");
  }

  /** Bad input is refused with every violation. */
  @Test
  @SuppressWarnings("NullAway") // hands null to the API on purpose
  protected void badInputIsRefused() {
    String good = page(OrganisationQuery.builder().pageSize(2).build()).nextCursor();
    assertThat(good).isNotNull();
    for (String cursor :
        List.of(
            "not-a-cursor!",
            "",
            good.substring(0, good.length() - 3),
            good + "AA",
            "x".repeat(5000),
            new LookupCursor("person:name,asc", "x", new UUID(0, 0)).encode())) {
      assertInvalid(
          () -> coplan().organisations().search(OrganisationQuery.builder().after(cursor).build()),
          "cursor:malformed");
    }
    assertInvalid(
        () ->
            coplan()
                .organisations()
                .search(
                    OrganisationQuery.builder()
                        .sort(OrganisationSort.parse("name,desc"))
                        .after(good)
                        .build()),
        "cursor:malformed");
    assertInvalid(
        () ->
            coplan()
                .organisations()
                .search(OrganisationQuery.builder().pageSize(0).text("x".repeat(501)).build()),
        "pageSize:out-of-range",
        "text:too-long");
    assertInvalid(
        () -> coplan().organisations().search(OrganisationQuery.builder().pageSize(501).build()),
        "pageSize:out-of-range");
    assertInvalid(
        () -> coplan().organisations().search(OrganisationQuery.builder().text("a\u202Eb").build()),
        "text:control-character");
    assertInvalid(() -> coplan().organisations().search(null), "query:required");
    assertInvalid(() -> read(r -> r.organisations().search(null)), "query:required");
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /**
   * Stores an organisation under a name used in expectations.
   *
   * @param name the name
   * @param profile what describes it
   * @return its id
   */
  protected final OrganisationId add(String name, OrganisationProfile profile) {
    Organisation o = insert(newOrganisation(profile));
    names.put(o.id(), name);
    stored.add(o.id());
    return o.id();
  }

  /**
   * The id of a named organisation.
   *
   * @param name the name
   * @return the id
   */
  protected final OrganisationId byName(String name) {
    return names.entrySet().stream()
        .filter(e -> e.getValue().equals(name))
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  /**
   * The names of organisations, in order.
   *
   * @param organisations the organisations
   * @return their names
   */
  protected final List<String> names(List<Organisation> organisations) {
    return organisations.stream().map(o -> names.getOrDefault(o.id(), o.id().toString())).toList();
  }

  /**
   * One page of a look-up, read in its own unit.
   *
   * @param query the query
   * @return the page
   */
  protected final Page<Organisation> page(OrganisationQuery query) {
    return read(r -> r.organisations().search(query));
  }

  /**
   * Every page of a look-up, following the cursors; every page but the last must be full.
   *
   * @param query the criteria
   * @param pageSize the page size
   * @return the pages, in order
   */
  protected final List<Page<Organisation>> pages(
      UnaryOperator<OrganisationQuery.Builder> query, int pageSize) {
    OrganisationQuery first = query.apply(OrganisationQuery.builder()).pageSize(pageSize).build();
    return Paging.pages(
        first.after() == null ? null : first.after().encode(),
        pageSize,
        cursor ->
            page(
                query.apply(OrganisationQuery.builder()).pageSize(pageSize).after(cursor).build()));
  }

  /**
   * Every row of a look-up, walking its pages.
   *
   * @param query the criteria
   * @param pageSize the page size
   * @return the rows, in order
   */
  protected final List<Organisation> searchAll(
      UnaryOperator<OrganisationQuery.Builder> query, int pageSize) {
    return Paging.rows(pages(query, pageSize));
  }

  /**
   * The rows a query must give, by the core's reference semantics over every stored organisation.
   *
   * @param query the query
   * @return the rows, in order
   */
  protected final List<Organisation> reference(OrganisationQuery query) {
    return stored.stream()
        .map(this::stored)
        .filter(x -> OrganisationQuery.ForAdapters.matches(query, x))
        .sorted(query.sort().comparator())
        .toList();
  }

  private void assertSearch(UnaryOperator<OrganisationQuery.Builder> query, String... expected) {
    OrganisationQuery built = query.apply(OrganisationQuery.builder()).build();
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
}

package io.github.coplan.domain.query;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.IIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.query.ActivitySort.Direction;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationQueryTest {

  private static final Organisation DOST_HCMC =
      Organisation.register(
          DOST,
          OrganisationProfile.builder()
              .name(
                  LocalizedText.of(
                      "vi",
                      Map.of(
                          "vi",
                          "Sở Khoa học và Công nghệ TP.HCM",
                          "en",
                          "Department of Science and Technology")))
              .acronym("DOST HCMC")
              .alternativeName("Sở KH&CN TP.HCM")
              .type(OrganisationType.LOCAL_GOVERNMENT)
              .country(CountryCode.VN)
              .build());
  private static final Organisation AUTHORITY =
      Organisation.register(
          IIA,
          OrganisationProfile.builder()
              .name(
                  LocalizedText.of(
                      "he", Map.of("he", "רשות החדשנות", "en", "Israel Innovation Authority")))
              .acronym("IIA")
              .type(OrganisationType.GOVERNMENT)
              .country(CountryCode.IL)
              .build());
  private static final Organisation SIHUB =
      Organisation.register(
          new OrganisationId(new UUID(7, 7)),
          OrganisationProfile.builder()
              .name(LocalizedText.of("vi", "Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo"))
              .type(OrganisationType.OTHER_PUBLIC_SECTOR)
              .country(CountryCode.VN)
              .parent(DOST)
              .build());
  private static final List<Organisation> ALL = List.of(DOST_HCMC, AUTHORITY, SIHUB);

  private static List<Organisation> matching(OrganisationQuery.Builder builder) {
    OrganisationQuery query = builder.build();
    return ALL.stream().filter(x -> OrganisationQuery.ForAdapters.matches(query, x)).toList();
  }

  @Test
  void noFilterMatchesEveryOrganisation() {
    assertThat(matching(OrganisationQuery.builder())).containsExactly(DOST_HCMC, AUTHORITY, SIHUB);
  }

  @Test
  void textFindsTheFoldedNameInAnyLanguageTheAcronymAndTheAlternativeNames() {
    assertThat(matching(OrganisationQuery.builder().text("so khoa hoc")))
        .containsExactly(DOST_HCMC);
    assertThat(matching(OrganisationQuery.builder().text("science and technology")))
        .containsExactly(DOST_HCMC);
    assertThat(matching(OrganisationQuery.builder().text("dost"))).containsExactly(DOST_HCMC);
    assertThat(matching(OrganisationQuery.builder().text("KH&CN"))).containsExactly(DOST_HCMC);
    assertThat(matching(OrganisationQuery.builder().text("iia"))).containsExactly(AUTHORITY);
    assertThat(matching(OrganisationQuery.builder().text("רשות"))).containsExactly(AUTHORITY);
    assertThat(matching(OrganisationQuery.builder().text("khoi nghiep"))).containsExactly(SIHUB);
    assertThat(matching(OrganisationQuery.builder().text("innovation"))).containsExactly(AUTHORITY);
    assertThat(matching(OrganisationQuery.builder().text("hcmc"))).containsExactly(DOST_HCMC);
    assertThat(matching(OrganisationQuery.builder().text("tp.hcm iia"))).isEmpty();
  }

  @Test
  void filtersByCountryTypeAndParent() {
    assertThat(matching(OrganisationQuery.builder().countries(CountryCode.VN)))
        .containsExactly(DOST_HCMC, SIHUB);
    assertThat(
            matching(OrganisationQuery.builder().countries(CountryCode.IL, CountryCode.of("US"))))
        .containsExactly(AUTHORITY);
    assertThat(
            matching(
                OrganisationQuery.builder()
                    .types(OrganisationType.GOVERNMENT, OrganisationType.LOCAL_GOVERNMENT)))
        .containsExactly(DOST_HCMC, AUTHORITY);
    assertThat(matching(OrganisationQuery.builder().types(OrganisationType.ACADEMIC))).isEmpty();
    assertThat(matching(OrganisationQuery.builder().parent(DOST))).containsExactly(SIHUB);
    assertThat(matching(OrganisationQuery.builder().parent(IIA))).isEmpty();
    assertThat(
            matching(
                OrganisationQuery.builder()
                    .countries(CountryCode.VN)
                    .types(OrganisationType.LOCAL_GOVERNMENT)
                    .text("dost")))
        .containsExactly(DOST_HCMC);
  }

  @Test
  void theDefaultsAreTheNameSortAndFiftyRowsWithoutTotal() {
    OrganisationQuery query = OrganisationQuery.builder().build();

    assertThat(query.sort())
        .isEqualTo(OrganisationSort.DEFAULT)
        .isEqualTo(OrganisationSort.by(OrganisationSort.Field.NAME, Direction.ASC));
    assertThat(query.pageSize()).isEqualTo(50);
    assertThat(query.countries()).isEmpty();
    assertThat(query.types()).isEmpty();
    assertThat(query.countTotal()).isFalse();
    assertThat(OrganisationQuery.builder().withTotal().build().countTotal()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 501})
  void aPageSizeOutside1To500IsRefused(int pageSize) {
    violation(
        () -> OrganisationQuery.builder().pageSize(pageSize).build(),
        "pageSize",
        Violation.OUT_OF_RANGE);
  }

  @Test
  void everyBadCriterionIsListed() {
    violations(
        () ->
            OrganisationQuery.builder()
                .after("garbage")
                .text("x".repeat(501))
                .pageSize(501)
                .build(),
        tuple("cursor", Violation.MALFORMED),
        tuple("pageSize", Violation.OUT_OF_RANGE),
        tuple("text", Violation.TOO_LONG));
    violations(
        () -> new OrganisationQuery(null, null, null, null, null, 1, null, false),
        tuple("countries", Violation.REQUIRED),
        tuple("types", Violation.REQUIRED),
        tuple("sort", Violation.REQUIRED));
    violation(
        () ->
            new OrganisationQuery(
                null,
                new HashSet<>(Arrays.asList((CountryCode) null)),
                Set.of(),
                null,
                OrganisationSort.DEFAULT,
                1,
                null,
                false),
        "countries[0]",
        Violation.REQUIRED);
    violation(
        () -> OrganisationQuery.builder().countries((CountryCode) null),
        "countries",
        Violation.REQUIRED);
    violation(
        () -> OrganisationQuery.builder().countries((CountryCode[]) null),
        "countries",
        Violation.REQUIRED);
    violation(
        () -> OrganisationQuery.builder().types((OrganisationType) null),
        "types",
        Violation.REQUIRED);
    violation(
        () -> OrganisationQuery.builder().types((OrganisationType[]) null),
        "types",
        Violation.REQUIRED);
    violation(
        () ->
            OrganisationQuery.builder()
                .sort(OrganisationSort.parse("name,desc"))
                .after(new LookupCursor("organisation:name,asc", "k", new UUID(1, 1)).encode())
                .build(),
        "cursor",
        Violation.MALFORMED);
    violation(
        () ->
            new OrganisationQuery(
                null,
                Set.of(),
                Set.of(),
                null,
                OrganisationSort.DEFAULT,
                1,
                new LookupCursor("person:name,asc", "k", new UUID(1, 1)),
                false),
        "cursor",
        Violation.MALFORMED);
  }

  @Test
  void theQueryKeepsSortedCopiesOfItsSets() {
    Set<CountryCode> countries = new LinkedHashSet<>(List.of(CountryCode.VN, CountryCode.IL));
    Set<OrganisationType> types = EnumSet.of(OrganisationType.OTHER);
    OrganisationQuery query =
        new OrganisationQuery(
            null, countries, types, null, OrganisationSort.DEFAULT, 1, null, false);
    countries.add(CountryCode.of("US"));
    types.add(OrganisationType.ACADEMIC);

    assertThat(query.countries()).containsExactly(CountryCode.IL, CountryCode.VN).isUnmodifiable();
    assertThat(query.types()).containsExactly(OrganisationType.OTHER).isUnmodifiable();
  }

  @Test
  void pagesWalkEveryMatchingOrganisationOnceInOrderAndCarryTheTotal() {
    Random random = new Random(2018);
    List<String> names =
        List.of("Đông Á", "dong a", "Viện", "VIỆN", "\uD83D\uDE80 Rocket", "Zeta", "apple");
    List<Organisation> rows = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      rows.add(
          Organisation.register(
              new OrganisationId(new UUID(random.nextLong(), random.nextLong())),
              OrganisationProfile.builder()
                  .name(LocalizedText.of("vi", names.get(random.nextInt(names.size()))))
                  .type(OrganisationType.ACADEMIC)
                  .country(CountryCode.VN)
                  .build()));
    }
    Collections.shuffle(rows, random);
    for (OrganisationSort sort :
        List.of(OrganisationSort.DEFAULT, OrganisationSort.parse("name,desc"))) {
      for (int pageSize : List.of(1, 4, 30, 31)) {
        List<Organisation> seen = new ArrayList<>();
        String cursor = null;
        do {
          OrganisationQuery query =
              OrganisationQuery.builder()
                  .sort(sort)
                  .pageSize(pageSize)
                  .after(cursor)
                  .withTotal()
                  .build();
          List<Organisation> candidates =
              rows.stream()
                  .filter(x -> OrganisationQuery.ForAdapters.isAfterCursor(query, x))
                  .sorted(sort.comparator())
                  .limit(pageSize + 1L)
                  .toList();
          Page<Organisation> page = OrganisationQuery.ForAdapters.toPage(query, candidates, 30L);
          assertThat(page.total()).isEqualTo(30L);
          seen.addAll(page.items());
          cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(seen)
            .as("%s in pages of %d", sort, pageSize)
            .containsExactlyElementsOf(rows.stream().sorted(sort.comparator()).toList());
      }
    }
    assertThat(
            OrganisationQuery.ForAdapters.isAfterCursor(
                OrganisationQuery.builder().build(), DOST_HCMC))
        .isTrue();
  }
}

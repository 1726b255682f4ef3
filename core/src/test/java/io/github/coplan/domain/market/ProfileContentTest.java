package io.github.coplan.domain.market;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static io.github.coplan.testing.MarketFixtures.MEMBRANE;
import static io.github.coplan.testing.MarketFixtures.UV;
import static io.github.coplan.testing.MarketFixtures.WATER;
import static io.github.coplan.testing.MarketFixtures.offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a profile says: every part validated, the collections copied, the search text folded. */
class ProfileContentTest {

  private static String letters(int n) {
    return "a".repeat(n);
  }

  private static ProfileContent full() {
    return ProfileContent.builder()
        .kind(ProfileKind.TECHNOLOGY_OFFER)
        .title(viEn("Công nghệ xử lý nước", "Water treatment"))
        .summary(vi("Màng lọc\nthế hệ mới"))
        .description(vi("Mô tả"))
        .advantages(vi("Ưu điểm"))
        .sought(vi("Đối tác"))
        .category(UV, MEMBRANE)
        .keyword("  Màng lọc  ", "Đổi mới")
        .stage(DevelopmentStage.LAB_TESTED)
        .ipr(IprStatus.GRANTED)
        .partnership(PartnershipType.SUPPLIER, PartnershipType.INVESTMENT)
        .partnerType(OrganisationType.PRIVATE_SECTOR, OrganisationType.ACADEMIC)
        .partnerSize(CompanySize.SMALL, CompanySize.MICRO)
        .targetCountry(CountryCode.VN, CountryCode.IL)
        .openForInterest(false)
        .build();
  }

  @Test
  void aFullContentKeepsEveryPartTheCategoriesAndKeywordsInOrder() {
    ProfileContent c = full();

    assertThat(c.kind()).isEqualTo(ProfileKind.TECHNOLOGY_OFFER);
    assertThat(c.title()).isEqualTo(viEn("Công nghệ xử lý nước", "Water treatment"));
    assertThat(c.summary()).isEqualTo(vi("Màng lọc\nthế hệ mới"));
    assertThat(c.description()).isEqualTo(vi("Mô tả"));
    assertThat(c.advantages()).isEqualTo(vi("Ưu điểm"));
    assertThat(c.sought()).isEqualTo(vi("Đối tác"));
    assertThat(c.categories()).containsExactly(UV, MEMBRANE);
    assertThat(c.keywords()).containsExactly("Màng lọc", "Đổi mới");
    assertThat(c.stage()).isEqualTo(DevelopmentStage.LAB_TESTED);
    assertThat(c.ipr()).isEqualTo(IprStatus.GRANTED);
    assertThat(c.partnerships())
        .containsExactlyInAnyOrder(PartnershipType.SUPPLIER, PartnershipType.INVESTMENT);
    assertThat(c.partnerTypes())
        .containsExactlyInAnyOrder(OrganisationType.PRIVATE_SECTOR, OrganisationType.ACADEMIC);
    assertThat(c.partnerSizes()).containsExactlyInAnyOrder(CompanySize.SMALL, CompanySize.MICRO);
    assertThat(c.targetCountries()).containsExactly(CountryCode.IL, CountryCode.VN);
    assertThat(c.openForInterest()).isFalse();
  }

  @Test
  void theLeastContentIsOpenForInterestWithNothingOptional() {
    ProfileContent c = offer().build();

    assertThat(c.openForInterest()).isTrue();
    assertThat(c.advantages()).isNull();
    assertThat(c.sought()).isNull();
    assertThat(c.stage()).isNull();
    assertThat(c.ipr()).isNull();
    assertThat(c.categories()).isEmpty();
    assertThat(c.keywords()).isEmpty();
    assertThat(c.partnerships())
        .containsExactly(PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE);
    assertThat(c.partnerTypes()).isEmpty();
    assertThat(c.partnerSizes()).isEmpty();
    assertThat(c.targetCountries()).isEmpty();
  }

  @Test
  void theCollectionsAreCopiesThatCannotBeChanged() {
    List<CategoryCode> categories = new ArrayList<>(List.of(MEMBRANE));
    List<String> keywords = new ArrayList<>(List.of("membrane"));
    Set<PartnershipType> partnerships = new HashSet<>(Set.of(PartnershipType.SUPPLIER));
    Set<OrganisationType> types = new HashSet<>(Set.of(OrganisationType.ACADEMIC));
    Set<CompanySize> sizes = new HashSet<>(Set.of(CompanySize.LARGE));
    SortedSet<CountryCode> countries = new TreeSet<>(Set.of(CountryCode.VN));
    ProfileContent c =
        new ProfileContent(
            ProfileKind.TECHNOLOGY_OFFER,
            vi("T"),
            vi("S"),
            vi("D"),
            null,
            null,
            categories,
            keywords,
            null,
            null,
            partnerships,
            types,
            sizes,
            countries,
            true);
    categories.add(UV);
    keywords.add("uv");
    partnerships.add(PartnershipType.INVESTMENT);
    types.add(OrganisationType.FOUNDATION);
    sizes.add(CompanySize.MICRO);
    countries.add(CountryCode.IL);

    assertThat(c.categories()).containsExactly(MEMBRANE);
    assertThat(c.keywords()).containsExactly("membrane");
    assertThat(c.partnerships()).containsExactly(PartnershipType.SUPPLIER);
    assertThat(c.partnerTypes()).containsExactly(OrganisationType.ACADEMIC);
    assertThat(c.partnerSizes()).containsExactly(CompanySize.LARGE);
    assertThat(c.targetCountries()).containsExactly(CountryCode.VN);
    assertThatThrownBy(() -> c.categories().add(UV))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.keywords().add("uv"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.partnerships().add(PartnershipType.INVESTMENT))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.partnerTypes().add(OrganisationType.FOUNDATION))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.partnerSizes().add(CompanySize.MICRO))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.targetCountries().add(CountryCode.IL))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anEmptyBuilderNamesEveryMissingPart() {
    violations(
        () -> ProfileContent.builder().build(),
        tuple("kind", Violation.REQUIRED),
        tuple("title", Violation.REQUIRED),
        tuple("summary", Violation.REQUIRED),
        tuple("description", Violation.REQUIRED),
        tuple("partnerships", Violation.OUT_OF_RANGE));
  }

  @Test
  void missingCollectionsAreEachRequired() {
    violations(
        () ->
            new ProfileContent(
                ProfileKind.TECHNOLOGY_OFFER,
                vi("T"),
                vi("S"),
                vi("D"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true),
        tuple("categories", Violation.REQUIRED),
        tuple("keywords", Violation.REQUIRED),
        tuple("partnerships", Violation.REQUIRED),
        tuple("partnerTypes", Violation.REQUIRED),
        tuple("partnerSizes", Violation.REQUIRED),
        tuple("targetCountries", Violation.REQUIRED));
  }

  @Test
  void missingElementsAreNamedByTheirIndex() {
    Set<PartnershipType> partnerships = new LinkedHashSet<>();
    partnerships.add(PartnershipType.SUPPLIER);
    partnerships.add(null);
    Set<OrganisationType> types = new LinkedHashSet<>();
    types.add(null);
    Set<CompanySize> sizes = new LinkedHashSet<>();
    sizes.add(CompanySize.LARGE);
    sizes.add(null);
    SortedSet<CountryCode> countries =
        new TreeSet<>(Comparator.nullsFirst(Comparator.naturalOrder()));
    countries.add(null);

    violations(
        () ->
            new ProfileContent(
                ProfileKind.TECHNOLOGY_OFFER,
                vi("T"),
                vi("S"),
                vi("D"),
                null,
                null,
                Arrays.asList(MEMBRANE, null),
                Arrays.asList("membrane", null),
                null,
                null,
                partnerships,
                types,
                sizes,
                countries,
                true),
        tuple("categories[1]", Violation.REQUIRED),
        tuple("keywords[1]", Violation.REQUIRED),
        tuple("partnerships[1]", Violation.REQUIRED),
        tuple("partnerTypes[0]", Violation.REQUIRED),
        tuple("partnerSizes[1]", Violation.REQUIRED),
        tuple("targetCountries[0]", Violation.REQUIRED));
  }

  @Test
  void aMissingCategoryIsNamedBesideATwiceGivenOne() {
    violations(
        () -> withCategories(Arrays.asList(null, MEMBRANE, MEMBRANE)),
        tuple("categories[0]", Violation.REQUIRED),
        tuple("categories", Violation.DUPLICATE));
    violation(
        () -> withCategories(Arrays.asList(MEMBRANE, null, UV)),
        "categories[1]",
        Violation.REQUIRED);
  }

  private static ProfileContent withCategories(List<CategoryCode> categories) {
    ProfileContent c = offer().build();
    return new ProfileContent(
        c.kind(),
        c.title(),
        c.summary(),
        c.description(),
        null,
        null,
        categories,
        List.of(),
        null,
        null,
        c.partnerships(),
        Set.of(),
        Set.of(),
        new TreeSet<>(),
        true);
  }

  @Test
  void aTitleIsOneLineOfAtMost256CodePointsInEveryLanguage() {
    assertThat(offer().title(vi(letters(256))).build().title()).isEqualTo(vi(letters(256)));
    assertThat(
            offer()
                .title(LocalizedText.of("vi", "Tựa").with("en", "😀".repeat(256)))
                .build()
                .title()
                .texts())
        .containsEntry("en", "😀".repeat(256));
    violation(
        () -> offer().title(vi("Tựa").with("en", letters(257))).build(),
        "title.en",
        Violation.TOO_LONG);
    violation(
        () -> offer().title(vi("Dòng 1\nDòng 2")).build(), "title.vi", Violation.CONTROL_CHARACTER);
  }

  @Test
  void theSummaryIsAtMost500CodePointsOnManyLines() {
    assertThat(offer().summary(vi(letters(500))).build().summary()).isEqualTo(vi(letters(500)));
    assertThat(offer().summary(vi("a\nb\tc")).build().summary()).isEqualTo(vi("a\nb\tc"));
    violation(() -> offer().summary(vi(letters(501))).build(), "summary.vi", Violation.TOO_LONG);
  }

  @Test
  void theDescriptionAdvantagesAndSoughtAreEachAtMost4000CodePoints() {
    ProfileContent longest =
        offer()
            .description(vi(letters(4000)))
            .advantages(vi(letters(4000)))
            .sought(vi("x\n" + letters(3998)))
            .build();

    assertThat(longest.description()).isEqualTo(vi(letters(4000)));
    assertThat(longest.advantages()).isEqualTo(vi(letters(4000)));
    assertThat(longest.sought()).isEqualTo(vi("x\n" + letters(3998)));
    violations(
        () ->
            offer()
                .description(vi(letters(4001)))
                .advantages(vi(letters(4001)))
                .sought(vi("Đối tác").with("en", letters(4001)))
                .build(),
        tuple("description.vi", Violation.TOO_LONG),
        tuple("advantages.vi", Violation.TOO_LONG),
        tuple("sought.en", Violation.TOO_LONG));
  }

  @Test
  void categoriesAreDistinctAndAtMostTen() {
    List<CategoryCode> ten =
        IntStream.rangeClosed(1, 10).mapToObj(i -> CategoryCode.of("c" + i)).toList();
    List<CategoryCode> eleven =
        IntStream.rangeClosed(1, 11).mapToObj(i -> CategoryCode.of("c" + i)).toList();

    assertThat(offer().category(ten.toArray(CategoryCode[]::new)).build().categories())
        .containsExactlyElementsOf(ten);
    assertThat(
            invalidInput(() -> offer().category(eleven.toArray(CategoryCode[]::new)).build())
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("categories", Violation.OUT_OF_RANGE, "at most 10 categories, was 11"));
    assertThat(invalidInput(() -> offer().category(WATER, UV, WATER).build()).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("categories", Violation.DUPLICATE, "a category is given twice"));
    List<CategoryCode> elevenWithATwin = new ArrayList<>(ten);
    elevenWithATwin.add(CategoryCode.of("c1"));
    violations(
        () -> offer().category(elevenWithATwin.toArray(CategoryCode[]::new)).build(),
        tuple("categories", Violation.DUPLICATE),
        tuple("categories", Violation.OUT_OF_RANGE));
  }

  @Test
  void keywordsAreAtMostFiveLinesOfAtMost64CodePointsDistinctOnceFolded() {
    assertThat(offer().keyword("a", "b", "c", "d", "e").build().keywords())
        .containsExactly("a", "b", "c", "d", "e");
    assertThat(offer().keyword(letters(64)).build().keywords()).containsExactly(letters(64));
    assertThat(
            invalidInput(() -> offer().keyword("a", "b", "c", "d", "e", "f").build()).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("keywords", Violation.OUT_OF_RANGE, "at most 5 keywords, was 6"));
    violations(
        () -> offer().keyword("a", "b", "c", "d", "e", "A").build(),
        tuple("keywords", Violation.OUT_OF_RANGE),
        tuple("keywords[5]", Violation.DUPLICATE));
    violation(() -> offer().keyword(letters(65)).build(), "keywords[0]", Violation.TOO_LONG);
    violation(
        () -> offer().keyword("ok", "two\nlines").build(),
        "keywords[1]",
        Violation.CONTROL_CHARACTER);
    violation(() -> offer().keyword("ok", " \u200b ").build(), "keywords[1]", Violation.BLANK);
    assertThat(invalidInput(() -> offer().keyword("Màng lọc", "MANG  LOC").build()).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "keywords[1]",
                Violation.DUPLICATE,
                "the keyword is given twice, accents and case aside"));
  }

  @Test
  void aProfileSeeksOneToThreePartnershipTypes() {
    assertThat(
            offer()
                .partnership(PartnershipType.INVESTMENT, PartnershipType.SUPPLIER)
                .build()
                .partnerships())
        .hasSize(3);
    assertThat(
            invalidInput(
                    () ->
                        offer()
                            .partnership(
                                PartnershipType.INVESTMENT,
                                PartnershipType.SUPPLIER,
                                PartnershipType.OUTSOURCING)
                            .build())
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "partnerships",
                Violation.OUT_OF_RANGE,
                "a profile seeks 1 to 3 partnership types, was 4"));
    assertThat(
            invalidInput(
                    () ->
                        ProfileContent.builder()
                            .kind(ProfileKind.TECHNOLOGY_OFFER)
                            .title(vi("T"))
                            .summary(vi("S"))
                            .description(vi("D"))
                            .build())
                .violations())
        .extracting(Violation::path, Violation::message)
        .containsExactly(tuple("partnerships", "a profile seeks 1 to 3 partnership types, was 0"));
  }

  @Test
  void theFoldedKeywordsAndTheSearchTextFoldEveryLanguage() {
    ProfileContent c = full();

    assertThat(c.foldedKeywords()).containsExactly("mang loc", "doi moi");
    assertThat(c.searchText())
        .isEqualTo("water treatment\ncong nghe xu ly nuoc\nmang loc the he moi\nmang loc\ndoi moi");
    assertThat(offer().build().searchText()).isEqualTo("mang loc nuoc\ntom tat");
  }

  @Test
  void aBuilderFromAContentGivesItBackAndChangesOnlyWhatIsSet() {
    ProfileContent c = full();

    assertThat(c.toBuilder().build()).isEqualTo(c);
    ProfileContent changed = c.toBuilder().kind(ProfileKind.BUSINESS_OFFER).keyword("mới").build();
    assertThat(changed.kind()).isEqualTo(ProfileKind.BUSINESS_OFFER);
    assertThat(changed.keywords()).containsExactly("Màng lọc", "Đổi mới", "mới");
    assertThat(changed.toBuilder().kind(ProfileKind.TECHNOLOGY_OFFER).build())
        .isNotEqualTo(c)
        .isEqualTo(c.toBuilder().keyword("mới").build());
    assertThat(c.keywords()).containsExactly("Màng lọc", "Đổi mới");
  }
}

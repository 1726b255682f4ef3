package io.github.coplan.domain.market;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.OTHER_PLAN;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static io.github.coplan.testing.MarketFixtures.MEMBRANE;
import static io.github.coplan.testing.MarketFixtures.TREATMENT;
import static io.github.coplan.testing.MarketFixtures.WATER;
import static io.github.coplan.testing.MarketFixtures.offer;
import static io.github.coplan.testing.MarketFixtures.profileId;
import static io.github.coplan.testing.MarketFixtures.published;
import static io.github.coplan.testing.MarketFixtures.request;
import static io.github.coplan.testing.MarketFixtures.restored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coplan.domain.error.Violation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The values of the marketplace: category codes, categories and their lineages, the kinds and how
 * they complement each other, a profile search, the counts of a content area and the ids.
 */
class MarketValuesTest {

  private static final LocalDate DAY = LocalDate.of(2019, 6, 1);

  // ---- categories ------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "02006003",
        "water.treatment",
        "A-b_c.9",
        "x1234567890123456789012345678901234567890123456789012345678901"
      })
  void aCategoryCodeIsOneTo64AsciiLettersDigitsAndPunctuation(String code) {
    assertThat(CategoryCode.of(code).code()).isEqualTo(code);
    assertThat(new CategoryCode(code)).hasToString(code);
  }

  @Test
  void theLongestCategoryCodeIs64Characters() {
    assertThat(CategoryCode.of("a".repeat(64)).code()).hasSize(64);
    violation(() -> CategoryCode.of("a".repeat(65)), "code", Violation.MALFORMED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".water", "-x", "_x", "a b", "nước", "a/b", "02006003 "})
  void aCategoryCodeOfAnotherFormIsMalformed(String code) {
    assertThat(invalidInput(() -> CategoryCode.of(code)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "code",
                Violation.MALFORMED,
                "a category code is 1 to 64 ASCII letters, digits, '.', '-' or '_', was '"
                    + code
                    + "'"));
  }

  @Test
  void aMalformedCodeOfMoreThan80CharactersIsNotQuoted() {
    assertThat(invalidInput(() -> CategoryCode.of(" ".repeat(80))).violations().get(0).message())
        .endsWith("was '" + " ".repeat(80) + "'");
    assertThat(invalidInput(() -> CategoryCode.of(" ".repeat(81))).violations().get(0).message())
        .endsWith("was a text of 81 characters");
  }

  @Test
  void aCategoryCodeIsRequiredAndComparedExactly() {
    violation(() -> CategoryCode.of(null), "code", Violation.REQUIRED);
    violation(() -> new CategoryCode(null), "code", Violation.REQUIRED);
    assertThat(CategoryCode.of("02")).isEqualTo(WATER).isNotEqualTo(CategoryCode.of("02.0"));
    assertThat(CategoryCode.of("A")).isNotEqualTo(CategoryCode.of("a"));
    assertThat(WATER.compareTo(TREATMENT)).isNegative();
    assertThat(MEMBRANE.compareTo(TREATMENT)).isPositive();
    assertThat(WATER.compareTo(CategoryCode.of("02"))).isZero();
  }

  @Test
  void aCategoryHasACodeAOneLineNameAndAParentOtherThanItself() {
    Category membrane = new Category(MEMBRANE, TREATMENT, viEn("Màng lọc", "Membranes"));
    Category root = new Category(WATER, null, vi("Nước"));

    assertThat(membrane.code()).isEqualTo(MEMBRANE);
    assertThat(membrane.parent()).isEqualTo(TREATMENT);
    assertThat(membrane.name()).isEqualTo(viEn("Màng lọc", "Membranes"));
    assertThat(root.parent()).isNull();
    violations(
        () -> new Category(null, WATER, null),
        tuple("code", Violation.REQUIRED),
        tuple("name", Violation.REQUIRED));
    assertThat(invalidInput(() -> new Category(WATER, WATER, vi("Nước"))).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("parent", Violation.OUT_OF_RANGE, "a category cannot be its own parent"));
    violation(
        () -> new Category(WATER, null, vi("Nước\nsạch")), "name.vi", Violation.CONTROL_CHARACTER);
    violation(
        () -> new Category(WATER, null, vi("Nước").with("en", "w".repeat(501))),
        "name.en",
        Violation.TOO_LONG);
    assertThat(new Category(WATER, null, vi("n".repeat(500))).name())
        .isEqualTo(vi("n".repeat(500)));
  }

  @Test
  void aLineageNeedsItsCodeAndRoot() {
    CategoryLineage lineage = new CategoryLineage(MEMBRANE, TREATMENT, WATER);

    assertThat(lineage.code()).isEqualTo(MEMBRANE);
    assertThat(lineage.parent()).isEqualTo(TREATMENT);
    assertThat(lineage.root()).isEqualTo(WATER);
    assertThat(new CategoryLineage(WATER, null, WATER).parent()).isNull();
    violations(
        () -> new CategoryLineage(null, TREATMENT, null),
        tuple("code", Violation.REQUIRED),
        tuple("root", Violation.REQUIRED));
  }

  // ---- kinds -----------------------------------------------------------------------------------

  @Test
  void threeKindsAskAndTwoOffer() {
    assertThat(EnumSet.allOf(ProfileKind.class).stream().filter(ProfileKind::isRequest))
        .containsExactly(
            ProfileKind.TECHNOLOGY_REQUEST,
            ProfileKind.BUSINESS_REQUEST,
            ProfileKind.RESEARCH_REQUEST);
  }

  @Test
  void offersComplementRequestsOfTheirSortAndResearchRequestsComplementTechnologyOffers() {
    assertThat(ProfileKind.TECHNOLOGY_OFFER.complementary())
        .containsExactlyInAnyOrder(ProfileKind.TECHNOLOGY_REQUEST, ProfileKind.RESEARCH_REQUEST);
    assertThat(ProfileKind.TECHNOLOGY_REQUEST.complementary())
        .containsExactly(ProfileKind.TECHNOLOGY_OFFER);
    assertThat(ProfileKind.BUSINESS_OFFER.complementary())
        .containsExactly(ProfileKind.BUSINESS_REQUEST);
    assertThat(ProfileKind.BUSINESS_REQUEST.complementary())
        .containsExactly(ProfileKind.BUSINESS_OFFER);
    assertThat(ProfileKind.RESEARCH_REQUEST.complementary())
        .containsExactly(ProfileKind.TECHNOLOGY_OFFER);
  }

  @Test
  void aResearchRequestComplementsOnlyAnOfferSeekingResearchCooperation() {
    Set<PartnershipType> research = Set.of(PartnershipType.RESEARCH_COOPERATION);
    Set<PartnershipType> licence = Set.of(PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE);

    assertThat(ProfileKind.TECHNOLOGY_REQUEST.complements(ProfileKind.TECHNOLOGY_OFFER, licence))
        .isTrue();
    assertThat(ProfileKind.TECHNOLOGY_OFFER.complements(ProfileKind.TECHNOLOGY_REQUEST, Set.of()))
        .isTrue();
    assertThat(ProfileKind.BUSINESS_OFFER.complements(ProfileKind.BUSINESS_REQUEST, licence))
        .isTrue();
    assertThat(ProfileKind.BUSINESS_OFFER.complements(ProfileKind.TECHNOLOGY_REQUEST, research))
        .isFalse();
    assertThat(ProfileKind.TECHNOLOGY_OFFER.complements(ProfileKind.TECHNOLOGY_OFFER, research))
        .isFalse();
    assertThat(ProfileKind.RESEARCH_REQUEST.complements(ProfileKind.TECHNOLOGY_OFFER, research))
        .isTrue();
    assertThat(ProfileKind.RESEARCH_REQUEST.complements(ProfileKind.TECHNOLOGY_OFFER, licence))
        .isFalse();
    assertThat(ProfileKind.TECHNOLOGY_OFFER.complements(ProfileKind.RESEARCH_REQUEST, research))
        .isTrue();
    assertThat(ProfileKind.TECHNOLOGY_OFFER.complements(ProfileKind.RESEARCH_REQUEST, licence))
        .isFalse();
    assertThat(ProfileKind.RESEARCH_REQUEST.complements(ProfileKind.BUSINESS_OFFER, research))
        .isFalse();
  }

  @Test
  void theEnumerationsKeepTheirOrder() {
    assertThat(DevelopmentStage.values())
        .containsExactly(
            DevelopmentStage.CONCEPT,
            DevelopmentStage.UNDER_DEVELOPMENT,
            DevelopmentStage.LAB_TESTED,
            DevelopmentStage.AVAILABLE_FOR_DEMONSTRATION,
            DevelopmentStage.ON_THE_MARKET);
    assertThat(IprStatus.values())
        .containsExactly(
            IprStatus.NONE_APPLIED,
            IprStatus.SECRET_KNOW_HOW,
            IprStatus.APPLIED,
            IprStatus.GRANTED);
    assertThat(PartnershipType.values())
        .containsExactly(
            PartnershipType.INVESTMENT,
            PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE,
            PartnershipType.RESEARCH_COOPERATION,
            PartnershipType.COMMERCIAL,
            PartnershipType.OUTSOURCING,
            PartnershipType.SUPPLIER);
    assertThat(CompanySize.values())
        .containsExactly(
            CompanySize.MICRO, CompanySize.SMALL, CompanySize.MEDIUM, CompanySize.LARGE);
    assertThat(ProfileStatus.values())
        .containsExactly(
            ProfileStatus.DRAFT,
            ProfileStatus.PUBLISHED,
            ProfileStatus.CLOSED,
            ProfileStatus.WITHDRAWN);
  }

  // ---- ids -------------------------------------------------------------------------------------

  @Test
  void theIdsReadAndPrintTheCanonicalForm() {
    String text = "0190f3a2-1b2c-7d4e-8f60-0123456789ab";
    UUID uuid = UUID.fromString(text);

    assertThat(ProfileId.of(text)).isEqualTo(new ProfileId(uuid)).hasToString(text);
    assertThat(IntroductionId.of(text)).isEqualTo(new IntroductionId(uuid)).hasToString(text);
    assertThat(ProfileId.of(text).value()).isEqualTo(uuid);
    violation(() -> ProfileId.of("profile-1"), "", Violation.MALFORMED);
    violation(() -> IntroductionId.of(null), "", Violation.REQUIRED);
    violation(() -> new ProfileId(null), "", Violation.REQUIRED);
    violation(() -> new IntroductionId(null), "", Violation.REQUIRED);
  }

  // ---- counts ----------------------------------------------------------------------------------

  @Test
  void noCountIsNegative() {
    MarketCounts counts = new MarketCounts(6, 1, 2, 3, 4, 5, 6);

    assertThat(counts.contentArea()).isEqualTo(6);
    assertThat(counts.profilesPublished()).isEqualTo(1);
    assertThat(counts.suggested()).isEqualTo(2);
    assertThat(counts.interestExpressed()).isEqualTo(3);
    assertThat(counts.meetings()).isEqualTo(4);
    assertThat(counts.agreements()).isEqualTo(5);
    assertThat(counts.declined()).isEqualTo(6);
    assertThat(new MarketCounts(null, 0, 0, 0, 0, 0, 0).contentArea()).isNull();
    assertThat(invalidInput(() -> new MarketCounts(1, -1, 0, 0, 0, 0, 0)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("counts", Violation.OUT_OF_RANGE, "a count is 0 or more"));
    violation(() -> new MarketCounts(1, 0, -1, 0, 0, 0, 0), "counts", Violation.OUT_OF_RANGE);
    violation(() -> new MarketCounts(1, 0, 0, -1, 0, 0, 0), "counts", Violation.OUT_OF_RANGE);
    violation(() -> new MarketCounts(1, 0, 0, 0, -1, 0, 0), "counts", Violation.OUT_OF_RANGE);
    violation(() -> new MarketCounts(1, 0, 0, 0, 0, -1, 0), "counts", Violation.OUT_OF_RANGE);
    violation(() -> new MarketCounts(1, 0, 0, 0, 0, 0, -1), "counts", Violation.OUT_OF_RANGE);
  }

  // ---- profile queries -------------------------------------------------------------------------

  @Test
  void aQueryFoldsItsTextAndTakesOneToAThousand() {
    ProfileQuery query = new ProfileQuery("  Công NGHỆ  ", null, null, null, null, null, 1000);

    assertThat(query.text()).isEqualTo("cong nghe");
    assertThat(query.limit()).isEqualTo(1000);
    assertThat(ProfileQuery.all(1))
        .isEqualTo(new ProfileQuery(null, null, null, null, null, null, 1));
    assertThat(ProfileQuery.MAX_LIMIT).isEqualTo(1000);
    assertThat(invalidInput(() -> ProfileQuery.all(0)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("limit", Violation.OUT_OF_RANGE, "1 to 1000, was 0"));
    violation(() -> ProfileQuery.all(1001), "limit", Violation.OUT_OF_RANGE);
    violations(
        () -> new ProfileQuery(" ", null, null, null, null, null, 0),
        tuple("text", Violation.BLANK),
        tuple("limit", Violation.OUT_OF_RANGE));
    violation(
        () -> new ProfileQuery("a\nb", null, null, null, null, null, 1),
        "text",
        Violation.CONTROL_CHARACTER);
    violation(
        () -> new ProfileQuery("x".repeat(501), null, null, null, null, null, 1),
        "text",
        Violation.TOO_LONG);
    assertThat(new ProfileQuery("x".repeat(500), null, null, null, null, null, 1).text())
        .hasSize(500);
  }

  @Test
  void aQueryMatchesWhatMeetsEveryCriterionGiven() {
    TechnologyProfile p =
        restored(
            profileId(5),
            DOST,
            PLAN,
            6,
            offer().keyword("Lọc nước").build(),
            ProfileStatus.PUBLISHED,
            DAY,
            DAY);

    assertThat(ProfileQuery.all(10).matches(p)).isTrue();
    assertThat(query("mang loc", null, null, null, null, null).matches(p)).isTrue();
    assertThat(query("LOC NUOC", null, null, null, null, null).matches(p)).isTrue();
    assertThat(query("tom tat", null, null, null, null, null).matches(p)).isTrue();
    assertThat(query("mo ta", null, null, null, null, null).matches(p))
        .as("the description is not searched")
        .isFalse();
    assertThat(query(null, ProfileKind.TECHNOLOGY_OFFER, null, null, null, null).matches(p))
        .isTrue();
    assertThat(query(null, ProfileKind.BUSINESS_OFFER, null, null, null, null).matches(p))
        .isFalse();
    assertThat(query(null, null, DOST, null, null, null).matches(p)).isTrue();
    assertThat(query(null, null, IIA, null, null, null).matches(p)).isFalse();
    assertThat(query(null, null, null, PLAN, null, null).matches(p)).isTrue();
    assertThat(query(null, null, null, OTHER_PLAN, null, null).matches(p)).isFalse();
    assertThat(
            query(null, null, null, PLAN, null, null)
                .matches(published(profileId(6), DOST, request().build(), DAY)))
        .as("a profile of no plan")
        .isFalse();
    assertThat(query(null, null, null, null, DAY, null).matches(p)).isTrue();
    assertThat(query(null, null, null, null, DAY.plusDays(364), null).matches(p)).isTrue();
    assertThat(query(null, null, null, null, DAY.plusDays(365), null).matches(p)).isFalse();
    assertThat(query(null, null, null, null, DAY.minusDays(1), null).matches(p)).isFalse();
    assertThat(query(null, null, null, null, null, profileId(4)).matches(p)).isTrue();
    assertThat(query(null, null, null, null, null, profileId(5)).matches(p)).isFalse();
    assertThat(query(null, null, null, null, null, profileId(6)).matches(p)).isFalse();
    assertThat(
            query("mang loc", ProfileKind.TECHNOLOGY_OFFER, DOST, PLAN, DAY, profileId(4))
                .matches(p))
        .isTrue();
    assertThat(
            query("mang loc", ProfileKind.TECHNOLOGY_OFFER, DOST, PLAN, DAY, profileId(4))
                .matches(
                    restored(
                        profileId(5),
                        DOST,
                        PLAN,
                        6,
                        offer().build(),
                        ProfileStatus.DRAFT,
                        null,
                        null)))
        .isFalse();
  }

  private static ProfileQuery query(
      String text,
      ProfileKind kind,
      io.github.coplan.domain.organisation.OrganisationId owner,
      io.github.coplan.domain.plan.PlanId plan,
      LocalDate liveOn,
      ProfileId after) {
    return new ProfileQuery(text, kind, owner, plan, liveOn, after, 10);
  }
}

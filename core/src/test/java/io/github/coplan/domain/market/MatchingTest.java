package io.github.coplan.domain.market;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.MarketFixtures.AGRI;
import static io.github.coplan.testing.MarketFixtures.LINEAGES;
import static io.github.coplan.testing.MarketFixtures.MEMBRANE;
import static io.github.coplan.testing.MarketFixtures.PRECISION;
import static io.github.coplan.testing.MarketFixtures.SENSORS;
import static io.github.coplan.testing.MarketFixtures.TREATMENT;
import static io.github.coplan.testing.MarketFixtures.UV;
import static io.github.coplan.testing.MarketFixtures.WATER;
import static io.github.coplan.testing.MarketFixtures.content;
import static io.github.coplan.testing.MarketFixtures.offer;
import static io.github.coplan.testing.MarketFixtures.organisationId;
import static io.github.coplan.testing.MarketFixtures.profileId;
import static io.github.coplan.testing.MarketFixtures.published;
import static io.github.coplan.testing.MarketFixtures.request;
import static io.github.coplan.testing.MarketFixtures.restored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.shared.CountryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Matching: the hard criteria, each criterion's verdict with its exact evidence and points, the
 * score, the ranking and its tie-breaks, and the gaps of a profile.
 */
class MatchingTest {

  private static final LocalDate AS_OF = LocalDate.of(2019, 6, 1);
  private static final OrganisationId SAIGON = organisationId(101);
  private static final OrganisationId AQUA = organisationId(102);
  private static final OrganisationId NEGEV = organisationId(103);
  private static final CountryCode US = CountryCode.of("US");

  /** A profile published and confirmed some days before the day of matching. */
  private static TechnologyProfile live(
      long n, OrganisationId owner, ProfileContent.Builder content, int daysAgo) {
    return published(profileId(n), owner, content.build(), AS_OF.minusDays(daysAgo));
  }

  private static TechnologyProfile live(
      long n, OrganisationId owner, ProfileContent.Builder content) {
    return live(n, owner, content, 10);
  }

  private static Assessment a(Criterion criterion, Verdict verdict, String... evidence) {
    return new Assessment(criterion, verdict, List.of(evidence));
  }

  private static Assessment on(
      ProfileContent.Builder subject, ProfileContent.Builder candidate, Criterion criterion) {
    return Matching.assess(live(1, SAIGON, subject), live(2, AQUA, candidate), LINEAGES, AS_OF)
        .on(criterion);
  }

  private static String fresh(int days) {
    return "confirmed current on " + AS_OF.minusDays(days) + ", " + days + " days before " + AS_OF;
  }

  // ---- hard criteria ---------------------------------------------------------------------------

  @Test
  void aLiveRequestAndOfferOfTwoOwnersMayBeMatchedEitherWayRound() {
    TechnologyProfile request = live(1, SAIGON, request());
    TechnologyProfile offer = live(2, AQUA, offer().targetCountry(CountryCode.VN));

    assertThat(Matching.refusals(request, CountryCode.VN, offer, CountryCode.IL, AS_OF)).isEmpty();
    assertThat(Matching.refusals(offer, CountryCode.IL, request, CountryCode.VN, AS_OF)).isEmpty();
    assertThat(
            Matching.refusals(
                live(3, SAIGON, content(ProfileKind.BUSINESS_REQUEST, PartnershipType.COMMERCIAL)),
                US,
                live(4, AQUA, content(ProfileKind.BUSINESS_OFFER, PartnershipType.COMMERCIAL)),
                US,
                AS_OF))
        .isEmpty();
  }

  @Test
  void kindsThatDoNotComplementEachOtherAreRefusedNamingBoth() {
    assertThat(
            Matching.refusals(
                live(1, SAIGON, offer()),
                CountryCode.VN,
                live(2, AQUA, content(ProfileKind.BUSINESS_REQUEST, PartnershipType.COMMERCIAL)),
                CountryCode.IL,
                AS_OF))
        .containsExactly(
            "kinds TECHNOLOGY_OFFER and BUSINESS_REQUEST do not complement each other");
    assertThat(
            Matching.refusals(
                live(1, SAIGON, offer().targetCountry(CountryCode.IL)),
                CountryCode.VN,
                live(2, AQUA, offer().targetCountry(CountryCode.IL)),
                CountryCode.VN,
                AS_OF))
        .as("two offers: no requester, so no country is checked")
        .containsExactly(
            "kinds TECHNOLOGY_OFFER and TECHNOLOGY_OFFER do not complement each other");
    assertThat(
            Matching.refusals(
                live(1, SAIGON, request().targetCountry(CountryCode.IL)),
                CountryCode.VN,
                live(2, AQUA, request()),
                CountryCode.VN,
                AS_OF))
        .containsExactly(
            "kinds TECHNOLOGY_REQUEST and TECHNOLOGY_REQUEST do not complement each other");
  }

  @Test
  void aResearchRequestMatchesOnlyATechnologyOfferThatSeeksResearchCooperation() {
    TechnologyProfile research =
        live(
            1, SAIGON, content(ProfileKind.RESEARCH_REQUEST, PartnershipType.RESEARCH_COOPERATION));
    TechnologyProfile cooperating =
        live(2, AQUA, offer().partnership(PartnershipType.RESEARCH_COOPERATION));
    TechnologyProfile licensing = live(3, AQUA, offer());

    assertThat(Matching.refusals(research, CountryCode.VN, cooperating, CountryCode.IL, AS_OF))
        .isEmpty();
    assertThat(Matching.refusals(cooperating, CountryCode.IL, research, CountryCode.VN, AS_OF))
        .isEmpty();
    assertThat(Matching.refusals(research, CountryCode.VN, licensing, CountryCode.IL, AS_OF))
        .containsExactly(
            "kinds RESEARCH_REQUEST and TECHNOLOGY_OFFER do not complement each other");
    assertThat(Matching.refusals(licensing, CountryCode.IL, research, CountryCode.VN, AS_OF))
        .containsExactly(
            "kinds TECHNOLOGY_OFFER and RESEARCH_REQUEST do not complement each other");
  }

  @Test
  void bothMustBeLiveOnTheDay() {
    TechnologyProfile draft =
        restored(profileId(1), SAIGON, request().build(), ProfileStatus.DRAFT, null, null);
    TechnologyProfile expired =
        published(profileId(2), AQUA, offer().build(), AS_OF.minusDays(365));

    assertThat(Matching.refusals(draft, CountryCode.VN, expired, CountryCode.IL, AS_OF))
        .containsExactly(
            "profile " + profileId(1) + " is not live on 2019-06-01",
            "profile " + profileId(2) + " is not live on 2019-06-01");
    assertThat(
            Matching.refusals(
                live(3, SAIGON, request()), CountryCode.VN, expired, CountryCode.IL, AS_OF))
        .containsExactly("profile " + profileId(2) + " is not live on 2019-06-01");
  }

  @Test
  void theTwoBelongToDifferentOrganisations() {
    assertThat(
            Matching.refusals(
                live(1, AQUA, request()),
                CountryCode.IL,
                live(2, AQUA, offer()),
                CountryCode.IL,
                AS_OF))
        .containsExactly("both belong to organisation " + AQUA);
  }

  @Test
  void anOfferThatNamesTargetCountriesMatchesOnlyRequestersThere() {
    TechnologyProfile request = live(1, SAIGON, request());
    TechnologyProfile offer = live(2, AQUA, offer().targetCountry(CountryCode.VN, CountryCode.IL));

    assertThat(Matching.refusals(request, US, offer, CountryCode.IL, AS_OF))
        .containsExactly("the offer targets [IL, VN], not the requester's US");
    assertThat(Matching.refusals(offer, CountryCode.VN, request, US, AS_OF))
        .containsExactly("the offer targets [IL, VN], not the requester's US");
    assertThat(Matching.refusals(offer, US, request, CountryCode.VN, AS_OF)).isEmpty();
    assertThat(Matching.refusals(request, CountryCode.IL, offer, US, AS_OF)).isEmpty();
    assertThat(
            Matching.refusals(
                live(3, SAIGON, request().targetCountry(CountryCode.IL)),
                US,
                live(4, AQUA, offer()),
                US,
                AS_OF))
        .as("a request's target countries are not a hard criterion")
        .isEmpty();
  }

  @Test
  void everyHardCriterionFailedIsListedInOrder() {
    TechnologyProfile draftOffer =
        restored(
            profileId(1),
            AQUA,
            offer().targetCountry(CountryCode.IL).build(),
            ProfileStatus.DRAFT,
            null,
            null);
    TechnologyProfile closedBusinessRequest =
        restored(
            profileId(2),
            AQUA,
            content(ProfileKind.BUSINESS_REQUEST, PartnershipType.SUPPLIER).build(),
            ProfileStatus.CLOSED,
            AS_OF.minusDays(3),
            AS_OF.minusDays(3));

    assertThat(Matching.refusals(draftOffer, CountryCode.IL, closedBusinessRequest, US, AS_OF))
        .containsExactly(
            "kinds TECHNOLOGY_OFFER and BUSINESS_REQUEST do not complement each other",
            "profile " + profileId(1) + " is not live on 2019-06-01",
            "profile " + profileId(2) + " is not live on 2019-06-01",
            "both belong to organisation " + AQUA,
            "the offer targets [IL], not the requester's US");
  }

  @Test
  void theHardCriteriaNameEveryMissingArgument() {
    violations(
        () -> Matching.refusals(null, null, null, null, null),
        tuple("a", Violation.REQUIRED),
        tuple("aCountry", Violation.REQUIRED),
        tuple("b", Violation.REQUIRED),
        tuple("bCountry", Violation.REQUIRED),
        tuple("asOf", Violation.REQUIRED));
  }

  // ---- the criteria ----------------------------------------------------------------------------

  @Test
  void aCandidateThatMeetsEveryCriterionScores100WithItsEvidence() {
    TechnologyProfile subject =
        live(
            1,
            SAIGON,
            request()
                .category(MEMBRANE)
                .keyword("Màng lọc", "Filtration")
                .stage(DevelopmentStage.LAB_TESTED)
                .ipr(IprStatus.APPLIED));
    TechnologyProfile candidate =
        live(
            2,
            AQUA,
            offer()
                .category(UV, MEMBRANE)
                .keyword("uv", "FILTRATION", "mang loc")
                .partnership(PartnershipType.INVESTMENT)
                .stage(DevelopmentStage.ON_THE_MARKET)
                .ipr(IprStatus.GRANTED),
            90);

    Match m = Matching.assess(subject, candidate, LINEAGES, AS_OF);

    assertThat(m.candidate()).isEqualTo(candidate);
    assertThat(m.score()).isEqualTo(100);
    assertThat(m.explanation())
        .containsExactly(
            a(Criterion.CATEGORIES, Verdict.MATCH, "same category: 02006003"),
            a(
                Criterion.KEYWORDS,
                Verdict.MATCH,
                "shared keyword: mang loc",
                "shared keyword: filtration"),
            a(
                Criterion.PARTNERSHIP,
                Verdict.MATCH,
                "both seek COMMERCIAL_WITH_TECHNICAL_ASSISTANCE"),
            a(
                Criterion.STAGE,
                Verdict.MATCH,
                "offer ON_THE_MARKET, request needs LAB_TESTED or more"),
            a(Criterion.IPR, Verdict.MATCH, "offer GRANTED, request needs APPLIED or more"),
            a(Criterion.FRESHNESS, Verdict.MATCH, fresh(90)));
    assertThat(m.on(Criterion.IPR)).isEqualTo(m.explanation().get(4));
  }

  @Test
  void aCandidateThatMeetsEveryCriterionPartlyScoresHalfOfEachWeight() {
    TechnologyProfile subject =
        live(
            1,
            SAIGON,
            offer()
                .category(MEMBRANE)
                .keyword("membrane", "pumps")
                .partnership(PartnershipType.INVESTMENT)
                .stage(DevelopmentStage.LAB_TESTED)
                .ipr(IprStatus.SECRET_KNOW_HOW));
    TechnologyProfile candidate =
        live(
            2,
            AQUA,
            request()
                .category(UV)
                .keyword("membrane", "valves", "sensors")
                .partnership(PartnershipType.SUPPLIER)
                .stage(DevelopmentStage.AVAILABLE_FOR_DEMONSTRATION)
                .ipr(IprStatus.APPLIED),
            91);

    Match m = Matching.assess(subject, candidate, LINEAGES, AS_OF);

    assertThat(m.explanation())
        .containsExactly(
            a(Criterion.CATEGORIES, Verdict.PARTIAL, "same parent: 02006 (02006003, 02006004)"),
            a(Criterion.KEYWORDS, Verdict.PARTIAL, "shared keyword: membrane"),
            a(
                Criterion.PARTNERSHIP,
                Verdict.PARTIAL,
                "both seek COMMERCIAL_WITH_TECHNICAL_ASSISTANCE"),
            a(
                Criterion.STAGE,
                Verdict.PARTIAL,
                "offer LAB_TESTED, request needs AVAILABLE_FOR_DEMONSTRATION or more"),
            a(
                Criterion.IPR,
                Verdict.PARTIAL,
                "offer SECRET_KNOW_HOW, request needs APPLIED or more"),
            a(Criterion.FRESHNESS, Verdict.PARTIAL, fresh(91)));
    assertThat(m.score()).isEqualTo(15 + 12 + 8 + 5 + 5 + 5);
    assertThat(m.explanation()).extracting(Assessment::points).containsExactly(15, 12, 8, 5, 5, 5);
  }

  @Test
  void aCandidateThatMeetsNoCriterionScoresNothingAndSaysWhy() {
    TechnologyProfile subject =
        live(
            1,
            SAIGON,
            request()
                .category(MEMBRANE)
                .keyword("membrane")
                .partnership(PartnershipType.SUPPLIER)
                .stage(DevelopmentStage.ON_THE_MARKET)
                .ipr(IprStatus.GRANTED));
    TechnologyProfile candidate =
        live(
            2,
            AQUA,
            content(ProfileKind.TECHNOLOGY_OFFER, PartnershipType.OUTSOURCING)
                .category(PRECISION)
                .keyword("drones")
                .stage(DevelopmentStage.LAB_TESTED)
                .ipr(IprStatus.SECRET_KNOW_HOW),
            181);

    Match m = Matching.assess(subject, candidate, LINEAGES, AS_OF);

    assertThat(m.explanation())
        .containsExactly(
            a(Criterion.CATEGORIES, Verdict.MISMATCH, "no category in common"),
            a(Criterion.KEYWORDS, Verdict.MISMATCH, "no keyword in common"),
            a(
                Criterion.PARTNERSHIP,
                Verdict.MISMATCH,
                "the profile seeks [COMMERCIAL_WITH_TECHNICAL_ASSISTANCE, SUPPLIER], the candidate"
                    + " [OUTSOURCING]"),
            a(
                Criterion.STAGE,
                Verdict.MISMATCH,
                "offer LAB_TESTED, request needs ON_THE_MARKET or more"),
            a(
                Criterion.IPR,
                Verdict.MISMATCH,
                "offer SECRET_KNOW_HOW, request needs GRANTED or more"),
            a(Criterion.FRESHNESS, Verdict.MISMATCH, fresh(181)));
    assertThat(m.score()).isZero();
  }

  @Test
  void aCandidateThatSaysNothingIsUnknownOnEveryCriterionButPartnership() {
    TechnologyProfile subject = live(1, SAIGON, request());
    TechnologyProfile draft =
        restored(profileId(2), AQUA, offer().build(), ProfileStatus.DRAFT, null, null);

    Match m = Matching.assess(subject, draft, LINEAGES, AS_OF);

    assertThat(m.explanation())
        .containsExactly(
            a(Criterion.CATEGORIES, Verdict.UNKNOWN, "the profile has no category"),
            a(Criterion.KEYWORDS, Verdict.UNKNOWN, "the profile has no keyword"),
            a(
                Criterion.PARTNERSHIP,
                Verdict.MATCH,
                "both seek COMMERCIAL_WITH_TECHNICAL_ASSISTANCE"),
            a(Criterion.STAGE, Verdict.UNKNOWN, "the offer does not give its stage"),
            a(
                Criterion.IPR,
                Verdict.UNKNOWN,
                "the offer does not give its intellectual-property status"),
            a(Criterion.FRESHNESS, Verdict.UNKNOWN, "the candidate was never published"));
    assertThat(m.score()).isEqualTo(16);
  }

  @Test
  void whatOnlyTheCandidateLacksIsUnknownToo() {
    ProfileContent.Builder saysAll =
        request()
            .category(MEMBRANE)
            .keyword("membrane")
            .stage(DevelopmentStage.CONCEPT)
            .ipr(IprStatus.NONE_APPLIED);

    assertThat(on(saysAll, offer(), Criterion.CATEGORIES))
        .isEqualTo(a(Criterion.CATEGORIES, Verdict.UNKNOWN, "the candidate has no category"));
    assertThat(on(saysAll, offer(), Criterion.KEYWORDS))
        .isEqualTo(a(Criterion.KEYWORDS, Verdict.UNKNOWN, "the candidate has no keyword"));
    assertThat(on(saysAll, offer(), Criterion.STAGE))
        .isEqualTo(a(Criterion.STAGE, Verdict.UNKNOWN, "the offer does not give its stage"));
    assertThat(on(offer().stage(DevelopmentStage.CONCEPT), request(), Criterion.STAGE))
        .isEqualTo(
            a(
                Criterion.STAGE,
                Verdict.UNKNOWN,
                "the request does not give the least stage it accepts"));
    assertThat(on(offer().ipr(IprStatus.GRANTED), request(), Criterion.IPR))
        .isEqualTo(
            a(Criterion.IPR, Verdict.UNKNOWN, "the request does not give the protection it needs"));
    assertThat(on(request(), offer().ipr(IprStatus.GRANTED), Criterion.IPR))
        .isEqualTo(
            a(Criterion.IPR, Verdict.UNKNOWN, "the request does not give the protection it needs"));
  }

  @Test
  void twoOffersOrTwoRequestsHaveNoStageOrProtectionToCompare() {
    ProfileContent.Builder offer =
        offer().stage(DevelopmentStage.ON_THE_MARKET).ipr(IprStatus.GRANTED);
    ProfileContent.Builder request =
        request().stage(DevelopmentStage.CONCEPT).ipr(IprStatus.NONE_APPLIED);
    Assessment nothing =
        a(Criterion.STAGE, Verdict.UNKNOWN, "not an offer and a request: nothing to compare");

    assertThat(on(offer, offer, Criterion.STAGE)).isEqualTo(nothing);
    assertThat(on(request, request, Criterion.STAGE)).isEqualTo(nothing);
    assertThat(on(offer, offer, Criterion.IPR))
        .isEqualTo(
            a(Criterion.IPR, Verdict.UNKNOWN, "not an offer and a request: nothing to compare"));
    assertThat(on(request, offer, Criterion.STAGE).verdict()).isEqualTo(Verdict.MATCH);
  }

  @Test
  void theOffersStageAndProtectionAreComparedWithTheRequestsWhicheverIsTheSubject() {
    ProfileContent.Builder needsDemo =
        request().stage(DevelopmentStage.AVAILABLE_FOR_DEMONSTRATION).ipr(IprStatus.APPLIED);

    for (DevelopmentStage offered : DevelopmentStage.values()) {
      ProfileContent.Builder offer = offer().stage(offered);
      Verdict expected =
          switch (offered) {
            case CONCEPT, UNDER_DEVELOPMENT -> Verdict.MISMATCH;
            case LAB_TESTED -> Verdict.PARTIAL;
            case AVAILABLE_FOR_DEMONSTRATION, ON_THE_MARKET -> Verdict.MATCH;
          };
      String evidence = "offer " + offered + ", request needs AVAILABLE_FOR_DEMONSTRATION or more";
      assertThat(on(needsDemo, offer, Criterion.STAGE))
          .isEqualTo(a(Criterion.STAGE, expected, evidence));
      assertThat(on(offer, needsDemo, Criterion.STAGE))
          .isEqualTo(a(Criterion.STAGE, expected, evidence));
    }
    for (IprStatus offered : IprStatus.values()) {
      ProfileContent.Builder offer = offer().ipr(offered);
      Verdict expected =
          switch (offered) {
            case NONE_APPLIED -> Verdict.MISMATCH;
            case SECRET_KNOW_HOW -> Verdict.PARTIAL;
            case APPLIED, GRANTED -> Verdict.MATCH;
          };
      String evidence = "offer " + offered + ", request needs APPLIED or more";
      assertThat(on(needsDemo, offer, Criterion.IPR))
          .isEqualTo(a(Criterion.IPR, expected, evidence));
      assertThat(on(offer, needsDemo, Criterion.IPR))
          .isEqualTo(a(Criterion.IPR, expected, evidence));
    }
  }

  @Test
  void categoriesShareAParentWhenSiblingsOrWhenOneIsTheOthersParent() {
    assertThat(on(request().category(TREATMENT), offer().category(MEMBRANE), Criterion.CATEGORIES))
        .isEqualTo(
            a(Criterion.CATEGORIES, Verdict.PARTIAL, "same parent: 02006 (02006, 02006003)"));
    assertThat(on(request().category(MEMBRANE), offer().category(TREATMENT), Criterion.CATEGORIES))
        .isEqualTo(
            a(Criterion.CATEGORIES, Verdict.PARTIAL, "same parent: 02006 (02006003, 02006)"));
    assertThat(on(request().category(TREATMENT), offer().category(SENSORS), Criterion.CATEGORIES))
        .isEqualTo(a(Criterion.CATEGORIES, Verdict.PARTIAL, "same parent: 02 (02006, 02007)"));
    assertThat(on(request().category(WATER), offer().category(SENSORS), Criterion.CATEGORIES))
        .isEqualTo(a(Criterion.CATEGORIES, Verdict.PARTIAL, "same parent: 02 (02, 02007)"));
  }

  @Test
  void categoriesShareARootFurtherAwayAndNothingAcrossRoots() {
    assertThat(on(request().category(MEMBRANE), offer().category(SENSORS), Criterion.CATEGORIES))
        .isEqualTo(a(Criterion.CATEGORIES, Verdict.PARTIAL, "same root: 02 (02006003, 02007)"));
    assertThat(on(request().category(WATER), offer().category(UV), Criterion.CATEGORIES))
        .isEqualTo(a(Criterion.CATEGORIES, Verdict.PARTIAL, "same root: 02 (02, 02006004)"));
    assertThat(on(request().category(WATER), offer().category(AGRI), Criterion.CATEGORIES))
        .isEqualTo(a(Criterion.CATEGORIES, Verdict.MISMATCH, "no category in common"));
    assertThat(on(request().category(MEMBRANE), offer().category(PRECISION), Criterion.CATEGORIES))
        .isEqualTo(a(Criterion.CATEGORIES, Verdict.MISMATCH, "no category in common"));
  }

  @Test
  void theEvidenceListsEveryExactCategoryOrElseTheParentsBeforeTheRoots() {
    assertThat(
            on(
                request().category(MEMBRANE, PRECISION, UV),
                offer().category(UV, SENSORS, PRECISION),
                Criterion.CATEGORIES))
        .isEqualTo(
            a(
                Criterion.CATEGORIES,
                Verdict.MATCH,
                "same category: 03001",
                "same category: 02006004"));
    assertThat(
            on(
                request().category(MEMBRANE, PRECISION),
                offer().category(SENSORS, UV, AGRI),
                Criterion.CATEGORIES))
        .isEqualTo(
            a(
                Criterion.CATEGORIES,
                Verdict.PARTIAL,
                "same parent: 02006 (02006003, 02006004)",
                "same parent: 03 (03001, 03)",
                "same root: 02 (02006003, 02007)"));
  }

  @Test
  void aCategoryWithoutALineageIsARootOfItsOwn() {
    TechnologyProfile subject = live(1, SAIGON, request().category(MEMBRANE));

    assertThat(
            Matching.assess(subject, live(2, AQUA, offer().category(UV)), Map.of(), AS_OF)
                .on(Criterion.CATEGORIES))
        .isEqualTo(a(Criterion.CATEGORIES, Verdict.MISMATCH, "no category in common"));
    assertThat(
            Matching.assess(subject, live(2, AQUA, offer().category(MEMBRANE)), Map.of(), AS_OF)
                .on(Criterion.CATEGORIES))
        .isEqualTo(a(Criterion.CATEGORIES, Verdict.MATCH, "same category: 02006003"));
    assertThat(
            Matching.assess(
                    subject,
                    live(2, AQUA, offer().category(UV)),
                    Map.of(UV, LINEAGES.get(UV)),
                    AS_OF)
                .on(Criterion.CATEGORIES))
        .isEqualTo(a(Criterion.CATEGORIES, Verdict.MISMATCH, "no category in common"));
    assertThat(
            Matching.assess(
                    subject,
                    live(2, AQUA, offer().category(TREATMENT)),
                    Map.of(MEMBRANE, LINEAGES.get(MEMBRANE)),
                    AS_OF)
                .on(Criterion.CATEGORIES))
        .as("the unknown treatment is still the known membrane's parent")
        .isEqualTo(
            a(Criterion.CATEGORIES, Verdict.PARTIAL, "same parent: 02006 (02006003, 02006)"));
  }

  @Test
  void twoSharedKeywordsOrEveryKeywordOfTheShorterListMatch() {
    assertThat(
            on(
                request().keyword("a", "b", "c"),
                offer().keyword("c", "x", "a"),
                Criterion.KEYWORDS))
        .isEqualTo(a(Criterion.KEYWORDS, Verdict.MATCH, "shared keyword: a", "shared keyword: c"));
    assertThat(on(request().keyword("a"), offer().keyword("x", "a", "y"), Criterion.KEYWORDS))
        .isEqualTo(a(Criterion.KEYWORDS, Verdict.MATCH, "shared keyword: a"));
    assertThat(on(request().keyword("x", "a", "y"), offer().keyword("a"), Criterion.KEYWORDS))
        .isEqualTo(a(Criterion.KEYWORDS, Verdict.MATCH, "shared keyword: a"));
    assertThat(on(request().keyword("a", "b"), offer().keyword("b", "a"), Criterion.KEYWORDS))
        .isEqualTo(a(Criterion.KEYWORDS, Verdict.MATCH, "shared keyword: a", "shared keyword: b"));
  }

  @Test
  void oneSharedKeywordOfSeveralIsPartialAndNoneAMismatch() {
    assertThat(on(request().keyword("a", "b"), offer().keyword("b", "c"), Criterion.KEYWORDS))
        .isEqualTo(a(Criterion.KEYWORDS, Verdict.PARTIAL, "shared keyword: b"));
    assertThat(
            on(
                request().keyword("a", "b", "c"),
                offer().keyword("c", "d", "e"),
                Criterion.KEYWORDS))
        .isEqualTo(a(Criterion.KEYWORDS, Verdict.PARTIAL, "shared keyword: c"));
    assertThat(on(request().keyword("a"), offer().keyword("b"), Criterion.KEYWORDS))
        .isEqualTo(a(Criterion.KEYWORDS, Verdict.MISMATCH, "no keyword in common"));
    assertThat(on(request().keyword("Đổi mới"), offer().keyword("DOI MOI"), Criterion.KEYWORDS))
        .isEqualTo(a(Criterion.KEYWORDS, Verdict.MATCH, "shared keyword: doi moi"));
  }

  @Test
  void partnershipsMatchWhenTheShorterListIsSharedWhollyAndOtherwisePartly() {
    assertThat(
            on(
                request().partnership(PartnershipType.SUPPLIER, PartnershipType.INVESTMENT),
                content(ProfileKind.TECHNOLOGY_OFFER, PartnershipType.SUPPLIER)
                    .partnership(PartnershipType.INVESTMENT, PartnershipType.OUTSOURCING),
                Criterion.PARTNERSHIP))
        .isEqualTo(
            a(
                Criterion.PARTNERSHIP,
                Verdict.PARTIAL,
                "both seek INVESTMENT",
                "both seek SUPPLIER"));
    assertThat(
            on(
                request().partnership(PartnershipType.SUPPLIER),
                content(ProfileKind.TECHNOLOGY_OFFER, PartnershipType.SUPPLIER)
                    .partnership(PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE),
                Criterion.PARTNERSHIP))
        .isEqualTo(
            a(
                Criterion.PARTNERSHIP,
                Verdict.MATCH,
                "both seek COMMERCIAL_WITH_TECHNICAL_ASSISTANCE",
                "both seek SUPPLIER"));
    assertThat(
            on(
                content(ProfileKind.TECHNOLOGY_REQUEST, PartnershipType.COMMERCIAL),
                content(ProfileKind.TECHNOLOGY_OFFER, PartnershipType.COMMERCIAL)
                    .partnership(PartnershipType.SUPPLIER),
                Criterion.PARTNERSHIP))
        .isEqualTo(a(Criterion.PARTNERSHIP, Verdict.MATCH, "both seek COMMERCIAL"));
    assertThat(
            on(
                content(ProfileKind.TECHNOLOGY_REQUEST, PartnershipType.COMMERCIAL)
                    .partnership(PartnershipType.SUPPLIER),
                content(ProfileKind.TECHNOLOGY_OFFER, PartnershipType.COMMERCIAL),
                Criterion.PARTNERSHIP))
        .isEqualTo(a(Criterion.PARTNERSHIP, Verdict.MATCH, "both seek COMMERCIAL"));
  }

  @Test
  void freshnessIsAMatchUpTo90DaysPartialUpTo180AndAMismatchAfter() {
    TechnologyProfile subject = live(1, SAIGON, request());
    int[] days = {0, 90, 91, 180, 181, 364};
    Verdict[] verdicts = {
      Verdict.MATCH,
      Verdict.MATCH,
      Verdict.PARTIAL,
      Verdict.PARTIAL,
      Verdict.MISMATCH,
      Verdict.MISMATCH
    };
    for (int i = 0; i < days.length; i++) {
      assertThat(
              Matching.assess(subject, live(2, AQUA, offer(), days[i]), LINEAGES, AS_OF)
                  .on(Criterion.FRESHNESS))
          .isEqualTo(a(Criterion.FRESHNESS, verdicts[i], fresh(days[i])));
    }
    TechnologyProfile confirmedLater =
        published(profileId(3), AQUA, offer().build(), AS_OF.plusDays(5));
    assertThat(Matching.assess(subject, confirmedLater, LINEAGES, AS_OF).on(Criterion.FRESHNESS))
        .isEqualTo(
            a(
                Criterion.FRESHNESS,
                Verdict.MATCH,
                "confirmed current on 2019-06-06, -5 days before 2019-06-01"));
  }

  @Test
  void anAssessmentNamesEveryMissingArgument() {
    violations(
        () -> Matching.assess(null, null, null, null),
        tuple("subject", Violation.REQUIRED),
        tuple("candidate", Violation.REQUIRED),
        tuple("lineages", Violation.REQUIRED),
        tuple("asOf", Violation.REQUIRED));
  }

  // ---- gaps ------------------------------------------------------------------------------------

  @Test
  void aLiveProfileThatSaysEverythingHasNoGap() {
    TechnologyProfile full =
        live(
            1,
            SAIGON,
            request()
                .category(MEMBRANE)
                .keyword("membrane")
                .sought(io.github.coplan.testing.Fixtures.vi("Đối tác"))
                .stage(DevelopmentStage.CONCEPT)
                .ipr(IprStatus.NONE_APPLIED),
            180);

    assertThat(Matching.gaps(full, AS_OF)).isEmpty();
    assertThat(Matching.gaps(full, AS_OF.plusDays(1))).containsExactly(Gap.STALE);
    assertThat(Matching.gaps(full, AS_OF.plusDays(185))).containsExactly(Gap.NOT_LIVE, Gap.STALE);
  }

  @Test
  void aDraftThatSaysNothingLacksEverythingButFreshness() {
    TechnologyProfile draft =
        restored(profileId(1), SAIGON, request().build(), ProfileStatus.DRAFT, null, null);

    assertThat(Matching.gaps(draft, AS_OF))
        .containsExactly(
            Gap.NOT_LIVE,
            Gap.NO_CATEGORIES,
            Gap.NO_KEYWORDS,
            Gap.NOTHING_SOUGHT,
            Gap.NO_STAGE,
            Gap.NO_IPR);
    violations(
        () -> Matching.gaps(null, null),
        tuple("subject", Violation.REQUIRED),
        tuple("asOf", Violation.REQUIRED));
  }

  // ---- ranking ---------------------------------------------------------------------------------

  @Test
  void theHigherScoreComesFirstAndTheLimitKeepsTheBest() {
    TechnologyProfile subject = live(1, SAIGON, request().category(MEMBRANE).keyword("membrane"));
    TechnologyProfile best = live(2, AQUA, offer().category(MEMBRANE).keyword("membrane"));
    TechnologyProfile second = live(3, AQUA, offer().category(MEMBRANE));
    TechnologyProfile third = live(4, NEGEV, offer().category(UV));
    List<TechnologyProfile> candidates = List.of(third, best, second);

    Matches all = Matching.rank(subject, candidates, LINEAGES, AS_OF, 5);
    Matches two = Matching.rank(subject, candidates, LINEAGES, AS_OF, 2);
    Matches one = Matching.rank(subject, candidates, LINEAGES, AS_OF, 1);

    assertThat(all.subject()).isEqualTo(subject);
    assertThat(all.asOf()).isEqualTo(AS_OF);
    assertThat(all.matches())
        .extracting(m -> m.candidate().id(), Match::score)
        .containsExactly(
            tuple(best.id(), 30 + 24 + 16 + 10),
            tuple(second.id(), 30 + 16 + 10),
            tuple(third.id(), 15 + 16 + 10));
    assertThat(two.matches()).extracting(Match::candidate).containsExactly(best, second);
    assertThat(one.matches()).extracting(Match::candidate).containsExactly(best);
    assertThat(Matching.rank(subject, List.of(best, second, third), LINEAGES, AS_OF, 3).matches())
        .extracting(Match::candidate)
        .containsExactly(best, second, third);
    assertThat(all.gaps())
        .containsExactly(Gap.NOTHING_SOUGHT, Gap.NO_STAGE, Gap.NO_IPR)
        .isEqualTo(Matching.gaps(subject, AS_OF));
    assertThat(Matching.rank(subject, List.of(), Map.of(), AS_OF, 1).matches()).isEmpty();
  }

  @Test
  void atEqualScoresMoreMatchedCriteriaComeFirst() {
    TechnologyProfile subject =
        live(1, SAIGON, request().stage(DevelopmentStage.LAB_TESTED).ipr(IprStatus.APPLIED));
    // stage a match (10), protection a mismatch (0)
    TechnologyProfile oneMatch =
        live(3, AQUA, offer().stage(DevelopmentStage.ON_THE_MARKET).ipr(IprStatus.NONE_APPLIED));
    // stage partial (5), protection partial (5)
    TechnologyProfile twoPartials =
        live(
            2,
            AQUA,
            offer().stage(DevelopmentStage.UNDER_DEVELOPMENT).ipr(IprStatus.SECRET_KNOW_HOW));

    List<Match> ranked =
        Matching.rank(subject, List.of(twoPartials, oneMatch), LINEAGES, AS_OF, 10).matches();

    assertThat(ranked)
        .extracting(m -> m.candidate().id(), Match::score)
        .containsExactly(tuple(oneMatch.id(), 36), tuple(twoPartials.id(), 36));
    assertThat(
            Matching.rank(subject, List.of(oneMatch, twoPartials), LINEAGES, AS_OF, 10).matches())
        .extracting(Match::candidate)
        .containsExactly(oneMatch, twoPartials);
  }

  @Test
  void atEqualScoresAndMatchesTheMoreRecentlyConfirmedComesFirstThenTheLowerId() {
    TechnologyProfile subject = live(1, SAIGON, request());
    TechnologyProfile older = live(2, AQUA, offer(), 50);
    TechnologyProfile newer = live(9, AQUA, offer(), 40);
    TechnologyProfile twin = live(5, NEGEV, offer(), 40);
    TechnologyProfile stale = live(6, AQUA, offer(), 200);
    TechnologyProfile draft =
        restored(profileId(3), AQUA, offer().build(), ProfileStatus.DRAFT, null, null);
    List<TechnologyProfile> candidates = new ArrayList<>(List.of(draft, stale, older, newer, twin));

    List<TechnologyProfile> ranked =
        Matching.rank(subject, candidates, LINEAGES, AS_OF, 10).matches().stream()
            .map(Match::candidate)
            .toList();

    assertThat(ranked).containsExactly(twin, newer, older, stale, draft);
    java.util.Collections.reverse(candidates);
    assertThat(Matching.rank(subject, candidates, LINEAGES, AS_OF, 10).matches())
        .extracting(Match::candidate)
        .containsExactly(twin, newer, older, stale, draft);
  }

  @Test
  void theIdTieBreakComparesTheIdsText() {
    TechnologyProfile subject = live(1, SAIGON, request());
    // ids whose text and UUID order disagree: a UUID compares its high bits signed
    ProfileId low = new ProfileId(new java.util.UUID(0x7000_0000_0000_0000L, 1));
    ProfileId high = new ProfileId(new java.util.UUID(0x8000_0000_0000_0000L, 1));
    TechnologyProfile a = published(low, AQUA, offer().build(), AS_OF);
    TechnologyProfile b = published(high, AQUA, offer().build(), AS_OF);

    assertThat(low.value().compareTo(high.value())).isPositive();
    assertThat(Matching.rank(subject, List.of(b, a), LINEAGES, AS_OF, 10).matches())
        .extracting(Match::candidate)
        .containsExactly(a, b);
    assertThat(
            Matching.RANKING.compare(
                Matching.assess(subject, a, LINEAGES, AS_OF),
                Matching.assess(subject, b, LINEAGES, AS_OF)))
        .isNegative();
  }

  @Test
  void aRankingNamesEveryMissingArgumentAndALimitBelowOne() {
    violations(
        () -> Matching.rank(null, null, LINEAGES, AS_OF, 0),
        tuple("subject", Violation.REQUIRED),
        tuple("candidates", Violation.REQUIRED),
        tuple("limit", Violation.OUT_OF_RANGE));
    TechnologyProfile subject = live(1, SAIGON, request());
    assertThat(
            invalidInput(() -> Matching.rank(subject, List.of(), LINEAGES, AS_OF, 0)).violations())
        .extracting(Violation::message)
        .containsExactly("at least 1, was 0");
    violation(
        () -> Matching.rank(subject, Arrays.asList(subject, null), LINEAGES, AS_OF, 1),
        "candidates[1]",
        Violation.REQUIRED);
  }

  // ---- the values of a match -------------------------------------------------------------------

  @Test
  void theWeightsAddUpTo100AndAPartialScoresHalf() {
    assertThat(Criterion.values())
        .extracting(Criterion::weight)
        .containsExactly(30, 24, 16, 10, 10, 10);
    assertThat(Arrays.stream(Criterion.values()).mapToInt(Criterion::weight).sum()).isEqualTo(100);
    for (Criterion c : Criterion.values()) {
      assertThat(c.points(Verdict.MATCH)).isEqualTo(c.weight());
      assertThat(c.points(Verdict.PARTIAL)).isEqualTo(c.weight() / 2);
      assertThat(c.points(Verdict.MISMATCH)).isZero();
      assertThat(c.points(Verdict.UNKNOWN)).isZero();
    }
    assertThat(Criterion.KEYWORDS.points(Verdict.PARTIAL)).isEqualTo(12);
    assertThat(Verdict.values())
        .containsExactly(Verdict.MATCH, Verdict.PARTIAL, Verdict.MISMATCH, Verdict.UNKNOWN);
    assertThat(Gap.values())
        .containsExactly(
            Gap.NOT_LIVE,
            Gap.NO_CATEGORIES,
            Gap.NO_KEYWORDS,
            Gap.NOTHING_SOUGHT,
            Gap.NO_STAGE,
            Gap.NO_IPR,
            Gap.STALE);
    assertThat(Matching.FRESH_DAYS).isEqualTo(90);
    assertThat(Matching.STALE_DAYS).isEqualTo(180);
  }

  @Test
  void anAssessmentCopiesItsEvidenceAndNamesWhatIsMissing() {
    List<String> evidence = new ArrayList<>(List.of("same category: 02"));
    Assessment assessment = new Assessment(Criterion.CATEGORIES, Verdict.PARTIAL, evidence);
    evidence.add("more");

    assertThat(assessment.evidence()).containsExactly("same category: 02");
    assertThat(assessment.points()).isEqualTo(15);
    violations(
        () -> new Assessment(null, null, null),
        tuple("criterion", Violation.REQUIRED),
        tuple("verdict", Violation.REQUIRED),
        tuple("evidence", Violation.REQUIRED));
    violation(
        () -> new Assessment(Criterion.IPR, Verdict.MATCH, Arrays.asList("a", null)),
        "evidence[1]",
        Violation.REQUIRED);
  }

  @Test
  void aMatchsScoreIsTheSumOfItsPoints() {
    TechnologyProfile candidate = live(2, AQUA, offer());
    List<Assessment> explanation =
        new ArrayList<>(
            List.of(
                a(Criterion.CATEGORIES, Verdict.MATCH, "same category: 02"),
                a(Criterion.KEYWORDS, Verdict.PARTIAL, "shared keyword: a")));

    Match m = new Match(candidate, 42, explanation);
    explanation.clear();

    assertThat(m.explanation()).hasSize(2);
    assertThat(m.on(Criterion.KEYWORDS).verdict()).isEqualTo(Verdict.PARTIAL);
    assertThat(invalidInput(() -> new Match(candidate, 43, m.explanation())).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "score", Violation.OUT_OF_RANGE, "the score is the sum of the points, 42, was 43"));
    violation(() -> new Match(candidate, 41, m.explanation()), "score", Violation.OUT_OF_RANGE);
    violations(
        () -> new Match(null, 0, null),
        tuple("candidate", Violation.REQUIRED),
        tuple("explanation", Violation.REQUIRED));
    assertThat(new Match(candidate, 0, List.of()).score()).isZero();
  }

  @Test
  void matchesCopyTheirListsAndNameWhatIsMissing() {
    TechnologyProfile subject = live(1, SAIGON, request());
    List<Match> list = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>(List.of(Gap.NO_IPR));

    Matches matches = new Matches(subject, AS_OF, list, gaps);
    list.add(new Match(subject, 0, List.of()));
    gaps.clear();

    assertThat(matches.matches()).isEmpty();
    assertThat(matches.gaps()).containsExactly(Gap.NO_IPR);
    violations(
        () -> new Matches(null, null, null, null),
        tuple("subject", Violation.REQUIRED),
        tuple("asOf", Violation.REQUIRED),
        tuple("matches", Violation.REQUIRED),
        tuple("gaps", Violation.REQUIRED));
  }
}

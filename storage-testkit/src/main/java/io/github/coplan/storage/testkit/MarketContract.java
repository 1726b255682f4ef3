package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.Coplan;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddDocument;
import io.github.coplan.application.AdvanceIntroduction;
import io.github.coplan.application.ChangeProfileStatus;
import io.github.coplan.application.DraftProfile;
import io.github.coplan.application.GrantRole;
import io.github.coplan.application.Introduce;
import io.github.coplan.application.LoadTaxonomy;
import io.github.coplan.application.ReviseProfile;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.AccessDeniedException;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.history.FieldChange;
import io.github.coplan.domain.market.AgreementKind;
import io.github.coplan.domain.market.Assessment;
import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.CategoryLineage;
import io.github.coplan.domain.market.Criterion;
import io.github.coplan.domain.market.DevelopmentStage;
import io.github.coplan.domain.market.Gap;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionStage;
import io.github.coplan.domain.market.IprStatus;
import io.github.coplan.domain.market.MarketCounts;
import io.github.coplan.domain.market.Match;
import io.github.coplan.domain.market.Matches;
import io.github.coplan.domain.market.PartnershipType;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.ProfileStatus;
import io.github.coplan.domain.market.Side;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.market.Verdict;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.CandidateQuery;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The technology marketplace on a store: the hard criteria of matching, each excluding a candidate;
 * every verdict with its evidence; stable ranking; expiry, extension and freshness computed from
 * dates on read; the introduction lifecycle with its illegal steps refused; the counts of a content
 * area; the store's own candidate retrieval, exactly as {@link CandidateQuery} describes it;
 * accent-insensitive search; typed errors for bad input, each changing nothing.
 *
 * <p>The market is built through the use cases, on a clock the tests move: profiles are published,
 * confirmed and extended on the days the rules need.
 */
public abstract class MarketContract extends StorageContract {

  private static final LocalDate START = LocalDate.of(2019, 3, 1);
  private static final LocalDate AS_OF = LocalDate.of(2019, 3, 10);

  private static final CategoryCode WATER = CategoryCode.of("water");
  private static final CategoryCode TREATMENT = CategoryCode.of("water.treatment");
  private static final CategoryCode MEMBRANE = CategoryCode.of("water.treatment.membrane");
  private static final CategoryCode UV = CategoryCode.of("water.treatment.uv");
  private static final CategoryCode SUPPLY = CategoryCode.of("water.supply");
  private static final CategoryCode AGRI = CategoryCode.of("agri");
  private static final CategoryCode SENSORS = CategoryCode.of("agri.precision.sensors");
  private static final CategoryCode PRECISION = CategoryCode.of("agri.precision");
  private static final CategoryCode HEALTH = CategoryCode.of("health");
  private static final CategoryCode DEVICES = CategoryCode.of("health.devices");

  private final MovableClock clock = new MovableClock();
  private Coplan market;
  private UseCases system;

  private Organisation saigonWater;
  private Organisation aqua;
  private Organisation negev;
  private Organisation jerusalemMedical;
  private Organisation dost;
  private Person lan;
  private Person avi;
  private Person stranger;

  /** For subclasses. */
  protected MarketContract() {}

  /** The taxonomy, five organisations, their contacts; the clock on 2019-03-01. */
  @BeforeEach
  protected void buildTheMarket() {
    clock.set(START);
    market = Coplan.builder().storage(storage()).clock(clock).idSource(this::nextId).build();
    system = market.actingAs(ACTOR);
    system
        .market()
        .loadTaxonomy(
            new LoadTaxonomy(
                List.of(
                    new Category(WATER, null, viEn("Nước", "Water")),
                    new Category(TREATMENT, WATER, viEn("Xử lý nước", "Water treatment")),
                    new Category(MEMBRANE, TREATMENT, en("Membranes")),
                    new Category(UV, TREATMENT, en("Ultraviolet")),
                    new Category(SUPPLY, WATER, en("Water supply")),
                    new Category(AGRI, null, en("Agriculture")),
                    new Category(PRECISION, AGRI, en("Precision agriculture")),
                    new Category(SENSORS, PRECISION, en("Sensors")),
                    new Category(HEALTH, null, en("Health")),
                    new Category(DEVICES, HEALTH, en("Medical devices")))));
    saigonWater =
        insert(
            newOrganisation(
                organisationProfile(
                    "Saigon Water JSC", OrganisationType.PRIVATE_SECTOR, CountryCode.VN)));
    aqua =
        insert(
            newOrganisation(
                organisationProfile(
                    "Aqua Tech Ltd", OrganisationType.PRIVATE_SECTOR, CountryCode.IL)));
    negev =
        insert(
            newOrganisation(
                organisationProfile(
                    "Negev Agritech", OrganisationType.PRIVATE_SECTOR, CountryCode.IL)));
    jerusalemMedical =
        insert(
            newOrganisation(
                organisationProfile(
                    "Jerusalem Medical", OrganisationType.PRIVATE_SECTOR, CountryCode.IL)));
    dost = insert(newOrganisation(dostHcmcProfile()));
    lan =
        insert(
            newPerson(
                PersonProfile.of("Trần Thị Lan", CountryCode.VN),
                new Affiliation(saigonWater.id(), "Director", LocalDate.of(2018, 1, 1), null)));
    avi =
        insert(
            newPerson(
                PersonProfile.of("Avi Cohen", CountryCode.IL),
                new Affiliation(aqua.id(), "CTO", LocalDate.of(2018, 1, 1), null)));
    stranger = insert(newPerson("Người lạ", CountryCode.VN));
  }

  // ---- hard criteria -------------------------------------------------------------------------

  /** Each hard criterion excludes a candidate that passes every other one. */
  @Test
  protected void eachHardCriterionExcludesACandidate() {
    clock.set(LocalDate.of(2018, 1, 2));
    TechnologyProfile expired = published(aqua, avi, offer(MEMBRANE, "membrane"));
    clock.set(START);
    TechnologyProfile request = published(saigonWater, lan, request(MEMBRANE, "membrane"));
    TechnologyProfile good = published(aqua, avi, offer(MEMBRANE, "membrane"));
    TechnologyProfile targetsVietnam =
        published(negev, avi, offer(MEMBRANE, "membrane").targetCountry(CountryCode.VN));
    TechnologyProfile businessOffer =
        published(negev, avi, offer(MEMBRANE, "membrane").kind(ProfileKind.BUSINESS_OFFER));
    TechnologyProfile anotherRequest =
        published(jerusalemMedical, avi, request(MEMBRANE, "membrane"));
    TechnologyProfile sameOwner = published(saigonWater, lan, offer(MEMBRANE, "membrane"));
    TechnologyProfile draft = drafted(negev, avi, offer(MEMBRANE, "membrane"));
    TechnologyProfile withdrawn = published(jerusalemMedical, avi, offer(MEMBRANE, "membrane"));
    system.market().changeStatus(ChangeProfileStatus.withdraw(withdrawn.id()));
    TechnologyProfile closed = published(jerusalemMedical, avi, offer(MEMBRANE, "membrane"));
    system.market().changeStatus(ChangeProfileStatus.close(closed.id()));
    TechnologyProfile elsewhere =
        published(
            negev,
            avi,
            offer(MEMBRANE, "membrane").targetCountry(CountryCode.IL, CountryCode.of("SG")));
    clock.set(AS_OF.plusDays(1));
    TechnologyProfile later = published(aqua, avi, offer(MEMBRANE, "membrane"));

    assertThat(candidateIds(request.id(), AS_OF))
        .as("only the candidates that pass every hard criterion")
        .containsExactly(good.id(), targetsVietnam.id());
    assertThat(candidateIds(request.id(), AS_OF.plusDays(1)))
        .as("the profile published the next day is live that day, and the freshest")
        .containsExactly(later.id(), good.id(), targetsVietnam.id());
    assertThat(List.of(expired, businessOffer, anotherRequest, sameOwner, draft, elsewhere))
        .extracting(TechnologyProfile::id)
        .doesNotContainAnyElementsOf(candidateIds(request.id(), AS_OF.plusDays(1)));

    // From the offers' side: an offer that targets countries gets the requests from them only.
    assertThat(candidateIds(good.id(), AS_OF)).containsExactly(request.id(), anotherRequest.id());
    assertThat(candidateIds(elsewhere.id(), AS_OF)).containsExactly(anotherRequest.id());
    assertThat(candidateIds(targetsVietnam.id(), AS_OF)).containsExactly(request.id());
  }

  /**
   * A research-and-development request is matched only with technology offers that seek research
   * cooperation, and such an offer with it.
   */
  @Test
  protected void aResearchRequestWantsOffersThatSeekResearchCooperation() {
    TechnologyProfile research =
        published(
            dost,
            lan,
            request(SENSORS, "soil sensor")
                .kind(ProfileKind.RESEARCH_REQUEST)
                .partnership(PartnershipType.RESEARCH_COOPERATION));
    TechnologyProfile commercialOnly = published(negev, avi, offer(SENSORS, "soil sensor"));
    TechnologyProfile researching =
        published(
            negev,
            avi,
            offer(SENSORS, "soil sensor").partnership(PartnershipType.RESEARCH_COOPERATION));

    assertThat(candidateIds(research.id(), AS_OF)).containsExactly(researching.id());
    assertThat(candidateIds(researching.id(), AS_OF)).containsExactly(research.id());
    assertThat(candidateIds(commercialOnly.id(), AS_OF)).isEmpty();
  }

  // ---- verdicts, scores and ranking ----------------------------------------------------------

  /** Every verdict of every criterion, with its evidence, and the score and rank they give. */
  @Test
  protected void everyVerdictComesWithItsEvidence() {
    clock.set(LocalDate.of(2018, 8, 1));
    TechnologyProfile sameRoot =
        published(
            negev,
            avi,
            content(ProfileKind.TECHNOLOGY_OFFER, "Pumps")
                .category(SUPPLY)
                .keyword("desalination", "pumps")
                .partnership(PartnershipType.SUPPLIER)
                .stage(DevelopmentStage.CONCEPT)
                .ipr(IprStatus.NONE_APPLIED));
    clock.set(LocalDate.of(2018, 11, 1));
    TechnologyProfile sameParent =
        published(
            jerusalemMedical,
            avi,
            content(ProfileKind.TECHNOLOGY_OFFER, "UV disinfection")
                .category(UV)
                .keyword("membrane", "ozone")
                .partnership(PartnershipType.INVESTMENT, PartnershipType.OUTSOURCING)
                .stage(DevelopmentStage.LAB_TESTED)
                .ipr(IprStatus.APPLIED));
    clock.set(START);
    TechnologyProfile request =
        published(
            saigonWater,
            lan,
            content(ProfileKind.TECHNOLOGY_REQUEST, "Membrane desalination")
                .category(MEMBRANE, SENSORS)
                .keyword("Membrane", "desalination", "nước sạch")
                .partnership(
                    PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE,
                    PartnershipType.INVESTMENT)
                .stage(DevelopmentStage.AVAILABLE_FOR_DEMONSTRATION)
                .ipr(IprStatus.GRANTED));
    TechnologyProfile exact =
        published(
            aqua,
            avi,
            content(ProfileKind.TECHNOLOGY_OFFER, "Reverse osmosis")
                .category(MEMBRANE)
                .keyword("MEMBRANE", "Desalination")
                .partnership(
                    PartnershipType.INVESTMENT,
                    PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE)
                .stage(DevelopmentStage.ON_THE_MARKET)
                .ipr(IprStatus.GRANTED));
    TechnologyProfile unknowns =
        published(
            negev,
            avi,
            content(ProfileKind.TECHNOLOGY_OFFER, "Filters")
                .keyword("membrane")
                .partnership(PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE));
    TechnologyProfile otherCategory =
        published(
            jerusalemMedical,
            avi,
            content(ProfileKind.TECHNOLOGY_OFFER, "Dialysis")
                .category(DEVICES)
                .keyword("desalination")
                .partnership(PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE)
                .stage(DevelopmentStage.ON_THE_MARKET)
                .ipr(IprStatus.GRANTED));

    Matches matches = system.market().matches(request.id(), AS_OF, 10);

    assertThat(matches.subject()).isEqualTo(request);
    assertThat(matches.asOf()).isEqualTo(AS_OF);
    assertThat(matches.gaps()).containsExactly(Gap.NOTHING_SOUGHT);
    assertThat(matches.matches())
        .extracting(m -> m.candidate().id(), Match::score)
        .containsExactly(
            tuple(exact.id(), 100),
            tuple(otherCategory.id(), 70),
            tuple(unknowns.id(), 50),
            tuple(sameParent.id(), 50),
            tuple(sameRoot.id(), 27));

    assertExplained(
        matches.matches().get(0),
        verdict(Criterion.CATEGORIES, Verdict.MATCH, "same category: water.treatment.membrane"),
        verdict(
            Criterion.KEYWORDS,
            Verdict.MATCH,
            "shared keyword: membrane",
            "shared keyword: desalination"),
        verdict(
            Criterion.PARTNERSHIP,
            Verdict.MATCH,
            "both seek INVESTMENT",
            "both seek COMMERCIAL_WITH_TECHNICAL_ASSISTANCE"),
        verdict(
            Criterion.STAGE,
            Verdict.MATCH,
            "offer ON_THE_MARKET, request needs AVAILABLE_FOR_DEMONSTRATION or more"),
        verdict(Criterion.IPR, Verdict.MATCH, "offer GRANTED, request needs GRANTED or more"),
        verdict(
            Criterion.FRESHNESS,
            Verdict.MATCH,
            "confirmed current on 2019-03-01, 9 days before 2019-03-10"));
    assertExplained(
        matches.matches().get(1),
        verdict(Criterion.CATEGORIES, Verdict.MISMATCH, "no category in common"),
        verdict(Criterion.KEYWORDS, Verdict.MATCH, "shared keyword: desalination"),
        verdict(
            Criterion.PARTNERSHIP, Verdict.MATCH, "both seek COMMERCIAL_WITH_TECHNICAL_ASSISTANCE"),
        verdict(
            Criterion.STAGE,
            Verdict.MATCH,
            "offer ON_THE_MARKET, request needs AVAILABLE_FOR_DEMONSTRATION or more"),
        verdict(Criterion.IPR, Verdict.MATCH, "offer GRANTED, request needs GRANTED or more"),
        verdict(
            Criterion.FRESHNESS,
            Verdict.MATCH,
            "confirmed current on 2019-03-01, 9 days before 2019-03-10"));
    assertExplained(
        matches.matches().get(2),
        verdict(Criterion.CATEGORIES, Verdict.UNKNOWN, "the candidate has no category"),
        verdict(Criterion.KEYWORDS, Verdict.MATCH, "shared keyword: membrane"),
        verdict(
            Criterion.PARTNERSHIP, Verdict.MATCH, "both seek COMMERCIAL_WITH_TECHNICAL_ASSISTANCE"),
        verdict(Criterion.STAGE, Verdict.UNKNOWN, "the offer does not give its stage"),
        verdict(
            Criterion.IPR,
            Verdict.UNKNOWN,
            "the offer does not give its intellectual-property status"),
        verdict(
            Criterion.FRESHNESS,
            Verdict.MATCH,
            "confirmed current on 2019-03-01, 9 days before 2019-03-10"));
    assertExplained(
        matches.matches().get(3),
        verdict(
            Criterion.CATEGORIES,
            Verdict.PARTIAL,
            "same parent: water.treatment (water.treatment.membrane, water.treatment.uv)"),
        verdict(Criterion.KEYWORDS, Verdict.PARTIAL, "shared keyword: membrane"),
        verdict(Criterion.PARTNERSHIP, Verdict.PARTIAL, "both seek INVESTMENT"),
        verdict(
            Criterion.STAGE,
            Verdict.PARTIAL,
            "offer LAB_TESTED, request needs AVAILABLE_FOR_DEMONSTRATION or more"),
        verdict(Criterion.IPR, Verdict.PARTIAL, "offer APPLIED, request needs GRANTED or more"),
        verdict(
            Criterion.FRESHNESS,
            Verdict.PARTIAL,
            "confirmed current on 2018-11-01, 129 days before 2019-03-10"));
    assertExplained(
        matches.matches().get(4),
        verdict(
            Criterion.CATEGORIES,
            Verdict.PARTIAL,
            "same root: water (water.treatment.membrane, water.supply)"),
        verdict(Criterion.KEYWORDS, Verdict.PARTIAL, "shared keyword: desalination"),
        verdict(
            Criterion.PARTNERSHIP,
            Verdict.MISMATCH,
            "the profile seeks [INVESTMENT, COMMERCIAL_WITH_TECHNICAL_ASSISTANCE], the candidate"
                + " [SUPPLIER]"),
        verdict(
            Criterion.STAGE,
            Verdict.MISMATCH,
            "offer CONCEPT, request needs AVAILABLE_FOR_DEMONSTRATION or more"),
        verdict(
            Criterion.IPR, Verdict.MISMATCH, "offer NONE_APPLIED, request needs GRANTED or more"),
        verdict(
            Criterion.FRESHNESS,
            Verdict.MISMATCH,
            "confirmed current on 2018-08-01, 221 days before 2019-03-10"));

    // The same question gets the same answer, and a limit keeps the best.
    assertThat(system.market().matches(request.id(), AS_OF, 10)).isEqualTo(matches);
    assertThat(system.market().matches(request.id(), AS_OF, 2).matches())
        .isEqualTo(matches.matches().subList(0, 2));

    // Confirming the stale candidate current makes it fresh again.
    system.market().changeStatus(ChangeProfileStatus.confirm(sameRoot.id()));
    Match confirmed = system.market().matches(request.id(), AS_OF, 10).matches().get(4);
    assertThat(confirmed.on(Criterion.FRESHNESS))
        .isEqualTo(
            verdict(
                Criterion.FRESHNESS,
                Verdict.MATCH,
                "confirmed current on 2019-03-01, 9 days before 2019-03-10"));
    assertThat(confirmed.score()).isEqualTo(37);
  }

  /**
   * Candidates that score alike are ranked by criteria matched, then the most recently confirmed,
   * then their ids: the same order every time.
   */
  @Test
  protected void tiesAreBrokenTheSameWayEveryTime() {
    TechnologyProfile request = published(saigonWater, lan, request(MEMBRANE, "membrane"));
    TechnologyProfile first = published(aqua, avi, offer(MEMBRANE, "membrane"));
    TechnologyProfile second = published(negev, avi, offer(MEMBRANE, "membrane"));
    TechnologyProfile third = published(jerusalemMedical, avi, offer(MEMBRANE, "membrane"));
    clock.set(START.plusDays(5));
    system.market().changeStatus(ChangeProfileStatus.confirm(third.id()));

    Matches matches = system.market().matches(request.id(), AS_OF, 10);

    assertThat(matches.matches()).extracting(Match::score).containsExactly(100, 100, 100);
    assertThat(matches.matches())
        .extracting(m -> m.candidate().id())
        .containsExactly(third.id(), first.id(), second.id());
    for (int i = 0; i < 3; i++) {
      assertThat(system.market().matches(request.id(), AS_OF, 10)).isEqualTo(matches);
    }
  }

  /** A profile that lacks what matching uses is told so; one not live gets nothing and says so. */
  @Test
  protected void aProfileIsToldWhatItLacks() {
    TechnologyProfile bare =
        drafted(
            saigonWater,
            lan,
            content(ProfileKind.TECHNOLOGY_REQUEST, "Anything")
                .partnership(PartnershipType.COMMERCIAL));
    published(aqua, avi, offer(MEMBRANE, "membrane"));

    Matches asDraft = system.market().matches(bare.id(), AS_OF, 5);
    assertThat(asDraft.matches()).isEmpty();
    assertThat(asDraft.gaps())
        .containsExactly(
            Gap.NOT_LIVE,
            Gap.NO_CATEGORIES,
            Gap.NO_KEYWORDS,
            Gap.NOTHING_SOUGHT,
            Gap.NO_STAGE,
            Gap.NO_IPR);

    system.market().changeStatus(ChangeProfileStatus.publish(bare.id()));
    Matches published = system.market().matches(bare.id(), AS_OF, 5);
    assertThat(published.matches()).as("it shares no category and no keyword").isEmpty();
    assertThat(published.gaps())
        .containsExactly(
            Gap.NO_CATEGORIES, Gap.NO_KEYWORDS, Gap.NOTHING_SOUGHT, Gap.NO_STAGE, Gap.NO_IPR);
    assertThat(system.market().matches(bare.id(), START.plusDays(181), 5).gaps())
        .contains(Gap.STALE);
  }

  // ---- lifecycle, expiry, extension ----------------------------------------------------------

  /** Expiry is computed from the dates; an extension comes once, in the 30 days before expiry. */
  @Test
  protected void profilesExpireAndAreExtendedOnceInTheLastThirtyDays() {
    TechnologyProfile offer = published(aqua, avi, offer(MEMBRANE, "membrane"));
    LocalDate expiry = LocalDate.of(2020, 2, 29); // 365 days after 2019-03-01
    assertThat(offer.publishedOn()).isEqualTo(START);
    assertThat(offer.expiresOn()).contains(expiry);
    assertThat(offer.isLiveOn(expiry.minusDays(1))).isTrue();
    assertThat(offer.isLiveOn(expiry)).isFalse();
    assertThat(liveIds(expiry.minusDays(1))).containsExactly(offer.id());
    assertThat(liveIds(expiry)).isEmpty();

    clock.set(expiry.minusDays(31));
    assertRuleRefused(
        RuleCode.PROFILE_EXTENSION_TOO_EARLY,
        () -> system.market().changeStatus(ChangeProfileStatus.extend(offer.id(), 365)));

    clock.set(expiry.minusDays(30));
    TechnologyProfile extended =
        system
            .market()
            .changeStatus(ChangeProfileStatus.extend(offer.id(), 365).expecting(offer.version()));
    assertThat(extended.extensionDays()).isEqualTo(365);
    assertThat(extended.expiresOn()).contains(LocalDate.of(2021, 2, 28));
    assertThat(extended.confirmedOn()).isEqualTo(expiry.minusDays(30));
    assertThat(extended.version()).isEqualTo(offer.version() + 1);
    assertThat(system.market().get(offer.id())).isEqualTo(extended);
    assertThat(liveIds(expiry)).containsExactly(offer.id());

    assertRuleRefused(
        RuleCode.PROFILE_ALREADY_EXTENDED,
        () -> system.market().changeStatus(ChangeProfileStatus.extend(offer.id(), 10)));
    assertRefused(
        ConflictException.class,
        () ->
            system
                .market()
                .changeStatus(ChangeProfileStatus.confirm(offer.id()).expecting(offer.version())));
  }

  /** An expired profile can no longer be confirmed or extended, and gets no match. */
  @Test
  protected void anExpiredProfileIsNoLongerLive() {
    TechnologyProfile request = published(saigonWater, lan, request(MEMBRANE, "membrane"));
    published(aqua, avi, offer(MEMBRANE, "membrane"));
    LocalDate expiry = START.plusDays(365);

    clock.set(expiry);
    assertRuleRefused(
        RuleCode.PROFILE_EXPIRED,
        () -> system.market().changeStatus(ChangeProfileStatus.confirm(request.id())));
    assertRuleRefused(
        RuleCode.PROFILE_EXPIRED,
        () -> system.market().changeStatus(ChangeProfileStatus.extend(request.id(), 30)));
    assertThat(system.market().matches(request.id(), expiry.minusDays(1), 5).matches()).hasSize(1);
    Matches expired = system.market().matches(request.id(), expiry, 5);
    assertThat(expired.matches()).isEmpty();
    assertThat(expired.gaps()).startsWith(Gap.NOT_LIVE);
    // Still published: expiry is not a status.
    assertThat(system.market().get(request.id()).status()).isEqualTo(ProfileStatus.PUBLISHED);
  }

  /** Steps the lifecycle does not allow are refused with the rule, and change nothing. */
  @Test
  protected void illegalLifecycleStepsAreRefused() {
    TechnologyProfile draft = drafted(aqua, avi, offer(MEMBRANE, "membrane"));
    assertRuleRefused(
        RuleCode.PROFILE_ILLEGAL_TRANSITION,
        () -> system.market().changeStatus(ChangeProfileStatus.close(draft.id())));
    assertRuleRefused(
        RuleCode.PROFILE_ILLEGAL_TRANSITION,
        () -> system.market().changeStatus(ChangeProfileStatus.confirm(draft.id())));
    assertRuleRefused(
        RuleCode.PROFILE_ILLEGAL_TRANSITION,
        () -> system.market().changeStatus(ChangeProfileStatus.extend(draft.id(), 5)));
    TechnologyProfile published =
        system.market().changeStatus(ChangeProfileStatus.publish(draft.id()));
    assertRuleRefused(
        RuleCode.PROFILE_ILLEGAL_TRANSITION,
        () -> system.market().changeStatus(ChangeProfileStatus.publish(draft.id())));
    TechnologyProfile closed =
        system.market().changeStatus(ChangeProfileStatus.close(published.id()));
    assertThat(closed.status()).isEqualTo(ProfileStatus.CLOSED);
    assertThat(closed.endedOn()).isEqualTo(START);
    assertRuleRefused(
        RuleCode.PROFILE_ILLEGAL_TRANSITION,
        () -> system.market().changeStatus(ChangeProfileStatus.withdraw(draft.id())));
    assertRuleRefused(
        RuleCode.PROFILE_ILLEGAL_TRANSITION,
        () ->
            system
                .market()
                .revise(new ReviseProfile(draft.id(), avi.id(), offer(UV, "uv").build(), null)));
    assertInvalid(() -> ChangeProfileStatus.extend(draft.id(), 366), "days:out-of-range");
  }

  // ---- introductions and counts --------------------------------------------------------------

  /**
   * An introduction goes from suggestion to agreement; every step out of order is refused, and the
   * counts of the content area follow.
   */
  @Test
  protected void anIntroductionGoesFromSuggestionToAgreement() {
    CooperationPlan plan = insert(newPlan("HCMC-IIA-2018"));
    system
        .plans()
        .addContentArea(
            new AddContentArea(plan.id(), new ContentArea(6, contentAreaTitle(6)), null));
    URI licence = URI.create("https://example.org/licence-2019.pdf");
    system
        .plans()
        .addDocument(
            new AddDocument(
                plan.id(),
                new PlanDocument(DocumentType.AGREEMENT, en("Licence"), licence, null),
                null));
    Activity matchmaking =
        insert(
            newActivity(
                plan.id(),
                details(6, ActivityType.MATCHMAKING_SESSION, en("Matchmaking"), "2019-03")));
    TechnologyProfile request =
        system
            .market()
            .draft(
                new DraftProfile(
                    saigonWater.id(),
                    lan.id(),
                    plan.id(),
                    6,
                    request(MEMBRANE, "membrane").build()));
    system.market().changeStatus(ChangeProfileStatus.publish(request.id()));
    TechnologyProfile offer = published(aqua, avi, offer(MEMBRANE, "membrane"));
    TechnologyProfile businessOffer =
        published(negev, avi, offer(MEMBRANE, "membrane").kind(ProfileKind.BUSINESS_OFFER));

    Introduction suggested = system.market().introduce(new Introduce(request.id(), offer.id()));
    assertThat(suggested.stage()).isEqualTo(IntroductionStage.SUGGESTED);
    assertThat(suggested.plan()).isEqualTo(plan.id());
    assertThat(suggested.contentArea()).isEqualTo(6);
    assertThat(suggested.suggestedOn()).isEqualTo(START);
    assertThat(suggested.version()).isEqualTo(1);
    assertRefused(
        DuplicateException.class,
        () -> system.market().introduce(new Introduce(request.id(), offer.id())));
    assertRuleRefused(
        RuleCode.INTRODUCTION_NOT_A_MATCH,
        () -> system.market().introduce(new Introduce(request.id(), businessOffer.id())));
    assertRuleRefused(
        RuleCode.INTRODUCTION_NOT_A_MATCH,
        () -> system.market().introduce(new Introduce(offer.id(), request.id())));

    assertRuleRefused(
        RuleCode.INTRODUCTION_ILLEGAL_TRANSITION,
        () ->
            system
                .market()
                .advance(AdvanceIntroduction.recordMeeting(suggested.id(), matchmaking.id())));
    clock.set(START.plusDays(2));
    Introduction interested =
        system
            .market()
            .advance(AdvanceIntroduction.expressInterest(suggested.id(), Side.REQUESTER));
    assertRuleRefused(
        RuleCode.INTRODUCTION_ILLEGAL_TRANSITION,
        () ->
            system
                .market()
                .advance(AdvanceIntroduction.expressInterest(suggested.id(), Side.REQUESTER)));
    clock.set(START.plusDays(3));
    interested =
        system.market().advance(AdvanceIntroduction.expressInterest(suggested.id(), Side.OFFERER));
    assertThat(interested.interest())
        .containsExactly(
            java.util.Map.entry(Side.REQUESTER, START.plusDays(2)),
            java.util.Map.entry(Side.OFFERER, START.plusDays(3)));
    assertRuleRefused(
        RuleCode.INTRODUCTION_ILLEGAL_TRANSITION,
        () ->
            system
                .market()
                .advance(
                    AdvanceIntroduction.recordAgreement(
                        suggested.id(), AgreementKind.LICENCE, licence)));
    assertRefused(
        NotFoundException.class,
        () ->
            system
                .market()
                .advance(
                    AdvanceIntroduction.recordMeeting(
                        suggested.id(),
                        new io.github.coplan.domain.activity.ActivityId(nextId()))));
    clock.set(START.plusDays(10));
    Introduction met =
        system
            .market()
            .advance(AdvanceIntroduction.recordMeeting(suggested.id(), matchmaking.id()));
    assertThat(met.meeting()).isEqualTo(matchmaking.id());
    assertThat(met.metOn()).isEqualTo(START.plusDays(10));
    assertRuleRefused(
        RuleCode.INTRODUCTION_UNKNOWN_DOCUMENT,
        () ->
            system
                .market()
                .advance(
                    AdvanceIntroduction.recordAgreement(
                        suggested.id(),
                        AgreementKind.LICENCE,
                        URI.create("https://example.org/other.pdf"))));
    clock.set(LocalDate.of(2019, 6, 1));
    Introduction agreed =
        system
            .market()
            .advance(
                AdvanceIntroduction.recordAgreement(suggested.id(), AgreementKind.LICENCE, licence)
                    .expecting(met.version()));
    assertThat(agreed.stage()).isEqualTo(IntroductionStage.AGREEMENT);
    assertThat(agreed.agreement()).isEqualTo(AgreementKind.LICENCE);
    assertThat(agreed.document()).isEqualTo(licence);
    assertThat(agreed.agreedOn()).isEqualTo(LocalDate.of(2019, 6, 1));
    assertThat(agreed.version()).isEqualTo(5);
    assertRuleRefused(
        RuleCode.INTRODUCTION_ILLEGAL_TRANSITION,
        () ->
            system
                .market()
                .advance(AdvanceIntroduction.decline(suggested.id(), Side.OFFERER, "Too late")));
    assertThat(system.market().introduction(suggested.id())).isEqualTo(agreed);
    assertThat(system.market().introductionsOf(offer.id())).containsExactly(agreed);

    // A second request in the same area is declined.
    TechnologyProfile second =
        system
            .market()
            .draft(
                new DraftProfile(
                    dost.id(), lan.id(), plan.id(), 6, request(MEMBRANE, "membrane").build()));
    system.market().changeStatus(ChangeProfileStatus.publish(second.id()));
    Introduction other = system.market().introduce(new Introduce(second.id(), offer.id()));
    assertInvalid(
        () -> AdvanceIntroduction.decline(other.id(), Side.OFFERER, " \u200b "), "reason:blank");
    clock.set(LocalDate.of(2019, 7, 1));
    Introduction declined =
        system
            .market()
            .advance(AdvanceIntroduction.decline(other.id(), Side.OFFERER, "  No capacity  "));
    assertThat(declined.stage()).isEqualTo(IntroductionStage.DECLINED);
    assertThat(declined.declinedBy()).isEqualTo(Side.OFFERER);
    assertThat(declined.declineReason()).isEqualTo("No capacity");
    assertRuleRefused(
        RuleCode.INTRODUCTION_ILLEGAL_TRANSITION,
        () ->
            system
                .market()
                .advance(AdvanceIntroduction.expressInterest(other.id(), Side.REQUESTER)));
    assertThat(system.market().introductionsOf(offer.id()))
        .containsExactlyElementsOf(
            List.of(agreed, declined).stream()
                .sorted(java.util.Comparator.comparing(i -> i.id().toString()))
                .toList());

    assertThat(
            system.market().counts(plan.id(), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)))
        .containsExactly(new MarketCounts(6, 2, 2, 1, 1, 1, 1));
    assertThat(system.market().counts(plan.id(), START.plusDays(1), LocalDate.of(2019, 5, 31)))
        .containsExactly(new MarketCounts(6, 0, 0, 1, 1, 0, 0));
    assertThat(
            system.market().counts(plan.id(), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
        .containsExactly(new MarketCounts(6, 0, 0, 0, 0, 0, 0));
    assertInvalid(
        () -> system.market().counts(plan.id(), START, START.minusDays(1)), "to:end-before-start");
  }

  /** A side cannot express interest in a profile that does not accept it. */
  @Test
  protected void interestNeedsAnOpenProfile() {
    TechnologyProfile request = published(saigonWater, lan, request(MEMBRANE, "membrane"));
    TechnologyProfile closedOffer =
        published(aqua, avi, offer(MEMBRANE, "membrane").openForInterest(false));
    Introduction suggested =
        system.market().introduce(new Introduce(request.id(), closedOffer.id()));

    assertRuleRefused(
        RuleCode.INTRODUCTION_CLOSED_FOR_INTEREST,
        () ->
            system
                .market()
                .advance(AdvanceIntroduction.expressInterest(suggested.id(), Side.REQUESTER)));
    Introduction offerer =
        system.market().advance(AdvanceIntroduction.expressInterest(suggested.id(), Side.OFFERER));
    assertThat(offerer.stage()).isEqualTo(IntroductionStage.INTEREST_EXPRESSED);
    assertThat(offerer.interestOn()).isEqualTo(START);
  }

  // ---- the store's retrieval -----------------------------------------------------------------

  /**
   * The store's candidates are exactly those {@link CandidateQuery} describes: each key's most
   * recently confirmed postings, capped; filtered; ranked by the keys shared.
   */
  @Test
  protected void theStoreRetrievesCandidatesAsTheQueryDescribes() {
    TechnologyProfile request = published(saigonWater, lan, request(MEMBRANE, "membrane"));
    TechnologyProfile a = published(aqua, avi, offer(MEMBRANE, "pumps"));
    TechnologyProfile b = published(negev, avi, offer(MEMBRANE, "pumps"));
    TechnologyProfile c = published(jerusalemMedical, avi, offer(MEMBRANE, "pumps"));
    TechnologyProfile both = published(aqua, avi, offer(UV, "membrane").category(MEMBRANE));
    TechnologyProfile keywordOnly = published(negev, avi, offer(SENSORS, "Membrane"));
    clock.set(START.plusDays(1));
    system.market().changeStatus(ChangeProfileStatus.confirm(a.id()));

    read(
        r -> {
          CandidateQuery wide = CandidateQuery.of(request, CountryCode.VN, AS_OF, 100, 100);
          assertThat(r.market().candidates(wide))
              .extracting(TechnologyProfile::id)
              .containsExactly(both.id(), a.id(), b.id(), c.id(), keywordOnly.id());
          // Two postings per key: the category's two most recently confirmed (a, then the
          // first by id of those confirmed on the first day: b), the keyword's two (both,
          // keywordOnly); each then ranks by the one key it was posted under.
          CandidateQuery capped = CandidateQuery.of(request, CountryCode.VN, AS_OF, 2, 100);
          assertThat(r.market().candidates(capped))
              .extracting(TechnologyProfile::id)
              .containsExactly(a.id(), b.id(), both.id(), keywordOnly.id());
          assertThat(
                  r.market().candidates(CandidateQuery.of(request, CountryCode.VN, AS_OF, 100, 2)))
              .extracting(TechnologyProfile::id)
              .containsExactly(both.id(), a.id());
          assertThat(r.market().candidates(wide).get(0))
              .isEqualTo(r.market().findProfile(both.id()).orElseThrow());
          return Boolean.TRUE;
        });
  }

  /** Lineages and the taxonomy come from the store; a category keeps its parent. */
  @Test
  protected void theTaxonomyKeepsItsShape() {
    List<Category> taxonomy = system.market().taxonomy();
    assertThat(taxonomy)
        .extracting(Category::code)
        .containsExactly(
            AGRI, HEALTH, WATER, PRECISION, DEVICES, SUPPLY, TREATMENT, SENSORS, MEMBRANE, UV);
    read(
        r -> {
          assertThat(r.market().lineages(List.of(SENSORS, WATER, CategoryCode.of("nothing"))))
              .containsOnly(
                  java.util.Map.entry(SENSORS, new CategoryLineage(SENSORS, PRECISION, AGRI)),
                  java.util.Map.entry(WATER, new CategoryLineage(WATER, null, WATER)));
          return Boolean.TRUE;
        });

    List<Category> renamed =
        system
            .market()
            .loadTaxonomy(
                new LoadTaxonomy(
                    List.of(
                        new Category(UV, TREATMENT, viEn("Tia cực tím", "Ultraviolet light")),
                        new Category(
                            CategoryCode.of("water.treatment.uv.lamps"), UV, en("Lamps")))));
    assertThat(renamed).hasSize(11);
    assertThat(renamed.get(9))
        .isEqualTo(new Category(UV, TREATMENT, viEn("Tia cực tím", "Ultraviolet light")));
    assertRuleRefused(
        RuleCode.CATEGORY_MOVED,
        () ->
            system
                .market()
                .loadTaxonomy(new LoadTaxonomy(List.of(new Category(UV, WATER, en("UV"))))));
    assertRuleRefused(
        RuleCode.CATEGORY_PARENT_UNKNOWN,
        () ->
            system
                .market()
                .loadTaxonomy(
                    new LoadTaxonomy(
                        List.of(
                            new Category(CategoryCode.of("a.b"), CategoryCode.of("a"), en("B"))))));
    assertThat(system.market().taxonomy()).isEqualTo(renamed);
    assertRefused(
        AccessDeniedException.class,
        () ->
            market
                .actingAs(Actor.person(lan.id()))
                .market()
                .loadTaxonomy(new LoadTaxonomy(List.of(new Category(HEALTH, null, en("H"))))));
  }

  // ---- search, access, history, bad input ----------------------------------------------------

  /** Search folds accents and case, in every language of the title, summary and keywords. */
  @Test
  protected void searchFindsTextWithoutItsAccents() {
    TechnologyProfile vietnamese =
        published(
            saigonWater,
            lan,
            content(ProfileKind.TECHNOLOGY_REQUEST, "x")
                .title(viEn("Công nghệ xử lý nước thải bằng màng lọc", "Membrane waste water"))
                .category(MEMBRANE)
                .keyword("màng lọc")
                .partnership(PartnershipType.COMMERCIAL));
    TechnologyProfile hebrew =
        published(
            aqua,
            avi,
            content(ProfileKind.TECHNOLOGY_OFFER, "x")
                .title(LocalizedText.of("he", "טיהור מים"))
                .keyword("desalination")
                .partnership(PartnershipType.COMMERCIAL));

    assertThat(search("cong nghe xu ly nuoc")).containsExactly(vietnamese.id());
    assertThat(search("CÔNG NGHỆ XỬ LÝ")).containsExactly(vietnamese.id());
    assertThat(search("waste WATER")).containsExactly(vietnamese.id());
    assertThat(search("mang loc")).containsExactly(vietnamese.id());
    assertThat(search("טיהור")).containsExactly(hebrew.id());
    assertThat(search("Summary of")).containsExactly(vietnamese.id(), hebrew.id());
    assertThat(search("không có")).isEmpty();
    assertThat(
            system
                .market()
                .search(
                    new ProfileQuery(
                        null, ProfileKind.TECHNOLOGY_OFFER, null, null, null, null, 10)))
        .extracting(TechnologyProfile::id)
        .containsExactly(hebrew.id());
    assertThat(
            system
                .market()
                .search(new ProfileQuery(null, null, null, null, null, vietnamese.id(), 10)))
        .extracting(TechnologyProfile::id)
        .containsExactly(hebrew.id());
    assertThat(system.market().search(new ProfileQuery(null, null, aqua.id(), null, null, null, 1)))
        .extracting(TechnologyProfile::id)
        .containsExactly(hebrew.id());
  }

  /**
   * Staff of the owner act on its profiles; others see published ones only, and a draft looks
   * missing to them. Every step is in the history.
   */
  @Test
  protected void theOwnersStaffActAndTheHistoryRecordsIt() {
    UseCases asLan = market.actingAs(Actor.person(lan.id()));
    UseCases asStranger = market.actingAs(Actor.person(stranger.id()));
    TechnologyProfile draft =
        asLan
            .market()
            .draft(
                DraftProfile.of(saigonWater.id(), lan.id(), request(MEMBRANE, "membrane").build()));
    assertThat(asLan.market().get(draft.id())).isEqualTo(draft);
    assertRefused(NotFoundException.class, () -> asStranger.market().get(draft.id()));
    assertThat(asStranger.market().search(ProfileQuery.all(10))).isEmpty();
    assertRefused(
        AccessDeniedException.class,
        () ->
            asStranger
                .market()
                .draft(
                    DraftProfile.of(saigonWater.id(), lan.id(), request(MEMBRANE, "x").build())));
    assertRefused(
        NotFoundException.class,
        () -> asStranger.market().changeStatus(ChangeProfileStatus.publish(draft.id())));

    TechnologyProfile published =
        asLan.market().changeStatus(ChangeProfileStatus.publish(draft.id()));
    assertThat(asStranger.market().get(draft.id())).isEqualTo(published);
    assertRefused(
        AccessDeniedException.class,
        () -> asStranger.market().changeStatus(ChangeProfileStatus.close(draft.id())));

    // A coordinator of the plan's content area 6 drafts for another organisation in that area.
    CooperationPlan plan = insert(newPlan("HCMC-IIA-2018"));
    system
        .plans()
        .addContentArea(
            new AddContentArea(plan.id(), new ContentArea(6, contentAreaTitle(6)), null));
    system
        .plans()
        .grant(
            new GrantRole(
                plan.id(),
                new Grant(Principal.person(stranger.id()), PlanRole.COORDINATOR, Set.of(6)),
                null));
    TechnologyProfile forTheArea =
        asStranger
            .market()
            .draft(
                new DraftProfile(
                    aqua.id(), avi.id(), plan.id(), 6, offer(MEMBRANE, "membrane").build()));
    assertThat(forTheArea.plan()).isEqualTo(plan.id());
    assertRuleRefused(
        RuleCode.PLAN_CONTENT_AREA_UNKNOWN,
        () ->
            system
                .market()
                .draft(
                    new DraftProfile(
                        aqua.id(), avi.id(), plan.id(), 5, offer(MEMBRANE, "membrane").build())));

    List<ChangeRecord> history =
        read(r -> r.history().ofAggregate(AggregateRef.of(draft.id()), Long.MAX_VALUE, 10));
    assertThat(history)
        .extracting(ChangeRecord::commandName, ChangeRecord::version, ChangeRecord::actor)
        .containsExactly(
            tuple("ChangeProfileStatus.Publish", 2L, Actor.person(lan.id())),
            tuple("DraftProfile", 1L, Actor.person(lan.id())));
    assertThat(history.get(0).changes())
        .containsExactly(
            new FieldChange("confirmedOn", null, "2019-03-01"),
            new FieldChange("publishedOn", null, "2019-03-01"),
            new FieldChange("status", "DRAFT", "PUBLISHED"));
  }

  /** Bad input is refused with a typed error naming it, and changes nothing. */
  @Test
  protected void badInputIsRefusedAndChangesNothing() {
    assertRuleRefused(
        RuleCode.PROFILE_UNKNOWN_CATEGORY,
        () ->
            system
                .market()
                .draft(
                    DraftProfile.of(
                        aqua.id(),
                        avi.id(),
                        offer(CategoryCode.of("no.such.category"), "x").build())));
    assertRefused(
        NotFoundException.class,
        () ->
            system
                .market()
                .draft(
                    DraftProfile.of(
                        new io.github.coplan.domain.organisation.OrganisationId(nextId()),
                        avi.id(),
                        offer(MEMBRANE, "x").build())));
    assertRefused(NotFoundException.class, () -> system.market().get(new ProfileId(nextId())));
    assertInvalid(
        () -> new DraftProfile(aqua.id(), avi.id(), null, 6, offer(MEMBRANE, "x").build()),
        "contentArea:out-of-range");
    assertInvalid(
        () -> offer(MEMBRANE, "a", "b", "c", "d", "e", "f").build(), "keywords:out-of-range");
    assertInvalid(() -> offer(MEMBRANE, "a", "A").build(), "keywords[1]:duplicate");
    assertInvalid(
        () ->
            offer(MEMBRANE, "a")
                .partnership(
                    PartnershipType.INVESTMENT,
                    PartnershipType.OUTSOURCING,
                    PartnershipType.SUPPLIER)
                .build(),
        "partnerships:out-of-range");
    assertInvalid(
        () -> offer(MEMBRANE, "a").title(en("x".repeat(257))).build(), "title.en:too-long");
    assertInvalid(
        () -> offer(MEMBRANE, "a").summary(en("x".repeat(501))).build(), "summary.en:too-long");
    TechnologyProfile request = published(saigonWater, lan, request(MEMBRANE, "membrane"));
    assertInvalid(() -> system.market().matches(request.id(), AS_OF, 0), "limit:out-of-range");
    assertInvalid(() -> system.market().matches(request.id(), AS_OF, 101), "limit:out-of-range");
    assertInvalid(() -> CategoryCode.of("has space"), "code:malformed");
    assertInvalid(() -> new LoadTaxonomy(List.of()), "categories:out-of-range");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private List<ProfileId> candidateIds(ProfileId subject, LocalDate asOf) {
    return system.market().matches(subject, asOf, 100).matches().stream()
        .map(m -> m.candidate().id())
        .toList();
  }

  private List<ProfileId> liveIds(LocalDate day) {
    return system.market().search(new ProfileQuery(null, null, null, null, day, null, 100)).stream()
        .map(TechnologyProfile::id)
        .toList();
  }

  private List<ProfileId> search(String text) {
    return system
        .market()
        .search(new ProfileQuery(text, null, null, null, null, null, 100))
        .stream()
        .map(TechnologyProfile::id)
        .toList();
  }

  private TechnologyProfile drafted(
      Organisation owner, Person contact, ProfileContent.Builder content) {
    return system.market().draft(DraftProfile.of(owner.id(), contact.id(), content.build()));
  }

  private TechnologyProfile published(
      Organisation owner, Person contact, ProfileContent.Builder content) {
    TechnologyProfile draft = drafted(owner, contact, content);
    return system.market().changeStatus(ChangeProfileStatus.publish(draft.id()));
  }

  private static ProfileContent.Builder content(ProfileKind kind, String title) {
    return ProfileContent.builder()
        .kind(kind)
        .title(en(title))
        .summary(en("Summary of " + title))
        .description(en("Description of " + title));
  }

  /** A technology request under one category, seeking a licence with assistance. */
  private static ProfileContent.Builder request(CategoryCode category, String... keywords) {
    return content(ProfileKind.TECHNOLOGY_REQUEST, "Request")
        .category(category)
        .keyword(keywords)
        .sought(en("A proven technology and its licence"))
        .partnership(PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE)
        .stage(DevelopmentStage.LAB_TESTED)
        .ipr(IprStatus.APPLIED);
  }

  /** A technology offer under one category, of the same kind of partnership. */
  private static ProfileContent.Builder offer(CategoryCode category, String... keywords) {
    return content(ProfileKind.TECHNOLOGY_OFFER, "Offer")
        .category(category)
        .keyword(keywords)
        .sought(en("A partner to license it"))
        .partnership(PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE)
        .stage(DevelopmentStage.ON_THE_MARKET)
        .ipr(IprStatus.GRANTED);
  }

  private static Assessment verdict(Criterion criterion, Verdict verdict, String... evidence) {
    return new Assessment(criterion, verdict, Arrays.asList(evidence));
  }

  private static void assertExplained(Match match, Assessment... expected) {
    assertThat(match.explanation())
        .as("the explanation of %s", match.candidate().id())
        .containsExactly(expected);
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  /** A clock the tests set to a day, at 02:00 UTC. */
  private static final class MovableClock extends Clock {
    private volatile Instant now = Instant.EPOCH;

    void set(LocalDate day) {
      now = day.atTime(2, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

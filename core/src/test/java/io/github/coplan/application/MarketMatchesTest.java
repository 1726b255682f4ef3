package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.MarketFixtures.AGRI;
import static io.github.coplan.testing.MarketFixtures.MEMBRANE;
import static io.github.coplan.testing.MarketFixtures.SENSORS;
import static io.github.coplan.testing.MarketFixtures.UV;
import static io.github.coplan.testing.MarketFixtures.content;
import static io.github.coplan.testing.MarketFixtures.offer;
import static io.github.coplan.testing.MarketFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.market.Assessment;
import io.github.coplan.domain.market.Criterion;
import io.github.coplan.domain.market.DevelopmentStage;
import io.github.coplan.domain.market.Gap;
import io.github.coplan.domain.market.IprStatus;
import io.github.coplan.domain.market.Match;
import io.github.coplan.domain.market.Matches;
import io.github.coplan.domain.market.PartnershipType;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.market.Verdict;
import io.github.coplan.domain.shared.CountryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Matches through the use case: the store's candidates by the hard criteria and shared keys, the
 * categories' lineages from the taxonomy, scored and ranked; a profile that is not live gets none.
 */
class MarketMatchesTest extends MarketServiceFixture {

  private static final LocalDate AS_OF = TODAY.plusDays(10);

  @Test
  void aRequestIsMatchedWithTheLiveOffersOfOthersThatShareAKeyAndTargetItsCountry() {
    TechnologyProfile subject =
        published(saigon, lan, request().category(MEMBRANE).keyword("membrane", "filtration"));
    TechnologyProfile exact =
        published(aqua, avi, offer().category(MEMBRANE).keyword("Membrane", "Filtration"));
    TechnologyProfile sibling = published(negev, avi, offer().category(UV).keyword("membrane"));
    TechnologyProfile forVietNam =
        published(
            negev,
            avi,
            offer().category(SENSORS).keyword("filtration").targetCountry(CountryCode.VN));
    published(negev, avi, offer().category(MEMBRANE).targetCountry(CountryCode.IL));
    published(saigon, lan, offer().category(MEMBRANE).keyword("membrane"));
    draft(aqua, avi, offer().category(MEMBRANE).keyword("membrane"));
    published(
        aqua,
        avi,
        content(ProfileKind.BUSINESS_OFFER, PartnershipType.COMMERCIAL_WITH_TECHNICAL_ASSISTANCE)
            .category(MEMBRANE));
    published(aqua, avi, offer().category(AGRI).keyword("drones"));

    Matches matches = as(stranger).market().matches(subject.id(), AS_OF, 10);

    assertThat(matches.subject()).isEqualTo(subject);
    assertThat(matches.asOf()).isEqualTo(AS_OF);
    assertThat(matches.gaps()).containsExactly(Gap.NOTHING_SOUGHT, Gap.NO_STAGE, Gap.NO_IPR);
    assertThat(matches.matches())
        .extracting(m -> m.candidate().id(), Match::score)
        .containsExactly(
            tuple(exact.id(), 80), tuple(sibling.id(), 65), tuple(forVietNam.id(), 65));
    assertThat(matches.matches().get(0).candidate()).isEqualTo(exact);
    assertThat(matches.matches().get(1).explanation())
        .containsExactly(
            new Assessment(
                Criterion.CATEGORIES,
                Verdict.PARTIAL,
                List.of("same parent: 02006 (02006003, 02006004)")),
            new Assessment(Criterion.KEYWORDS, Verdict.MATCH, List.of("shared keyword: membrane")),
            new Assessment(
                Criterion.PARTNERSHIP,
                Verdict.MATCH,
                List.of("both seek COMMERCIAL_WITH_TECHNICAL_ASSISTANCE")),
            new Assessment(
                Criterion.STAGE, Verdict.UNKNOWN, List.of("the offer does not give its stage")),
            new Assessment(
                Criterion.IPR,
                Verdict.UNKNOWN,
                List.of("the offer does not give its intellectual-property status")),
            new Assessment(
                Criterion.FRESHNESS,
                Verdict.MATCH,
                List.of("confirmed current on " + TODAY + ", 10 days before " + AS_OF)));
    assertThat(matches.matches().get(2).on(Criterion.CATEGORIES).evidence())
        .containsExactly("same root: 02 (02006003, 02007)");
    assertThat(system.market().matches(subject.id(), AS_OF, 2).matches())
        .extracting(m -> m.candidate().id())
        .containsExactly(exact.id(), sibling.id());
  }

  @Test
  void anOfferIsMatchedWithRequestsFromItsTargetCountriesAndResearchIfItSeeksIt() {
    TechnologyProfile subject =
        published(
            aqua,
            avi,
            offer()
                .partnership(PartnershipType.RESEARCH_COOPERATION)
                .keyword("membrane")
                .targetCountry(CountryCode.VN));
    TechnologyProfile fromVietNam = published(saigon, lan, request().keyword("membrane"));
    TechnologyProfile research =
        published(
            dost,
            lan,
            content(ProfileKind.RESEARCH_REQUEST, PartnershipType.RESEARCH_COOPERATION)
                .keyword("membrane"));
    published(negev, avi, request().keyword("membrane"));

    assertThat(system.market().matches(subject.id(), AS_OF, 10).matches())
        .extracting(m -> m.candidate().id(), Match::score)
        .containsExactly(tuple(fromVietNam.id(), 50), tuple(research.id(), 50));
  }

  @Test
  void aResearchRequestIsMatchedOnlyWithOffersThatSeekResearchCooperation() {
    TechnologyProfile subject =
        published(
            saigon,
            lan,
            content(ProfileKind.RESEARCH_REQUEST, PartnershipType.RESEARCH_COOPERATION)
                .keyword("membrane"));
    TechnologyProfile cooperating =
        published(
            aqua,
            avi,
            offer().partnership(PartnershipType.RESEARCH_COOPERATION).keyword("membrane"));
    published(negev, avi, offer().keyword("membrane"));

    assertThat(system.market().matches(subject.id(), AS_OF, 10).matches())
        .extracting(Match::candidate)
        .containsExactly(cooperating);
  }

  @Test
  void aProfileThatSharesNoKeyGetsNoCandidate() {
    TechnologyProfile subject = published(saigon, lan, request());
    published(aqua, avi, offer().category(MEMBRANE).keyword("membrane"));

    Matches matches = system.market().matches(subject.id(), AS_OF, 10);

    assertThat(matches.matches()).isEmpty();
    assertThat(matches.gaps())
        .containsExactly(
            Gap.NO_CATEGORIES, Gap.NO_KEYWORDS, Gap.NOTHING_SOUGHT, Gap.NO_STAGE, Gap.NO_IPR);
  }

  @Test
  void aProfileThatIsNotLiveOnTheDayGetsNoMatchAndSaysSo() {
    TechnologyProfile draft = draft(saigon, lan, request().keyword("membrane"));
    TechnologyProfile live = published(saigon, lan, request().keyword("membrane"));
    published(aqua, avi, offer().keyword("membrane"));

    Matches ofDraft = as(lan).market().matches(draft.id(), AS_OF, 5);
    Matches beforePublication = system.market().matches(live.id(), TODAY.minusDays(1), 5);
    Matches afterExpiry = system.market().matches(live.id(), TODAY.plusDays(365), 5);

    assertThat(ofDraft.matches()).isEmpty();
    assertThat(ofDraft.gaps())
        .containsExactly(
            Gap.NOT_LIVE, Gap.NO_CATEGORIES, Gap.NOTHING_SOUGHT, Gap.NO_STAGE, Gap.NO_IPR);
    assertThat(ofDraft.subject()).isEqualTo(draft);
    assertThat(beforePublication.matches()).isEmpty();
    assertThat(beforePublication.gaps()).startsWith(Gap.NOT_LIVE);
    assertThat(afterExpiry.matches()).isEmpty();
    assertThat(afterExpiry.gaps())
        .containsExactly(
            Gap.NOT_LIVE,
            Gap.NO_CATEGORIES,
            Gap.NOTHING_SOUGHT,
            Gap.NO_STAGE,
            Gap.NO_IPR,
            Gap.STALE);
    assertThat(system.market().matches(live.id(), TODAY.plusDays(364), 5).matches()).hasSize(1);
  }

  @Test
  void matchesNeedAProfileTheActorSeesADayAndALimitOfOneTo100() {
    TechnologyProfile draft = draft(saigon, lan, request());

    refused(
        () -> as(stranger).market().matches(draft.id(), AS_OF, 5),
        NotFoundException.class,
        new NotFoundException("profile", draft.id().toString()).getMessage());
    refused(
        () -> system.market().matches(draft.id(), AS_OF, 0),
        InvalidInputException.class,
        "invalid input: limit: out-of-range (1 to 100, was 0)");
    violation(
        () -> system.market().matches(draft.id(), AS_OF, 101), "limit", Violation.OUT_OF_RANGE);
    violation(() -> system.market().matches(null, AS_OF, 5), "profile", Violation.REQUIRED);
    violation(() -> system.market().matches(draft.id(), null, 5), "asOf", Violation.REQUIRED);
    assertThat(system.market().matches(draft.id(), AS_OF, 1).matches()).isEmpty();
    assertThat(system.market().matches(draft.id(), AS_OF, 100).matches()).isEmpty();
    assertThat(MarketUseCases.MAX_MATCHES).isEqualTo(100);
  }

  /**
   * {@code count} offers of Aqua's that share the keyword "membrane": excellent ones give the stage
   * and protection the request needs, plain ones nothing of either.
   */
  private List<TechnologyProfile> offers(int count, boolean excellent) {
    List<TechnologyProfile> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      var content = offer().keyword("membrane");
      if (excellent) {
        content.stage(DevelopmentStage.ON_THE_MARKET).ipr(IprStatus.GRANTED);
      }
      out.add(published(aqua, avi, content));
    }
    return out;
  }

  private TechnologyProfile demandingRequest() {
    return published(
        saigon,
        lan,
        request().keyword("membrane").stage(DevelopmentStage.LAB_TESTED).ipr(IprStatus.APPLIED));
  }

  @Test
  void atLeast100CandidatesAreScoredWhateverTheLimit() {
    TechnologyProfile subject = demandingRequest();
    List<TechnologyProfile> excellent = offers(1, true);
    setToday(TODAY.plusDays(1));
    offers(5, false);

    List<Match> best = system.market().matches(subject.id(), TODAY.plusDays(1), 1).matches();

    assertThat(best)
        .extracting(m -> m.candidate().id(), Match::score)
        .containsExactly(tuple(excellent.get(0).id(), 70));
  }

  @Test
  void fiveCandidatesPerMatchAskedForAreScoredPast100() {
    TechnologyProfile subject = demandingRequest();
    List<TechnologyProfile> excellent = offers(30, true);
    setToday(TODAY.plusDays(1));
    offers(120, false);

    List<Match> best = system.market().matches(subject.id(), TODAY.plusDays(1), 30).matches();

    assertThat(best).extracting(Match::candidate).containsExactlyElementsOf(excellent);
    assertThat(best).extracting(Match::score).containsOnly(70);
    assertThat(system.market().matches(subject.id(), TODAY.plusDays(1), 19).matches())
        .extracting(Match::score)
        .containsOnly(50);
  }
}

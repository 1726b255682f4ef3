package io.github.coplan.examples.hcmc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.Coplan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.market.IntroductionStage;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example's content area 6: its matches, explained, its introductions and its counts. */
class ReferenceMarketTest {

  private static final LocalDate NEW_YEAR_2019 = LocalDate.of(2019, 1, 1);

  @Test
  void theExamplePrintsTheMatchesWithTheirExplanationsAndTheCounts(@TempDir Path dir) {
    String report = HcmcIsraelInnovationPlan.run(dir.resolve("hcmc.db"), NEW_YEAR_2019);

    String market = report.substring(report.indexOf("content area 6: technology marketplace"));
    assertThat(market.lines())
        .containsSubsequence(
            "matches on 2019-01-01 for: Membrane waste-water treatment for industrial parks"
                + " (Saigon Green Environment JSC, VN)",
            "  1.  95  Membrane bioreactor for industrial waste water (Negev Membranes Ltd., IL)",
            "       CATEGORIES  MATCH    same category: env.water.membrane",
            "       KEYWORDS    MATCH    shared keyword: membrane bioreactor; shared keyword: waste"
                + " water; shared keyword: water reuse",
            "       FRESHNESS   PARTIAL  confirmed current on 2018-10-01, 92 days before 2019-01-01",
            "  2.  63  UV disinfection of treated waste water (Carmel UV Systems Ltd., IL)",
            "       CATEGORIES  PARTIAL  same parent: env.water (env.water.membrane, env.water.uv)",
            "  3.  47  Low-energy seawater desalination membranes (Negev Membranes Ltd., IL)",
            "what the request lacks: nothing",
            "introductions:",
            "  Membrane bioreactor for industrial waste water: AGREEMENT",
            "    2018-12-06 met at: Technology supply–demand matchmaking on the Technology Exchange"
                + " and Technology Markets",
            "    2019-06-03 agreement: LICENCE"
                + " https://example.org/hcmc-iia/licence-membrane-bioreactor-2019.pdf",
            "  UV disinfection of treated waste water: DECLINED",
            "    2018-10-25 declined by the requester: Disinfection alone does not meet the"
                + " discharge standard",
            "counts 2018-01-01 to 2021-12-31:",
            "  area  published  suggested  interest  meetings  agreements  declined",
            "  6             7          2         1         1           1         1");
  }

  @Test
  void theTitlesFollowTheLanguageAndAProfileNoLongerLiveHasNoMatch(@TempDir Path dir) {
    String report = HcmcIsraelInnovationPlan.run(dir.resolve("hcmc.db"), NEW_YEAR_2019, "vi");
    assertThat(report)
        .contains(
            "matches on 2019-01-01 for: Công nghệ xử lý nước thải bằng màng lọc cho khu công"
                + " nghiệp (Công ty Cổ phần Môi trường Xanh Sài Gòn, VN)");
    String later = HcmcIsraelInnovationPlan.run(dir.resolve("hcmc.db"), LocalDate.of(2021, 12, 31));
    assertThat(later.lines())
        .containsSubsequence(
            "matches on 2021-12-31 for: Membrane waste-water treatment for industrial parks"
                + " (Saigon Green Environment JSC, VN)",
            "  none",
            "what the request lacks: NOT_LIVE, STALE");
  }

  @Test
  void runningTwiceRecordsTheMarketOnce(@TempDir Path dir) {
    Path file = dir.resolve("hcmc.db");
    String first = HcmcIsraelInnovationPlan.run(file, NEW_YEAR_2019);
    String second = HcmcIsraelInnovationPlan.run(file, NEW_YEAR_2019);
    assertThat(second).isEqualTo(first);
    try (Coplan store = Coplan.builder().storage(JdbiStorage.sqlite(file)).build()) {
      UseCases coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
      CooperationPlan plan = coplan.plans().findByCode(ReferencePlan.CODE).orElseThrow();
      List<TechnologyProfile> profiles = coplan.market().search(ProfileQuery.all(100));
      assertThat(profiles).hasSize(7);
      assertThat(profiles).allMatch(p -> plan.id().equals(p.plan()));
      assertThat(coplan.market().taxonomy())
          .isEqualTo(
              ReferenceMarket.TAXONOMY.stream()
                  .sorted(
                      java.util.Comparator.comparing(
                              (io.github.coplan.domain.market.Category c) ->
                                  c.code().code().chars().filter(ch -> ch == '.').count())
                          .thenComparing(c -> c.code().code()))
                  .toList());
      TechnologyProfile request =
          profiles.stream()
              .filter(p -> p.content().kind().isRequest())
              .filter(p -> p.content().title().original().startsWith("Công nghệ xử lý"))
              .findFirst()
              .orElseThrow();
      assertThat(coplan.market().introductionsOf(request.id()))
          .extracting(i -> i.stage())
          .containsExactly(IntroductionStage.AGREEMENT, IntroductionStage.DECLINED);
      assertThat(coplan.plans().get(plan.id()).documents())
          .filteredOn(d -> d.link().toString().endsWith("licence-membrane-bioreactor-2019.pdf"))
          .hasSize(1);
    }
  }
}

package io.github.coplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.Coplan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.market.Match;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.storage.memory.InMemoryStorage;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How well matching finds the true partner of a request on a generated market of 20,000 profiles
 * ({@link MarketData}): 500 planted pairs, each request with five distractor offers that share one
 * or two of its keywords, among 17,000 profiles of every kind. For each planted request, the top 5
 * matches; the planted offer must be among them for at least 95 % of the requests.
 *
 * <p>Each request has one true partner, so recall@5 is the share of requests whose partner is in
 * their top 5, and precision@5 the share of the top-5 places held by a true partner (at most 0.2).
 * The figures are printed and recorded in {@code docs/benchmarks.md}. The market is the same for
 * the same seed; the in-memory store retrieves the candidates exactly as the SQL stores do (the
 * market contract checks it on every store).
 */
class MatchingQualityTest {

  static final long SEED = 20_240_603L;

  @Test
  void thePlantedPartnerIsInTheTopFiveOfAtLeast95PercentOfRequests() {
    MarketData.Market market = MarketData.generate(SEED, 20_000, 500);
    assertThat(market.profiles()).hasSize(20_000);
    assertThat(market.planted()).hasSize(500);
    try (InMemoryStorage storage = InMemoryStorage.create()) {
      MarketData.load(storage, market);
      UseCases coplan =
          Coplan.builder()
              .storage(storage)
              .clock(
                  Clock.fixed(
                      MarketData.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
              .build()
              .actingAs(Actor.system("quality"));

      int hits = 0;
      int places = 0;
      int first = 0;
      for (Map.Entry<ProfileId, ProfileId> pair : market.planted().entrySet()) {
        List<Match> top = coplan.market().matches(pair.getKey(), MarketData.AS_OF, 5).matches();
        places += top.size();
        for (int i = 0; i < top.size(); i++) {
          if (top.get(i).candidate().id().equals(pair.getValue())) {
            hits++;
            first += i == 0 ? 1 : 0;
          }
        }
      }
      double recall = hits / 500.0;
      double precision = hits / (5.0 * 500);
      System.out.printf(
          Locale.ROOT,
          "matching quality on 20,000 profiles, 500 planted pairs: recall@5 %.3f, precision@5"
              + " %.3f (of at most 0.200), partner first %.3f, top-5 places filled %d of 2500%n",
          recall,
          precision,
          first / 500.0,
          places);
      assertThat(recall).as("recall@5").isGreaterThanOrEqualTo(0.95);
      assertThat(places).as("every planted request has five candidates").isEqualTo(2_500);
    }
  }

  @Test
  void theSameSeedGivesTheSameMarket() {
    MarketData.Market a = MarketData.generate(7, 2_000, 50);
    MarketData.Market b = MarketData.generate(7, 2_000, 50);
    assertThat(a.profiles()).isEqualTo(b.profiles());
    assertThat(a.planted()).isEqualTo(b.planted());
    assertThat(MarketData.generate(8, 2_000, 50).profiles()).isNotEqualTo(a.profiles());
  }
}

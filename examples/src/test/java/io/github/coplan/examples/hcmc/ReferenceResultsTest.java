package io.github.coplan.examples.hcmc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.Coplan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.result.Evidence;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.Result;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results framework of the example: its indicators, as printed, and their evidence. */
class ReferenceResultsTest {

  private static final LocalDate NEW_YEAR_2019 = LocalDate.of(2019, 1, 1);

  @Test
  void theExamplePrintsEveryContentAreasIndicatorsWithTheirWorking(@TempDir Path dir) {
    String report = HcmcIsraelInnovationPlan.run(dir.resolve("hcmc.db"), NEW_YEAR_2019);

    assertThat(report.substring(report.indexOf("\nResults and indicators\n")))
        .isEqualTo(
            """

            Results and indicators
              area 1 · outcome: City officials learn from Israel's innovation system
                Officials who attended study tours (derived), 2018-08–2021: 2 of 60 · 3.3 %
                  count of distinct people who attended activities of type STUDY_TOUR as \
            HEAD_OF_DELEGATION or DELEGATE from VN = 2
                  actual / target = 2 / 60 = 0.03333333333333333
              area 2 · output: Universities manage intellectual property
                University staff trained (derived), 2018-08–2021: 0 of 100 · 0 %
                  count of distinct people who attended activities of type TRAINING_COURSE or \
            WORKSHOP in content area 2 as ATTENDEE = 0
                  actual / target = 0 / 100 = 0
              area 3 · output: Incubators managed professionally
                Incubator managers trained (derived), 2018-08–2021: 0 of 30 · 0 %
                  count of distinct people who attended activities of type TRAINING_COURSE in \
            content area 3 as ATTENDEE = 0
                  actual / target = 0 / 30 = 0
              area 4 · output: Start-ups of both countries exchanged
                Start-up founders exchanged (derived), 2018-08–2021: 0 of 20 · 0 %
                  count of distinct people who attended activities of type STARTUP_EXCHANGE in \
            content area 4 = 0
                  actual / target = 0 / 20 = 0
              area 5 · output: The big annual events attended
                Big annual events taken part in (derived), 2018-08–2021: 0 of 8 · 0 %
                  count of completed activities of type EVENT_SHOWCASE in content area 5 = 0
                  actual / target = 0 / 8 = 0
              area 6 · outcome: Technologies transferred
                Technology transfer agreements (derived), 2018-08–2021: 1 of 10 · 10 %
                  count of introductions that reached an agreement in content area 6 = 1
                  actual / target = 1 / 10 = 0.1
                Months from a request's publication to its first pilot (lower is better), \
            2018-08–2021: 15 of 12 · 50 %
                  latest approved observation (observed 2019-06-03) = 15
                  (actual − baseline) / (target − baseline) = (15 − 18) / (12 − 18) = 0.5
              area 7 · output: Israeli experts support the city
                Expert missions to the city (derived), 2018-08–2021: 0 of 6 · 0 %
                  count of completed activities of type EXPERT_MISSION in content area 7 = 0
                  actual / target = 0 / 6 = 0
            """);
  }

  /**
   * The two officials are the tour's head of delegation and delegate; the interpreter (from Vietnam
   * too) and the liaison officer (from Israel) do not count. Running again records nothing twice.
   */
  @Test
  void theOfficialsCountedAreTheTourDelegatesAndNothingIsRecordedTwice(@TempDir Path dir) {
    Path file = dir.resolve("hcmc.db");
    HcmcIsraelInnovationPlan.run(file, NEW_YEAR_2019);
    HcmcIsraelInnovationPlan.run(file, NEW_YEAR_2019);

    try (Coplan store = Coplan.builder().storage(JdbiStorage.sqlite(file)).build()) {
      UseCases coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
      CooperationPlan plan = ReferencePlan.record(coplan);
      List<Result> results = coplan.results().resultsOf(plan.id());
      assertThat(results).extracting(Result::contentArea).containsExactly(1, 2, 3, 4, 5, 6, 7);
      assertThat(results.get(5).indicators()).hasSize(2);
      Indicator officials = results.get(0).indicators().get(0);
      List<Evidence> evidence =
          coplan.results().evidence(officials.id(), officials.periods().get(0).id());
      assertThat(evidence)
          .extracting(e -> coplan.people().get(e.person()).profile().name())
          .containsExactlyInAnyOrder("Lê Văn Minh", "Phạm Thu Hà");
      assertThat(evidence).extracting(Evidence::day).containsOnly(LocalDate.of(2018, 11, 1));
      assertThat(coplan.results().observationsOf(results.get(5).indicators().get(1).id()))
          .hasSize(1);
    }
  }
}

package io.github.coplan.examples.hcmc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.Coplan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network of the example: the tour's connections and DOST HCMC's network, as printed. */
class ReferenceNetworkTest {

  private static final LocalDate NEW_YEAR_2019 = LocalDate.of(2019, 1, 1);

  @Test
  void theExamplePrintsTheConnectionsOfTheTourAndTheNetworkOfDost(@TempDir Path dir) {
    String report = HcmcIsraelInnovationPlan.run(dir.resolve("hcmc.db"), NEW_YEAR_2019);

    assertThat(
            report.substring(
                report.indexOf("\nConnections the tour produced\n"),
                report.indexOf("\nResults and indicators\n")))
        .isEqualTo(
            """

            Connections the tour produced
              Israel Innovation Authority — Lê Văn Minh: stop 1
              Israel Innovation Authority — Nguyễn Hải Yến: stop 1
              Israel Innovation Authority — Phạm Thu Hà: stop 1
              Israel Innovation Authority — Yael Cohen: stop 1
              Jerusalem start-up incubator — Lê Văn Minh: stop 2
              Jerusalem start-up incubator — Nguyễn Hải Yến: stop 2
              Jerusalem start-up incubator — Phạm Thu Hà: stop 2
              Lê Văn Minh — Nguyễn Hải Yến: the tour
              Lê Văn Minh — Phạm Thu Hà: the tour
              Lê Văn Minh — University technology-transfer office, Tel Aviv: stop 3
              Lê Văn Minh — Yael Cohen: the tour
              Nguyễn Hải Yến — Phạm Thu Hà: the tour
              Nguyễn Hải Yến — Yael Cohen: the tour
              Phạm Thu Hà — University technology-transfer office, Tel Aviv: stop 3
              Phạm Thu Hà — Yael Cohen: the tour
              University technology-transfer office, Tel Aviv — Yael Cohen: stop 3

            Network of DOST HCMC on 2019-01-01, depth 2
              1  Jerusalem start-up incubator: partner_of
              1  Nguyễn Thiện Nhân: met 1 time, 2018-05
              2  Lê Văn Minh via Jerusalem start-up incubator: met 1 time, 2018-11-12
              2  Nguyễn Hải Yến via Jerusalem start-up incubator: met 1 time, 2018-11-12
              2  Phạm Thu Hà via Jerusalem start-up incubator: met 1 time, 2018-11-12
            """);
  }

  @Test
  void beforeThePartnershipBeganDostReachesOnlyWhomItMet(@TempDir Path dir) {
    String report =
        HcmcIsraelInnovationPlan.run(dir.resolve("hcmc.db"), LocalDate.of(2018, 11, 30));

    assertThat(
            report.substring(
                report.indexOf("\nNetwork of DOST HCMC"),
                report.indexOf("\nResults and indicators\n")))
        .isEqualTo(
            """

            Network of DOST HCMC on 2018-11-30, depth 2
              1  Nguyễn Thiện Nhân: met 1 time, 2018-05
            """);
  }

  @Test
  void theRelationshipsAreRecordedOnceWithTheTourAsTheirSource(@TempDir Path dir) {
    Path file = dir.resolve("hcmc.db");
    HcmcIsraelInnovationPlan.run(file, NEW_YEAR_2019);
    HcmcIsraelInnovationPlan.run(file, NEW_YEAR_2019);

    try (Coplan store = Coplan.builder().storage(JdbiStorage.sqlite(file)).build()) {
      UseCases coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
      CooperationPlan plan = coplan.plans().findByCode(ReferencePlan.CODE).orElseThrow();
      Activity tour =
          coplan
              .activities()
              .search(ActivityQuery.builder().plan(plan.id()).contentAreas(1).pageSize(50).build())
              .items()
              .stream()
              .filter(a -> a.details().type() == ActivityType.STUDY_TOUR && a.parent() != null)
              .findFirst()
              .orElseThrow();
      List<Relationship> produced =
          coplan.network().relationshipsFrom(RelationshipSource.of(tour.id()));
      assertThat(produced)
          .extracting(r -> r.type().toString(), r -> r.start().toString(), Relationship::plan)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("introduced_to", "2018-11-13", plan.id()),
              org.assertj.core.groups.Tuple.tuple("partner_of", "2018-12", plan.id()));
      assertThat(produced).extracting(Relationship::contentArea).containsExactly(1, 1);
    }
  }
}

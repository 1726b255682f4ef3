package io.github.coplan.examples.hcmc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.Coplan;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.StopStatus;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example's study tour of November 2018, as the README's example command prints it. */
class ReferenceTourTest {

  private static final LocalDate NEW_YEAR_2019 = LocalDate.of(2019, 1, 1);

  @Test
  void theExamplePrintsTheTourWithItsItineraryByLocalDay(@TempDir Path dir) {
    String report = HcmcIsraelInnovationPlan.run(dir.resolve("hcmc.db"), NEW_YEAR_2019);

    assertThat(
            report.substring(
                report.indexOf("\nStudy tour\n"),
                report.indexOf("\nConnections the tour produced\n")))
        .isEqualTo(
            """

            Study tour
            Study tour to Israel, November 2018 — STUDY_TOUR COMPLETED, planned 2018-11, \
            took place 2018-11
            Members:
              Lê Văn Minh — HEAD_OF_DELEGATION ATTENDED, \
            Department of Science and Technology of Ho Chi Minh City
              Phạm Thu Hà — DELEGATE ATTENDED, Department of Science and Technology of Ho Chi Minh City
              Nguyễn Hải Yến — INTERPRETER ATTENDED, \
            Department of Science and Technology of Ho Chi Minh City
              Yael Cohen — LIAISON ATTENDED, Israel Innovation Authority
            Itinerary:
              2018-11-12
                1. 09:30–12:00 Asia/Jerusalem (UTC+02:00) = 2018-11-12T07:30Z–2018-11-12T10:00Z
                   Jerusalem, IL — host Israel Innovation Authority — COMPLETED
                   purpose: Innovation policy and R&D grant programmes
                   met: Lê Văn Minh, Phạm Thu Hà, Nguyễn Hải Yến, Yael Cohen \
            with Israel Innovation Authority
                   outcome: Briefing on the Authority's incubator and R&D grant programmes
                2. 14:00–16:30 Asia/Jerusalem (UTC+02:00) = 2018-11-12T12:00Z–2018-11-12T14:30Z
                   Jerusalem, IL — host Jerusalem start-up incubator — COMPLETED
                   purpose: Incubator management: selection, mentoring and follow-on funding
                   met: Lê Văn Minh, Phạm Thu Hà, Nguyễn Hải Yến with Jerusalem start-up incubator
                   outcome: Agreed to host two HCMC incubator managers for a training
              2018-11-13
                3. 2018-11-13 Asia/Jerusalem = 2018-11-12T22:00Z–2018-11-13T22:00Z
                   Tel Aviv, Campus, IL — host University technology-transfer office, Tel Aviv \
            — COMPLETED
                   purpose: Licensing university research to companies
                   met: Lê Văn Minh, Phạm Thu Hà, Yael Cohen \
            with University technology-transfer office, Tel Aviv
            Relationships recorded afterwards:
              Phạm Thu Hà — introduced to — University technology-transfer office, Tel Aviv, \
            since 2018-11-13
              Department of Science and Technology of Ho Chi Minh City — partner of — \
            Jerusalem start-up incubator, since 2018-12
            """);
  }

  @Test
  void theTourIsAPartOfThePlansStudyToursAndIsRecordedOnce(@TempDir Path dir) {
    Path file = dir.resolve("hcmc.db");
    HcmcIsraelInnovationPlan.run(file, NEW_YEAR_2019);
    HcmcIsraelInnovationPlan.run(file, NEW_YEAR_2019);

    try (Coplan store = Coplan.builder().storage(JdbiStorage.sqlite(file)).build()) {
      UseCases coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
      CooperationPlan plan = coplan.plans().findByCode(ReferencePlan.CODE).orElseThrow();
      var tours =
          coplan
              .activities()
              .search(ActivityQuery.builder().plan(plan.id()).contentAreas(1).pageSize(50).build())
              .items()
              .stream()
              .filter(a -> a.details().type() == ActivityType.STUDY_TOUR)
              .toList();
      assertThat(tours).hasSize(2);
      Activity parent = tours.stream().filter(a -> a.parent() == null).findFirst().orElseThrow();
      Activity tour = tours.stream().filter(a -> a.parent() != null).findFirst().orElseThrow();
      assertThat(tour.parent()).isEqualTo(parent.id());
      assertThat(tour.status()).isEqualTo(ActivityStatus.COMPLETED);
      assertThat(tour.itinerary())
          .extracting(s -> s.place().city(), s -> s.status())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Jerusalem", StopStatus.COMPLETED),
              org.assertj.core.groups.Tuple.tuple("Jerusalem", StopStatus.COMPLETED),
              org.assertj.core.groups.Tuple.tuple("Tel Aviv", StopStatus.COMPLETED));
      assertThat(tour.itinerary().get(0).planned().toString()).isEqualTo("2018-11");
      assertThat(tour.itinerary().get(0).time().toString())
          .isEqualTo("2018-11-12T09:30/2018-11-12T12:00");
    }
  }
}

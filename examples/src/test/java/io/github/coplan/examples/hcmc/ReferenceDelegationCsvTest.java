package io.github.coplan.examples.hcmc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.Coplan;
import io.github.coplan.application.HistoryQuery;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.outputs.csv.CsvReport;
import io.github.coplan.outputs.csv.ParticipantCsv;
import io.github.coplan.storage.jdbi.JdbiStorage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The participant-list acceptance check on the embedded default store: a 10,000-row delegation
 * list, in Vietnamese, imports into one of the reference plan's activities in one unit of a SQLite
 * file, is recorded as one change of the activity, and a second import records nothing twice.
 */
class ReferenceDelegationCsvTest {

  private static final int ROWS = 10_000;

  /** Rows of delegates, every fourth on behalf of the department by its acronym. */
  private static String delegationList() {
    StringBuilder file =
        new StringBuilder("\uFEFFname,country,contact,organisation,position,role,status\r\n");
    for (int i = 1; i <= ROWS; i++) {
      file.append("Nguyễn Thị Đại biểu ").append(i).append(",VN,");
      file.append(i % 3 == 0 ? "daibieu" + i + "@example.vn" : "").append(',');
      file.append(i % 4 == 0 ? "DOST HCMC,Chuyên viên" : ",").append(',');
      file.append(i == 1 ? "head of delegation" : "delegate").append(",invited\r\n");
    }
    return file.toString();
  }

  @Test
  void aTenThousandRowDelegationListImportsIntoTheSqliteFileInOneUnitAndOnce(@TempDir Path dir) {
    try (Coplan store =
        Coplan.builder().storage(JdbiStorage.sqlite(dir.resolve("hcmc.db"))).build()) {
      UseCases coplan = store.actingAs(HcmcIsraelInnovationPlan.ACTOR);
      CooperationPlan plan = ReferencePlan.record(coplan);
      Activity open =
          coplan
              .activities()
              .search(ActivityQuery.builder().plan(plan.id()).pageSize(50).build())
              .items()
              .stream()
              .filter(a -> !a.status().isClosed() && a.participations().isEmpty())
              .findFirst()
              .orElseThrow();
      Organisation dost =
          coplan
              .organisations()
              .search(OrganisationQuery.builder().text("DOST HCMC").build())
              .items()
              .get(0);
      byte[] file = delegationList().getBytes(UTF_8);
      ParticipantCsv csv = ParticipantCsv.of(coplan);

      CsvReport first = csv.importFile(open.id(), new ByteArrayInputStream(file));

      assertThat(first).isEqualTo(new CsvReport(ROWS, ROWS, 0, List.of()));
      List<Participation> participations = coplan.activities().get(open.id()).participations();
      assertThat(participations).hasSize(ROWS);
      assertThat(participations.get(0).role()).isEqualTo(ParticipationRole.HEAD_OF_DELEGATION);
      assertThat(participations.get(3).affiliation())
          .isEqualTo(new AffiliationSnapshot(dost.id(), "Chuyên viên"));
      assertThat(participations.stream().filter(p -> p.affiliation() != null)).hasSize(ROWS / 4);
      assertThat(commandsOf(coplan, open)).first().isEqualTo("AddParticipants");
      int records = commandsOf(coplan, open).size();

      CsvReport second = csv.importFile(open.id(), new ByteArrayInputStream(file));

      assertThat(second).isEqualTo(new CsvReport(ROWS, 0, ROWS, List.of()));
      assertThat(coplan.activities().get(open.id()).participations()).isEqualTo(participations);
      assertThat(commandsOf(coplan, open)).hasSize(records);
    }
  }

  private static List<String> commandsOf(UseCases coplan, Activity activity) {
    return coplan
        .history()
        .of(HistoryQuery.of(AggregateRef.of(activity.id())).pageSize(100))
        .items()
        .stream()
        .map(ChangeRecord::commandName)
        .toList();
  }
}

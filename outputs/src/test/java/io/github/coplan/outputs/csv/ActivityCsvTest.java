package io.github.coplan.outputs.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.junit.CoplanExtension;
import io.github.coplan.junit.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CoplanExtension.class)
class ActivityCsvTest {

  private static final String HEADER =
      "content_area,type,title,title_language,planned,description\r\n";

  private UseCases coplan;
  private ActivityCsv csv;
  private CooperationPlan plan;

  @BeforeEach
  void setUp(UseCases coplan, TestData data) {
    this.coplan = coplan;
    this.csv = ActivityCsv.of(coplan);
    plan = data.plan().contentAreas(2).create();
  }

  private static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(UTF_8));
  }

  private String export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    csv.export(plan.id(), out);
    return out.toString(UTF_8);
  }

  private List<Activity> activities() {
    return coplan
        .activities()
        .search(ActivityQuery.builder().plan(plan.id()).pageSize(500).build())
        .items();
  }

  @Test
  void tenThousandRowsImportInOneUnitAndASecondImportRecordsNothingTwice() {
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 1; i <= 10_000; i++) {
      file.append(i % 2 + 1)
          .append(",meeting,Meeting ")
          .append(i)
          .append(",en,2019-")
          .append(String.format(java.util.Locale.ROOT, "%02d", i % 12 + 1))
          .append(",\r\n");
    }

    CsvReport first = csv.importFile(plan.id(), in(file.toString()));
    CsvReport second = csv.importFile(plan.id(), in(file.toString()));

    assertThat(first).isEqualTo(new CsvReport(10_000, 10_000, 0, List.of()));
    assertThat(second).isEqualTo(new CsvReport(10_000, 0, 10_000, List.of()));
    assertThat(
            coplan
                .activities()
                .search(ActivityQuery.builder().plan(plan.id()).withTotal().build())
                .total())
        .isEqualTo(10_000L);
  }

  @Test
  void partialDatesAndSpansAreReadAsTheCoreReadsThem() {
    String file =
        HEADER
            + "1,workshop,Hội thảo chính sách,vi,2018-Q4,Thảo luận chính sách khởi nghiệp\r\n"
            + "2,STUDY_TOUR,Study tour to Israel,en,2018-11/2019-02,\r\n"
            + "2,training course,הכשרה בתל אביב,he,2019-H2/..,\r\n";

    CsvReport report = csv.importFile(plan.id(), in(file));

    assertThat(report).isEqualTo(new CsvReport(3, 3, 0, List.of()));
    List<Activity> stored = activities();
    assertThat(stored).hasSize(3);
    Activity workshop =
        stored.stream().filter(a -> a.details().type() == ActivityType.WORKSHOP).findFirst().get();
    assertThat(workshop.details().contentArea()).isEqualTo(1);
    assertThat(workshop.details().title()).isEqualTo(LocalizedText.of("vi", "Hội thảo chính sách"));
    assertThat(workshop.details().description())
        .isEqualTo(LocalizedText.of("vi", "Thảo luận chính sách khởi nghiệp"));
    assertThat(workshop.details().planned()).isEqualTo(DateSpan.parse("2018-Q4"));
    assertThat(stored)
        .extracting(a -> a.details().planned().toString())
        .containsExactlyInAnyOrder("2018-Q4", "2018-11/2019-02", "2019-H2/..");
  }

  @Test
  void anExportImportsBackAsNothingNewAndASecondImportRecordsNothingTwice() {
    String file =
        HEADER
            + "1,WORKSHOP,Hội thảo chính sách,vi,2018-Q4,Thảo luận chính sách khởi nghiệp\r\n"
            + "2,STUDY_TOUR,=Study tour,en,2018-11/2019-02,-1 day: @home\r\n";
    assertThat(csv.importFile(plan.id(), in(file))).isEqualTo(new CsvReport(2, 2, 0, List.of()));
    assertThat(activities())
        .extracting(a -> a.details().title().original())
        .contains("=Study tour");

    String exported = export();

    assertThat(exported.lines())
        .containsExactlyInAnyOrder(
            HEADER.strip(),
            "1,WORKSHOP,Hội thảo chính sách,vi,2018-Q4,Thảo luận chính sách khởi nghiệp",
            "2,STUDY_TOUR,'=Study tour,en,2018-11/2019-02,'-1 day: @home");
    assertThat(csv.check(plan.id(), in(exported))).isEqualTo(new CsvReport(2, 0, 2, List.of()));
    assertThat(csv.importFile(plan.id(), in(exported)))
        .isEqualTo(new CsvReport(2, 0, 2, List.of()));
    assertThat(csv.importFile(plan.id(), in(file))).isEqualTo(new CsvReport(2, 0, 2, List.of()));
    assertThat(activities()).hasSize(2);
  }

  @Test
  void theTitleMatchesFoldedInItsLanguage() {
    csv.importFile(plan.id(), in(HEADER + "1,workshop,Hội thảo chính sách,vi,2018-Q4,\r\n"));

    CsvReport again =
        csv.importFile(
            plan.id(),
            in(
                HEADER
                    + "1,Workshop,HOI THAO CHINH SACH,VI,2018-Q4,\r\n"
                    + "1,workshop,Hội thảo chính sách,en,2018-Q4,\r\n"
                    + "1,workshop,Hội thảo chính sách,vi,2018-Q3,\r\n"
                    + "2,workshop,Hội thảo chính sách,vi,2018-Q4,\r\n"
                    + "1,meeting,Hội thảo chính sách,vi,2018-Q4,\r\n"));

    assertThat(again).isEqualTo(new CsvReport(5, 4, 1, List.of()));
    assertThat(activities()).hasSize(5);
  }

  @Test
  void aFileWithFiveBadRowsImportsNothingAndNamesEachRowAndColumn() {
    String file =
        HEADER
            + "1,workshop,Good one,en,2019,\r\n"
            + "1,workshop,Bad date,en,2018-Q5,\r\n"
            + "1,picnic,Bad type,en,2019,\r\n"
            + "3,workshop,Bad area,en,2019,\r\n"
            + "1,workshop,,en,2019,\r\n"
            + "one,workshop,Bad number,en,2019,\r\n"
            + "2,workshop,Another good one,en,2019-03/2019-05,\r\n";

    CsvReport dry = csv.check(plan.id(), in(file));
    CsvReport report = csv.importFile(plan.id(), in(file));

    assertThat(report.rowsRead()).isEqualTo(7);
    assertThat(report.created()).isZero();
    assertThat(report.problems())
        .extracting(CsvProblem::row, CsvProblem::column, CsvProblem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "planned", "csv.malformed"),
            org.assertj.core.groups.Tuple.tuple(4, "type", "csv.unknown-type"),
            org.assertj.core.groups.Tuple.tuple(5, "content_area", "csv.unknown-content-area"),
            org.assertj.core.groups.Tuple.tuple(6, "title", "csv.required"),
            org.assertj.core.groups.Tuple.tuple(7, "content_area", "csv.malformed"));
    assertThat(report.problems().get(1).message()).isEqualTo("no activity type picnic");
    assertThat(report.problems().get(2).message()).isEqualTo("the plan has no content area 3");
    assertThat(dry).isEqualTo(report);
    assertThat(activities()).isEmpty();
  }

  @Test
  void aDryRunWritesNothing() {
    CsvReport dry = csv.check(plan.id(), in(HEADER + "1,workshop,Good one,en,2019,\r\n"));

    assertThat(dry).isEqualTo(new CsvReport(1, 1, 0, List.of()));
    assertThat(activities()).isEmpty();
  }

  @Test
  void nullArgumentsAreInvalidInputAndAnUnknownPlanIsNotFound() {
    assertThatThrownBy(() -> ActivityCsv.of(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> csv.check(null, in(HEADER))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> csv.importFile(plan.id(), null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> csv.export(plan.id(), null)).isInstanceOf(InvalidInputException.class);

    PlanId unknown = PlanId.of("00000000-0000-4000-8000-000000000000");
    assertThatThrownBy(() -> csv.check(unknown, in(HEADER))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> csv.importFile(unknown, in(HEADER)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> csv.export(unknown, new ByteArrayOutputStream()))
        .isInstanceOf(NotFoundException.class);
  }
}

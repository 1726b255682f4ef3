package io.github.coplan.outputs.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.application.HistoryQuery;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.junit.CoplanExtension;
import io.github.coplan.junit.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CoplanExtension.class)
class ParticipantCsvTest {

  private static final String HEADER = "name,country,contact,organisation,position,role,status\r\n";

  private UseCases coplan;
  private ParticipantCsv csv;
  private Organisation dost;
  private Activity visit;

  @BeforeEach
  void setUp(UseCases coplan, TestData data) {
    this.coplan = coplan;
    this.csv = ParticipantCsv.of(coplan);
    dost = data.organisation().name("Sở Khoa học và Công nghệ").acronym("DOST").create();
    CooperationPlan plan = data.plan().create();
    visit = data.activity(plan).title("Delegation visit to Tel Aviv").create();
  }

  private static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(UTF_8));
  }

  private String export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    csv.export(visit.id(), out);
    return out.toString(UTF_8);
  }

  private long people() {
    return Objects.requireNonNull(
        coplan.people().search(PersonQuery.builder().withTotal().build()).total());
  }

  private List<Participation> participations() {
    return coplan.activities().get(visit.id()).participations();
  }

  private Person person(Participation p) {
    return coplan.people().get(((Participant.Person) p.participant()).id());
  }

  private static String generated(int rows) {
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 1; i <= rows; i++) {
      String country = i % 2 == 0 ? "VN" : "IL";
      String contact = i % 3 == 0 ? "delegate" + i + "@example.org" : "";
      String organisation = i % 5 == 0 ? "DOST,Researcher" : ",";
      String role = i == 1 ? "head_of_delegation" : "DELEGATE";
      file.append("Delegate ")
          .append(i)
          .append(',')
          .append(country)
          .append(',')
          .append(contact)
          .append(',')
          .append(organisation)
          .append(',')
          .append(role)
          .append(",confirmed\r\n");
    }
    return file.toString();
  }

  /** The acceptance check's size: a 10,000-row participant file imports in one unit. */
  private static final int ROWS = 10_000;

  @Test
  void tenThousandRowsImportInOneUnitAndASecondImportRecordsNothingTwice() {
    String file = generated(ROWS);
    long peopleBefore = people();

    CsvReport first = csv.importFile(visit.id(), in(file));

    assertThat(first).isEqualTo(new CsvReport(ROWS, ROWS, 0, List.of()));
    assertThat(people()).isEqualTo(peopleBefore + ROWS);
    List<Participation> after = participations();
    assertThat(after).hasSize(ROWS);
    assertThat(after.get(0).role()).isEqualTo(ParticipationRole.HEAD_OF_DELEGATION);
    assertThat(after.get(0).status()).isEqualTo(ParticipationStatus.CONFIRMED);
    assertThat(after.stream().filter(p -> p.affiliation() != null)).hasSize(ROWS / 5);
    assertThat(after.get(4).affiliation())
        .isEqualTo(new AffiliationSnapshot(dost.id(), "Researcher"));
    assertThat(person(after.get(2)).profile().contact()).isEqualTo("delegate3@example.org");
    // the activity's history: its creation and one change that added all 10,000
    assertThat(commandsOf(visit)).containsExactly("AddParticipants", "ProposeActivity");

    CsvReport second = csv.importFile(visit.id(), in(file));

    assertThat(second).isEqualTo(new CsvReport(ROWS, 0, ROWS, List.of()));
    assertThat(people()).isEqualTo(peopleBefore + ROWS);
    assertThat(participations()).hasSize(ROWS);
    assertThat(commandsOf(visit)).hasSize(2);
  }

  @Test
  void aFileThatWouldTakeTheActivityPastItsLimitImportsNothing() {
    String file = generated(Activity.MAX_PARTICIPATIONS + 1);
    long peopleBefore = people();
    CsvProblem tooMany =
        new CsvProblem(
            1,
            "",
            "csv.too-many-participants",
            "the activity holds 0 participations and the file adds 10001; an activity holds at"
                + " most 10000");

    assertThat(csv.check(visit.id(), in(file)))
        .isEqualTo(new CsvReport(10_001, 0, 0, List.of(tooMany)));
    assertThat(csv.importFile(visit.id(), in(file)))
        .isEqualTo(new CsvReport(10_001, 0, 0, List.of(tooMany)));

    assertThat(people()).isEqualTo(peopleBefore);
    assertThat(participations()).isEmpty();
    // a file the activity has room for, and the same file again, which adds nothing
    String two = generated(2);
    assertThat(csv.importFile(visit.id(), in(two))).isEqualTo(new CsvReport(2, 2, 0, List.of()));
    assertThat(csv.check(visit.id(), in(two))).isEqualTo(new CsvReport(2, 0, 2, List.of()));
  }

  private List<String> commandsOf(Activity activity) {
    return coplan
        .history()
        .of(HistoryQuery.of(AggregateRef.of(activity.id())).pageSize(10))
        .items()
        .stream()
        .map(ChangeRecord::commandName)
        .toList();
  }

  @Test
  void aFileWithFiveBadRowsImportsNothingAndNamesEachRowAndColumn() {
    String file =
        HEADER
            + "Nguyễn Văn An,VN,,,,delegate,\r\n"
            + "Trần Thị Bình,VN,,,,chauffeur,\r\n"
            + "Lê Văn Cường,XX,,,,delegate,\r\n"
            + "Phạm Thị Dung,VN,,,,delegate,\r\n"
            + ",VN,,,,delegate,\r\n"
            + "Hoàng Văn Em,VN,,Unknown Institute,Director,delegate,\r\n"
            + "Vũ Thị Phương,VN,,,,delegate,maybe\r\n"
            + "Đặng Văn Giang,VN,,,,expert,attended\r\n";
    long peopleBefore = people();

    CsvReport dry = csv.check(visit.id(), in(file));
    CsvReport report = csv.importFile(visit.id(), in(file));

    List<CsvProblem> expected =
        List.of(
            new CsvProblem(3, "role", "csv.unknown-role", "no participation role chauffeur"),
            new CsvProblem(
                4, "country", "csv.unknown-country", "not an ISO 3166-1 alpha-2 country code: XX"),
            new CsvProblem(6, "name", "csv.required", "name is required"),
            new CsvProblem(
                7,
                "organisation",
                "csv.unknown-organisation",
                "no organisation registered is named Unknown Institute"),
            new CsvProblem(8, "status", "csv.unknown-status", "no participation status maybe"));
    assertThat(report).isEqualTo(new CsvReport(8, 0, 0, expected));
    assertThat(dry).isEqualTo(report);
    assertThat(report.passes()).isFalse();
    assertThat(people()).isEqualTo(peopleBefore);
    assertThat(participations()).isEmpty();
  }

  @Test
  void aDryRunChecksEveryRowAndWritesNothing() {
    String file =
        HEADER
            + "Nguyễn Văn An,VN,an@example.vn,DOST,Deputy director,head of delegation,confirmed\r\n"
            + "Nguyễn Văn An,VN,an@example.vn,,,interpreter,\r\n"
            + "Nguyễn Văn An,VN,AN@example.vn,,,Interpreter,\r\n";
    long peopleBefore = people();

    CsvReport dry = csv.check(visit.id(), in(file));

    assertThat(dry).isEqualTo(new CsvReport(3, 2, 1, List.of()));
    assertThat(people()).isEqualTo(peopleBefore);
    assertThat(participations()).isEmpty();

    CsvReport done = csv.importFile(visit.id(), in(file));

    assertThat(done).isEqualTo(dry);
    assertThat(people()).isEqualTo(peopleBefore + 1);
    List<Participation> after = participations();
    assertThat(after)
        .extracting(Participation::role, Participation::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ParticipationRole.HEAD_OF_DELEGATION, ParticipationStatus.CONFIRMED),
            org.assertj.core.groups.Tuple.tuple(
                ParticipationRole.INTERPRETER, ParticipationStatus.INVITED));
    Person an = person(after.get(0));
    assertThat(person(after.get(1)).id()).isEqualTo(an.id());
    assertThat(an.affiliations()).hasSize(1);
    assertThat(an.affiliations().get(0).organisation()).isEqualTo(dost.id());
    assertThat(an.affiliations().get(0).position()).isEqualTo("Deputy director");
  }

  @Test
  void aWriteTheCoreRefusesMidwayLeavesNothingBehind(TestData data) {
    CooperationPlan plan = data.plan().create();
    Activity cancelled =
        data.activity(plan)
            .status(io.github.coplan.domain.activity.ActivityStatus.CANCELLED)
            .create();
    String file = HEADER + "Nguyễn Văn An,VN,,,,delegate,\r\nTrần Thị Bình,VN,,,,delegate,\r\n";
    long peopleBefore = people();

    assertThat(csv.check(cancelled.id(), in(file))).isEqualTo(new CsvReport(2, 2, 0, List.of()));
    assertThatThrownBy(() -> csv.importFile(cancelled.id(), in(file)))
        .isInstanceOf(io.github.coplan.domain.error.CoplanException.class);

    assertThat(people()).isEqualTo(peopleBefore);
    assertThat(coplan.activities().get(cancelled.id()).participations()).isEmpty();
  }

  @Test
  void aRowWithoutContactIsNeverThePersonWithOne() {
    String file =
        HEADER
            + "Nguyễn Văn An,VN,an@example.vn,,,delegate,\r\n"
            + "Nguyễn Văn An,VN,,,,interpreter,\r\n"
            + "NGUYEN VAN AN,VN,,,,liaison,\r\n";
    long peopleBefore = people();

    assertThat(csv.importFile(visit.id(), in(file))).isEqualTo(new CsvReport(3, 3, 0, List.of()));
    assertThat(csv.importFile(visit.id(), in(file))).isEqualTo(new CsvReport(3, 0, 3, List.of()));
    assertThat(csv.importFile(visit.id(), in(export())))
        .isEqualTo(new CsvReport(3, 0, 3, List.of()));

    assertThat(people()).isEqualTo(peopleBefore + 2);
    List<Participation> after = participations();
    assertThat(after).hasSize(3);
    assertThat(person(after.get(0)).profile().contact()).isEqualTo("an@example.vn");
    assertThat(person(after.get(1)).profile().contact()).isNull();
    assertThat(person(after.get(2)).id()).isEqualTo(person(after.get(1)).id());
  }

  @Test
  void aPersonWithoutContactIsFoundByFoldedNameAndCountry(TestData data) {
    Person registered = data.person().name("Nguyễn Thị Minh Khai").country(CountryCode.VN).create();
    long peopleBefore = people();

    CsvReport report =
        csv.importFile(
            visit.id(),
            in(
                HEADER
                    + "NGUYEN THI MINH KHAI,vn,,,,delegate,\r\nNguyễn Thị Minh Khai,IL,,,,delegate,\r\n"));

    assertThat(report).isEqualTo(new CsvReport(2, 2, 0, List.of()));
    assertThat(people()).isEqualTo(peopleBefore + 1);
    assertThat(person(participations().get(0)).id()).isEqualTo(registered.id());
    assertThat(person(participations().get(1)).profile().country()).isEqualTo(CountryCode.IL);
  }

  @Test
  void withOrWithoutByteOrderMarkTheFileReadsTheSame() {
    String file = HEADER + "Nguyễn Thị Minh Khai,VN,,,,delegate,\r\n";
    byte[] text = file.getBytes(UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    CsvReport bom = csv.importFile(visit.id(), new ByteArrayInputStream(withBom));
    CsvReport plain = csv.importFile(visit.id(), new ByteArrayInputStream(text));

    assertThat(bom).isEqualTo(new CsvReport(1, 1, 0, List.of()));
    assertThat(plain).isEqualTo(new CsvReport(1, 0, 1, List.of()));
    assertThat(person(participations().get(0)).profile().name()).isEqualTo("Nguyễn Thị Minh Khai");
  }

  @Test
  void vietnameseAndHebrewTextSurviveExportAndImportExactly() {
    String file =
        HEADER
            + "Nguyễn Thị Minh Khai,VN,khai@example.vn,Sở Khoa học và Công nghệ,Giám đốc,HEAD_OF_DELEGATION,CONFIRMED\r\n"
            + "דורון לבוביץ',IL,,,,LIAISON,INVITED\r\n";
    assertThat(csv.importFile(visit.id(), in(file))).isEqualTo(new CsvReport(2, 2, 0, List.of()));

    String exported = export();

    assertThat(exported).isEqualTo(file);
    assertThat(person(participations().get(1)).profile().name()).isEqualTo("דורון לבוביץ'");
    long peopleBefore = people();
    assertThat(csv.importFile(visit.id(), in(exported)))
        .isEqualTo(new CsvReport(2, 0, 2, List.of()));
    assertThat(people()).isEqualTo(peopleBefore);
    assertThat(participations()).hasSize(2);
  }

  @Test
  void cellsASpreadsheetWouldRunAreNeutralisedAndComeBackExactly() {
    String file =
        HEADER
            + "'=HYPERLINK(\"x\"),VN,,,,delegate,\r\n"
            + "'+84 Lan,VN,'+84 28 3829 0000,,,delegate,\r\n"
            + "'-Minh,VN,,,,delegate,\r\n"
            + "'@Tuấn,VN,,,,delegate,\r\n"
            + "'''=Hà,VN,,,,delegate,\r\n"
            + "'Ngọc,VN,,,,delegate,\r\n";
    assertThat(csv.importFile(visit.id(), in(file))).isEqualTo(new CsvReport(6, 6, 0, List.of()));

    assertThat(participations().stream().map(p -> person(p).profile().name()))
        .containsExactly("=HYPERLINK(\"x\")", "+84 Lan", "-Minh", "@Tuấn", "''=Hà", "'Ngọc");
    assertThat(person(participations().get(1)).profile().contact()).isEqualTo("+84 28 3829 0000");

    String exported = export();

    assertThat(exported)
        .isEqualTo(
            HEADER
                + "\"'=HYPERLINK(\"\"x\"\")\",VN,,,,DELEGATE,INVITED\r\n"
                + "'+84 Lan,VN,'+84 28 3829 0000,,,DELEGATE,INVITED\r\n"
                + "'-Minh,VN,,,,DELEGATE,INVITED\r\n"
                + "'@Tuấn,VN,,,,DELEGATE,INVITED\r\n"
                + "'''=Hà,VN,,,,DELEGATE,INVITED\r\n"
                + "'Ngọc,VN,,,,DELEGATE,INVITED\r\n");
    long peopleBefore = people();
    assertThat(csv.importFile(visit.id(), in(exported)))
        .isEqualTo(new CsvReport(6, 0, 6, List.of()));
    assertThat(people()).isEqualTo(peopleBefore);
  }

  @Test
  void aHeaderWithAnUnknownOrMissingColumnIsAProblem() {
    String file =
        "name,country,contact,organisation,position,rôle,status,role\r\nAn,VN,,,,delegate,,x\r\n";

    CsvReport report = csv.importFile(visit.id(), in(file));

    assertThat(report.rowsRead()).isEqualTo(1);
    assertThat(report.problems())
        .extracting(CsvProblem::row, CsvProblem::column, CsvProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "rôle", "csv.unknown-column"));

    CsvReport missing = csv.importFile(visit.id(), in("name,country\r\nAn,VN\r\n"));

    assertThat(missing.problems())
        .extracting(CsvProblem::row, CsvProblem::column, CsvProblem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "contact", "csv.missing-column"),
            org.assertj.core.groups.Tuple.tuple(1, "organisation", "csv.missing-column"),
            org.assertj.core.groups.Tuple.tuple(1, "position", "csv.missing-column"),
            org.assertj.core.groups.Tuple.tuple(1, "role", "csv.missing-column"),
            org.assertj.core.groups.Tuple.tuple(1, "status", "csv.missing-column"));
    assertThat(participations()).isEmpty();
  }

  @Test
  void badFilesAreProblemsNotExceptions() {
    assertThat(csv.check(visit.id(), in("")).problems())
        .containsExactly(
            new CsvProblem(
                1,
                "",
                "csv.no-header",
                "the file has no header row: name,country,contact,organisation,position,role,status"));
    assertThat(
            csv.check(visit.id(), new ByteArrayInputStream(new byte[] {(byte) 0xC3, 0x28}))
                .problems())
        .containsExactly(new CsvProblem(1, "", "csv.not-utf-8", "the file is not UTF-8 text"));
    assertThat(csv.check(visit.id(), in(HEADER + "An,VN,,,,delegate\r\n")).problems())
        .containsExactly(
            new CsvProblem(2, "", "csv.cell-count", "the row has 6 cells, the header 7"));
    assertThat(csv.check(visit.id(), in(HEADER + "\"An,VN,,,,delegate,\r\n")).problems())
        .extracting(CsvProblem::row, CsvProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "csv.malformed"));
    assertThat(
            csv.check(
                    visit.id(),
                    in(HEADER + "An,VN,,,Director,delegate,\r\nBa,VN,,DOST,,delegate,\r\n"))
                .problems())
        .containsExactly(
            new CsvProblem(
                2, "organisation", "csv.required", "organisation is required with a position"),
            new CsvProblem(
                3, "position", "csv.required", "position is required with an organisation"));
  }

  @Test
  void nullArgumentsAreInvalidInputAndAnUnknownActivityIsNotFound() {
    assertThatThrownBy(() -> ParticipantCsv.of(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> csv.check(null, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.path())
                    .containsExactly("activity", "in"));
    assertThatThrownBy(() -> csv.importFile(visit.id(), null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> csv.export(null, new ByteArrayOutputStream()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> csv.export(visit.id(), null))
        .isInstanceOf(InvalidInputException.class);

    ActivityId unknown = ActivityId.of("00000000-0000-4000-8000-000000000000");
    assertThatThrownBy(() -> csv.check(unknown, in(HEADER))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> csv.importFile(unknown, in(HEADER)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> csv.export(unknown, new ByteArrayOutputStream()))
        .isInstanceOf(NotFoundException.class);
  }
}

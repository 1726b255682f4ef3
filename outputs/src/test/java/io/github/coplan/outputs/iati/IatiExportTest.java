package io.github.coplan.outputs.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.application.UseCases;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.junit.CoplanExtension;
import io.github.coplan.junit.TestClock;
import io.github.coplan.outputs.iati.Problem.Severity;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CoplanExtension.class)
class IatiExportTest {

  private UseCases coplan;
  private TestClock clock;
  private SmallPlan p;

  @BeforeEach
  void setUp(UseCases coplan, TestClock clock) {
    this.coplan = coplan;
    this.clock = clock;
    clock.setToday(LocalDate.of(2018, 10, 1));
    p = new SmallPlan(coplan, "P-1", "2018-11/2021");
    clock.setToday(LocalDate.of(2019, 6, 30));
  }

  private IatiOptions.Builder options() {
    return IatiOptions.builder(p.dost.id())
        .sector("32182")
        .recipientCountry(CountryCode.VN)
        .clock(clock);
  }

  private byte[] export(IatiOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IatiExport.of(coplan, options).write(p.plan.id(), out);
    byte[] bytes = out.toByteArray();
    IatiSchema.validate(bytes);
    return bytes;
  }

  @Test
  void thePlanPassesItsPreflightWithOneWarningAndItsFileTheOfficialSchema() throws Exception {
    Preflight report = IatiExport.of(coplan, options().build()).preflight(p.plan.id());

    assertThat(report.passes()).isTrue();
    assertThat(report.errors()).isEmpty();
    assertThat(report.problems())
        .containsExactly(
            new Problem(
                Severity.WARNING,
                "iati.participating-org-identifier",
                "organisation[" + p.iia.id() + "].profile.identifiers",
                "Israel Innovation Authority has no identifier in the scheme IATI: it is written by"
                    + " name only"));
    assertThat(export(options().build())).isNotEmpty();
  }

  @Test
  void aPlanIsAnActivityOfHierarchyOneAndEachContentAreaOneOfHierarchyTwo() throws Exception {
    Xml xml = Xml.parse(export(options().build()));

    assertThat(xml.text("/iati-activities/@version")).isEqualTo("2.03");
    assertThat(xml.text("/iati-activities/@generated-datetime")).isEqualTo("2019-06-30T00:00:00Z");
    assertThat(xml.texts("//iati-activity/iati-identifier"))
        .containsExactly("XI-TEST-DOST-P-1", "XI-TEST-DOST-P-1-1", "XI-TEST-DOST-P-1-2");
    assertThat(xml.texts("//iati-activity/@hierarchy")).containsExactly("1", "2", "2");
    assertThat(xml.texts("//iati-activity/@*[local-name()='lang']"))
        .containsExactly("vi", "vi", "vi");
    assertThat(xml.texts("//iati-activity[1]/related-activity/@ref"))
        .containsExactly("XI-TEST-DOST-P-1-1", "XI-TEST-DOST-P-1-2");
    assertThat(xml.texts("//iati-activity[1]/related-activity/@type")).containsExactly("2", "2");
    assertThat(xml.texts("//iati-activity[2]/related-activity/@ref"))
        .containsExactly("XI-TEST-DOST-P-1");
    assertThat(xml.texts("//iati-activity[2]/related-activity/@type")).containsExactly("1");
    assertThat(xml.texts("//iati-activity/activity-status/@code")).containsExactly("2", "2", "2");
  }

  @Test
  void titlesAndDescriptionsComeInEveryLanguageHeldTheDefaultOneWithoutXmlLang() throws Exception {
    Xml xml = Xml.parse(export(options().build()));

    assertThat(xml.texts("//iati-activity[1]/title/narrative"))
        .containsExactly("Kế hoạch hợp tác", "Cooperation plan");
    assertThat(xml.texts("//iati-activity[1]/title/narrative/@*[local-name()='lang']"))
        .containsExactly("en");
    assertThat(xml.texts("//iati-activity[1]/description[@type='1']/narrative"))
        .containsExactly("Thúc đẩy khởi nghiệp", "Promote start-ups");
    assertThat(xml.texts("//iati-activity[3]/title/narrative"))
        .containsExactly("Đào tạo", "Training");

    Xml english = Xml.parse(export(options().language("en").build()));
    assertThat(english.texts("//iati-activity/@*[local-name()='lang']"))
        .containsExactly("en", "en", "en");
    assertThat(english.texts("//iati-activity[1]/title/narrative/@*[local-name()='lang']"))
        .containsExactly("vi");
  }

  @Test
  void participatingOrganisationsHaveTheirIatiRolesTypesAndIdentifiers() throws Exception {
    Xml xml = Xml.parse(export(options().build()));

    assertThat(xml.text("//iati-activity[1]/reporting-org/@ref")).isEqualTo("XI-TEST-DOST");
    assertThat(xml.text("//iati-activity[1]/reporting-org/@type")).isEqualTo("11");
    assertThat(xml.texts("//iati-activity[1]/reporting-org/narrative"))
        .containsExactly("Sở Khoa học và Công nghệ", "Department of Science and Technology");
    assertThat(xml.texts("//iati-activity[1]/participating-org/@role"))
        .containsExactly("2", "4", "4");
    assertThat(xml.texts("//iati-activity[1]/participating-org/@type"))
        .containsExactly("11", "11", "10");
    assertThat(xml.texts("//iati-activity[1]/participating-org/@ref"))
        .containsExactly("XI-TEST-DOST", "XI-TEST-DOST");
    assertThat(xml.count("//iati-activity[1]/participating-org[not(@ref)]")).isEqualTo(1);
    assertThat(xml.text("//iati-activity[1]/participating-org[3]/narrative"))
        .isEqualTo("Israel Innovation Authority");
    assertThat(xml.count("//iati-activity[2]/participating-org")).isEqualTo(3);
  }

  @Test
  void sectorsCountriesAndDocumentsAreWrittenAsGiven() throws Exception {
    Xml xml =
        Xml.parse(
            export(
                IatiOptions.builder(p.dost.id())
                    .sector(new IatiOptions.Sector("1", "32182", new java.math.BigDecimal("60")))
                    .sector(new IatiOptions.Sector("1", "43082", new java.math.BigDecimal("40.0")))
                    .recipientCountry(CountryCode.VN)
                    .clock(clock)
                    .build()));

    assertThat(xml.texts("//iati-activity[1]/sector/@code")).containsExactly("32182", "43082");
    assertThat(xml.texts("//iati-activity[1]/sector/@percentage")).containsExactly("60", "40");
    assertThat(xml.texts("//iati-activity[1]/sector/@vocabulary")).containsExactly("1", "1");
    assertThat(xml.texts("//iati-activity/recipient-country/@code"))
        .containsExactly("VN", "VN", "VN");
    assertThat(xml.count("//recipient-country/@percentage")).isZero();
    assertThat(xml.text("//iati-activity[1]/document-link/@url"))
        .isEqualTo("https://example.org/docs/plan.pdf");
    assertThat(xml.text("//iati-activity[1]/document-link/@format")).isEqualTo("application/pdf");
    assertThat(xml.text("//iati-activity[1]/document-link/category/@code")).isEqualTo("A02");
    assertThat(xml.text("//iati-activity[1]/document-link/document-date/@iso-date"))
        .isEqualTo("2018-08-15");
    assertThat(xml.text("//iati-activity[1]/document-link/title/narrative")).isEqualTo("The plan");
    assertThat(xml.count("//iati-activity[2]/document-link")).isZero();
  }

  @Test
  void resultsGoToTheirContentAreaWithMeasureBaselinePeriodsTargetsAndActuals() throws Exception {
    Xml xml = Xml.parse(export(options().build()));

    // the plan's own result: an observed percentage, target 6 of 10, nothing observed yet
    assertThat(xml.text("//iati-activity[1]/result/@type")).isEqualTo("2");
    assertThat(xml.text("//iati-activity[1]/result/title/narrative")).isEqualTo("Start-ups grow");
    assertThat(xml.text("//iati-activity[1]/result/indicator/@measure")).isEqualTo("2");
    assertThat(xml.text("//iati-activity[1]/result/indicator/@ascending")).isEqualTo("1");
    assertThat(xml.text("//iati-activity[1]/result/indicator/period/period-start/@iso-date"))
        .isEqualTo("2019-01-01");
    assertThat(xml.text("//iati-activity[1]/result/indicator/period/period-end/@iso-date"))
        .isEqualTo("2019-12-31");
    assertThat(xml.text("//iati-activity[1]/result/indicator/period/target/@value"))
        .isEqualTo("60");
    assertThat(xml.count("//iati-activity[1]/result/indicator/period/actual")).isZero();

    // area 1: the derived count of workshops, baseline 0 in 2017, two periods
    assertThat(xml.text("//iati-activity[2]/result/@type")).isEqualTo("1");
    assertThat(xml.text("//iati-activity[2]/result/indicator/@measure")).isEqualTo("1");
    assertThat(xml.text("//iati-activity[2]/result/indicator/baseline/@year")).isEqualTo("2017");
    assertThat(xml.count("//iati-activity[2]/result/indicator/baseline/@iso-date")).isZero();
    assertThat(xml.text("//iati-activity[2]/result/indicator/baseline/@value")).isEqualTo("0");
    assertThat(xml.texts("//iati-activity[2]/result/indicator/period/period-start/@iso-date"))
        .containsExactly("2018-10-01", "2019-01-01");
    assertThat(xml.texts("//iati-activity[2]/result/indicator/period/period-end/@iso-date"))
        .containsExactly("2018-12-31", "2019-12-31");
    assertThat(xml.texts("//iati-activity[2]/result/indicator/period/target/@value"))
        .containsExactly("2", "4");
    // one workshop completed in 2018-Q4; none yet in 2019, a count of none
    assertThat(xml.texts("//iati-activity[2]/result/indicator/period/actual/@value"))
        .containsExactly("1", "0");
    assertThat(xml.count("//iati-activity[3]/result")).isZero();
  }

  @Test
  void aPlanWithoutAReportingOrganisationIdentifierIsNamedInItsPreflightAndNotWritten() {
    IatiExport export =
        IatiExport.of(
            coplan,
            IatiOptions.builder(p.iia.id())
                .sector("32182")
                .recipientCountry(CountryCode.VN)
                .clock(clock)
                .build());

    Preflight report = export.preflight(p.plan.id());

    assertThat(report.passes()).isFalse();
    assertThat(report.errors())
        .containsExactly(
            new Problem(
                Severity.ERROR,
                "iati.reporting-org-identifier",
                "organisation[" + p.iia.id() + "].profile.identifiers",
                "the reporting organisation Israel Innovation Authority has no identifier in the"
                    + " scheme IATI: add one to its profile, or give it in the options"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> export.write(p.plan.id(), out))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("export.not-valid");
              assertThat(e.getMessage())
                  .contains("iati.reporting-org-identifier")
                  .contains("organisation[" + p.iia.id() + "].profile.identifiers");
            });
    assertThat(out.size()).isZero();
  }

  @Test
  void anIdentifierGivenInTheOptionsWinsOverTheStoredOne() throws Exception {
    Xml xml =
        Xml.parse(
            export(
                IatiOptions.builder(p.iia.id())
                    .reportingOrganisationIdentifier("XI-TEST-IIA")
                    .sector("32182")
                    .recipientCountry(CountryCode.VN)
                    .clock(clock)
                    .build()));

    assertThat(xml.texts("//iati-activity/iati-identifier"))
        .containsExactly("XI-TEST-IIA-P-1", "XI-TEST-IIA-P-1-1", "XI-TEST-IIA-P-1-2");
    assertThat(xml.text("//iati-activity[1]/reporting-org/@ref")).isEqualTo("XI-TEST-IIA");
    assertThat(xml.text("//iati-activity[1]/reporting-org/@type")).isEqualTo("10");
  }

  @Test
  void noSectorAndNoRecipientCountryAreErrorsOfTheOptions() {
    Preflight report =
        IatiExport.of(coplan, IatiOptions.builder(p.dost.id()).clock(clock).build())
            .preflight(p.plan.id());

    assertThat(report.errors())
        .extracting(Problem::code, Problem::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("iati.sector", "options.sectors"),
            org.assertj.core.groups.Tuple.tuple(
                "iati.recipient-country", "options.recipientCountries"));
  }

  @Test
  void severalSharesNeedPercentagesThatAddUpToAHundredAndADacCodeFiveDigits() {
    Preflight report =
        IatiExport.of(
                coplan,
                IatiOptions.builder(p.dost.id())
                    .sector("3218")
                    .sector(new IatiOptions.Sector("99", "local-1", null))
                    .recipientCountry(
                        new IatiOptions.RecipientCountry(
                            CountryCode.VN, new java.math.BigDecimal("60")))
                    .recipientCountry(
                        new IatiOptions.RecipientCountry(
                            CountryCode.IL, new java.math.BigDecimal("30")))
                    .clock(clock)
                    .build())
            .preflight(p.plan.id());

    assertThat(report.errors())
        .extracting(Problem::code, Problem::field, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "iati.sector-code",
                "options.sectors[0].code",
                "a DAC 5-digit purpose code has five digits, not 3218"),
            org.assertj.core.groups.Tuple.tuple(
                "iati.sector-percentage",
                "options.sectors",
                "when there are several, each has a percentage"),
            org.assertj.core.groups.Tuple.tuple(
                "iati.recipient-country-percentage",
                "options.recipientCountries",
                "the percentages add up to 90, not 100"));
  }

  @Test
  void preflightProblemsComeErrorsFirst() {
    Preflight report =
        IatiExport.of(coplan, IatiOptions.builder(p.iia.id()).clock(clock).build())
            .preflight(p.plan.id());

    assertThat(report.problems())
        .extracting(Problem::severity)
        .containsExactly(Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.WARNING);
    assertThat(report.warnings())
        .extracting(Problem::code)
        .containsExactly("iati.participating-org-identifier");
    assertThat(report.problems().get(0).toString())
        .isEqualTo(
            "ERROR iati.reporting-org-identifier at organisation["
                + p.iia.id()
                + "].profile.identifiers: the reporting organisation Israel Innovation Authority"
                + " has no identifier in the scheme IATI: add one to its profile, or give it in"
                + " the options");
    assertThat(List.copyOf(report.problems())).isEqualTo(report.problems());
  }
}

package io.github.coplan.outputs.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coplan.application.AddDocument;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.AddPeriod;
import io.github.coplan.application.DefineIndicator;
import io.github.coplan.application.DefineResult;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.UpdateOrganisation;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultType;
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.junit.CoplanExtension;
import io.github.coplan.junit.TestClock;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every problem of the pre-flight report, each with its Coplan field, and bad input. */
@ExtendWith(CoplanExtension.class)
class IatiPreflightTest {

  private static Organisation reporter(UseCases coplan, String iati) {
    return coplan
        .organisations()
        .register(
            new RegisterOrganisation(
                OrganisationProfile.builder()
                    .name(LocalizedText.of("en", "Reporter"))
                    .type(OrganisationType.GOVERNMENT)
                    .country(CountryCode.VN)
                    .identifier(ExternalIdentifier.of("iati", iati))
                    .build()));
  }

  private static IatiExport export(UseCases coplan, Organisation reporter, TestClock clock) {
    return IatiExport.of(
        coplan,
        IatiOptions.builder(reporter.id())
            .sector("32182")
            .recipientCountry(CountryCode.VN)
            .clock(clock)
            .build());
  }

  @Test
  void aDraftWithoutSummaryPeriodOrAnIatiRoleNamesEachField(UseCases coplan, TestClock clock)
      throws Exception {
    Organisation reporter = reporter(coplan, "XI-TEST-1");
    CooperationPlan plan =
        coplan
            .plans()
            .draft(new DraftPlan(PlanCode.of("BARE"), LocalizedText.of("en", "Bare"), null, null));
    coplan.plans().addParty(new AddParty(plan.id(), Party.of(reporter.id(), PartyRole.SIGNATORY)));

    Preflight report = export(coplan, reporter, clock).preflight(plan.id());

    assertThat(report.problems())
        .extracting(Problem::severity, Problem::code, Problem::field)
        .containsExactly(
            tuple(Problem.Severity.ERROR, "iati.participating-org", "plan[BARE].parties"),
            tuple(Problem.Severity.ERROR, "iati.description", "plan[BARE].summary"),
            tuple(Problem.Severity.ERROR, "iati.activity-date", "plan[BARE].period"));
    assertThat(report.errors().get(2).message())
        .isEqualTo("an IATI activity needs a start date: give the plan a period");
  }

  @Test
  void aResultWithoutIndicatorAndPercentagesOutOfRangeOrWithoutDenominator(
      UseCases coplan, TestClock clock) {
    clock.setToday(LocalDate.of(2018, 10, 1));
    SmallPlan p = new SmallPlan(coplan, "P-2", "2018-11/2021");
    clock.setToday(LocalDate.of(2019, 6, 30));
    Result empty =
        coplan
            .results()
            .define(
                DefineResult.of(p.plan.id(), 2, ResultType.IMPACT, LocalizedText.of("en", "None")));
    Result shares =
        coplan
            .results()
            .defineIndicator(
                DefineIndicator.of(
                    p.planResult.id(), LocalizedText.of("en", "Shares"), Measure.PERCENTAGE));
    var indicator = shares.indicators().get(1);
    coplan
        .results()
        .addPeriod(
            AddPeriod.of(indicator.id(), PartialDate.ofYear(2019), PartialDate.ofYear(2019))
                .withTarget(Value.quantity(60)));
    coplan
        .results()
        .addPeriod(
            AddPeriod.of(indicator.id(), PartialDate.ofYear(2020), PartialDate.ofYear(2020))
                .withTarget(Value.ratio(12, 10)));

    Preflight report = export(coplan, p.dost, clock).preflight(p.plan.id());

    String field = "result[" + p.planResult.id() + "].indicators[1]";
    assertThat(report.problems())
        .extracting(Problem::severity, Problem::code, Problem::field)
        .containsExactly(
            tuple(Problem.Severity.ERROR, "iati.percentage-range", field + ".periods[1].target"),
            tuple(
                Problem.Severity.ERROR,
                "iati.result-indicator",
                "result[" + empty.id() + "].indicators"),
            tuple(
                Problem.Severity.WARNING,
                "iati.participating-org-identifier",
                "organisation[" + p.iia.id() + "].profile.identifiers"),
            tuple(
                Problem.Severity.WARNING,
                "iati.percentage-denominator",
                field + ".periods[0].target"));
    assertThat(report.errors().get(0).message())
        .isEqualTo("a percentage indicator's value is from 0 to 100, not 120");
    assertThat(report.warnings().get(1).message())
        .isEqualTo("a percentage given without its denominator: readers cannot tell 60 % of what");
  }

  @Test
  void aDocumentThatIsNoWebAddressIsWrittenWithAWarning(UseCases coplan, TestClock clock)
      throws Exception {
    clock.setToday(LocalDate.of(2018, 10, 1));
    SmallPlan p = new SmallPlan(coplan, "P-3", "2018-11/2021");
    clock.setToday(LocalDate.of(2019, 6, 30));
    coplan
        .plans()
        .addDocument(
            new AddDocument(
                p.plan.id(),
                new PlanDocument(
                    DocumentType.MEMORANDUM_OF_UNDERSTANDING,
                    LocalizedText.of("en", "MoU"),
                    URI.create("urn:isbn:9780000000000"),
                    null)));

    IatiExport export = export(coplan, p.dost, clock);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.write(p.plan.id(), out);
    IatiSchema.validate(out.toByteArray());
    Xml xml = Xml.parse(out.toByteArray());

    assertThat(export.preflight(p.plan.id()).warnings())
        .extracting(Problem::code, Problem::field)
        .contains(tuple("iati.document-url", "plan[P-3].documents[1].link"));
    assertThat(xml.texts("//document-link/category/@code")).containsExactly("A02", "A09");
    assertThat(xml.texts("//document-link/@format"))
        .containsExactly("application/pdf", "text/html");
    assertThat(xml.count("//document-link[2]/document-date")).isZero();
  }

  @Test
  void aStoredIdentifierWithASlashIsAnError(UseCases coplan, TestClock clock) {
    clock.setToday(LocalDate.of(2018, 10, 1));
    SmallPlan p = new SmallPlan(coplan, "P-4", "2018-11/2021");
    clock.setToday(LocalDate.of(2019, 6, 30));
    coplan
        .organisations()
        .update(
            new UpdateOrganisation(
                p.dost.id(),
                OrganisationProfile.builder()
                    .name(LocalizedText.of("en", "DOST"))
                    .type(OrganisationType.LOCAL_GOVERNMENT)
                    .country(CountryCode.VN)
                    .identifier(ExternalIdentifier.of("IATI", "XI/TEST"))
                    .build(),
                null));

    Preflight report = export(coplan, p.dost, clock).preflight(p.plan.id());

    assertThat(report.errors())
        .extracting(Problem::code, Problem::field, Problem::message)
        .containsExactly(
            tuple(
                "iati.identifier-characters",
                "organisation[" + p.dost.id() + "].profile.identifiers",
                "an organisation identifier holds no white space, '/', '&', '|' or '?': XI/TEST"));
  }

  @Test
  void codesOfStatusesRolesCategoriesAndFormats() {
    assertThat(Mapping.status(PlanStatus.DRAFT)).isEqualTo("1");
    assertThat(Mapping.status(PlanStatus.ACTIVE)).isEqualTo("2");
    assertThat(Mapping.status(PlanStatus.COMPLETED)).isEqualTo("4");
    assertThat(Mapping.status(PlanStatus.CANCELLED)).isEqualTo("5");
    assertThat(Mapping.status(PlanStatus.SUSPENDED)).isEqualTo("6");
    assertThat(Mapping.role(PartyRole.FUNDING)).isEqualTo("1");
    assertThat(Mapping.role(PartyRole.ACCOUNTABLE)).isEqualTo("2");
    assertThat(Mapping.role(PartyRole.EXTENDING)).isEqualTo("3");
    assertThat(Mapping.role(PartyRole.IMPLEMENTING)).isEqualTo("4");
    assertThat(Mapping.role(PartyRole.SIGNATORY)).isNull();
    assertThat(Mapping.category(DocumentType.MEMORANDUM_OF_UNDERSTANDING)).isEqualTo("A09");
    assertThat(Mapping.category(DocumentType.AGREEMENT)).isEqualTo("A11");
    assertThat(Mapping.category(DocumentType.PLAN)).isEqualTo("A02");
    assertThat(Mapping.category(DocumentType.REPORT)).isEqualTo("A07");
    assertThat(Mapping.category(DocumentType.MINUTES)).isEqualTo("A07");
    assertThat(Mapping.category(DocumentType.ARTICLE)).isEqualTo("A12");
    assertThat(Mapping.category(DocumentType.OTHER)).isEqualTo("A12");
    assertThat(Mapping.format(URI.create("https://a.org/x/Report.PDF")))
        .isEqualTo("application/pdf");
    assertThat(Mapping.format(URI.create("https://a.org/x.docx")))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(Mapping.format(URI.create("https://a.org/x.doc"))).isEqualTo("application/msword");
    assertThat(Mapping.format(URI.create("https://a.org/x.xls")))
        .isEqualTo("application/vnd.ms-excel");
    assertThat(Mapping.format(URI.create("https://a.org/x.xlsx")))
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(Mapping.format(URI.create("https://a.org/x.odt")))
        .isEqualTo("application/vnd.oasis.opendocument.text");
    assertThat(Mapping.format(URI.create("https://a.org/x.txt"))).isEqualTo("text/plain");
    assertThat(Mapping.format(URI.create("https://a.org/news"))).isEqualTo("text/html");
    assertThat(Mapping.format(URI.create("https://a.org"))).isEqualTo("text/html");
    assertThat(Mapping.plain(new BigDecimal("0.000"))).isEqualTo("0");
    assertThat(Mapping.plain(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Mapping.plain(new BigDecimal("12.50"))).isEqualTo("12.5");
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreTypedErrors(UseCases coplan, TestClock clock) {
    Organisation reporter = reporter(coplan, "XI-TEST-1");
    IatiExport export = export(coplan, reporter, clock);

    assertThatThrownBy(() -> IatiExport.of(null, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactly("coplan", "options"));
    assertThatThrownBy(() -> export.preflight(null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("plan"));
    assertThatThrownBy(() -> export.write(null, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactly("plan", "out"));
    assertThatThrownBy(() -> export.preflight(new PlanId(new UUID(0, 7))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> IatiOptions.builder(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reportingOrganisation");
  }

  @Test
  @SuppressWarnings("NullAway")
  void optionsRefuseBadValues(UseCases coplan) {
    Organisation reporter = reporter(coplan, "XI-TEST-1");
    IatiOptions.Builder builder = IatiOptions.builder(reporter.id());

    assertThatThrownBy(() -> builder.reportingOrganisationIdentifier("XI TEST"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation(
                            "reportingOrganisationIdentifier",
                            Violation.MALFORMED,
                            "reportingOrganisationIdentifier is one word: XI TEST")));
    assertThatThrownBy(() -> builder.reportingOrganisationIdentifier(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> builder.sector((String) null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new IatiOptions.Sector(null, "", new BigDecimal("100.5")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(
                        tuple("vocabulary", Violation.REQUIRED),
                        tuple("code", Violation.BLANK),
                        tuple("percentage", Violation.OUT_OF_RANGE)));
    assertThatThrownBy(() -> new IatiOptions.RecipientCountry(null, new BigDecimal("-1")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(
                        tuple("country", Violation.REQUIRED),
                        tuple("percentage", Violation.OUT_OF_RANGE)));
    assertThatThrownBy(() -> builder.recipientCountry((CountryCode) null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> builder.language("not a tag"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> builder.clock(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Problem(null, "c", null, "m"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactly("severity", "field"));

    IatiOptions built = builder.sector("32182").language("EN").build();
    assertThat(built.language()).isEqualTo("en");
    assertThat(built.sectors()).containsExactly(new IatiOptions.Sector("1", "32182", null));
    assertThat(built.recipientCountries()).isEmpty();
    assertThat(built.reportingOrganisation()).isEqualTo(reporter.id());
    assertThat(built.reportingOrganisationIdentifier()).isNull();
  }
}

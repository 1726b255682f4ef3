package io.github.coplan.outputs.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.AddPeriod;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.DefineIndicator;
import io.github.coplan.application.DefineResult;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProgressReport;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Baseline;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultType;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.junit.CoplanExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The page of a small plan, parsed with the JDK's XML parser (the page is polyglot HTML) and
 * checked with XPath.
 *
 * <p>The plan: the period 2018/2021, so that the timeline runs over 1461 days from 1 January 2018
 * to 1 January 2022; three content areas (the third titled in English only, with {@code &} and
 * {@code <}); in area 1 a workshop planned for 2018-Q4 and only scheduled (overdue on 15 January
 * 2019) and a meeting of 15 August 2018, done; in area 2 a course of 12–14 March 2019; an indicator
 * of area 1 counting completed meetings, baseline 0, target 2 for 2018.
 */
@ExtendWith(CoplanExtension.class)
class PlanPageTest {

  private static final LocalDate AS_OF = LocalDate.of(2019, 1, 15);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2019-01-15T10:00:00Z"), ZoneOffset.UTC);

  private UseCases coplan;
  private CooperationPlan plan;
  private Activity workshop;
  private Activity meeting;
  private Activity course;

  @BeforeEach
  void setUp(UseCases coplan) {
    this.coplan = coplan;
    Organisation dost =
        register(
            OrganisationProfile.builder()
                .name(
                    LocalizedText.of(
                        "vi",
                        Map.of(
                            "vi", "Sở Khoa học và Công nghệ",
                            "en", "Department of Science and Technology")))
                .acronym("DOST")
                .type(OrganisationType.LOCAL_GOVERNMENT)
                .country(CountryCode.VN)
                .identifier(ExternalIdentifier.of("domain", "dost.example.vn"))
                .build());
    Organisation iia =
        register(
            OrganisationProfile.builder()
                .name(LocalizedText.of("en", "Israel Innovation Authority"))
                .type(OrganisationType.GOVERNMENT)
                .country(CountryCode.IL)
                .identifier(ExternalIdentifier.of("domain", "innovationisrael.org.il"))
                .build());
    CooperationPlan drafted =
        coplan
            .plans()
            .draft(
                new DraftPlan(
                        PlanCode.of("TEST-PAGE-2018"),
                        LocalizedText.of(
                            "vi", Map.of("vi", "Kế hoạch hợp tác", "en", "Cooperation plan")))
                    .withSummary(
                        LocalizedText.of(
                            "vi", Map.of("vi", "Thúc đẩy khởi nghiệp", "en", "Promote start-ups")))
                    .withPeriod(DateSpan.parse("2018/2021")));
    PlanId id = drafted.id();
    coplan
        .plans()
        .addParty(
            new AddParty(id, Party.of(dost.id(), PartyRole.ACCOUNTABLE, PartyRole.IMPLEMENTING)));
    coplan.plans().addParty(new AddParty(id, Party.of(iia.id(), PartyRole.IMPLEMENTING)));
    area(id, 1, LocalizedText.of("vi", Map.of("vi", "Chính sách", "en", "Policies")));
    area(id, 2, LocalizedText.of("vi", Map.of("vi", "Đào tạo", "en", "Training")));
    area(id, 3, LocalizedText.of("en", "R&D <pilot>"));
    plan = coplan.plans().changeStatus(ChangePlanStatus.activate(id));

    workshop = propose(1, ActivityType.WORKSHOP, "2018-Q4", "Hội thảo chính sách", "Workshop");
    coplan.activities().changeStatus(ChangeActivityStatus.plan(workshop.id()));
    workshop = coplan.activities().changeStatus(ChangeActivityStatus.schedule(workshop.id()));
    meeting = propose(1, ActivityType.MEETING, "2018-08-15", "Buổi làm việc", "Working meeting");
    coplan.activities().changeStatus(ChangeActivityStatus.plan(meeting.id()));
    coplan.activities().changeStatus(ChangeActivityStatus.schedule(meeting.id()));
    meeting =
        coplan
            .activities()
            .changeStatus(
                ChangeActivityStatus.complete(
                    meeting.id(),
                    PartialDate.parse("2018-08-15"),
                    PartialDate.parse("2018-08-15")));
    course =
        propose(2, ActivityType.TRAINING_COURSE, "2019-03-12/2019-03-14", "Khóa học", "Course");

    Result result =
        coplan
            .results()
            .define(
                DefineResult.of(
                    id, 1, ResultType.OUTPUT, LocalizedText.of("en", "Officials meet")));
    result =
        coplan
            .results()
            .defineIndicator(
                DefineIndicator.of(
                        result.id(), LocalizedText.of("en", "Meetings held"), Measure.UNIT)
                    .derivedBy(Rule.CompletedActivities.ofTypes(ActivityType.MEETING).inAreas(1))
                    .withBaseline(Baseline.of(PartialDate.ofYear(2017), Value.quantity(0))));
    coplan
        .results()
        .addPeriod(
            AddPeriod.of(
                    result.indicators().get(0).id(),
                    PartialDate.ofYear(2018),
                    PartialDate.ofYear(2018))
                .withTarget(Value.quantity(2)));
  }

  // ---- what the page holds ---------------------------------------------------------------------

  @Test
  void everyContentAreaHasARowWithItsTitleAndCounts() throws Exception {
    Document page = parse(html("en"));

    assertThat(strings(page, "//tbody/tr[@class='area']/@id"))
        .containsExactly("area-1", "area-2", "area-3");
    assertThat(rows(page))
        .containsExactly(
            List.of("1", "Policies", "2", "1", "1"),
            List.of("2", "Training", "1", "0", "0"),
            List.of("3", "R&D <pilot>", "0", "0", "0"));
    assertThat(string(page, "//tr[@id='area-1']//div[@class='statuses']"))
        .isEqualTo("Scheduled 1 · Completed 1");
    assertThat(string(page, "//tr[@id='area-1']//span[@class='share']"))
        .isEqualTo("50 % completed");
    assertThat(string(page, "//tr[@id='area-3']//div[@class='statuses']"))
        .isEqualTo("No activities yet");
    assertThat(string(page, "//tr[@id='area-1']/td[5]/@class"))
        .isEqualTo("n overdue-count has-overdue");
    assertThat(string(page, "//tr[@id='area-2']/td[5]/@class")).isEqualTo("n overdue-count");
    assertThat(strings(page, "//tfoot/tr/td[@lang]")).containsExactly("3", "1", "1");

    ProgressReport report = coplan.reports().progress(plan.id(), AS_OF, "en");
    for (ProgressReport.Line line : report.lines()) {
      String row = "//tr[@id='area-" + line.area().number() + "']";
      assertThat(string(page, row + "/td[3]")).isEqualTo(Long.toString(line.counts().total()));
      assertThat(string(page, row + "/td[5]")).isEqualTo(Long.toString(line.counts().overdue()));
    }
  }

  @Test
  void theHeaderAndThePartiesAreThere() throws Exception {
    Document page = parse(html("en"));

    assertThat(string(page, "/html/head/title")).isEqualTo("Cooperation plan");
    assertThat(string(page, "//h1")).isEqualTo("Cooperation plan");
    assertThat(string(page, "//p[@class='summary']")).isEqualTo("Promote start-ups");
    assertThat(strings(page, "//dl[@class='facts']/div/dd"))
        .containsExactly("TEST-PAGE-2018", "2018/2021", "Active", "2019-01-15");
    assertThat(strings(page, "//li[@class='party']/span[@class='party-name']"))
        .containsExactly(
            "Department of Science and Technology (DOST)", "Israel Innovation Authority");
    assertThat(strings(page, "//li[@class='party']/span[@class='roles']"))
        .containsExactly("accountable, implementing", "implementing");
  }

  @Test
  void anOverdueActivityIsHighlightedAndMarkedInWordsAndAnotherIsNot() throws Exception {
    Document page = parse(html("en"));
    String overdue = "//li[@id='activity-" + workshop.id().value() + "']";
    String done = "//li[@id='activity-" + meeting.id().value() + "']";
    String coming = "//li[@id='activity-" + course.id().value() + "']";

    assertThat(string(page, overdue + "/@class")).isEqualTo("activity overdue");
    assertThat(string(page, overdue + "//mark/@class")).isEqualTo("overdue-mark");
    assertThat(string(page, overdue + "//mark")).isEqualTo("Overdue");
    assertThat(string(page, overdue + "//mark/@lang")).isEqualTo("en");
    assertThat(string(page, done + "/@class")).isEqualTo("activity");
    assertThat(number(page, "count(" + done + "//mark)")).isZero();
    assertThat(string(page, coming + "/@class")).isEqualTo("activity");
    assertThat(number(page, "count(" + coming + "//mark)")).isZero();
    assertThat(number(page, "count(//li[contains(@class,'activity')]//mark)")).isEqualTo(1);
    assertThat(number(page, "count(//li[contains(@class,'overdue')])")).isEqualTo(1);
    // the legend explains the mark with a sample of it
    assertThat(string(page, "//ul[@class='legend']//mark/@class")).isEqualTo("overdue-mark sample");
  }

  @Test
  void aQuarterIsAnUncertainBarOverTheWholeQuarterAndADayASolidOne() throws Exception {
    Document page = parse(html("en"));
    String quarter = "//rect[@data-activity='" + workshop.id().value() + "']";
    String day = "//rect[@data-activity='" + meeting.id().value() + "']";
    String days = "//rect[@data-activity='" + course.id().value() + "']";

    // 2018-Q4: 1 October (day 273 of 1461) to 31 December 2018 (92 days), in 1000 units
    assertThat(string(page, quarter + "/@class")).isEqualTo("bar uncertain overdue");
    assertThat(string(page, quarter + "/@data-from")).isEqualTo("2018-10-01");
    assertThat(string(page, quarter + "/@data-to")).isEqualTo("2018-12-31");
    assertThat(string(page, quarter + "/@x")).isEqualTo("186.86");
    assertThat(string(page, quarter + "/@width")).isEqualTo("62.97");
    // 15 August 2018 (day 226): one day, drawn at the narrowest width
    assertThat(string(page, day + "/@class")).isEqualTo("bar day");
    assertThat(string(page, day + "/@data-from")).isEqualTo("2018-08-15");
    assertThat(string(page, day + "/@data-to")).isEqualTo("2018-08-15");
    assertThat(string(page, day + "/@x")).isEqualTo("154.69");
    assertThat(string(page, day + "/@width")).isEqualTo("4.00");
    assertThat(string(page, days + "/@class")).isEqualTo("bar day");
    assertThat(string(page, days + "/@x")).isEqualTo("297.74");
    // the year lines at 2019, 2020 and 2021 (2020 has 366 days), the as-of line on 15 January 2019
    // (day 379)
    assertThat(strings(page, quarter + "/../*[local-name()='line'][@class='grid']/@x1"))
        .containsExactly("249.83", "499.66", "750.17");
    assertThat(string(page, quarter + "/../*[local-name()='line'][@class='asof']/@x1"))
        .isEqualTo("259.41");
    assertThat(strings(page, "//div[@class='axis']/span"))
        .containsExactly("2018", "2019", "2020", "2021");
    assertThat(strings(page, "//ul[@class='legend']//*[local-name()='rect']/@class"))
        .containsExactly("bar day", "bar uncertain", "bar uncertain open");
  }

  @Test
  void anIndicatorShowsItsPeriodTargetActualAndProgress() throws Exception {
    Document page = parse(html("en"));

    assertThat(string(page, "//div[@class='indicator']/h3")).isEqualTo("Meetings held");
    assertThat(string(page, "//div[@class='indicator']//span[@class='result-title']"))
        .isEqualTo("Officials meet");
    assertThat(string(page, "//div[@class='indicator']//span[@class='scope']"))
        .isEqualTo("(1. Policies)");
    assertThat(string(page, "//span[@class='baseline-value']")).isEqualTo("0");
    assertThat(string(page, "//span[@class='baseline-date']")).isEqualTo("(2017)");
    assertThat(strings(page, "//tr[@class='period']/td[@lang]")).containsExactly("2018", "2", "1");
    assertThat(string(page, "//tr[@class='period']//span[@class='percent']")).isEqualTo("50 %");
  }

  // ---- language and direction ------------------------------------------------------------------

  @Test
  void inHebrewTheRootIsRightToLeftAndTextsHeldOnlyInAnotherLanguageSaySo() throws Exception {
    Document page = parse(html("he"));

    assertThat(string(page, "/html/@lang")).isEqualTo("he");
    assertThat(string(page, "/html/@dir")).isEqualTo("rtl");
    assertThat(string(page, "//section[@class='parties']/h2")).isEqualTo("הצדדים");
    assertThat(string(page, "//section[@class='parties']/h2/@lang")).isEqualTo("he");
    assertThat(string(page, "//section[@class='parties']/h2/@dir")).isEmpty();
    // the plan holds no Hebrew: its title in its original Vietnamese, left to right
    assertThat(string(page, "//h1")).isEqualTo("Kế hoạch hợp tác");
    assertThat(string(page, "//h1/@lang")).isEqualTo("vi");
    assertThat(string(page, "//h1/@dir")).isEqualTo("ltr");
    assertThat(string(page, "//tr[@id='area-3']//div[@class='area-title']/@lang")).isEqualTo("en");
    assertThat(string(page, "//tr[@id='area-3']//div[@class='area-title']/@dir")).isEqualTo("ltr");
    assertThat(string(page, "//li[contains(@class,'overdue')]//mark")).isEqualTo("באיחור");
    // the timeline runs from right to left: 2018-Q4 ends 186.86 + 62.97 units from the right
    String quarter = "//rect[@data-activity='" + workshop.id().value() + "']";
    assertThat(string(page, quarter + "/@x")).isEqualTo("750.17");
    everyTextHasItsLanguage(page);
  }

  @Test
  void inVietnameseTheTextsAreVietnameseAndInFrenchTheWordsFallBackToEnglish() throws Exception {
    Document vietnamese = parse(html("vi"));
    assertThat(string(vietnamese, "/html/@lang")).isEqualTo("vi");
    assertThat(string(vietnamese, "/html/@dir")).isEqualTo("ltr");
    assertThat(string(vietnamese, "//tr[@id='area-1']//div[@class='area-title']"))
        .isEqualTo("Chính sách");
    assertThat(string(vietnamese, "//section[@class='areas']/h2"))
        .isEqualTo("Các nội dung hợp tác");
    everyTextHasItsLanguage(vietnamese);

    Document french = parse(html("fr"));
    assertThat(string(french, "/html/@lang")).isEqualTo("fr");
    assertThat(string(french, "//section[@class='areas']/h2")).isEqualTo("Content areas");
    assertThat(string(french, "//section[@class='areas']/h2/@lang")).isEqualTo("en");
    assertThat(string(french, "//h1/@lang")).isEqualTo("vi");
    everyTextHasItsLanguage(french);
  }

  @Test
  void withoutALanguageThePageIsInTheTitlesOriginalLanguage() throws Exception {
    Document page =
        parse(PlanPage.of(coplan, PageOptions.builder().clock(CLOCK).build()).html(plan.id()));

    assertThat(string(page, "/html/@lang")).isEqualTo("vi");
    assertThat(string(page, "//h1")).isEqualTo("Kế hoạch hợp tác");
    everyTextHasItsLanguage(page);
  }

  @Test
  void everyElementThatHoldsATextHasItsLanguage() throws Exception {
    Document page = parse(html("en"));

    everyTextHasItsLanguage(page);
    assertThat(number(page, "count(//*[@lang])")).isGreaterThan(80);
  }

  // ---- self-contained and well-formed ----------------------------------------------------------

  @Test
  void thePageIsSelfContainedWithoutScriptOrLink() throws Exception {
    String html = html("en");
    Document page = parse(html);

    assertThat(html).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"");
    assertThat(number(page, "count(//script)")).isZero();
    assertThat(number(page, "count(//@src | //@href | //link | //img | //iframe)")).isZero();
    assertThat(number(page, "count(//@*[starts-with(local-name(),'on')])")).isZero();
    // the only addresses are the namespaces of HTML and SVG
    assertThat(
            html.replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "")
                .replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http", "//", "url(", "@import", "@font-face");
    assertThat(string(page, "//style")).doesNotContain("url(", "@import", "@font-face");
    assertThat(string(page, "/html/head/meta[@charset]/@charset")).isEqualTo("utf-8");
  }

  @Test
  void aTitleWithMarkupCharactersIsEscaped() throws Exception {
    String html = html("en");

    assertThat(html).contains(">R&amp;D &lt;pilot&gt;<").doesNotContain("R&D <pilot>");
    assertThat(string(parse(html), "//tr[@id='area-3']//div[@class='area-title']"))
        .isEqualTo("R&D <pilot>");
    assertThat(Html.escape("a\"b'c\u0001d")).isEqualTo("a&quot;b&#39;c\uFFFDd");
  }

  @Test
  void writeGivesThePageInUtf8() {
    PlanPage page = PlanPage.of(coplan, options("vi"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    page.write(plan.id(), out);

    assertThat(out.toByteArray()).isEqualTo(page.html(plan.id()).getBytes(StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(">Kế hoạch hợp tác</h1>");
  }

  // ---- bad input
  // ---------------------------------------------------------------------------------

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsAreTypedErrorsAndWriteNothing() {
    PlanPage page = PlanPage.of(coplan, options("en"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertViolations(() -> PlanPage.of(null, null), "coplan", "options");
    assertViolations(() -> PlanPage.of(coplan, null), "options");
    assertViolations(() -> page.html(null), "plan");
    assertViolations(() -> page.write(null, out), "plan");
    assertViolations(() -> page.write(plan.id(), null), "out");
    assertViolations(() -> page.write(null, null), "plan", "out");
    assertViolations(() -> PageOptions.builder().language(null), "language");
    assertViolations(() -> PageOptions.builder().clock(null), "clock");
    assertThat(out.size()).isZero();
  }

  @Test
  void aLanguageThatIsNoTagIsRefused() {
    assertThatThrownBy(() -> PageOptions.builder().language("not a tag"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("language", Violation.MALFORMED)));
  }

  @Test
  void anUnknownPlanIsNotFoundAndNothingIsWritten() {
    PlanPage page = PlanPage.of(coplan, options("en"));
    PlanId unknown = new PlanId(UUID.fromString("00000000-0000-0000-0000-00000000abcd"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> page.write(unknown, out)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> page.html(unknown)).isInstanceOf(NotFoundException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void aStreamThatFailsIsAnUncheckedIoError() {
    PlanPage page = PlanPage.of(coplan, options("en"));
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };

    assertThatThrownBy(() -> page.write(plan.id(), broken))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage("the page could not be written");
  }

  @Test
  void theOptionsDefaultToNoLanguageAndTheSystemClock() {
    PageOptions defaults = PageOptions.defaults();

    assertThat(defaults.language()).isNull();
    assertThat(defaults.clock().getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(options("EN").language()).isEqualTo("en");
    assertThat(options("en").asOf()).isEqualTo(AS_OF);
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------

  private String html(String language) {
    return PlanPage.of(coplan, options(language)).html(plan.id());
  }

  private static PageOptions options(String language) {
    return PageOptions.builder().language(language).clock(CLOCK).build();
  }

  private Organisation register(OrganisationProfile profile) {
    return coplan.organisations().register(new RegisterOrganisation(profile));
  }

  private void area(PlanId id, int number, LocalizedText title) {
    coplan.plans().addContentArea(new AddContentArea(id, new ContentArea(number, title)));
  }

  private Activity propose(
      int area, ActivityType type, String planned, String vietnamese, String english) {
    return coplan
        .activities()
        .propose(
            new ProposeActivity(
                plan.id(),
                ActivityDetails.builder()
                    .contentArea(area)
                    .type(type)
                    .title(LocalizedText.of("vi", Map.of("vi", vietnamese, "en", english)))
                    .planned(DateSpan.parse(planned))
                    .build()));
  }

  private static void assertViolations(Runnable call, String... paths) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(
                        java.util.Arrays.stream(paths)
                            .map(p -> tuple(p, Violation.REQUIRED))
                            .toArray(org.assertj.core.groups.Tuple[]::new)));
  }

  /** Every element with a text of its own (the style sheet aside) names its language itself. */
  private static void everyTextHasItsLanguage(Document page) throws XPathExpressionException {
    NodeList found =
        nodes(page, "//*[local-name()!='style'][text()[normalize-space()]][not(@lang)]");
    List<String> without = new ArrayList<>();
    for (int i = 0; i < found.getLength(); i++) {
      without.add(found.item(i).getNodeName() + ": " + found.item(i).getTextContent());
    }
    assertThat(without).isEmpty();
  }

  /** Each content area row: its number, title, activities, completed and overdue counts. */
  private static List<List<String>> rows(Document page) throws XPathExpressionException {
    List<List<String>> rows = new ArrayList<>();
    NodeList found = nodes(page, "//tbody/tr[@class='area']");
    for (int i = 0; i < found.getLength(); i++) {
      Element row = (Element) found.item(i);
      rows.add(
          List.of(
              string(row, "td[1]"),
              string(row, "td[2]/div[@class='area-title']"),
              string(row, "td[3]"),
              string(row, "td[4]"),
              string(row, "td[5]")));
    }
    return rows;
  }

  static Document parse(String html)
      throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setExpandEntityReferences(false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static NodeList nodes(Node context, String xpath) throws XPathExpressionException {
    return (NodeList)
        XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.NODESET);
  }

  private static String string(Node context, String xpath) throws XPathExpressionException {
    return XPathFactory.newInstance().newXPath().evaluate(xpath, context);
  }

  private static double number(Node context, String xpath) throws XPathExpressionException {
    return (Double)
        XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.NUMBER);
  }

  private static List<String> strings(Node context, String xpath) throws XPathExpressionException {
    NodeList found = nodes(context, xpath);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < found.getLength(); i++) {
      values.add(found.item(i).getTextContent());
    }
    return values;
  }
}

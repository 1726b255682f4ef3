package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.ReviseActivity;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules of text and of search folding, the same on every store: text with nothing visible in it
 * (only default-ignorable code points such as U+200B, U+200D, U+2060, U+FEFF and the soft hyphen,
 * white space and combining marks) is refused as blank and stores nothing; inside visible text
 * those code points are kept as written; a search folds compatibility forms (full-width letters,
 * ligatures) and drops default-ignorable code points, in the stored text and in the query alike;
 * every violation's path names its field; partial dates are refused on the path the caller gives,
 * years 0000 and 10000 alike.
 */
public abstract class TextRulesContract extends StorageContract {

  /**
   * Texts with nothing visible: each default-ignorable kind, bidirectional controls alone, white
   * space mixed in, combining marks alone, a spacing accent that decomposes to a space and a mark.
   */
  protected static final List<String> INVISIBLE =
      List.of(
          "\u200B",
          "\u200C",
          "\u200D",
          "\u2060",
          "\uFEFF",
          "\u00AD",
          "\u034F",
          "\u115F\u1160",
          "\u17B4\u17B5",
          "\u180B\u180E\u180F",
          "\u200B\u200C\u200D\u200E\u200F",
          "\u202A\u202C\u202E",
          "\u2066\u2069",
          "\u2061\u206F",
          "\u3164",
          "\uFE00\uFE0F",
          "\uFFA0",
          "\uD82F\uDCA0\uD82F\uDCA3",
          "\uD834\uDD73\uD834\uDD7A",
          "\uDB40\uDC01\uDB40\uDC7F",
          "\uDB43\uDFFF",
          " \u200B\u3000\u200D\u00A0",
          "\u0301\u0301",
          "\u0301",
          "\u20DD",
          "\u0903",
          "\u00B4",
          "\u200B\u0301\uFE0F");

  private CooperationPlan plan;
  private Activity existing;

  /** For subclasses. */
  protected TextRulesContract() {}

  /** Drafts a plan with two content areas and one activity. */
  @BeforeEach
  protected void draftAPlan() {
    plan =
        coplan()
            .plans()
            .draft(
                new DraftPlan(PlanCode.of("HCMC-IIA-2018"), viEn(PLAN_TITLE_VI, PLAN_TITLE_EN))
                    .withPeriod(DateSpan.parse("2018/2021")));
    coplan()
        .plans()
        .addContentArea(new AddContentArea(plan.id(), new ContentArea(1, contentAreaTitle(1))));
    plan =
        coplan()
            .plans()
            .addContentArea(new AddContentArea(plan.id(), new ContentArea(2, contentAreaTitle(2))));
    existing = propose(en("Existing"), "2018-Q4");
  }

  // ---- blank ---------------------------------------------------------------------------------

  /**
   * Text made only of invisible code points or combining marks is blank, on every kind of text
   * field, and stores nothing.
   */
  @TestFactory
  protected Stream<DynamicTest> textWithNothingVisibleIsBlank() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String invisible : INVISIBLE) {
      tests.add(
          DynamicTest.dynamicTest(
              codePoints(invisible),
              () -> {
                assertInvalid(
                    () -> propose(LocalizedText.of("vi", invisible, "title"), "2019"),
                    "title.vi:blank");
                assertInvalid(
                    () ->
                        coplan()
                            .plans()
                            .draft(
                                new DraftPlan(
                                    PlanCode.of("NEW"),
                                    LocalizedText.of("he", invisible, "title"))),
                    "title.he:blank");
                assertInvalid(
                    () ->
                        coplan()
                            .plans()
                            .draft(
                                new DraftPlan(
                                    PlanCode.of("NEW"), LocalizedText.of("vi", invisible))),
                    "vi:blank");
                assertInvalid(
                    () ->
                        coplan()
                            .plans()
                            .draft(
                                new DraftPlan(PlanCode.of("NEW"), en("Plan"))
                                    .withSummary(
                                        LocalizedText.of(
                                            "vi",
                                            Map.of("vi", "Tóm tắt", "he", invisible),
                                            "summary"))),
                    "summary.he:blank");
                assertInvalid(
                    () ->
                        coplan()
                            .people()
                            .register(
                                new RegisterPerson(
                                    PersonProfile.of(invisible, CountryCode.VN), List.of())),
                    "name:blank");
                assertInvalid(
                    () ->
                        coplan()
                            .organisations()
                            .register(
                                new RegisterOrganisation(
                                    OrganisationProfile.builder()
                                        .name(LocalizedText.of("en", invisible, "name"))
                                        .type(OrganisationType.OTHER)
                                        .country(CountryCode.VN)
                                        .build())),
                    "name.en:blank");
                assertInvalid(
                    () ->
                        coplan()
                            .organisations()
                            .register(
                                new RegisterOrganisation(
                                    OrganisationProfile.builder()
                                        .name(en("Tên"))
                                        .alternativeName(invisible)
                                        .type(OrganisationType.OTHER)
                                        .country(CountryCode.VN)
                                        .build())),
                    "alternativeNames[0]:blank");
                assertInvalid(
                    () ->
                        coplan()
                            .activities()
                            .search(ActivityQuery.builder().text(invisible).build()),
                    "text:blank");
                assertInvalid(
                    () ->
                        coplan()
                            .activities()
                            .revise(
                                new ReviseActivity(
                                    existing.id(),
                                    existing.details().toBuilder()
                                        .title(
                                            existing
                                                .details()
                                                .title()
                                                .with("he", invisible, "title"))
                                        .build())),
                    "title.he:blank");
              }));
    }
    return tests.stream();
  }

  /**
   * Inside visible text, invisible code points are kept as written: they shape Persian words, emoji
   * and flags.
   */
  @Test
  protected void invisibleCodePointsInsideVisibleTextAreKept() {
    List<String> titles =
        List.of(
            "می\u200Cخواهم",
            "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 Ngày hội gia đình",
            "I \u2764\uFE0F Sài Gòn",
            "Inno\u00ADvation week",
            "Đổi\u200Bmới",
            "\u200BĐổi mới",
            "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F Edinburgh",
            "Ta\u0301o\u0300");
    for (String title : titles) {
      Activity activity = propose(LocalizedText.of("vi", title, "title"), "2019");

      String stored = coplan().activities().get(activity.id()).details().title().original();
      assertThat(stored)
          .as(codePoints(title))
          .isEqualTo(Normalizer.normalize(title, Normalizer.Form.NFC));
    }
    Person person =
        coplan()
            .people()
            .register(
                new RegisterPerson(
                    PersonProfile.of("Mi\u200Cnoo Rahimi", CountryCode.IL), List.of()));
    assertThat(coplan().people().get(person.id()).profile().name()).isEqualTo("Mi\u200Cnoo Rahimi");
  }

  // ---- search folding ------------------------------------------------------------------------

  /**
   * Compatibility forms fold to their plain letters and default-ignorable code points are dropped,
   * in the stored text and in the query alike; the zero-width space breaks words like a space.
   */
  @Test
  protected void searchFoldsCompatibilityFormsAndDropsInvisibleCodePoints() {
    Activity fullWidth = propose(LocalizedText.of("vi", "Hội thảo ＤＭＳＴ　２０１８"), "2019");
    Activity ascii = propose(en("DMST roadmap"), "2019");
    Activity zeroWidthSpace = propose(LocalizedText.of("vi", "Đổi\u200Bmới sáng tạo"), "2019");
    Activity softHyphen = propose(en("Inno\u00ADvation week"), "2019");
    Activity persian = propose(LocalizedText.of("fa", "می\u200Cخواهم"), "2019");
    Activity ligature =
        coplan()
            .activities()
            .propose(
                new ProposeActivity(
                    plan.id(),
                    details(1, ActivityType.WORKSHOP, en("Capital"), "2019").toBuilder()
                        .description(en("\uFB01nancing of start-ups"))
                        .build()));

    assertSearch("dmst", fullWidth, ascii);
    assertSearch("ＤＭＳＴ", fullWidth, ascii);
    assertSearch("dmst 2018", fullWidth);
    assertSearch("doi moi", zeroWidthSpace);
    assertSearch("Đổi\u200Bmới", zeroWidthSpace);
    assertSearch("ĐỔI MỚI", zeroWidthSpace);
    assertSearch("doimoi");
    assertSearch("innovation", softHyphen);
    assertSearch("Inno\u00ADvation", softHyphen);
    assertSearch("INNO\u00ADVATION\u200D WEEK", softHyphen);
    assertSearch("میخواهم", persian);
    assertSearch("می\u200Cخواهم", persian);
    assertSearch("financing", ligature);
    assertSearch("\uFB01nancing", ligature);
  }

  /**
   * The title sort compares folded titles: full-width and invisible code points sort as their plain
   * letters.
   */
  @Test
  protected void titlesSortByTheirFoldedForm() {
    Activity c = propose(en("Ｃ three"), "2019");
    Activity a = propose(en("\u00ADa one"), "2019");
    Activity d = propose(en("d\u200Dfour"), "2019");
    Activity b = propose(en("B two"), "2019");

    List<ActivityId> sorted =
        coplan()
            .activities()
            .search(
                ActivityQuery.builder()
                    .plan(plan.id())
                    .sort(ActivitySort.by(ActivitySort.Field.TITLE, ActivitySort.Direction.ASC))
                    .build())
            .items()
            .stream()
            .map(Activity::id)
            .toList();

    assertThat(sorted).containsExactly(a.id(), b.id(), c.id(), d.id(), existing.id());
  }

  // ---- violation paths -----------------------------------------------------------------------

  /**
   * Every violation of a localized text names its field and language, whichever rule it breaks and
   * whoever checks it.
   */
  @Test
  protected void violationPathsNameTheField() {
    assertInvalid(
        () ->
            coplan()
                .plans()
                .draft(
                    new DraftPlan(
                        PlanCode.of("NEW"), LocalizedText.of("he", "שלום\u0000", "title"))),
        "title.he:control-character");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .draft(
                    new DraftPlan(
                        PlanCode.of("NEW"), LocalizedText.of("he", "\u202Eשלום", "title"))),
        "title.he:control-character");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .draft(
                    new DraftPlan(
                        PlanCode.of("NEW"), LocalizedText.of("hebrew!", "שלום", "title"))),
        "title.language:malformed");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .draft(
                    new DraftPlan(
                        PlanCode.of("NEW"), LocalizedText.of("he", Map.of("vi", "x"), "title"))),
        "title.original:required");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .draft(
                    new DraftPlan(PlanCode.of("NEW"), en("Plan"))
                        .withSummary(
                            LocalizedText.of(
                                "vi", Map.of("vi", "Tóm tắt", "he", "a\uD800"), "summary"))),
        "summary.he:unpaired-surrogate");
    // A line break in a title is refused by the aggregate, on the same path.
    assertInvalid(
        () -> propose(viEnHe("Tiêu đề", "Title", "כותרת\nשורה שנייה"), "2019"),
        "title.he:control-character");
    assertInvalid(
        () -> propose(LocalizedText.of("he", "כותרת\u0007", "title"), "2019"),
        "title.he:control-character");
    assertInvalid(
        () ->
            coplan()
                .activities()
                .propose(
                    new ProposeActivity(
                        plan.id(),
                        details(1, ActivityType.WORKSHOP, en("Described"), "2019").toBuilder()
                            .description(LocalizedText.of("he", "\u0301", "description"))
                            .build())),
        "description.he:blank");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .addContentArea(
                    new AddContentArea(
                        plan.id(),
                        new ContentArea(3, viEnHe("Nội dung", "Content", "תוכן\tנוסף")))),
        "title.he:control-character");
    assertInvalid(
        () ->
            coplan()
                .organisations()
                .register(
                    new RegisterOrganisation(
                        OrganisationProfile.builder()
                            .name(
                                LocalizedText.of(
                                    "he", Map.of("he", "רשות", "en", "Authority\u001B"), "name"))
                            .type(OrganisationType.GOVERNMENT)
                            .country(CountryCode.IL)
                            .build())),
        "name.en:control-character");
  }

  /** A content area that was never given is required; one outside 1 to 999 is out of range. */
  @Test
  protected void aMissingContentAreaIsRequired() {
    assertInvalid(
        () ->
            coplan()
                .activities()
                .propose(
                    new ProposeActivity(
                        plan.id(),
                        ActivityDetails.builder()
                            .type(ActivityType.WORKSHOP)
                            .title(en("No area"))
                            .planned(DateSpan.parse("2019"))
                            .build())),
        "contentArea:required");
    assertInvalid(
        () ->
            coplan()
                .activities()
                .propose(new ProposeActivity(plan.id(), ActivityDetails.builder().build())),
        "contentArea:required",
        "type:required",
        "title:required",
        "planned:required");
    assertInvalid(() -> proposeIn(0, en("Area zero")), "contentArea:out-of-range");
    assertInvalid(() -> proposeIn(1000, en("Area 1000")), "contentArea:out-of-range");
  }

  // ---- partial dates -------------------------------------------------------------------------

  /**
   * Partial dates are refused on the path the caller gives; years 0000 and 10000 alike; a qualifier
   * goes after the date.
   */
  @Test
  protected void partialDatesAreRefusedOnThePathTheCallerGives() {
    InvalidInputException qualifierFirst =
        assertInvalid(
            () -> propose(en("Early"), DateSpan.parse("~2018-11", "planned")),
            "planned.start:malformed");
    assertThat(qualifierFirst.violations().get(0).message())
        .isEqualTo("a qualifier ~, ? or % goes after the date, as in 2018-11~: ~2018-11");
    assertInvalid(
        () -> propose(en("Late"), DateSpan.parse("?2018-Q4/2019", "planned")),
        "planned.start:malformed");
    assertInvalid(
        () -> propose(en("Year zero"), DateSpan.parse("0000", "planned")),
        "planned.start:out-of-range");
    assertInvalid(
        () -> propose(en("Year 10000"), DateSpan.parse("10000", "planned")),
        "planned.start:out-of-range");
    assertInvalid(
        () -> propose(en("Till 10000"), DateSpan.parse("2018/10000", "planned")),
        "planned.end:out-of-range");
    assertInvalid(
        () -> propose(en("Backwards"), DateSpan.parse("2021/2018", "planned")),
        "planned.end:end-before-start");
    assertInvalid(() -> propose(en("Default"), DateSpan.parse("10000")), "start:out-of-range");
    assertInvalid(
        () ->
            coplan()
                .activities()
                .changeStatus(
                    ChangeActivityStatus.start(
                        existing.id(), PartialDate.parse("0000", "actualStart"))),
        "actualStart:out-of-range");
    assertInvalid(
        () ->
            coplan()
                .activities()
                .changeStatus(
                    ChangeActivityStatus.start(
                        existing.id(), PartialDate.parse("10000", "actualStart"))),
        "actualStart:out-of-range");
    assertInvalid(
        () ->
            coplan()
                .activities()
                .changeStatus(
                    ChangeActivityStatus.start(existing.id(), PartialDate.parse("~2018-11"))),
        ":malformed");

    Activity approximate =
        propose(en("From about November 2018"), DateSpan.parse("2018-11~/..", "planned"));
    assertThat(coplan().activities().get(approximate.id()).details().planned())
        .isEqualTo(DateSpan.from(PartialDate.parse("2018-11~")));
    assertThat(coplan().activities().get(approximate.id()).details().planned().toString())
        .isEqualTo("2018-11~/..");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private Activity propose(LocalizedText title, String planned) {
    return propose(title, DateSpan.parse(planned));
  }

  private Activity propose(LocalizedText title, DateSpan planned) {
    return coplan()
        .activities()
        .propose(
            new ProposeActivity(
                plan.id(),
                ActivityDetails.builder()
                    .contentArea(1)
                    .type(ActivityType.WORKSHOP)
                    .title(title)
                    .planned(planned)
                    .build()));
  }

  private Activity proposeIn(int contentArea, LocalizedText title) {
    return coplan()
        .activities()
        .propose(
            new ProposeActivity(
                plan.id(), details(contentArea, ActivityType.WORKSHOP, title, "2019")));
  }

  private void assertSearch(String text, Activity... expected) {
    List<ActivityId> found =
        coplan()
            .activities()
            .search(ActivityQuery.builder().plan(plan.id()).text(text).build())
            .items()
            .stream()
            .map(Activity::id)
            .toList();
    assertThat(found)
        .as("search for %s", codePoints(text))
        .containsExactly(Stream.of(expected).map(Activity::id).toArray(ActivityId[]::new));
  }

  private static String codePoints(@Nullable String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp ->
                out.append(out.length() == 0 ? "" : " ")
                    .append(String.format(Locale.ROOT, "U+%04X", cp)));
    return out.toString();
  }
}

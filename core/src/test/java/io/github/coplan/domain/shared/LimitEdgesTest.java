package io.github.coplan.domain.shared;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.draftPlan;
import static io.github.coplan.testing.Fixtures.readyPlan;
import static io.github.coplan.testing.Fixtures.vi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.internal.Ids;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.Cursor;
import io.github.coplan.domain.query.Page;
import java.net.URI;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every limit of the domain at its exact edge: the largest (and smallest) value allowed is taken,
 * one past it is refused with the exact violation; and what the error messages show of a bad value
 * is the whole value up to their limit, shortened with an ellipsis past it.
 */
class LimitEdgesTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
  private static final LocalDate YEAR_ZERO = LocalDate.of(0, 12, 31);
  private static final LocalDate YEAR_10000 = LocalDate.of(10_000, 1, 1);

  // ---- years 1 to 9999 -----------------------------------------------------------------------

  @Test
  void searchWindowsRunFromYearOneToYear9999() {
    ActivityQuery widest = ActivityQuery.builder().window(FIRST_DAY, LAST_DAY).build();

    assertThat(widest.from()).isEqualTo(FIRST_DAY);
    assertThat(widest.to()).isEqualTo(LAST_DAY);
    assertThat(ActivityQuery.builder().window(FIRST_DAY, FIRST_DAY).build().to())
        .isEqualTo(FIRST_DAY);
    assertThat(ActivityQuery.builder().window(LAST_DAY, LAST_DAY).build().from())
        .isEqualTo(LAST_DAY);
    violation(
        () -> ActivityQuery.builder().window(YEAR_ZERO, LAST_DAY).build(), "from", "out-of-range");
    violations(
        () -> ActivityQuery.builder().window(YEAR_10000, YEAR_10000).build(),
        tuple("from", "out-of-range"),
        tuple("to", "out-of-range"));
    violation(
        () -> ActivityQuery.builder().window(FIRST_DAY, YEAR_10000).build(), "to", "out-of-range");
    violations(
        () -> ActivityQuery.builder().window(YEAR_ZERO.minusYears(1), YEAR_ZERO).build(),
        tuple("from", "out-of-range"),
        tuple("to", "out-of-range"));
  }

  @Test
  void affiliationsRunFromYearOneToYear9999() {
    Affiliation widest = new Affiliation(DOST, "Giám đốc", FIRST_DAY, LAST_DAY);

    assertThat(widest.from()).isEqualTo(FIRST_DAY);
    assertThat(widest.to()).isEqualTo(LAST_DAY);
    assertThat(new Affiliation(DOST, "Giám đốc", FIRST_DAY, FIRST_DAY).to()).isEqualTo(FIRST_DAY);
    assertThat(new Affiliation(DOST, "Giám đốc", LAST_DAY, LAST_DAY).from()).isEqualTo(LAST_DAY);
    violation(() -> new Affiliation(DOST, "Giám đốc", YEAR_ZERO, null), "from", "out-of-range");
    violation(() -> new Affiliation(DOST, "Giám đốc", YEAR_10000, null), "from", "out-of-range");
    violation(() -> new Affiliation(DOST, "Giám đốc", null, YEAR_10000), "to", "out-of-range");
    violation(() -> new Affiliation(DOST, "Giám đốc", null, YEAR_ZERO), "to", "out-of-range");
  }

  @Test
  void signingDatesAndDocumentDatesRunFromYearOneToYear9999() {
    for (LocalDate day : List.of(FIRST_DAY, LAST_DAY)) {
      assertThat(new Party(DOST, Set.of(PartyRole.SIGNATORY), day).signedOn()).isEqualTo(day);
      assertThat(document(day).date()).isEqualTo(day);
    }
    for (LocalDate day : List.of(YEAR_ZERO, YEAR_10000)) {
      violation(
          () -> new Party(DOST, Set.of(PartyRole.SIGNATORY), day), "signedOn", "out-of-range");
      violation(() -> document(day), "date", "out-of-range");
    }
  }

  @Test
  void cursorsKeepPlannedDaysFromYearOneToYear9999() {
    for (ActivitySort.Field field :
        List.of(ActivitySort.Field.PLANNED_START, ActivitySort.Field.PLANNED_END)) {
      for (String planned : List.of("0001-01-01", "9999-12-31")) {
        ActivitySort sort = ActivitySort.by(field, ActivitySort.Direction.ASC);
        Activity last =
            Activity.propose(
                new ActivityId(UUID.fromString("01890000-0000-7000-8000-000000000301")),
                PLAN,
                details(1).toBuilder().planned(DateSpan.parse(planned)).build(),
                null);
        String text = Cursor.after(sort, last).encode();

        assertThat(Cursor.decode(text, sort)).isEqualTo(Cursor.after(sort, last));
      }
    }
  }

  // ---- numbers and lengths -------------------------------------------------------------------

  @Test
  void contentAreaNumbersRunFromOneTo999() {
    assertThat(details(1).contentArea()).isEqualTo(1);
    assertThat(details(ContentArea.MAX_NUMBER).contentArea()).isEqualTo(999);
    violation(() -> details(0), "contentArea", "out-of-range");
    violation(() -> details(ContentArea.MAX_NUMBER + 1), "contentArea", "out-of-range");
    assertThat(
            ActivityQuery.builder().contentAreas(1, ContentArea.MAX_NUMBER).build().contentAreas())
        .containsExactlyInAnyOrder(1, 999);
    violation(
        () -> ActivityQuery.builder().contentAreas(ContentArea.MAX_NUMBER + 1).build(),
        "contentAreas",
        "out-of-range");
    violation(
        () -> ActivityQuery.builder().contentAreas(0).build(), "contentAreas", "out-of-range");
  }

  @Test
  void linksAndWebSitesHaveAtMost2000Characters() {
    String longest = "https://example.org/" + "a".repeat(2000 - "https://example.org/".length());
    assertThat(longest).hasSize(2000);

    assertThat(
            new PlanDocument(DocumentType.OTHER, vi("Tài liệu"), URI.create(longest), null).link())
        .hasToString(longest);
    assertThat(website(longest).website()).isEqualTo(URI.create(longest));
    violation(
        () -> new PlanDocument(DocumentType.OTHER, vi("Tài liệu"), URI.create(longest + "a"), null),
        "link",
        "too-long");
    violation(() -> website(longest + "a"), "website", "too-long");
  }

  @Test
  void textDecomposingToFourTimesItsLengthIsMeasuredAfterNormalising() {
    // U+1F82 decomposes to four code points; 500 of them decomposed are 2,000 UTF-16 units, 500
    // composed.
    String decomposed =
        Normalizer.normalize("\u1F82", Normalizer.Form.NFD).repeat(Texts.LINE_LIMIT);
    assertThat(decomposed).hasSize(4 * Texts.LINE_LIMIT);

    assertThat(Texts.line("title", decomposed)).isEqualTo("\u1F82".repeat(Texts.LINE_LIMIT));
    violation(
        () -> Texts.line("title", decomposed + Normalizer.normalize("\u1F82", Normalizer.Form.NFD)),
        "title",
        "too-long");
    violation(
        () -> Texts.line("title", "a".repeat(4 * Texts.LINE_LIMIT + 17)), "title", "too-long");
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u061C', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069'})
  void everyBidirectionalControlIsRefused(char control) {
    violation(() -> Texts.line("name", "a" + control + "b"), "name", "control-character");
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u202F', '\u2070'})
  void charactersJustPastTheBidirectionalControlsAreText(char beside) {
    assertThat(Texts.line("name", "a" + beside + "b")).isEqualTo("a" + beside + "b");
  }

  @Test
  void languageTagsHaveAtMost35Characters() {
    // A language and four variants, the most subtags a tag may have.
    String longest = "abc-abcdefgh-bcdefghi-cdefghij-1bcd";
    assertThat(longest).hasSize(35);

    assertThat(LocalizedText.of(longest, "文字").original()).isEqualTo("文字");
    assertThat(LocalizedText.of(longest, "文字").originalLanguage()).isEqualTo(longest);
    violation(() -> LocalizedText.of(longest + "e", "文字"), "language", "malformed");
  }

  // ---- parts of a plan, a person, an activity ------------------------------------------------

  @Test
  void aPlanTakesContentAreasAndDocumentsUpToItsLimit() {
    CooperationPlan plan = draftPlan();
    for (int n = 1; n <= CooperationPlan.MAX_PARTS; n++) {
      plan =
          plan.addContentArea(new ContentArea(n, vi("Lĩnh vực " + n)))
              .addDocument(document(null, n));
    }
    CooperationPlan full = plan;

    assertThat(full.contentAreas()).hasSize(500);
    assertThat(full.documents()).hasSize(500);
    violation(
        () -> full.addContentArea(new ContentArea(501, vi("Thêm"))),
        "contentAreas",
        "out-of-range");
    violation(() -> full.addDocument(document(null, 501)), "documents", "out-of-range");
  }

  @Test
  void aFrozenPlanRefusesChangesToItsPartiesAreasAndDocuments() {
    CooperationPlan active = readyPlan().activate();
    for (CooperationPlan frozen : List.of(active.complete(), active.cancel("Hủy"))) {
      rule(() -> frozen.changeParty(Party.of(DOST, PartyRole.FUNDING)), RuleCode.PLAN_FROZEN);
      rule(() -> frozen.removeParty(DOST), RuleCode.PLAN_FROZEN);
      rule(() -> frozen.renameContentArea(new ContentArea(1, vi("Tên mới"))), RuleCode.PLAN_FROZEN);
      rule(() -> frozen.addDocument(document(null, 1)), RuleCode.PLAN_FROZEN);
      rule(() -> frozen.addContentArea(new ContentArea(2, vi("Mới"))), RuleCode.PLAN_FROZEN);
    }
  }

  // ---- what messages show --------------------------------------------------------------------

  @Test
  void messagesShowBadValuesWholeUpToTheirLimitAndShortenedPastIt() {
    assertShown(n -> "x".repeat(n), 40, ActivitySort::parse);
    assertShown(n -> "X".repeat(n), 8, CountryCode::of);
    assertShown(n -> "g".repeat(n), 40, Ids::parse);
    assertShown(n -> "é".repeat(n), 70, PlanCode::of);
    assertShown(n -> "9".repeat(n), 20, PartialDate::parse);
    assertShown(n -> "q".repeat(n), 20, tag -> LocalizedText.of(tag, "văn bản"));
  }

  private static void assertShown(IntFunction<String> value, int limit, Function<String, ?> call) {
    String whole = value.apply(limit);
    String longer = value.apply(limit + 1);
    assertThat(invalidInput(() -> call.apply(whole)).getMessage())
        .as("message of %s", whole)
        .contains(whole)
        .doesNotContain("…");
    assertThat(invalidInput(() -> call.apply(longer)).getMessage())
        .as("message of %s", longer)
        .contains(whole + "…")
        .doesNotContain(longer);
  }

  // ---- identity ------------------------------------------------------------------------------

  @Test
  void distinctValuesHaveDistinctHashCodes() {
    assertDistinctHashes(
        n -> PartialDate.parse(String.format(java.util.Locale.ROOT, "%04d", 2000 + n)));
    assertDistinctHashes(
        n -> DateSpan.parse(String.format(java.util.Locale.ROOT, "%04d/2100", 2000 + n)));
    assertDistinctHashes(n -> vi("Văn bản " + n));
    assertDistinctHashes(
        n ->
            Organisation.register(
                new OrganisationId(uuid(n)),
                OrganisationProfile.builder()
                    .name(vi("Tổ chức"))
                    .type(OrganisationType.OTHER)
                    .country(CountryCode.VN)
                    .build()));
    assertDistinctHashes(
        n ->
            Person.register(
                new PersonId(uuid(n)), PersonProfile.of("Dũng", CountryCode.VN), List.of()));
    assertDistinctHashes(
        n ->
            CooperationPlan.draft(
                new io.github.coplan.domain.plan.PlanId(uuid(n)),
                PlanCode.of("P" + n),
                vi("Kế hoạch"),
                null,
                null));
    assertDistinctHashes(n -> Activity.propose(new ActivityId(uuid(n)), PLAN, details(1), null));
  }

  private static void assertDistinctHashes(IntFunction<?> values) {
    Set<Integer> hashes = new HashSet<>();
    for (int n = 0; n < 20; n++) {
      Object value = values.apply(n);
      assertThat(values.apply(n)).isEqualTo(value).hasSameHashCodeAs(value);
      hashes.add(value.hashCode());
    }
    assertThat(hashes).as("hash codes of 20 distinct values").hasSizeGreaterThan(15);
  }

  @Test
  void sortFieldsHaveTheKeysOfTheirTextForm() {
    assertThat(ActivitySort.Field.PLANNED_START.key()).isEqualTo("plannedStart");
    assertThat(ActivitySort.Field.PLANNED_END.key()).isEqualTo("plannedEnd");
    assertThat(ActivitySort.Field.TITLE.key()).isEqualTo("title");
    assertThat(ActivitySort.Field.CREATED.key()).isEqualTo("created");
  }

  @Test
  void aLocationKeepsItsVenueTrimmed() {
    assertThat(
            new io.github.coplan.domain.activity.Location(
                    CountryCode.VN, "Thành phố Hồ Chí Minh", "  Saigon Innovation Hub ", false)
                .venue())
        .isEqualTo("Saigon Innovation Hub");
  }

  @Test
  void aPageWithACursorHandsItOut() {
    Page<String> page = new Page<>(List.of("a"), "next");

    assertThat(page.nextCursor()).isEqualTo("next");
    assertThat(new Page<>(List.of("a"), null).nextCursor()).isNull();
  }

  @Test
  void timeOrderedIdsStayOnTheClocksMillisecondUntilItsCounterIsFull() {
    Instant now = Instant.parse("2018-08-15T02:00:00Z");
    IdSource ids = IdSource.timeOrdered(Clock.fixed(now, ZoneOffset.UTC));
    UUID first = ids.nextId();
    long firstCounter = first.getMostSignificantBits() & 0xFFF;
    int onTheClock = 1;
    UUID id = ids.nextId();
    while (millis(id) == now.toEpochMilli()) {
      onTheClock++;
      id = ids.nextId();
      assertThat(onTheClock).isLessThanOrEqualTo(0x1000);
    }

    assertThat(millis(first)).isEqualTo(now.toEpochMilli());
    assertThat(onTheClock).isEqualTo(0x1000 - firstCounter);
    assertThat(millis(id)).isEqualTo(now.toEpochMilli() + 1);
    assertThat(id.getMostSignificantBits() & 0xFFF).isZero();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static long millis(UUID id) {
    return id.getMostSignificantBits() >>> 16;
  }

  private static UUID uuid(int n) {
    return UUID.fromString(
        String.format(java.util.Locale.ROOT, "01890000-0000-7000-8000-%012d", 1000 + n));
  }

  private static ActivityDetails details(int contentArea) {
    return ActivityDetails.builder()
        .contentArea(contentArea)
        .type(ActivityType.WORKSHOP)
        .title(vi("Hội thảo"))
        .planned(DateSpan.parse("2019"))
        .build();
  }

  private static PlanDocument document(LocalDate date) {
    return new PlanDocument(
        DocumentType.OTHER, vi("Tài liệu"), URI.create("https://example.org/"), date);
  }

  private static PlanDocument document(LocalDate date, int n) {
    return new PlanDocument(
        DocumentType.OTHER, vi("Tài liệu " + n), URI.create("https://example.org/" + n), date);
  }

  private static OrganisationProfile website(String address) {
    return OrganisationProfile.builder()
        .name(vi("Tổ chức"))
        .type(OrganisationType.OTHER)
        .country(CountryCode.VN)
        .website(URI.create(address))
        .build();
  }
}

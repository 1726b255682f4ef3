package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.ActivitySort.Direction;
import io.github.coplan.domain.query.ActivitySort.Field;
import io.github.coplan.domain.query.Cursor;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of {@link io.github.coplan.port.storage.ActivityRepository#search}: every filter,
 * every sort in both directions with the id as tie-breaker, and keyset pages with their cursors,
 * exactly as {@link ActivityQuery.ForAdapters#matches}, {@link ActivitySort#comparator()} and
 * {@link ActivityQuery.ForAdapters#toPage} define them.
 *
 * <p>Each test starts with twelve activities, named {@code a1} to {@code a12} in the order they
 * were stored (which is also the order of their ids); {@code a8} belongs to a second plan. The
 * expected rows are written out by name, and every search is also checked against the core's
 * reference semantics.
 */
public abstract class ActivitySearchContract extends StorageContract {

  /** The page sizes every sort is walked with. */
  protected static final List<Integer> PAGE_SIZES =
      List.of(1, 2, 5, 11, 12, 13, ActivityQuery.MAX_PAGE_SIZE);

  private final Map<ActivityId, String> names = new HashMap<>();
  private final List<Activity> stored = new ArrayList<>();
  private CooperationPlan p1;
  private CooperationPlan p2;
  private Organisation dost;
  private Organisation iia;
  private Person dung;

  /** For subclasses. */
  protected ActivitySearchContract() {}

  /** Stores two plans, their organisations and people, and the twelve activities. */
  @BeforeEach
  protected void storeActivities() {
    dost = insert(newOrganisation(dostHcmcProfile()));
    iia = insert(newOrganisation(israelInnovationAuthorityProfile()));
    dung = insert(newPerson("Nguyễn Việt Dũng", CountryCode.VN));
    p1 = insert(newPlan("HCMC-IIA-2018"));
    p2 = insert(newPlan("OTHER-PLAN"));
    Participant dostP = Participant.of(dost.id());
    Participant iiaP = Participant.of(iia.id());
    Participant dungP = Participant.of(dung.id());
    add(
        "a1",
        p1.id(),
        details(
            1,
            ActivityType.POLICY_STUDY,
            viEn("Nghiên cứu chính sách đổi mới sáng tạo", "Innovation policy study"),
            "2018-Q4/2019-H1"),
        ActivityStatus.PLANNED,
        null,
        null,
        null,
        participation(dostP, ParticipationRole.ORGANISER, ParticipationStatus.CONFIRMED));
    add(
        "a2",
        p1.id(),
        details(
            5,
            ActivityType.STUDY_TOUR,
            viEn("Chuyến học tập kinh nghiệm tại Israel", "Study tour to Israel"),
            "2018-11/.."),
        ActivityStatus.SCHEDULED,
        null,
        null,
        null,
        participation(dungP, ParticipationRole.DELEGATE, ParticipationStatus.CONFIRMED),
        participation(iiaP, ParticipationRole.HOST, ParticipationStatus.INVITED));
    add(
        "a3",
        p1.id(),
        details(
            5,
            ActivityType.EVENT_SHOWCASE,
            viEn(
                "Tuần lễ Đổi mới sáng tạo và khởi nghiệp TP.HCM",
                "HCMC Innovation and Startup Week"),
            "2018-Q4"),
        ActivityStatus.COMPLETED,
        PartialDate.parse("2018-11"),
        PartialDate.parse("2018-11"),
        null,
        participation(iiaP, ParticipationRole.EXHIBITOR, ParticipationStatus.ATTENDED));
    add(
        "a4",
        p1.id(),
        details(
                7,
                ActivityType.WORKSHOP,
                viEnHe(
                    "Hội thảo chuyên gia Israel tại Thành phố Hồ Chí Minh",
                    "Israeli expert workshop",
                    "סדנת מומחים ישראלים"),
                "2019-03-12")
            .toBuilder()
            .description(LocalizedText.of("vi", "Chia sẻ kinh nghiệm với cộng đồng khởi nghiệp"))
            .build(),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);
    add(
        "a5",
        p1.id(),
        details(7, ActivityType.TRAINING_COURSE, en("Incubator management training"), "2019-H2"),
        ActivityStatus.CANCELLED,
        null,
        null,
        "Không đủ học viên",
        participation(dungP, ParticipationRole.ATTENDEE, ParticipationStatus.WITHDRAWN));
    add(
        "a6",
        p1.id(),
        details(
            6,
            ActivityType.MATCHMAKING_SESSION,
            viEn("Kết nối cung cầu công nghệ", "Technology supply and demand matchmaking"),
            "2018"),
        ActivityStatus.POSTPONED,
        null,
        null,
        "Chờ Sàn giao dịch công nghệ");
    add(
        "a7",
        p1.id(),
        details(
            2,
            ActivityType.TRAINING_COURSE,
            viEn("Đào tạo quản trị tài sản trí tuệ", "Intellectual property management training"),
            "2018-11-15"),
        ActivityStatus.IN_PROGRESS,
        PartialDate.parse("2018-11-15"),
        null,
        null);
    add(
        "a8",
        p2.id(),
        details(1, ActivityType.MEETING, en("Working meeting"), "2018-08-15"),
        ActivityStatus.COMPLETED,
        PartialDate.parse("2018-08-15"),
        PartialDate.parse("2018-08-15"),
        null);
    add(
        "a9",
        p1.id(),
        details(
            1,
            ActivityType.MEETING,
            LocalizedText.of(
                "he", Map.of("he", "פגישת עבודה", "en", "Working meeting in Tel Aviv")),
            "2018-11~"),
        ActivityStatus.PLANNED,
        null,
        null,
        null);
    add(
        "a10",
        p1.id(),
        details(
            4,
            ActivityType.STARTUP_EXCHANGE,
            viEn("Trao đổi các startup", "Start-up exchange"),
            "2020/2021"),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);
    add(
        "a11",
        p1.id(),
        details(1, ActivityType.EXPERT_MISSION, en("Expert mission"), "2018-11/2018-12"),
        ActivityStatus.SCHEDULED,
        null,
        null,
        null);
    add(
        "a12",
        p1.id(),
        details(5, ActivityType.OTHER, viEn("Hoạt động khác", "Other activity"), "2018-H2"),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);
  }

  // ---- filters ---------------------------------------------------------------------------------

  /** Without filters every activity is found, in the default order: planned start, then id. */
  @Test
  protected void noFilterFindsEveryActivityByPlannedStart() {
    assertSearch(q -> q, "a6", "a12", "a8", "a1", "a3", "a2", "a9", "a11", "a7", "a4", "a5", "a10");
  }

  /** The plan filter keeps one plan's activities. */
  @Test
  protected void planFilterKeepsThatPlansActivities() {
    assertSearch(q -> q.plan(p2.id()), "a8");
    assertSearch(
        q -> q.plan(p1.id()), "a6", "a12", "a1", "a3", "a2", "a9", "a11", "a7", "a4", "a5", "a10");
    assertSearch(q -> q.plan(new PlanId(nextId())));
  }

  /** The content-area filter keeps activities in any of the given areas. */
  @Test
  protected void contentAreaFilterKeepsAnyOfTheGivenAreas() {
    assertSearch(q -> q.contentAreas(5, 7), "a12", "a3", "a2", "a4", "a5");
    assertSearch(q -> q.contentAreas(2), "a7");
    assertSearch(q -> q.contentAreas(3));
    assertSearch(q -> q.plan(p1.id()).contentAreas(1), "a1", "a9", "a11");
  }

  /** The type filter keeps activities of any of the given types. */
  @Test
  protected void typeFilterKeepsAnyOfTheGivenTypes() {
    assertSearch(
        q -> q.types(ActivityType.TRAINING_COURSE, ActivityType.WORKSHOP), "a7", "a4", "a5");
    assertSearch(q -> q.types(ActivityType.MEETING), "a8", "a9");
    assertSearch(q -> q.types(ActivityType.DELEGATION_VISIT));
  }

  /** The status filter keeps activities in any of the given statuses. */
  @Test
  protected void statusFilterKeepsAnyOfTheGivenStatuses() {
    assertSearch(
        q -> q.statuses(ActivityStatus.PLANNED, ActivityStatus.SCHEDULED), "a1", "a2", "a9", "a11");
    assertSearch(q -> q.statuses(ActivityStatus.CANCELLED), "a5");
    assertSearch(q -> q.statuses(ActivityStatus.COMPLETED), "a8", "a3");
    assertSearch(q -> q.statuses(ActivityStatus.IN_PROGRESS, ActivityStatus.POSTPONED), "a6", "a7");
  }

  /**
   * The participant filter keeps activities the participant takes part in, in any role and status.
   */
  @Test
  protected void participantFilterKeepsTheParticipantsActivities() {
    assertSearch(q -> q.participant(Participant.of(dost.id())), "a1");
    assertSearch(q -> q.participant(Participant.of(iia.id())), "a3", "a2");
    assertSearch(q -> q.participant(Participant.of(dung.id())), "a2", "a5");
    assertSearch(
        q ->
            q.participant(Participant.of(dung.id()))
                .plan(p1.id())
                .statuses(ActivityStatus.CANCELLED),
        "a5");
    assertSearch(q -> q.participant(Participant.of(dung.id())).plan(p2.id()));
  }

  /** An organisation and a person with the same UUID are different participants. */
  @Test
  protected void participantFilterTellsOrganisationsFromPeople() {
    assertSearch(q -> q.participant(Participant.of(new PersonId(dost.id().value()))));
    assertSearch(q -> q.participant(Participant.of(new OrganisationId(dung.id().value()))));
  }

  /** A participant added by an update is found, and one removed by an update no longer is. */
  @Test
  protected void participantFilterFollowsUpdates() {
    Activity a12 = stored(byName("a12"));
    Activity a1 = stored(byName("a1"));
    write(
        r ->
            r.activities()
                .update(
                    a12.addParticipation(
                        participation(
                            Participant.of(dost.id()),
                            ParticipationRole.HOST,
                            ParticipationStatus.INVITED))));
    write(
        r ->
            r.activities()
                .update(
                    Activity.ForAdapters.restore(
                        a1.id(),
                        a1.plan(),
                        a1.details(),
                        null,
                        a1.status(),
                        null,
                        null,
                        null,
                        List.of(),
                        a1.version())));

    assertSearch(q -> q.participant(Participant.of(dost.id())), "a12");
  }

  /** A window keeps activities whose planned span overlaps it, both boundary days included. */
  @Test
  protected void windowKeepsOverlappingSpansBoundaryDaysIncluded() {
    assertSearch(
        q -> q.window(day("2018-11-30"), day("2018-11-30")),
        "a6",
        "a12",
        "a1",
        "a3",
        "a2",
        "a9",
        "a11");
    assertSearch(
        q -> q.window(day("2018-11-15"), day("2018-11-15")),
        "a6",
        "a12",
        "a1",
        "a3",
        "a2",
        "a9",
        "a11",
        "a7");
    assertSearch(
        q -> q.window(day("2018-11-16"), day("2018-11-29")),
        "a6",
        "a12",
        "a1",
        "a3",
        "a2",
        "a9",
        "a11");
    assertSearch(q -> q.window(day("2021-12-31"), day("2021-12-31")), "a2", "a10");
    assertSearch(q -> q.window(day("2018-08-15"), day("2018-08-15")), "a6", "a12", "a8");
    assertSearch(q -> q.window(day("2018-08-16"), day("2018-09-30")), "a6", "a12");
  }

  /** A window open at either end keeps every span on the open side. */
  @Test
  protected void windowOpenAtEitherEnd() {
    assertSearch(
        q -> q.window(day("2018-12-01"), null),
        "a6",
        "a12",
        "a1",
        "a3",
        "a2",
        "a11",
        "a4",
        "a5",
        "a10");
    assertSearch(q -> q.window(null, day("2018-08-15")), "a6", "a12", "a8");
    assertSearch(q -> q.window(null, day("2018-08-14")), "a6", "a12");
    assertSearch(q -> q.window(null, day("2017-12-31")));
    assertSearch(
        q -> q.window(null, null),
        "a6",
        "a12",
        "a8",
        "a1",
        "a3",
        "a2",
        "a9",
        "a11",
        "a7",
        "a4",
        "a5",
        "a10");
  }

  /** An open-ended span overlaps every window after its start, up to the last representable day. */
  @Test
  protected void openEndedSpanOverlapsEveryLaterWindow() {
    assertSearch(q -> q.window(day("2030-01-01"), day("2030-12-31")), "a2");
    assertSearch(q -> q.window(day("2022-01-01"), null), "a2");
    assertSearch(q -> q.window(day("9999-12-31"), day("9999-12-31")), "a2");
    assertSearch(
        q -> q.window(day("2018-10-31"), day("2018-10-31")).types(ActivityType.STUDY_TOUR));
  }

  /** A window may be given as a partial date ("everything in 2018-Q4") or as a span. */
  @Test
  protected void windowMayBeAPartialDateOrASpan() {
    assertSearch(
        q -> q.window(PartialDate.parse("2018-Q4")),
        "a6",
        "a12",
        "a1",
        "a3",
        "a2",
        "a9",
        "a11",
        "a7");
    assertSearch(q -> q.window(PartialDate.parse("2018-08-15")), "a6", "a12", "a8");
    assertSearch(q -> q.window(DateSpan.parse("2019/..")), "a1", "a2", "a4", "a5", "a10");
    assertSearch(q -> q.window(DateSpan.parse("2019-03-12/2019-07")), "a1", "a2", "a4", "a5");
  }

  /**
   * The lead-party filter keeps the activities a party leads, in any plan unless a plan is given.
   */
  @Test
  protected void leadPartyFilterKeepsTheActivitiesAPartyLeads() {
    add(
        "led1",
        p1.id(),
        details(3, ActivityType.OTHER, en("Led by DOST"), "2019-05").toBuilder()
            .leadParty(dost.id())
            .build(),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);
    add(
        "led2",
        p2.id(),
        details(3, ActivityType.OTHER, en("Led by DOST elsewhere"), "2019-04").toBuilder()
            .leadParty(dost.id())
            .build(),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);
    add(
        "led3",
        p1.id(),
        details(3, ActivityType.OTHER, en("Led by IIA"), "2019-06").toBuilder()
            .leadParty(iia.id())
            .build(),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);

    assertSearch(q -> q.leadParty(dost.id()), "led2", "led1");
    assertSearch(q -> q.leadParty(dost.id()).plan(p1.id()), "led1");
    assertSearch(q -> q.leadParty(iia.id()), "led3");
    assertSearch(q -> q.leadParty(iia.id()).plan(p2.id()));
    assertSearch(
        q ->
            q.leadParty(
                new io.github.coplan.domain.organisation.OrganisationId(dung.id().value())));
  }

  /** Text without diacritics finds Vietnamese text with them. */
  @Test
  protected void textWithoutDiacriticsFindsVietnamese() {
    assertSearch(q -> q.text("doi moi sang tao"), "a1", "a3");
    assertSearch(q -> q.text("HO CHI MINH"), "a4");
    assertSearch(q -> q.text("Đổi Mới"), "a1", "a3");
    assertSearch(q -> q.text("dao tao quan tri"), "a7");
    assertSearch(q -> q.text("ĐÀO TẠO"), "a7");
  }

  /** Text is found in every language of the title and in the description. */
  @Test
  protected void textIsFoundInEveryLanguageAndInTheDescription() {
    assertSearch(q -> q.text("israel"), "a2", "a4");
    assertSearch(q -> q.text("tel aviv"), "a9");
    assertSearch(q -> q.text("פגישת"), "a9");
    assertSearch(q -> q.text("סדנת מומחים"), "a4");
    assertSearch(q -> q.text("cong dong khoi nghiep"), "a4");
    assertSearch(q -> q.text("khoi nghiep"), "a3", "a4");
    assertSearch(q -> q.text("startup"), "a3", "a10");
    assertSearch(q -> q.text("working meeting"), "a8", "a9");
    assertSearch(q -> q.text("no such words"));
  }

  /**
   * Search text is folded like the stored text: case, spaces and normalisation form do not matter.
   */
  @Test
  protected void searchTextIsFoldedLikeTheStoredText() {
    assertSearch(q -> q.text("  DOI   moi\u00A0SANG  tao "), "a1", "a3");
    assertSearch(
        q -> q.text(Normalizer.normalize("Đổi mới sáng tạo", Normalizer.Form.NFD)), "a1", "a3");
    assertSearch(q -> q.text("tp.hcm"), "a3");
  }

  /** A title typed in NFD is stored in NFC and found by either form and without diacritics. */
  @Test
  protected void titleTypedInNfdIsStoredNfcAndFound() {
    String nfc = "Ứng dụng công nghệ mới ở Đà Nẵng";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    add(
        "nfd",
        p2.id(),
        details(1, ActivityType.OTHER, LocalizedText.of("vi", nfd), "2019"),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);

    Activity read = stored(byName("nfd"));

    assertThat(read.details().title().original()).isEqualTo(nfc);
    assertThat(Normalizer.isNormalized(read.details().title().original(), Normalizer.Form.NFC))
        .isTrue();
    assertSearch(q -> q.text("ung dung cong nghe moi o da nang"), "nfd");
    assertSearch(q -> q.text(nfd), "nfd");
    assertSearch(q -> q.text(nfc), "nfd");
  }

  /** Characters that are wildcards in SQL patterns ({@code % _ \}) match only themselves. */
  @Test
  protected void patternCharactersInSearchTextAreLiteral() {
    add(
        "percent",
        p2.id(),
        details(1, ActivityType.OTHER, en("Giảm 50% chi phí"), "2019"),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);
    add(
        "digits",
        p2.id(),
        details(1, ActivityType.OTHER, en("5000 chi phí"), "2019"),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);
    add(
        "underscore",
        p2.id(),
        details(1, ActivityType.OTHER, en("quy_trinh"), "2019"),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);
    add(
        "letter",
        p2.id(),
        details(1, ActivityType.OTHER, en("quyXtrinh"), "2019"),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);
    add(
        "backslash",
        p2.id(),
        details(1, ActivityType.OTHER, en("thu muc C:\\du-lieu"), "2019"),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);
    add(
        "quote",
        p2.id(),
        details(1, ActivityType.OTHER, en("O'Neil's \"plan\""), "2019"),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);

    assertSearch(q -> q.text("50%"), "percent");
    assertSearch(q -> q.text("%"), "percent");
    assertSearch(q -> q.text("y_t"), "underscore");
    assertSearch(q -> q.text("_"), "underscore");
    assertSearch(q -> q.text("c:\\du"), "backslash");
    assertSearch(q -> q.text("\\"), "backslash");
    assertSearch(q -> q.text("o'neil's \"plan\""), "quote");
    assertSearch(q -> q.text("'"), "quote");
  }

  /** Every filter holds at once. */
  @Test
  protected void filtersCombine() {
    assertSearch(
        q ->
            q.plan(p1.id())
                .contentAreas(1, 5)
                .statuses(ActivityStatus.PROPOSED, ActivityStatus.PLANNED, ActivityStatus.SCHEDULED)
                .text("israel"),
        "a2");
    assertSearch(
        q -> q.plan(p1.id()).types(ActivityType.MEETING).window(null, day("2018-12-31")), "a9");
    assertSearch(
        q -> q.participant(Participant.of(iia.id())).window(day("2019-01-01"), null).text("study"),
        "a2");
    assertSearch(
        q ->
            q.contentAreas(5)
                .types(ActivityType.EVENT_SHOWCASE)
                .statuses(ActivityStatus.COMPLETED)
                .window(day("2018-10-01"), day("2018-10-01"))
                .text("tuan le"),
        "a3");
    assertSearch(
        q -> q.contentAreas(5).types(ActivityType.EVENT_SHOWCASE).statuses(ActivityStatus.PLANNED));
  }

  /** A search through the public API gives the same page as the repository. */
  @Test
  protected void searchThroughThePublicApiGivesTheSamePage() {
    ActivityQuery query = ActivityQuery.builder().plan(p1.id()).pageSize(3).build();

    Page<Activity> viaApi = coplan().activities().search(query);

    assertThat(viaApi).isEqualTo(read(r -> r.activities().search(query)));
    assertThat(names(viaApi.items())).containsExactly("a6", "a12", "a1");
    assertThat(viaApi.nextCursor()).isNotNull();
  }

  // ---- sorting ---------------------------------------------------------------------------------

  /** Planned start, both directions, ties broken by id in the same direction. */
  @Test
  protected void sortsByPlannedStart() {
    assertSorted(
        Field.PLANNED_START,
        "a6",
        "a12",
        "a8",
        "a1",
        "a3",
        "a2",
        "a9",
        "a11",
        "a7",
        "a4",
        "a5",
        "a10");
  }

  /** Planned end (open ends last), both directions, ties broken by id in the same direction. */
  @Test
  protected void sortsByPlannedEndWithOpenEndsLast() {
    assertSorted(
        Field.PLANNED_END,
        "a8",
        "a7",
        "a9",
        "a3",
        "a6",
        "a11",
        "a12",
        "a4",
        "a1",
        "a5",
        "a10",
        "a2");
  }

  /** Title: the folded original title by code point, both directions. */
  @Test
  protected void sortsByFoldedOriginalTitle() {
    assertSorted(
        Field.TITLE, "a2", "a7", "a11", "a12", "a4", "a5", "a6", "a1", "a10", "a3", "a8", "a9");
  }

  /** Creation: the time-ordered id, both directions. */
  @Test
  protected void sortsByCreation() {
    assertSorted(
        Field.CREATED, "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12");
  }

  /** Titles compare case- and diacritic-insensitively, as folded text. */
  @Test
  protected void titleSortIgnoresCaseAndDiacritics() {
    for (String title : List.of("Đà Nẵng", "apple", "Banana", "Ấn Độ", "eel", "ĐÀ LẠT")) {
      add(
          title,
          p2.id(),
          details(1, ActivityType.OTHER, LocalizedText.of("vi", title), "2019"),
          ActivityStatus.PROPOSED,
          null,
          null,
          null);
    }

    assertThat(
            names(
                searchAll(
                    q ->
                        q.plan(p2.id())
                            .types(ActivityType.OTHER)
                            .sort(ActivitySort.by(Field.TITLE, Direction.ASC)),
                    2)))
        .containsExactly("Ấn Độ", "apple", "Banana", "ĐÀ LẠT", "Đà Nẵng", "eel");
  }

  /**
   * Titles compare by Unicode code point (UTF-8 byte order), not by UTF-16 unit: a private-use
   * character and U+FFFC, above the surrogates in UTF-16, sort before an emoji. Compatibility forms
   * sort as what they fold to (the ligature {@code ﬁ} as {@code fi}, full-width {@code ｚ} as {@code
   * z}).
   */
  @Test
  protected void titleSortComparesCodePointsNotUtf16Units() {
    for (String title :
        List.of(
            "\uD83D\uDE00 vui",
            "\uFF5A rộng",
            "\uE000 riêng",
            "z hẹp",
            "\uFFFC vật",
            "\uFB01 ghép",
            "א עברית")) {
      add(
          title,
          p2.id(),
          details(1, ActivityType.OTHER, LocalizedText.of("vi", title), "2019"),
          ActivityStatus.PROPOSED,
          null,
          null,
          null);
    }

    List<String> expected =
        List.of(
            "\uFB01 ghép",
            "z hẹp",
            "\uFF5A rộng",
            "א עברית",
            "\uE000 riêng",
            "\uFFFC vật",
            "\uD83D\uDE00 vui");
    for (int pageSize : List.of(1, 2, 7)) {
      assertThat(
              names(
                  searchAll(
                      q ->
                          q.plan(p2.id())
                              .types(ActivityType.OTHER)
                              .sort(ActivitySort.by(Field.TITLE, Direction.ASC)),
                      pageSize)))
          .containsExactlyElementsOf(expected);
      assertThat(
              names(
                  searchAll(
                      q ->
                          q.plan(p2.id())
                              .types(ActivityType.OTHER)
                              .sort(ActivitySort.by(Field.TITLE, Direction.DESC)),
                      pageSize)))
          .containsExactlyElementsOf(reversed(expected));
    }
  }

  /** Ids break ties as unsigned 128-bit numbers, the order of their text form. */
  @Test
  protected void idsBreakTiesAsUnsignedNumbers() {
    List<String> ids =
        List.of(
            "ffffffff-ffff-7fff-bfff-fffffffffffe",
            "00000000-0000-7000-8fff-000000000001",
            "80000000-0000-7000-8000-000000000000",
            "00000000-0000-7000-0fff-000000000001",
            "7fffffff-ffff-7fff-bfff-ffffffffffff");
    for (String id : ids) {
      Activity a =
          Activity.propose(
              ActivityId.of(id),
              p2.id(),
              details(9, ActivityType.OTHER, en("Same"), "2019-Q2"),
              null);
      names.put(a.id(), id);
      stored.add(insert(a));
    }
    List<String> ascending = ids.stream().sorted().toList();

    for (Field field : Field.values()) {
      for (int pageSize : List.of(1, 2, 5)) {
        assertThat(
                names(
                    searchAll(
                        q -> q.contentAreas(9).sort(ActivitySort.by(field, Direction.ASC)),
                        pageSize)))
            .as("%s ascending, pages of %d", field, pageSize)
            .containsExactlyElementsOf(ascending);
        assertThat(
                names(
                    searchAll(
                        q -> q.contentAreas(9).sort(ActivitySort.by(field, Direction.DESC)),
                        pageSize)))
            .as("%s descending, pages of %d", field, pageSize)
            .containsExactlyElementsOf(reversed(ascending));
      }
    }
  }

  /**
   * Every sort in both directions, walked in pages of every size, gives the core's reference order.
   */
  @TestFactory
  protected Stream<DynamicTest> everySortWalksInTheReferenceOrder() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Field field : Field.values()) {
      for (Direction direction : Direction.values()) {
        for (int pageSize : PAGE_SIZES) {
          ActivitySort sort = ActivitySort.by(field, direction);
          tests.add(
              DynamicTest.dynamicTest(
                  sort + " in pages of " + pageSize,
                  () -> {
                    ActivityQuery query = ActivityQuery.builder().sort(sort).build();
                    assertThat(names(searchAll(q -> q.sort(sort), pageSize)))
                        .containsExactlyElementsOf(names(reference(query)));
                    ActivityQuery filtered =
                        ActivityQuery.builder()
                            .plan(p1.id())
                            .window(day("2018-11-01"), null)
                            .sort(sort)
                            .build();
                    assertThat(
                            names(
                                searchAll(
                                    q -> q.plan(p1.id()).window(day("2018-11-01"), null).sort(sort),
                                    pageSize)))
                        .containsExactlyElementsOf(names(reference(filtered)));
                  }));
        }
      }
    }
    return tests.stream();
  }

  /** Pages walk through long runs of equal sort keys without losing or repeating a row. */
  @Test
  protected void pagesWalkThroughTiesWithoutLosingOrRepeatingRows() {
    List<String> tied = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      String name = "tie" + i;
      add(
          name,
          p2.id(),
          details(8, ActivityType.OTHER, viEn("Tuần lễ", "Week"), "2018-Q4"),
          ActivityStatus.PROPOSED,
          null,
          null,
          null);
      tied.add(name);
    }

    for (Field field : Field.values()) {
      assertThat(
              names(
                  searchAll(q -> q.contentAreas(8).sort(ActivitySort.by(field, Direction.ASC)), 2)))
          .containsExactlyElementsOf(tied);
      assertThat(
              names(
                  searchAll(
                      q -> q.contentAreas(8).sort(ActivitySort.by(field, Direction.DESC)), 3)))
          .containsExactlyElementsOf(reversed(tied));
    }
  }

  // ---- pages -----------------------------------------------------------------------------------

  /** Pages of one row: twelve pages, each with a cursor but the last. */
  @Test
  protected void pagesOfOneRow() {
    List<Page<Activity>> pages = pages(q -> q, 1);

    assertThat(pages).hasSize(12);
    assertThat(pages).allSatisfy(p -> assertThat(p.items()).hasSize(1));
    assertThat(pages.subList(0, 11)).allSatisfy(p -> assertThat(p.nextCursor()).isNotNull());
    assertThat(pages.get(11).nextCursor()).isNull();
    assertThat(pages.get(11).hasNext()).isFalse();
  }

  /** When the rows fill the last page exactly, that page is full and has no cursor. */
  @Test
  protected void lastPageOfAnExactMultipleIsFullWithoutCursor() {
    List<Page<Activity>> pages = pages(q -> q, 4);

    assertThat(pages).extracting(p -> p.items().size()).containsExactly(4, 4, 4);
    assertThat(pages).extracting(Page::hasNext).containsExactly(true, true, false);
    assertThat(names(pages.get(2).items())).containsExactly("a7", "a4", "a5", "a10");
  }

  /** A last page that is not full has no cursor. */
  @Test
  protected void shortLastPageHasNoCursor() {
    List<Page<Activity>> pages = pages(q -> q, 5);

    assertThat(pages).extracting(p -> p.items().size()).containsExactly(5, 5, 2);
    assertThat(pages).extracting(Page::hasNext).containsExactly(true, true, false);
    assertThat(names(pages.get(1).items())).containsExactly("a2", "a9", "a11", "a7", "a4");
  }

  /**
   * A page size equal to, one more than, or far more than the number of rows gives one page without
   * cursor.
   */
  @Test
  protected void pageAsLargeAsTheResultHasNoCursor() {
    for (int pageSize : List.of(12, 13, ActivityQuery.MAX_PAGE_SIZE)) {
      Page<Activity> page = page(ActivityQuery.builder().pageSize(pageSize).build());
      assertThat(page.items()).as("pages of %d", pageSize).hasSize(12);
      assertThat(page.nextCursor()).as("pages of %d", pageSize).isNull();
    }
    Page<Activity> oneShort = page(ActivityQuery.builder().pageSize(11).build());
    assertThat(oneShort.items()).hasSize(11);
    assertThat(oneShort.nextCursor()).isNotNull();
    Page<Activity> rest =
        page(ActivityQuery.builder().pageSize(11).after(oneShort.nextCursor()).build());
    assertThat(names(rest.items())).containsExactly("a10");
    assertThat(rest.nextCursor()).isNull();
  }

  /** A search that finds nothing gives an empty page without cursor. */
  @Test
  protected void emptyResultIsOneEmptyPage() {
    Page<Activity> page = page(ActivityQuery.builder().text("không có gì").pageSize(1).build());

    assertThat(page.items()).isEmpty();
    assertThat(page.nextCursor()).isNull();
  }

  /**
   * Every page carries the total when asked, whatever its cursor, counted with the filters; none
   * when not asked.
   */
  @Test
  protected void everyPageCarriesTheTotalWhenAsked() {
    assertThat(pages(q -> q.withTotal(), 5)).extracting(Page::total).containsExactly(12L, 12L, 12L);
    assertThat(pages(q -> q, 5)).extracting(Page::total).containsExactly(null, null, null);
    assertThat(pages(q -> q.plan(p1.id()).statuses(ActivityStatus.PROPOSED).withTotal(), 2))
        .extracting(Page::total)
        .containsExactly(3L, 3L);
    assertThat(pages(q -> q.participant(Participant.of(dung.id())).withTotal(), 1))
        .extracting(Page::total)
        .containsExactly(2L, 2L);
    assertThat(
            pages(
                q ->
                    q.text("israel").sort(ActivitySort.by(Field.TITLE, Direction.DESC)).withTotal(),
                1))
        .extracting(Page::total)
        .containsExactly(2L, 2L);
    assertThat(
            pages(
                q ->
                    q.contentAreas(1, 5)
                        .types(ActivityType.MEETING, ActivityType.STUDY_TOUR)
                        .window(day("2018-01-01"), null)
                        .withTotal(),
                50))
        .extracting(Page::total)
        .containsExactly(3L);
    Page<Activity> none = page(ActivityQuery.builder().text("không có gì").withTotal().build());
    assertThat(none.items()).isEmpty();
    assertThat(none.total()).isZero();
  }

  /**
   * The total counts rows stored after the first page was read, before and after its cursor alike.
   */
  @Test
  protected void theTotalCountsWhatIsStoredWhenEachPageIsRead() {
    Page<Activity> first = page(ActivityQuery.builder().pageSize(4).withTotal().build());
    add(
        "early",
        p1.id(),
        details(1, ActivityType.OTHER, en("Early"), "2017"),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);
    add(
        "late",
        p1.id(),
        details(1, ActivityType.OTHER, en("Late"), "2025"),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);

    Page<Activity> second =
        page(ActivityQuery.builder().pageSize(4).withTotal().after(first.nextCursor()).build());

    assertThat(first.total()).isEqualTo(12L);
    assertThat(second.total()).isEqualTo(14L);
    assertThat(names(second.items())).containsExactly("a3", "a2", "a9", "a11");
  }

  /**
   * Cursors mark positions, not offsets: rows stored before the cursor do not shift later pages.
   */
  @Test
  protected void rowsStoredBeforeTheCursorDoNotShiftLaterPages() {
    Page<Activity> first = page(ActivityQuery.builder().pageSize(4).build());
    assertThat(names(first.items())).containsExactly("a6", "a12", "a8", "a1");
    add(
        "early",
        p1.id(),
        details(1, ActivityType.OTHER, en("Early"), "2017"),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);
    add(
        "tiedWithA1",
        p1.id(),
        details(1, ActivityType.OTHER, en("Tied"), "2018-10-01"),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);
    add(
        "late",
        p1.id(),
        details(1, ActivityType.OTHER, en("Late"), "2025"),
        ActivityStatus.PROPOSED,
        null,
        null,
        null);

    List<Activity> rest = searchAll(q -> q.after(first.nextCursor()), 4);

    assertThat(names(rest))
        .containsExactly("a3", "tiedWithA1", "a2", "a9", "a11", "a7", "a4", "a5", "a10", "late");
  }

  /** Rows changed after the cursor was made are found where they now sort. */
  @Test
  protected void rowsMovedAcrossTheCursorAreFoundWhereTheyNowSort() {
    Page<Activity> first = page(ActivityQuery.builder().pageSize(4).build());
    Activity a6 = stored(byName("a6"));
    Activity a4 = stored(byName("a4"));
    write(
        r ->
            r.activities()
                .update(
                    Activity.ForAdapters.restore(
                        a6.id(),
                        a6.plan(),
                        a6.details().toBuilder().planned(DateSpan.parse("2026")).build(),
                        null,
                        a6.status(),
                        null,
                        null,
                        a6.statusReason(),
                        a6.participations(),
                        a6.version())));
    write(
        r ->
            r.activities()
                .update(
                    a4.revise(a4.details().toBuilder().planned(DateSpan.parse("2016")).build())));

    List<Activity> rest = searchAll(q -> q.after(first.nextCursor()), 4);

    assertThat(names(rest)).containsExactly("a3", "a2", "a9", "a11", "a7", "a5", "a10", "a6");
  }

  /** A cursor at a position between stored rows starts the next page at the first row after it. */
  @Test
  protected void cursorBetweenRowsStartsAtTheNextRow() {
    ActivitySort byStart = ActivitySort.DEFAULT;
    String betweenA1AndA3 =
        new Cursor(
                byStart,
                Long.toString(day("2018-10-01").toEpochDay()),
                stored(byName("a1")).id().value())
            .encode();
    String afterOctober =
        new Cursor(byStart, Long.toString(day("2018-10-15").toEpochDay()), new UUID(0, 0)).encode();
    ActivitySort byTitle = ActivitySort.by(Field.TITLE, Direction.ASC);
    String titleBetween = new Cursor(byTitle, "hoi", new UUID(0, 0)).encode();
    String titleWithQuote =
        new Cursor(byTitle, "o'neil'; drop table activity; --", new UUID(-1, -1)).encode();
    ActivitySort byEndDesc = ActivitySort.by(Field.PLANNED_END, Direction.DESC);
    String endBetween =
        new Cursor(byEndDesc, Long.toString(day("2019-01-01").toEpochDay()), new UUID(0, 0))
            .encode();

    assertThat(names(searchAll(q -> q.after(betweenA1AndA3), 3)))
        .containsExactly("a3", "a2", "a9", "a11", "a7", "a4", "a5", "a10");
    assertThat(names(searchAll(q -> q.after(afterOctober), 3)))
        .containsExactly("a2", "a9", "a11", "a7", "a4", "a5", "a10");
    assertThat(names(searchAll(q -> q.sort(byTitle).after(titleBetween), 3)))
        .containsExactly("a4", "a5", "a6", "a1", "a10", "a3", "a8", "a9");
    assertThat(names(searchAll(q -> q.sort(byTitle).after(titleWithQuote), 3)))
        .containsExactly("a10", "a3", "a8", "a9");
    assertThat(names(searchAll(q -> q.sort(byEndDesc).after(endBetween), 3)))
        .containsExactly("a12", "a11", "a6", "a3", "a9", "a7", "a8");
  }

  /**
   * A cursor is refused on the path {@code cursor} when it is forged, damaged or made for another
   * sort.
   */
  @Test
  protected void badCursorsAreRefusedOnTheCursorPath() {
    String good = page(ActivityQuery.builder().pageSize(2).build()).nextCursor();
    assertThat(good).isNotNull();
    String altered = (good.charAt(3) == 'A' ? "B" : "A");
    List<String> bad =
        List.of(
            "not-a-cursor!",
            "",
            "AAAA",
            good.substring(0, good.length() - 3),
            good.substring(0, 3) + altered + good.substring(4),
            good + "AA",
            "x".repeat(5000));

    for (String cursor : bad) {
      InvalidInputException e =
          assertRefused(
              InvalidInputException.class,
              () ->
                  coplan()
                      .activities()
                      .search(ActivityQuery.builder().pageSize(2).after(cursor).build()));
      assertViolations(e, "cursor:malformed");
    }
    InvalidInputException otherSort =
        assertRefused(
            InvalidInputException.class,
            () ->
                coplan()
                    .activities()
                    .search(
                        ActivityQuery.builder()
                            .sort(ActivitySort.by(Field.TITLE, Direction.ASC))
                            .after(good)
                            .build()));
    assertViolations(otherSort, "cursor:malformed");
    InvalidInputException otherDirection =
        assertRefused(
            InvalidInputException.class,
            () ->
                coplan()
                    .activities()
                    .search(
                        ActivityQuery.builder()
                            .sort(ActivitySort.by(Field.PLANNED_START, Direction.DESC))
                            .after(good)
                            .build()));
    assertViolations(otherDirection, "cursor:malformed");
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /**
   * Stores an activity under a name used in expectations.
   *
   * @param name the name
   * @param plan the plan
   * @param details the details
   * @param status the status
   * @param actualStart the actual start, or null
   * @param actualEnd the actual end, or null
   * @param reason the status reason, or null
   * @param participations the participations
   */
  protected final void add(
      String name,
      PlanId plan,
      ActivityDetails details,
      ActivityStatus status,
      @Nullable PartialDate actualStart,
      @Nullable PartialDate actualEnd,
      @Nullable String reason,
      Participation... participations) {
    Activity a =
        insert(
            newActivity(
                plan, details, status, actualStart, actualEnd, reason, List.of(participations)));
    names.put(a.id(), name);
    stored.add(a);
  }

  /**
   * The id of a named activity.
   *
   * @param name the name
   * @return the id
   */
  protected final ActivityId byName(String name) {
    return names.entrySet().stream()
        .filter(e -> e.getValue().equals(name))
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  /**
   * The names of activities, in order.
   *
   * @param activities the activities
   * @return their names
   */
  protected final List<String> names(List<Activity> activities) {
    return activities.stream().map(a -> names.getOrDefault(a.id(), a.id().toString())).toList();
  }

  /**
   * One page of a search, read in its own unit.
   *
   * @param query the query
   * @return the page
   */
  protected final Page<Activity> page(ActivityQuery query) {
    return read(r -> r.activities().search(query));
  }

  /**
   * Every page of a search, following the cursors; every page but the last must be full.
   *
   * @param query the criteria
   * @param pageSize the page size
   * @return the pages, in order
   */
  protected final List<Page<Activity>> pages(
      UnaryOperator<ActivityQuery.Builder> query, int pageSize) {
    List<Page<Activity>> pages = new ArrayList<>();
    String cursor = null;
    do {
      ActivityQuery.Builder builder = query.apply(ActivityQuery.builder()).pageSize(pageSize);
      if (cursor != null) {
        // The first page keeps the cursor the query itself may start after.
        builder.after(cursor);
      }
      Page<Activity> page = page(builder.build());
      pages.add(page);
      checkPaging(pages.size(), cursor, page.nextCursor());
      cursor = page.nextCursor();
      if (cursor != null) {
        assertThat(page.items()).as("a page followed by another").hasSize(pageSize);
      } else {
        assertThat(page.items().size()).as("the last page").isLessThanOrEqualTo(pageSize);
      }
    } while (cursor != null);
    return pages;
  }

  /**
   * Every row of a search, walking its pages.
   *
   * @param query the criteria
   * @param pageSize the page size
   * @return the rows, in order
   */
  protected final List<Activity> searchAll(
      UnaryOperator<ActivityQuery.Builder> query, int pageSize) {
    return pages(query, pageSize).stream().flatMap(p -> p.items().stream()).toList();
  }

  /**
   * The rows a query must give, by the core's reference semantics over every stored activity.
   *
   * @param query the query
   * @return the rows, in order
   */
  protected final List<Activity> reference(ActivityQuery query) {
    List<Activity> all = new ArrayList<>();
    for (Activity a : stored) {
      all.add(stored(a.id()));
    }
    return all.stream()
        .filter(a -> ActivityQuery.ForAdapters.matches(query, a))
        .sorted(query.sort().comparator())
        .toList();
  }

  private void assertSearch(UnaryOperator<ActivityQuery.Builder> query, String... expected) {
    ActivityQuery built = query.apply(ActivityQuery.builder()).build();
    assertThat(names(reference(built)))
        .as("the reference semantics of %s", built)
        .containsExactly(expected);
    for (int pageSize : List.of(2, ActivityQuery.MAX_PAGE_SIZE)) {
      assertThat(names(searchAll(query, pageSize)))
          .as("search %s in pages of %d", built, pageSize)
          .containsExactly(expected);
    }
  }

  private void assertSorted(Field field, String... ascending) {
    List<String> expected = List.of(ascending);
    ActivityQuery reference =
        ActivityQuery.builder().sort(ActivitySort.by(field, Direction.ASC)).build();
    assertThat(names(reference(reference)))
        .as("the reference order by %s", field)
        .containsExactlyElementsOf(expected);
    for (int pageSize : List.of(1, 5, ActivityQuery.MAX_PAGE_SIZE)) {
      assertThat(names(searchAll(q -> q.sort(ActivitySort.by(field, Direction.ASC)), pageSize)))
          .as("%s ascending in pages of %d", field, pageSize)
          .containsExactlyElementsOf(expected);
      assertThat(names(searchAll(q -> q.sort(ActivitySort.by(field, Direction.DESC)), pageSize)))
          .as("%s descending in pages of %d", field, pageSize)
          .containsExactlyElementsOf(reversed(expected));
    }
  }

  private static Participation participation(
      Participant who, ParticipationRole role, ParticipationStatus status) {
    return new Participation(who, role, status, null);
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }
}

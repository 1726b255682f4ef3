package io.github.coplan.domain.query;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DIRECTOR;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.OTHER_PLAN;
import static io.github.coplan.testing.Fixtures.PLAN;
import static io.github.coplan.testing.Fixtures.innovationWeek;
import static io.github.coplan.testing.Fixtures.studyTour;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.DateSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityQueryTest {

  private static final Participant DIRECTOR_P = Participant.of(DIRECTOR);
  private static final Participant IIA_P = Participant.of(IIA);

  /** The study tours (area 1, from 2018-11, proposed, the Director as delegate). */
  private static final Activity TOURS =
      studyTour()
          .addParticipation(
              new Participation(
                  DIRECTOR_P, ParticipationRole.DELEGATE, ParticipationStatus.WITHDRAWN, null));

  /** The Innovation Week (area 5, 2018-Q4, scheduled, IIA as exhibitor). */
  private static final Activity WEEK =
      innovationWeek()
          .plan(null)
          .schedule(null)
          .addParticipation(
              new Participation(
                  IIA_P, ParticipationRole.EXHIBITOR, ParticipationStatus.INVITED, null));

  /** A workshop of another plan (area 7, 2019-03, planned). */
  private static final Activity WORKSHOP =
      Activity.propose(
              new ActivityId(UUID.fromString("01890000-0000-7000-8000-0000000000ff")),
              OTHER_PLAN,
              ActivityDetails.builder()
                  .contentArea(7)
                  .type(ActivityType.WORKSHOP)
                  .title(viEn("Hội thảo chuyên gia Israel", "Israeli expert workshop"))
                  .description(vi("Chuyên gia Israel đến TP. Hồ Chí Minh"))
                  .planned(DateSpan.parse("2019-03"))
                  .build(),
              null)
          .plan(null);

  private static final List<Activity> ALL = List.of(TOURS, WEEK, WORKSHOP);

  private static List<Activity> matching(ActivityQuery.Builder builder) {
    ActivityQuery query = builder.build();
    return ALL.stream().filter(a -> ActivityQuery.ForAdapters.matches(query, a)).toList();
  }

  @Test
  void noFilterMatchesEverything() {
    assertThat(matching(ActivityQuery.builder())).containsExactly(TOURS, WEEK, WORKSHOP);
  }

  @Test
  void filtersByPlan() {
    assertThat(matching(ActivityQuery.builder().plan(PLAN))).containsExactly(TOURS, WEEK);
    assertThat(matching(ActivityQuery.builder().plan(OTHER_PLAN))).containsExactly(WORKSHOP);
    assertThat(matching(ActivityQuery.builder().plan(new PlanId(new UUID(0, 1))))).isEmpty();
    assertThat(ActivityQuery.builder().plan(PLAN).build().plan()).isEqualTo(PLAN);
  }

  @Test
  void filtersByContentAreaTypeAndStatus() {
    assertThat(matching(ActivityQuery.builder().contentAreas(1, 7)))
        .containsExactly(TOURS, WORKSHOP);
    assertThat(matching(ActivityQuery.builder().contentAreas(2))).isEmpty();
    assertThat(
            matching(
                ActivityQuery.builder().types(ActivityType.EVENT_SHOWCASE, ActivityType.WORKSHOP)))
        .containsExactly(WEEK, WORKSHOP);
    assertThat(
            matching(
                ActivityQuery.builder()
                    .statuses(ActivityStatus.PROPOSED, ActivityStatus.SCHEDULED)))
        .containsExactly(TOURS, WEEK);
    assertThat(matching(ActivityQuery.builder().statuses(ActivityStatus.CANCELLED))).isEmpty();
  }

  @Test
  void filtersByParticipantInAnyRoleAndStatus() {
    assertThat(matching(ActivityQuery.builder().participant(DIRECTOR_P))).containsExactly(TOURS);
    assertThat(matching(ActivityQuery.builder().participant(IIA_P))).containsExactly(WEEK);
    assertThat(
            matching(
                ActivityQuery.builder()
                    .participant(Participant.of(new OrganisationId(DIRECTOR.value())))))
        .isEmpty();
  }

  @Test
  void filtersByOverlapOfThePlannedSpanWithTheWindow() {
    LocalDate q4Start = LocalDate.of(2018, 10, 1);
    assertThat(
            matching(
                ActivityQuery.builder()
                    .window(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 10, 31))))
        .containsExactly(WEEK);
    assertThat(matching(ActivityQuery.builder().window(q4Start, q4Start))).containsExactly(WEEK);
    assertThat(matching(ActivityQuery.builder().window(null, q4Start.minusDays(1)))).isEmpty();
    assertThat(matching(ActivityQuery.builder().window(LocalDate.of(2018, 11, 1), null)))
        .containsExactly(TOURS, WEEK, WORKSHOP);
    assertThat(matching(ActivityQuery.builder().window(LocalDate.of(2019, 1, 1), null)))
        .containsExactly(TOURS, WORKSHOP);
    assertThat(
            matching(
                ActivityQuery.builder().window(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 1))))
        .containsExactly(TOURS);
    assertThat(matching(ActivityQuery.builder().window(LocalDate.of(9999, 12, 31), null)))
        .containsExactly(TOURS);
  }

  @Test
  void filtersByLeadParty() {
    assertThat(matching(ActivityQuery.builder().leadParty(io.github.coplan.testing.Fixtures.DOST)))
        .containsExactly(WEEK);
    assertThat(matching(ActivityQuery.builder().leadParty(IIA))).isEmpty();
    assertThat(ActivityQuery.builder().leadParty(IIA).build().leadParty()).isEqualTo(IIA);
  }

  @Test
  void aWindowMayBeAPartialDateOrASpan() {
    ActivityQuery q4 =
        ActivityQuery.builder()
            .window(io.github.coplan.domain.shared.PartialDate.parse("2018-Q4"))
            .build();
    assertThat(q4.from()).isEqualTo(LocalDate.of(2018, 10, 1));
    assertThat(q4.to()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(ALL.stream().filter(x -> ActivityQuery.ForAdapters.matches(q4, x)))
        .containsExactly(TOURS, WEEK);

    ActivityQuery month =
        ActivityQuery.builder()
            .window(io.github.coplan.domain.shared.PartialDate.parse("2019-03~"))
            .build();
    assertThat(month.from()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(month.to()).isEqualTo(LocalDate.of(2019, 3, 31));
    assertThat(ALL.stream().filter(x -> ActivityQuery.ForAdapters.matches(month, x)))
        .containsExactly(TOURS, WORKSHOP);

    ActivityQuery span =
        ActivityQuery.builder().window(DateSpan.parse("2018-06/2018-10-01")).build();
    assertThat(span.from()).isEqualTo(LocalDate.of(2018, 6, 1));
    assertThat(span.to()).isEqualTo(LocalDate.of(2018, 10, 1));
    assertThat(ALL.stream().filter(x -> ActivityQuery.ForAdapters.matches(span, x)))
        .containsExactly(WEEK);

    ActivityQuery open = ActivityQuery.builder().window(DateSpan.parse("2019-04/..")).build();
    assertThat(open.from()).isEqualTo(LocalDate.of(2019, 4, 1));
    assertThat(open.to()).isNull();
    assertThat(ALL.stream().filter(x -> ActivityQuery.ForAdapters.matches(open, x)))
        .containsExactly(TOURS);

    violation(() -> ActivityQuery.builder().window((DateSpan) null), "window", Violation.REQUIRED);
    violation(
        () -> ActivityQuery.builder().window((io.github.coplan.domain.shared.PartialDate) null),
        "window",
        Violation.REQUIRED);
  }

  @Test
  void aQueryAsksForTheTotalOnlyWhenTold() {
    assertThat(ActivityQuery.builder().build().countTotal()).isFalse();
    assertThat(ActivityQuery.builder().withTotal().build().countTotal()).isTrue();
    ActivityQuery query = ActivityQuery.builder().pageSize(1).withTotal().build();
    Page<Activity> page = ActivityQuery.ForAdapters.toPage(query, List.of(TOURS, WEEK), 3L);
    assertThat(page.total()).isEqualTo(3L);
    assertThat(page.items()).containsExactly(TOURS);
    assertThat(page.nextCursor()).isEqualTo(Cursor.after(ActivitySort.DEFAULT, TOURS).encode());
    assertThat(ActivityQuery.ForAdapters.toPage(query, List.of(TOURS), 1L))
        .isEqualTo(new Page<>(List.of(TOURS), null, 1L));
    assertThat(ActivityQuery.ForAdapters.toPage(query, List.of(TOURS)).total()).isNull();
  }

  @Test
  void filtersByFoldedTextInAnyLanguageAndTheDescription() {
    assertThat(matching(ActivityQuery.builder().text("doi moi sang tao"))).containsExactly(WEEK);
    assertThat(matching(ActivityQuery.builder().text("ĐỔI MỚI"))).containsExactly(WEEK);
    assertThat(matching(ActivityQuery.builder().text("startup week"))).containsExactly(WEEK);
    assertThat(matching(ActivityQuery.builder().text("HO CHI MINH"))).containsExactly(WORKSHOP);
    assertThat(matching(ActivityQuery.builder().text("israel"))).containsExactly(TOURS, WORKSHOP);
    assertThat(matching(ActivityQuery.builder().text("%"))).isEmpty();
    assertThat(matching(ActivityQuery.builder().text("_"))).isEmpty();
  }

  @Test
  void theQueryTextIsFoldedOnce() {
    assertThat(ActivityQuery.builder().text("  ĐỔI \u3000 MỚI  ").build().text())
        .isEqualTo("doi moi");
  }

  @Test
  void filtersCombineWithAnd() {
    assertThat(matching(ActivityQuery.builder().plan(PLAN).text("israel"))).containsExactly(TOURS);
    assertThat(
            matching(
                ActivityQuery.builder()
                    .plan(PLAN)
                    .contentAreas(5)
                    .statuses(ActivityStatus.PROPOSED)))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 501, 10_000, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void aPageSizeOutside1To500IsRefused(int pageSize) {
    violation(
        () -> ActivityQuery.builder().pageSize(pageSize).build(),
        "pageSize",
        Violation.OUT_OF_RANGE);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 50, 500})
  void aPageSizeFrom1To500IsAccepted(int pageSize) {
    assertThat(ActivityQuery.builder().pageSize(pageSize).build().pageSize()).isEqualTo(pageSize);
  }

  @Test
  void theDefaultsAreTheDefaultSortAndFiftyRows() {
    ActivityQuery query = ActivityQuery.builder().build();

    assertThat(query.sort()).isEqualTo(ActivitySort.DEFAULT);
    assertThat(query.pageSize()).isEqualTo(50);
    assertThat(query.after()).isNull();
    assertThat(query.contentAreas()).isEmpty();
    assertThat(query.types()).isEmpty();
    assertThat(query.statuses()).isEmpty();
  }

  @Test
  void aWindowEndingBeforeItStartsIsRefused() {
    violation(
        () ->
            ActivityQuery.builder()
                .window(LocalDate.of(2019, 1, 1), LocalDate.of(2018, 12, 31))
                .build(),
        "to",
        Violation.END_BEFORE_START);
    violations(
        () ->
            ActivityQuery.builder()
                .window(LocalDate.of(0, 1, 1), LocalDate.of(10_000, 1, 1))
                .build(),
        tuple("from", Violation.OUT_OF_RANGE),
        tuple("to", Violation.OUT_OF_RANGE));
  }

  @Test
  void everyBadCriterionIsListed() {
    violations(
        () ->
            ActivityQuery.builder()
                .pageSize(0)
                .window(LocalDate.of(2019, 1, 1), LocalDate.of(2018, 1, 1))
                .text("\u00A0")
                .contentAreas(0)
                .build(),
        tuple("pageSize", Violation.OUT_OF_RANGE),
        tuple("to", Violation.END_BEFORE_START),
        tuple("text", Violation.BLANK),
        tuple("contentAreas", Violation.OUT_OF_RANGE));
    violation(
        () -> ActivityQuery.builder().text("a\u202Eb").build(),
        "text",
        Violation.CONTROL_CHARACTER);
    violation(
        () -> ActivityQuery.builder().text("x".repeat(501)).build(), "text", Violation.TOO_LONG);
  }

  @Test
  void theConstructorRefusesMissingSetsAndNullElements() {
    violations(
        () ->
            new ActivityQuery(
                null, null, null, null, null, null, null, null, null, null, 10, null, false, null),
        tuple("contentAreas", Violation.REQUIRED),
        tuple("types", Violation.REQUIRED),
        tuple("statuses", Violation.REQUIRED),
        tuple("sort", Violation.REQUIRED));
    Set<Integer> withNull = new LinkedHashSet<>(Arrays.asList(1, null));
    violation(
        () ->
            new ActivityQuery(
                null,
                withNull,
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                null,
                ActivitySort.DEFAULT,
                10,
                null,
                false,
                null),
        "contentAreas[1]",
        Violation.REQUIRED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "'; DROP TABLE activity; --", "1 OR 1=1", " "})
  void aBadCursorIsRefusedOnTheCursorPath(String cursor) {
    violation(() -> ActivityQuery.builder().after(cursor).build(), "cursor", Violation.MALFORMED);
  }

  @Test
  void aCursorOfAnotherSortIsRefusedOnTheCursorPath() {
    String cursor = Cursor.after(ActivitySort.parse("title"), WEEK).encode();

    violation(
        () -> ActivityQuery.builder().sort(ActivitySort.parse("title,desc")).after(cursor).build(),
        "cursor",
        Violation.MALFORMED);
    violation(
        () ->
            new ActivityQuery(
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                null,
                ActivitySort.DEFAULT,
                10,
                Cursor.after(ActivitySort.parse("title"), WEEK),
                false,
                null),
        "cursor",
        Violation.MALFORMED);
    assertThat(
            ActivityQuery.builder().sort(ActivitySort.parse("title")).after(cursor).build().after())
        .isEqualTo(Cursor.after(ActivitySort.parse("title"), WEEK));
  }

  @Test
  void theBuilderRefusesMissingElements() {
    violation(
        () -> ActivityQuery.builder().types((ActivityType) null), "types", Violation.REQUIRED);
    violation(
        () -> ActivityQuery.builder().statuses((ActivityStatus[]) null),
        "statuses",
        Violation.REQUIRED);
    violation(
        () -> ActivityQuery.builder().contentAreas((Integer[]) null),
        "contentAreas",
        Violation.REQUIRED);
    violation(
        () -> ActivityQuery.builder().contentAreas(1, null).build(),
        "contentAreas[1]",
        Violation.REQUIRED);
  }

  @Test
  void theQueryKeepsCopiesOfItsSets() {
    Set<Integer> areas = new HashSet<>(Set.of(3, 1));
    ActivityQuery query =
        new ActivityQuery(
            null,
            areas,
            Set.of(),
            Set.of(),
            null,
            null,
            null,
            null,
            null,
            ActivitySort.DEFAULT,
            10,
            null,
            false,
            null);
    areas.add(2);

    assertThat(query.contentAreas()).containsExactly(1, 3).isUnmodifiable();
  }

  @Test
  void isAfterCursorIsStrictAndFollowsTheDirection() {
    Activity a = ActivitySortTest.activity(new UUID(1, 1), "2018-11", "b");
    Activity sameKeyHigherId = ActivitySortTest.activity(new UUID(1, 2), "2018-11", "b");
    Activity sameKeyLowerId = ActivitySortTest.activity(new UUID(1, 0), "2018-11", "b");
    Activity laterKey = ActivitySortTest.activity(new UUID(0, 0), "2018-12", "c");
    Activity earlierKey = ActivitySortTest.activity(new UUID(9, 9), "2018-10", "a");

    for (String sortText : List.of("plannedStart", "plannedEnd", "title")) {
      ActivitySort asc = ActivitySort.parse(sortText);
      ActivityQuery afterA =
          ActivityQuery.builder().sort(asc).after(Cursor.after(asc, a).encode()).build();
      assertThat(ActivityQuery.ForAdapters.isAfterCursor(afterA, a)).as(sortText).isFalse();
      assertThat(ActivityQuery.ForAdapters.isAfterCursor(afterA, sameKeyHigherId))
          .as(sortText)
          .isTrue();
      assertThat(ActivityQuery.ForAdapters.isAfterCursor(afterA, sameKeyLowerId))
          .as(sortText)
          .isFalse();
      assertThat(ActivityQuery.ForAdapters.isAfterCursor(afterA, laterKey)).as(sortText).isTrue();
      assertThat(ActivityQuery.ForAdapters.isAfterCursor(afterA, earlierKey))
          .as(sortText)
          .isFalse();

      ActivitySort desc = ActivitySort.by(asc.field(), ActivitySort.Direction.DESC);
      ActivityQuery afterADesc =
          ActivityQuery.builder().sort(desc).after(Cursor.after(desc, a).encode()).build();
      assertThat(ActivityQuery.ForAdapters.isAfterCursor(afterADesc, a)).as(sortText).isFalse();
      assertThat(ActivityQuery.ForAdapters.isAfterCursor(afterADesc, sameKeyHigherId))
          .as(sortText)
          .isFalse();
      assertThat(ActivityQuery.ForAdapters.isAfterCursor(afterADesc, sameKeyLowerId))
          .as(sortText)
          .isTrue();
      assertThat(ActivityQuery.ForAdapters.isAfterCursor(afterADesc, laterKey))
          .as(sortText)
          .isFalse();
      assertThat(ActivityQuery.ForAdapters.isAfterCursor(afterADesc, earlierKey))
          .as(sortText)
          .isTrue();
    }

    ActivitySort created = ActivitySort.parse("created");
    ActivityQuery afterACreated =
        ActivityQuery.builder().sort(created).after(Cursor.after(created, a).encode()).build();
    assertThat(ActivityQuery.ForAdapters.isAfterCursor(afterACreated, laterKey)).isFalse();
    assertThat(ActivityQuery.ForAdapters.isAfterCursor(afterACreated, earlierKey)).isTrue();
    assertThat(ActivityQuery.ForAdapters.isAfterCursor(afterACreated, sameKeyHigherId)).isTrue();
    assertThat(ActivityQuery.ForAdapters.isAfterCursor(ActivityQuery.builder().build(), a))
        .isTrue();
  }

  @Test
  void toPageGivesANextCursorOnlyWhenThereAreMoreRows() {
    ActivityQuery query = ActivityQuery.builder().pageSize(2).build();

    Page<Activity> short1 = ActivityQuery.ForAdapters.toPage(query, List.of(TOURS));
    assertThat(short1.items()).containsExactly(TOURS);
    assertThat(short1.hasNext()).isFalse();
    assertThat(short1.nextCursor()).isNull();

    Page<Activity> exact = ActivityQuery.ForAdapters.toPage(query, List.of(TOURS, WEEK));
    assertThat(exact.items()).containsExactly(TOURS, WEEK);
    assertThat(exact.nextCursor()).isNull();

    Page<Activity> more = ActivityQuery.ForAdapters.toPage(query, List.of(TOURS, WEEK, WORKSHOP));
    assertThat(more.items()).containsExactly(TOURS, WEEK).isUnmodifiable();
    assertThat(more.nextCursor()).isEqualTo(Cursor.after(ActivitySort.DEFAULT, WEEK).encode());
    assertThat(more.hasNext()).isTrue();

    assertThat(ActivityQuery.ForAdapters.toPage(query, List.of()).items()).isEmpty();
  }

  static Stream<Arguments> everySortAndPageSize() {
    return CursorTest.everySort()
        .flatMap(s -> Stream.of(1, 7, 59, 60, 61, 500).map(n -> Arguments.of(s, n)));
  }

  @ParameterizedTest(name = "{0}, {1} per page")
  @MethodSource("everySortAndPageSize")
  void pagingThroughEveryPageGivesEveryMatchingRowOnceInOrder(ActivitySort sort, int pageSize) {
    List<Activity> rows = randomActivities(60);
    ActivityQuery all = ActivityQuery.builder().sort(sort).build();
    Predicate<Activity> filter = a -> ActivityQuery.ForAdapters.matches(all, a);
    List<Activity> expected = rows.stream().filter(filter).sorted(sort.comparator()).toList();

    List<Activity> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      ActivityQuery query =
          ActivityQuery.builder().sort(sort).pageSize(pageSize).after(cursor).build();
      List<Activity> candidates =
          rows.stream()
              .filter(a -> ActivityQuery.ForAdapters.matches(query, a))
              .filter(a -> ActivityQuery.ForAdapters.isAfterCursor(query, a))
              .sorted(sort.comparator())
              .limit(pageSize + 1L)
              .toList();
      Page<Activity> page = ActivityQuery.ForAdapters.toPage(query, candidates);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(pageSize).isNotEmpty();
      seen.addAll(page.items());
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo((expected.size() + pageSize - 1) / pageSize);
  }

  /** Activities with many equal sort keys, so that the id tie-break decides often. */
  private static List<Activity> randomActivities(int count) {
    Random random = new Random(2018);
    List<String> spans =
        List.of("2018", "2018-Q4", "2018-11/..", "2018-11", "2019-H1", "2018-11-15", "2018/2021");
    List<String> titles =
        List.of(
            "Đổi mới",
            "doi moi",
            "DOI MOI",
            "Hội thảo",
            "\uD83D\uDE80 khởi nghiệp",
            "\uFFFD",
            "שָׁלוֹם",
            "Zeta",
            "apple");
    List<Activity> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      UUID id =
          new UUID(
              random.nextBoolean() ? random.nextLong() : 0x0189_0000_0000_7000L, random.nextLong());
      rows.add(
          ActivitySortTest.activity(
              id,
              spans.get(random.nextInt(spans.size())),
              titles.get(random.nextInt(titles.size()))));
    }
    Collections.shuffle(rows, random);
    return rows;
  }

  @Test
  void visibleToIsUnsetByDefaultAndTheBuilderCopiesIt() {
    Principal director = Principal.person(DIRECTOR);
    Principal iia = Principal.staffOf(IIA);
    List<Principal> principals = new ArrayList<>(List.of(director, iia));

    assertThat(ActivityQuery.builder().build().visibleTo()).isNull();
    ActivityQuery.Builder builder = ActivityQuery.builder().visibleTo(principals);
    principals.remove(iia);
    ActivityQuery query = builder.build();

    assertThat(query.visibleTo()).containsExactly(director, iia).isUnmodifiable();
    assertThat(ActivityQuery.builder().visibleTo(principals).visibleTo(null).build().visibleTo())
        .isNull();
    assertThat(ActivityQuery.builder().visibleTo(List.of()).build().visibleTo()).isEmpty();
  }

  @Test
  void withVisibleToRefusesANullPrincipalByItsIndex() {
    ActivityQuery query = ActivityQuery.builder().build();
    violation(
        () -> query.withVisibleTo(Arrays.asList(Principal.person(DIRECTOR), null)),
        "visibleTo[1]",
        Violation.REQUIRED);
  }

  @Test
  void withVisibleToKeepsEveryOtherPartAndCopiesThePrincipals() {
    Principal director = Principal.person(DIRECTOR);
    ActivityQuery query =
        ActivityQuery.builder()
            .plan(PLAN)
            .contentAreas(2)
            .types(ActivityType.values()[0])
            .statuses(ActivityStatus.values()[0])
            .leadParty(IIA)
            .window(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))
            .text("tuần")
            .pageSize(9)
            .withTotal()
            .build();
    List<Principal> principals = new ArrayList<>(List.of(director));

    ActivityQuery limited = query.withVisibleTo(principals);
    principals.clear();

    assertThat(limited.visibleTo()).containsExactly(director).isUnmodifiable();
    assertThat(limited.plan()).isEqualTo(PLAN);
    assertThat(limited.contentAreas()).containsExactly(2);
    assertThat(limited.types()).isEqualTo(query.types());
    assertThat(limited.statuses()).isEqualTo(query.statuses());
    assertThat(limited.participant()).isNull();
    assertThat(limited.leadParty()).isEqualTo(IIA);
    assertThat(limited.from()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(limited.to()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(limited.text()).isEqualTo(query.text());
    assertThat(limited.sort()).isEqualTo(query.sort());
    assertThat(limited.pageSize()).isEqualTo(9);
    assertThat(limited.after()).isNull();
    assertThat(limited.countTotal()).isTrue();
    assertThat(limited).isNotEqualTo(query);
    assertThat(limited.withVisibleTo(null)).isEqualTo(query).hasSameHashCodeAs(query);
    assertThat(query.withVisibleTo(Set.of(director)))
        .isEqualTo(limited)
        .hasSameHashCodeAs(limited)
        .isNotEqualTo(query.withVisibleTo(List.of()));
  }

  @Test
  void aNullPrincipalIsRefused() {
    violation(
        () ->
            ActivityQuery.builder().visibleTo(Arrays.asList(Principal.staffOf(IIA), null)).build(),
        "visibleTo[1]",
        Violation.REQUIRED);
    Set<Principal> withNull = new LinkedHashSet<>(Arrays.asList(null, Principal.staffOf(IIA)));
    violation(
        () ->
            new ActivityQuery(
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                null,
                ActivitySort.DEFAULT,
                10,
                null,
                false,
                withNull),
        "visibleTo[0]",
        Violation.REQUIRED);
  }

  @Test
  void aCursorWithoutASortIsOnlyAMissingSort() {
    violation(
        () -> ActivityQuery.builder().after("garbage").sort(null).build(),
        "sort",
        Violation.REQUIRED);
    Cursor cursor = new Cursor(ActivitySort.DEFAULT, "x", UUID.randomUUID());
    violation(
        () ->
            new ActivityQuery(
                null, Set.of(), Set.of(), Set.of(), null, null, null, null, null, null, 10, cursor,
                false, null),
        "sort",
        Violation.REQUIRED);
  }
}

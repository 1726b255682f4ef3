package io.github.coplan.domain.query;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.DOST;
import static io.github.coplan.testing.Fixtures.EMBASSY;
import static io.github.coplan.testing.Fixtures.IIA;
import static io.github.coplan.testing.Fixtures.vi;
import static io.github.coplan.testing.Fixtures.viEn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.query.ActivitySort.Direction;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanQueryTest {

  /** The reference plan: active, 2018 to 2021, DOST and IIA, Vietnamese title with a summary. */
  private static final CooperationPlan HCMC =
      plan(
              1,
              "HCMC-IIA-2018",
              viEn("Kế hoạch hợp tác Đổi mới sáng tạo", "Innovation cooperation plan"),
              "2018/2021",
              DOST,
              IIA)
          .describe(
              viEn("Kế hoạch hợp tác Đổi mới sáng tạo", "Innovation cooperation plan"),
              vi("Thúc đẩy khởi nghiệp"),
              DateSpan.parse("2018/2021"))
          .activate();

  /** A draft without a period, with the embassy. */
  private static final CooperationPlan EMBASSY_DRAFT =
      plan(2, "HCMC-EMB", vi("Hợp tác với Đại sứ quán"), null, EMBASSY);

  /** A draft from 2022 on, open-ended, with IIA. */
  private static final CooperationPlan LATER =
      plan(3, "IIA-2022", vi("Giai đoạn tiếp theo"), "2022/..", IIA);

  private static final List<CooperationPlan> ALL = List.of(HCMC, EMBASSY_DRAFT, LATER);

  static CooperationPlan plan(
      long n,
      String code,
      io.github.coplan.domain.shared.LocalizedText title,
      @Nullable String period,
      io.github.coplan.domain.organisation.OrganisationId... parties) {
    CooperationPlan plan =
        CooperationPlan.draft(
            new PlanId(new UUID(0x0189_0000_0000_7000L, n)),
            PlanCode.of(code),
            title,
            null,
            period == null ? null : DateSpan.parse(period));
    for (var party : parties) {
      plan = plan.addParty(Party.of(party, PartyRole.SIGNATORY));
    }
    return plan;
  }

  private static List<CooperationPlan> matching(PlanQuery.Builder builder) {
    PlanQuery query = builder.build();
    return ALL.stream().filter(x -> PlanQuery.ForAdapters.matches(query, x)).toList();
  }

  @Test
  void noFilterMatchesEveryPlan() {
    assertThat(matching(PlanQuery.builder())).containsExactly(HCMC, EMBASSY_DRAFT, LATER);
  }

  @Test
  void filtersByCodePrefixCaseIncluded() {
    assertThat(matching(PlanQuery.builder().codePrefix("HCMC-")))
        .containsExactly(HCMC, EMBASSY_DRAFT);
    assertThat(matching(PlanQuery.builder().codePrefix("HCMC-IIA-2018"))).containsExactly(HCMC);
    assertThat(matching(PlanQuery.builder().codePrefix("hcmc"))).isEmpty();
    assertThat(matching(PlanQuery.builder().codePrefix("IIA"))).containsExactly(LATER);
    assertThat(matching(PlanQuery.builder().codePrefix("HCMC-IIA-2018-B"))).isEmpty();
  }

  @Test
  void filtersByStatus() {
    assertThat(matching(PlanQuery.builder().statuses(PlanStatus.ACTIVE))).containsExactly(HCMC);
    assertThat(matching(PlanQuery.builder().statuses(PlanStatus.DRAFT, PlanStatus.SUSPENDED)))
        .containsExactly(EMBASSY_DRAFT, LATER);
    assertThat(matching(PlanQuery.builder().statuses(PlanStatus.CANCELLED))).isEmpty();
  }

  @Test
  void filtersByPartyInAnyRole() {
    assertThat(matching(PlanQuery.builder().party(IIA))).containsExactly(HCMC, LATER);
    assertThat(matching(PlanQuery.builder().party(EMBASSY))).containsExactly(EMBASSY_DRAFT);
    assertThat(
            matching(
                PlanQuery.builder()
                    .party(
                        new io.github.coplan.domain.organisation.OrganisationId(new UUID(5, 5)))))
        .isEmpty();
  }

  @Test
  void filtersByOverlapOfThePeriodWithTheWindowAndNeverMatchesAPlanWithoutPeriod() {
    assertThat(
            matching(
                PlanQuery.builder().window(LocalDate.of(2021, 12, 31), LocalDate.of(2021, 12, 31))))
        .containsExactly(HCMC);
    assertThat(matching(PlanQuery.builder().window(LocalDate.of(2022, 1, 1), null)))
        .containsExactly(LATER);
    assertThat(matching(PlanQuery.builder().window(LocalDate.of(2021, 12, 31), null)))
        .containsExactly(HCMC, LATER);
    assertThat(matching(PlanQuery.builder().window(null, LocalDate.of(2018, 1, 1))))
        .containsExactly(HCMC);
    assertThat(matching(PlanQuery.builder().window(null, LocalDate.of(2017, 12, 31)))).isEmpty();
    assertThat(matching(PlanQuery.builder().window(LocalDate.of(9999, 12, 31), null)))
        .containsExactly(LATER);
    assertThat(matching(PlanQuery.builder().window(null, null)))
        .containsExactly(HCMC, EMBASSY_DRAFT, LATER);
  }

  @Test
  void aWindowMayBeASpanOrAPartialDate() {
    PlanQuery q4 = PlanQuery.builder().window(PartialDate.parse("2018-Q4")).build();
    assertThat(q4.from()).isEqualTo(LocalDate.of(2018, 10, 1));
    assertThat(q4.to()).isEqualTo(LocalDate.of(2018, 12, 31));

    PlanQuery span = PlanQuery.builder().window(DateSpan.parse("2021-H2/2022-Q1")).build();
    assertThat(span.from()).isEqualTo(LocalDate.of(2021, 7, 1));
    assertThat(span.to()).isEqualTo(LocalDate.of(2022, 3, 31));
    assertThat(ALL.stream().filter(x -> PlanQuery.ForAdapters.matches(span, x)))
        .containsExactly(HCMC, LATER);

    PlanQuery open = PlanQuery.builder().window(DateSpan.parse("2022-02/..")).build();
    assertThat(open.from()).isEqualTo(LocalDate.of(2022, 2, 1));
    assertThat(open.to()).isNull();
    assertThat(ALL.stream().filter(x -> PlanQuery.ForAdapters.matches(open, x)))
        .containsExactly(LATER);

    violation(() -> PlanQuery.builder().window((DateSpan) null), "window", Violation.REQUIRED);
    violation(() -> PlanQuery.builder().window((PartialDate) null), "window", Violation.REQUIRED);
  }

  @Test
  void filtersByFoldedTextInTitleAndSummaryInAnyLanguage() {
    assertThat(matching(PlanQuery.builder().text("doi moi sang tao"))).containsExactly(HCMC);
    assertThat(matching(PlanQuery.builder().text("INNOVATION"))).containsExactly(HCMC);
    assertThat(matching(PlanQuery.builder().text("khoi nghiep"))).containsExactly(HCMC);
    assertThat(matching(PlanQuery.builder().text("hop tac"))).containsExactly(HCMC, EMBASSY_DRAFT);
    assertThat(matching(PlanQuery.builder().text("%"))).isEmpty();
    assertThat(PlanQuery.builder().text("  ĐỔI \u3000 MỚI ").build().text()).isEqualTo("doi moi");
  }

  @Test
  void filtersCombine() {
    assertThat(matching(PlanQuery.builder().party(IIA).statuses(PlanStatus.DRAFT)))
        .containsExactly(LATER);
    assertThat(
            matching(
                PlanQuery.builder()
                    .codePrefix("HCMC")
                    .text("dai su quan")
                    .window(LocalDate.of(2019, 1, 1), null)))
        .isEmpty();
  }

  @Test
  void theDefaultsAreTheCodeSortAndFiftyRowsWithoutTotal() {
    PlanQuery query = PlanQuery.builder().build();

    assertThat(query.sort())
        .isEqualTo(PlanSort.DEFAULT)
        .isEqualTo(PlanSort.by(PlanSort.Field.CODE, Direction.ASC));
    assertThat(query.pageSize()).isEqualTo(50);
    assertThat(query.after()).isNull();
    assertThat(query.statuses()).isEmpty();
    assertThat(query.countTotal()).isFalse();
    assertThat(PlanQuery.builder().withTotal().build().countTotal()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 501, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void aPageSizeOutside1To500IsRefused(int pageSize) {
    violation(
        () -> PlanQuery.builder().pageSize(pageSize).build(), "pageSize", Violation.OUT_OF_RANGE);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 500})
  void aPageSizeFrom1To500IsAccepted(int pageSize) {
    assertThat(PlanQuery.builder().pageSize(pageSize).build().pageSize()).isEqualTo(pageSize);
  }

  @Test
  void everyBadCriterionIsListedTheCursorsToo() {
    violations(
        () ->
            PlanQuery.builder()
                .after("garbage")
                .codePrefix("-HCMC")
                .window(LocalDate.of(2019, 1, 1), LocalDate.of(2018, 12, 31))
                .text("x".repeat(501))
                .pageSize(0)
                .build(),
        tuple("cursor", Violation.MALFORMED),
        tuple("codePrefix", Violation.MALFORMED),
        tuple("to", Violation.END_BEFORE_START),
        tuple("pageSize", Violation.OUT_OF_RANGE),
        tuple("text", Violation.TOO_LONG));
    violations(
        () ->
            PlanQuery.builder()
                .window(LocalDate.of(0, 1, 1), LocalDate.of(10_000, 1, 1))
                .text("\u00A0")
                .build(),
        tuple("from", Violation.OUT_OF_RANGE),
        tuple("to", Violation.OUT_OF_RANGE),
        tuple("text", Violation.BLANK));
    violation(
        () -> PlanQuery.builder().codePrefix("x".repeat(65)).build(),
        "codePrefix",
        Violation.MALFORMED);
    violation(
        () -> PlanQuery.builder().text("a\u202Eb").build(), "text", Violation.CONTROL_CHARACTER);
    violation(() -> PlanQuery.builder().sort(null).build(), "sort", Violation.REQUIRED);
    assertThat(
            PlanQuery.builder()
                .codePrefix("x".repeat(64))
                .text("x".repeat(500))
                .build()
                .codePrefix())
        .hasSize(64);
  }

  @Test
  void theConstructorRefusesAMissingSetAndNullElementsAndCopiesTheSet() {
    violations(
        () -> new PlanQuery(null, null, null, null, null, null, null, 10, null, false, null),
        tuple("statuses", Violation.REQUIRED),
        tuple("sort", Violation.REQUIRED));
    Set<PlanStatus> withNull = new LinkedHashSet<>(Arrays.asList(PlanStatus.DRAFT, null));
    violation(
        () ->
            new PlanQuery(
                null, withNull, null, null, null, null, PlanSort.DEFAULT, 10, null, false, null),
        "statuses[1]",
        Violation.REQUIRED);
    Set<PlanStatus> statuses = EnumSet.of(PlanStatus.DRAFT);
    PlanQuery query =
        new PlanQuery(
            null, statuses, null, null, null, null, PlanSort.DEFAULT, 10, null, false, null);
    statuses.add(PlanStatus.ACTIVE);
    assertThat(query.statuses()).containsExactly(PlanStatus.DRAFT).isUnmodifiable();
    violation(
        () -> PlanQuery.builder().statuses((PlanStatus) null), "statuses", Violation.REQUIRED);
    violation(
        () -> PlanQuery.builder().statuses((PlanStatus[]) null), "statuses", Violation.REQUIRED);
  }

  @Test
  void aCursorOfAnotherSortOrLookUpIsRefused() {
    PlanSort byTitle = PlanSort.parse("title");
    String cursor = new LookupCursor(byTitle.cursorName(), "k", new UUID(1, 1)).encode();

    violation(() -> PlanQuery.builder().after(cursor).build(), "cursor", Violation.MALFORMED);
    violation(
        () -> PlanQuery.builder().sort(PlanSort.parse("title,desc")).after(cursor).build(),
        "cursor",
        Violation.MALFORMED);
    violation(
        () ->
            PlanQuery.builder()
                .after(new LookupCursor("organisation:name,asc", "k", new UUID(1, 1)).encode())
                .build(),
        "cursor",
        Violation.MALFORMED);
    violation(
        () ->
            new PlanQuery(
                null,
                Set.of(),
                null,
                null,
                null,
                null,
                PlanSort.DEFAULT,
                10,
                LookupCursor.decode(cursor, byTitle.cursorName()),
                false,
                null),
        "cursor",
        Violation.MALFORMED);
    assertThat(PlanQuery.builder().sort(byTitle).after(cursor).build().after())
        .isEqualTo(new LookupCursor("plan:title,asc", "k", new UUID(1, 1)));
  }

  @Test
  void isAfterCursorIsStrictAndFollowsTheDirection() {
    CooperationPlan a = plan(10, "B", vi("b"), null);
    CooperationPlan sameKeyHigherId = plan(11, "B", vi("b"), null);
    CooperationPlan sameKeyLowerId = plan(9, "B", vi("b"), null);
    CooperationPlan laterKey = plan(1, "C", vi("c"), null);
    CooperationPlan earlierKey = plan(99, "A", vi("a"), null);
    for (PlanSort.Field field : PlanSort.Field.values()) {
      PlanSort asc = PlanSort.by(field, Direction.ASC);
      PlanQuery afterA =
          PlanQuery.builder()
              .sort(asc)
              .after(new LookupCursor(asc.cursorName(), asc.keyOf(a), a.id().value()).encode())
              .build();
      assertThat(PlanQuery.ForAdapters.isAfterCursor(afterA, a)).as(asc.toString()).isFalse();
      assertThat(PlanQuery.ForAdapters.isAfterCursor(afterA, sameKeyHigherId))
          .as(asc.toString())
          .isTrue();
      assertThat(PlanQuery.ForAdapters.isAfterCursor(afterA, sameKeyLowerId))
          .as(asc.toString())
          .isFalse();
      assertThat(PlanQuery.ForAdapters.isAfterCursor(afterA, laterKey)).as(asc.toString()).isTrue();
      assertThat(PlanQuery.ForAdapters.isAfterCursor(afterA, earlierKey))
          .as(asc.toString())
          .isFalse();

      PlanSort desc = PlanSort.by(field, Direction.DESC);
      PlanQuery afterADesc =
          PlanQuery.builder()
              .sort(desc)
              .after(new LookupCursor(desc.cursorName(), desc.keyOf(a), a.id().value()).encode())
              .build();
      assertThat(PlanQuery.ForAdapters.isAfterCursor(afterADesc, a)).as(desc.toString()).isFalse();
      assertThat(PlanQuery.ForAdapters.isAfterCursor(afterADesc, sameKeyHigherId))
          .as(desc.toString())
          .isFalse();
      assertThat(PlanQuery.ForAdapters.isAfterCursor(afterADesc, sameKeyLowerId))
          .as(desc.toString())
          .isTrue();
      assertThat(PlanQuery.ForAdapters.isAfterCursor(afterADesc, laterKey))
          .as(desc.toString())
          .isFalse();
      assertThat(PlanQuery.ForAdapters.isAfterCursor(afterADesc, earlierKey))
          .as(desc.toString())
          .isTrue();
    }
    assertThat(PlanQuery.ForAdapters.isAfterCursor(PlanQuery.builder().build(), a)).isTrue();
  }

  @Test
  void toPageGivesANextCursorOnlyWhenThereAreMoreRowsAndCarriesTheTotal() {
    PlanQuery query = PlanQuery.builder().pageSize(2).build();

    Page<CooperationPlan> exact =
        PlanQuery.ForAdapters.toPage(query, List.of(HCMC, EMBASSY_DRAFT), 2L);
    assertThat(exact.items()).containsExactly(HCMC, EMBASSY_DRAFT);
    assertThat(exact.nextCursor()).isNull();
    assertThat(exact.total()).isEqualTo(2L);

    Page<CooperationPlan> more =
        PlanQuery.ForAdapters.toPage(query, List.of(HCMC, EMBASSY_DRAFT, LATER), null);
    assertThat(more.items()).containsExactly(HCMC, EMBASSY_DRAFT);
    assertThat(more.nextCursor())
        .isEqualTo(
            new LookupCursor("plan:code,asc", "HCMC-EMB", EMBASSY_DRAFT.id().value()).encode());
    assertThat(more.total()).isNull();
    assertThat(
            PlanQuery.ForAdapters.toPage(
                    PlanQuery.builder().sort(PlanSort.parse("title,desc")).pageSize(1).build(),
                    List.of(HCMC, LATER),
                    7L)
                .nextCursor())
        .isEqualTo(
            new LookupCursor("plan:title,desc", HCMC.sortTitle(), HCMC.id().value()).encode());
  }

  static Stream<Arguments> everySortAndPageSize() {
    List<Arguments> all = new ArrayList<>();
    for (PlanSort.Field f : PlanSort.Field.values()) {
      for (Direction d : Direction.values()) {
        for (int n : List.of(1, 7, 40, 41, 500)) {
          all.add(Arguments.of(PlanSort.by(f, d), n));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}, {1} per page")
  @MethodSource("everySortAndPageSize")
  void pagingThroughEveryPageGivesEveryMatchingRowOnceInOrder(PlanSort sort, int pageSize) {
    Random random = new Random(2018);
    List<String> titles =
        List.of(
            "Đổi mới",
            "doi moi",
            "DOI MOI",
            "Hội thảo",
            "\uD83D\uDE80 khởi nghiệp",
            "\uFFFD",
            "Zeta",
            "apple");
    List<CooperationPlan> rows = new ArrayList<>();
    for (int i = 0; i < 41; i++) {
      rows.add(
          CooperationPlan.draft(
              new PlanId(new UUID(random.nextLong(), random.nextLong())),
              PlanCode.of("P-" + random.nextInt(1_000_000)),
              vi(titles.get(random.nextInt(titles.size()))),
              null,
              null));
    }
    Collections.shuffle(rows, random);
    List<CooperationPlan> expected = rows.stream().sorted(sort.comparator()).toList();

    List<CooperationPlan> seen = new ArrayList<>();
    String cursor = null;
    do {
      PlanQuery query = PlanQuery.builder().sort(sort).pageSize(pageSize).after(cursor).build();
      List<CooperationPlan> candidates =
          rows.stream()
              .filter(x -> PlanQuery.ForAdapters.matches(query, x))
              .filter(x -> PlanQuery.ForAdapters.isAfterCursor(query, x))
              .sorted(sort.comparator())
              .limit(pageSize + 1L)
              .toList();
      Page<CooperationPlan> page = PlanQuery.ForAdapters.toPage(query, candidates, null);
      seen.addAll(page.items());
      cursor = page.nextCursor();
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void visibleToIsUnsetByDefaultAndTheBuilderCopiesIt() {
    Principal dost = Principal.staffOf(DOST);
    Principal embassy = Principal.staffOf(EMBASSY);
    List<Principal> principals = new ArrayList<>(List.of(dost, embassy));

    assertThat(PlanQuery.builder().build().visibleTo()).isNull();
    PlanQuery.Builder builder = PlanQuery.builder().visibleTo(principals);
    principals.add(Principal.staffOf(IIA));
    PlanQuery query = builder.build();

    assertThat(query.visibleTo()).containsExactly(dost, embassy).isUnmodifiable();
    assertThat(PlanQuery.builder().visibleTo(principals).visibleTo(null).build().visibleTo())
        .isNull();
    assertThat(PlanQuery.builder().visibleTo(List.of()).build().visibleTo()).isEmpty();
  }

  @Test
  void withVisibleToRefusesANullPrincipalByItsIndex() {
    PlanQuery query = PlanQuery.builder().build();
    violation(
        () -> query.withVisibleTo(Arrays.asList(Principal.staffOf(DOST), null)),
        "visibleTo[1]",
        Violation.REQUIRED);
  }

  @Test
  void withVisibleToKeepsEveryOtherPartAndCopiesThePrincipals() {
    Principal dost = Principal.staffOf(DOST);
    PlanQuery query =
        PlanQuery.builder()
            .codePrefix("HCMC")
            .statuses(PlanStatus.ACTIVE)
            .party(IIA)
            .window(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))
            .text("Đổi mới")
            .pageSize(7)
            .withTotal()
            .build();
    List<Principal> principals = new ArrayList<>(List.of(dost));

    PlanQuery limited = query.withVisibleTo(principals);
    principals.add(Principal.staffOf(EMBASSY));

    assertThat(limited.visibleTo()).containsExactly(dost).isUnmodifiable();
    assertThat(limited.codePrefix()).isEqualTo(query.codePrefix());
    assertThat(limited.statuses()).isEqualTo(query.statuses());
    assertThat(limited.party()).isEqualTo(IIA);
    assertThat(limited.from()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(limited.to()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(limited.text()).isEqualTo(query.text());
    assertThat(limited.sort()).isEqualTo(query.sort());
    assertThat(limited.pageSize()).isEqualTo(7);
    assertThat(limited.after()).isNull();
    assertThat(limited.countTotal()).isTrue();
    assertThat(limited).isNotEqualTo(query);
    assertThat(limited.withVisibleTo(null)).isEqualTo(query).hasSameHashCodeAs(query);
    assertThat(query.withVisibleTo(List.of(dost)))
        .isEqualTo(limited)
        .hasSameHashCodeAs(limited)
        .isNotEqualTo(query.withVisibleTo(List.of()));
  }

  @Test
  void aNullPrincipalIsRefused() {
    violation(
        () -> PlanQuery.builder().visibleTo(Arrays.asList(Principal.staffOf(DOST), null)).build(),
        "visibleTo[1]",
        Violation.REQUIRED);
    Set<Principal> withNull = new LinkedHashSet<>(Arrays.asList(null, Principal.staffOf(DOST)));
    violation(
        () ->
            new PlanQuery(
                null,
                Set.of(),
                null,
                null,
                null,
                null,
                PlanSort.DEFAULT,
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
        () -> PlanQuery.builder().after("garbage").sort(null).build(), "sort", Violation.REQUIRED);
    LookupCursor cursor = new LookupCursor(PlanSort.DEFAULT.cursorName(), "x", UUID.randomUUID());
    violation(
        () -> new PlanQuery(null, Set.of(), null, null, null, null, null, 10, cursor, false, null),
        "sort",
        Violation.REQUIRED);
  }
}

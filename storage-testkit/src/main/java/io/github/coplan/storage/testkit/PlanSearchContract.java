package io.github.coplan.storage.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.DescribePlan;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.ActivitySort.Direction;
import io.github.coplan.domain.query.Cursor;
import io.github.coplan.domain.query.LookupCursor;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.query.PlanSort;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.github.coplan.port.storage.PlanRepository#search}: every filter, both
 * sorts in both directions with the id as tie-breaker, keyset pages with their cursors, totals, and
 * bad input, exactly as {@link PlanQuery.ForAdapters#matches}, {@link PlanSort#comparator()} and
 * {@link PlanQuery.ForAdapters#toPage} define them.
 *
 * <p>Each test starts with six plans, named {@code p1} to {@code p6} in the order they were stored:
 *
 * <table>
 *   <caption>The plans</caption>
 *   <tr><th>name</th><th>code</th><th>status</th><th>period</th><th>parties</th></tr>
 *   <tr><td>p1</td><td>HCMC-IIA-2018</td><td>ACTIVE</td><td>2018/2021</td><td>DOST, IIA</td></tr>
 *   <tr><td>p2</td><td>HCMC-EMB-2019</td><td>DRAFT</td><td>none</td><td>embassy</td></tr>
 *   <tr><td>p3</td><td>IIA-2022</td><td>SUSPENDED</td><td>2022/..</td><td>IIA, DOST</td></tr>
 *   <tr><td>p4</td><td>HCMC-SIHUB-2017</td><td>COMPLETED</td><td>2017/2018-Q2</td><td>DOST, embassy</td></tr>
 *   <tr><td>p5</td><td>A-2020</td><td>CANCELLED</td><td>2020-H1</td><td>none</td></tr>
 *   <tr><td>p6</td><td>hcmc-lower</td><td>DRAFT</td><td>2019-Q4</td><td>IIA</td></tr>
 * </table>
 *
 * <p>The expected rows are written out by name, every look-up is also checked against the core's
 * reference semantics, and each is walked in pages of two and of the largest size, with and without
 * its total.
 */
public abstract class PlanSearchContract extends StorageContract {

  private final Map<PlanId, String> names = new HashMap<>();
  private final List<PlanId> stored = new ArrayList<>();
  private Organisation dost;
  private Organisation iia;
  private Organisation embassy;

  /** For subclasses. */
  protected PlanSearchContract() {}

  /** Stores the organisations and the six plans. */
  @BeforeEach
  protected void storePlans() {
    dost = insert(newOrganisation(dostHcmcProfile()));
    iia = insert(newOrganisation(israelInnovationAuthorityProfile()));
    embassy = insert(newOrganisation(embassyOfIsraelProfile()));
    add(
        "p1",
        newPlan("HCMC-IIA-2018")
            .addParty(Party.of(dost.id(), PartyRole.SIGNATORY))
            .addParty(Party.of(iia.id(), PartyRole.FUNDING))
            .activate());
    add(
        "p2",
        draft("HCMC-EMB-2019", LocalizedText.of("vi", "Hợp tác với Đại sứ quán Israel"), null)
            .addParty(Party.of(embassy.id(), PartyRole.IMPLEMENTING)));
    add(
        "p3",
        draft("IIA-2022", en("Next phase of start-up cooperation"), "2022/..")
            .addParty(Party.of(iia.id(), PartyRole.FUNDING))
            .addParty(Party.of(dost.id(), PartyRole.ACCOUNTABLE))
            .activate()
            .suspend("Chờ ngân sách"));
    add(
        "p4",
        draft("HCMC-SIHUB-2017", LocalizedText.of("vi", "Vườn ươm khởi nghiệp"), "2017/2018-Q2")
            .addParty(Party.of(dost.id(), PartyRole.IMPLEMENTING))
            .addParty(Party.of(embassy.id(), PartyRole.EXTENDING))
            .activate()
            .complete());
    add(
        "p5",
        draft("A-2020", LocalizedText.of("vi", "Đào tạo quản trị"), "2020-H1")
            .cancel("Không được phê duyệt"));
    add(
        "p6",
        draft("hcmc-lower", en("zeta"), "2019-Q4").addParty(Party.of(iia.id(), PartyRole.FUNDING)));
  }

  // ---- filters ---------------------------------------------------------------------------------

  /** Without filters every plan is found, by code: A to Z, then a to z. */
  @Test
  protected void noFilterFindsEveryPlanByCode() {
    assertSearch(q -> q, "p5", "p2", "p1", "p4", "p3", "p6");
  }

  /** The code prefix keeps the plans whose code starts with it, case included. */
  @Test
  protected void codePrefixKeepsCodesThatStartWithItCaseIncluded() {
    assertSearch(q -> q.codePrefix("HCMC-"), "p2", "p1", "p4");
    assertSearch(q -> q.codePrefix("HCMC-IIA-2018"), "p1");
    assertSearch(q -> q.codePrefix("hcmc"), "p6");
    assertSearch(q -> q.codePrefix("H"), "p2", "p1", "p4");
    assertSearch(q -> q.codePrefix("HCMC-IIA-2018-B"));
    assertSearch(q -> q.codePrefix("Z"));
  }

  /** The status filter keeps plans in any of the given statuses. */
  @Test
  protected void statusFilterKeepsAnyOfTheGivenStatuses() {
    assertSearch(q -> q.statuses(PlanStatus.ACTIVE), "p1");
    assertSearch(q -> q.statuses(PlanStatus.DRAFT), "p2", "p6");
    assertSearch(q -> q.statuses(PlanStatus.SUSPENDED, PlanStatus.COMPLETED), "p4", "p3");
    assertSearch(q -> q.statuses(PlanStatus.CANCELLED), "p5");
  }

  /** The party filter keeps the plans an organisation is a party of, in any role. */
  @Test
  protected void partyFilterKeepsThePlansOfAParty() {
    assertSearch(q -> q.party(dost.id()), "p1", "p4", "p3");
    assertSearch(q -> q.party(embassy.id()), "p2", "p4");
    assertSearch(q -> q.party(iia.id()), "p1", "p3", "p6");
    assertSearch(q -> q.party(new OrganisationId(nextId())));
  }

  /**
   * A window keeps plans whose period overlaps it, boundary days included; a plan without period
   * matches none.
   */
  @Test
  protected void windowKeepsOverlappingPeriodsAndNeverAPlanWithoutOne() {
    assertSearch(q -> q.window(day("2018-08-15"), day("2018-08-15")), "p1");
    assertSearch(q -> q.window(day("2018-01-01"), day("2018-12-31")), "p1", "p4");
    assertSearch(q -> q.window(day("2018-06-30"), day("2018-06-30")), "p1", "p4");
    assertSearch(q -> q.window(day("2018-07-01"), day("2018-07-01")), "p1");
    assertSearch(q -> q.window(day("2022-01-01"), null), "p3");
    assertSearch(q -> q.window(day("2021-12-31"), null), "p1", "p3");
    assertSearch(q -> q.window(null, day("2017-12-31")), "p4");
    assertSearch(q -> q.window(null, day("2016-12-31")));
    assertSearch(q -> q.window(day("9999-12-31"), day("9999-12-31")), "p3");
    assertSearch(q -> q.window(null, null), "p5", "p2", "p1", "p4", "p3", "p6");
  }

  /** A window may be given as a partial date or a span. */
  @Test
  protected void windowMayBeAPartialDateOrASpan() {
    assertSearch(q -> q.window(PartialDate.parse("2020-Q1")), "p5", "p1");
    assertSearch(q -> q.window(PartialDate.parse("2019-12")), "p1", "p6");
    assertSearch(q -> q.window(DateSpan.parse("2019-Q4/2020-02")), "p5", "p1", "p6");
    assertSearch(q -> q.window(DateSpan.parse("2030/..")), "p3");
  }

  /** Text without diacritics finds titles and summaries in any language. */
  @Test
  protected void textFindsTitlesAndSummariesInAnyLanguage() {
    assertSearch(q -> q.text("doi moi sang tao"), "p1");
    assertSearch(q -> q.text("KHỞI   NGHIỆP"), "p1", "p4");
    assertSearch(q -> q.text("israel"), "p2");
    assertSearch(q -> q.text("תוכנית"), "p1");
    assertSearch(q -> q.text("start-up"), "p1", "p3");
    assertSearch(q -> q.text("dmst"), "p1");
    assertSearch(q -> q.text(Normalizer.normalize("Vườn ươm", Normalizer.Form.NFD)), "p4");
    assertSearch(q -> q.text("%"));
    assertSearch(q -> q.text("_"));
    assertSearch(q -> q.text("no such words"));
  }

  /** Every filter holds at once. */
  @Test
  protected void filtersCombine() {
    assertSearch(
        q -> q.party(dost.id()).statuses(PlanStatus.ACTIVE, PlanStatus.SUSPENDED), "p1", "p3");
    assertSearch(
        q -> q.codePrefix("HCMC").text("khoi nghiep").window(day("2017-01-01"), day("2017-12-31")),
        "p4");
    assertSearch(
        q ->
            q.party(iia.id())
                .statuses(PlanStatus.DRAFT)
                .window(PartialDate.parse("2019"))
                .text("zeta"),
        "p6");
    assertSearch(q -> q.party(embassy.id()).statuses(PlanStatus.ACTIVE));
  }

  /** A changed plan is found by what it holds now: its title, status and parties. */
  @Test
  protected void aChangedPlanIsFoundByWhatItHoldsNow() {
    PlanId p2 = byName("p2");
    coplan()
        .plans()
        .describe(
            new DescribePlan(p2, LocalizedText.of("vi", "Kết nối cung cầu công nghệ"))
                .withSummary(en("Technology matchmaking"))
                .withPeriod(DateSpan.parse("2019/2020")));
    coplan().plans().addParty(new AddParty(p2, Party.of(dost.id(), PartyRole.FUNDING)));
    coplan().plans().changeStatus(ChangePlanStatus.activate(p2));

    assertSearch(q -> q.text("israel"));
    assertSearch(q -> q.text("ket noi cung cau"), "p2");
    assertSearch(q -> q.text("matchmaking"), "p2");
    assertSearch(q -> q.party(dost.id()), "p2", "p1", "p4", "p3");
    assertSearch(q -> q.statuses(PlanStatus.ACTIVE), "p2", "p1");
    assertSearch(q -> q.window(day("2019-06-01"), day("2019-06-01")), "p2", "p1");
    assertSearch(q -> q.sort(PlanSort.parse("title")), "p5", "p1", "p2", "p3", "p4", "p6");
  }

  /** A look-up through the public API gives the same page as the repository. */
  @Test
  protected void searchThroughThePublicApiGivesTheSamePage() {
    PlanQuery query = PlanQuery.builder().codePrefix("HCMC").pageSize(2).withTotal().build();

    Page<CooperationPlan> viaApi = coplan().plans().search(query);

    assertThat(viaApi).isEqualTo(read(r -> r.plans().search(query)));
    assertThat(names(viaApi.items())).containsExactly("p2", "p1");
    assertThat(viaApi.total()).isEqualTo(3L);
    assertThat(viaApi.nextCursor()).isNotNull();
  }

  // ---- sorting ---------------------------------------------------------------------------------

  /** Code and folded title, both directions, walked in pages of every size. */
  @Test
  protected void sortsByCodeAndByFoldedTitle() {
    assertSorted(PlanSort.Field.CODE, "p5", "p2", "p1", "p4", "p3", "p6");
    assertSorted(PlanSort.Field.TITLE, "p5", "p2", "p1", "p3", "p4", "p6");
  }

  /**
   * Titles compare case- and diacritic-insensitively, by code point, with ids breaking ties as
   * unsigned numbers.
   */
  @Test
  protected void titlesCompareFoldedByCodePointWithIdsBreakingTies() {
    List<String> ids =
        List.of(
            "ffffffff-ffff-7fff-bfff-fffffffffffe",
            "00000000-0000-7000-8fff-000000000001",
            "80000000-0000-7000-8000-000000000000",
            "7fffffff-ffff-7fff-bfff-ffffffffffff");
    for (int i = 0; i < ids.size(); i++) {
      add(
          ids.get(i),
          CooperationPlan.draft(
              PlanId.of(ids.get(i)),
              PlanCode.of("TIE-" + i),
              LocalizedText.of("vi", i % 2 == 0 ? "Như nhau" : "NHƯ NHAU"),
              null,
              null));
    }
    for (String title :
        List.of("Đà Nẵng", "apple", "Ấn Độ", "\uD83D\uDE00 vui", "\uFF5A rộng", "z hẹp")) {
      add(title, draft("T-" + stored.size(), LocalizedText.of("vi", title), null));
    }
    List<String> tied = ids.stream().sorted().toList();
    List<String> expected = new ArrayList<>(List.of("Ấn Độ", "apple", "Đà Nẵng"));
    expected.addAll(tied);
    expected.addAll(List.of("z hẹp", "\uFF5A rộng", "\uD83D\uDE00 vui"));

    for (int pageSize : List.of(1, 2, 5)) {
      assertThat(names(searchAll(q -> q.codePrefix("T").sort(PlanSort.parse("title")), pageSize)))
          .containsExactlyElementsOf(expected);
      assertThat(
              names(searchAll(q -> q.codePrefix("T").sort(PlanSort.parse("title,desc")), pageSize)))
          .containsExactlyElementsOf(reversed(expected));
    }
  }

  // ---- pages and totals ------------------------------------------------------------------------

  /**
   * Pages of one row: six pages, each with a cursor but the last, each with the total when asked.
   */
  @Test
  protected void pagesOfOneRowEachWithTheTotal() {
    List<Page<CooperationPlan>> pages = pages(q -> q.withTotal(), 1);

    assertThat(pages).hasSize(6);
    assertThat(pages).extracting(Page::total).containsOnly(6L);
    assertThat(pages)
        .extracting(Page::hasNext)
        .containsExactly(true, true, true, true, true, false);
    assertThat(pages(q -> q, 1)).extracting(Page::total).containsOnlyNulls();
  }

  /** When the rows fill the last page exactly, that page is full and has no cursor. */
  @Test
  protected void lastPageOfAnExactMultipleIsFullWithoutCursor() {
    List<Page<CooperationPlan>> pages = pages(q -> q, 3);

    assertThat(pages).extracting(p -> p.items().size()).containsExactly(3, 3);
    assertThat(pages).extracting(Page::hasNext).containsExactly(true, false);
    assertThat(names(pages.get(1).items())).containsExactly("p4", "p3", "p6");
  }

  /** A look-up that finds nothing gives an empty page without cursor, and a total of zero. */
  @Test
  protected void emptyResultIsOneEmptyPageWithATotalOfZero() {
    Page<CooperationPlan> page =
        page(PlanQuery.builder().text("không có gì").pageSize(1).withTotal().build());

    assertThat(page.items()).isEmpty();
    assertThat(page.nextCursor()).isNull();
    assertThat(page.total()).isZero();
  }

  /**
   * A cursor at a position between stored rows starts at the next row; its key is only ever a
   * value.
   */
  @Test
  protected void cursorBetweenRowsStartsAtTheNextRow() {
    String afterHcmcF = new LookupCursor("plan:code,asc", "HCMC-F", new UUID(0, 0)).encode();
    String atP1LowerId =
        new LookupCursor("plan:code,asc", "HCMC-IIA-2018", new UUID(0, 0)).encode();
    String quote =
        new LookupCursor("plan:title,desc", "o'neil'; drop table plan; --", new UUID(-1, -1))
            .encode();

    assertThat(names(searchAll(q -> q.after(afterHcmcF), 2)))
        .containsExactly("p1", "p4", "p3", "p6");
    assertThat(names(searchAll(q -> q.after(atP1LowerId), 2)))
        .containsExactly("p1", "p4", "p3", "p6");
    assertThat(names(searchAll(q -> q.sort(PlanSort.parse("title,desc")).after(quote), 2)))
        .containsExactly("p3", "p1", "p2", "p5");
  }

  /** Rows stored before the cursor do not shift later pages, and the total counts them. */
  @Test
  protected void rowsStoredBeforeTheCursorDoNotShiftLaterPages() {
    Page<CooperationPlan> first = page(PlanQuery.builder().pageSize(2).withTotal().build());
    assertThat(names(first.items())).containsExactly("p5", "p2");
    add("early", draft("A-1999", en("Early"), null));
    add("between", draft("HCMC-F", en("Between"), null));

    Page<CooperationPlan> second =
        page(PlanQuery.builder().pageSize(2).withTotal().after(first.nextCursor()).build());

    assertThat(first.total()).isEqualTo(6L);
    assertThat(names(second.items())).containsExactly("between", "p1");
    assertThat(second.total()).isEqualTo(8L);
  }

  /** Bad input is refused with every violation, before the store is asked. */
  @Test
  @SuppressWarnings("NullAway") // hands null to the API on purpose
  protected void badInputIsRefused() {
    String good = page(PlanQuery.builder().pageSize(2).build()).nextCursor();
    assertThat(good).isNotNull();
    for (String cursor :
        List.of(
            "not-a-cursor!",
            "",
            "AAAA",
            good.substring(0, good.length() - 3),
            good + "AA",
            "x".repeat(5000),
            new LookupCursor("organisation:name,asc", "x", new UUID(0, 0)).encode(),
            new Cursor(ActivitySort.DEFAULT, "17000", new UUID(0, 0)).encode())) {
      assertInvalid(
          () -> coplan().plans().search(PlanQuery.builder().pageSize(2).after(cursor).build()),
          "cursor:malformed");
    }
    assertInvalid(
        () ->
            coplan()
                .plans()
                .search(PlanQuery.builder().sort(PlanSort.parse("code,desc")).after(good).build()),
        "cursor:malformed");
    assertInvalid(
        () -> coplan().plans().search(PlanQuery.builder().pageSize(0).build()),
        "pageSize:out-of-range");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .search(PlanQuery.builder().pageSize(ActivityQuery.MAX_PAGE_SIZE + 1).build()),
        "pageSize:out-of-range");
    assertInvalid(
        () ->
            coplan()
                .plans()
                .search(PlanQuery.builder().window(day("2019-01-01"), day("2018-12-31")).build()),
        "to:end-before-start");
    assertInvalid(
        () -> coplan().plans().search(PlanQuery.builder().text("x".repeat(501)).build()),
        "text:too-long");
    assertInvalid(
        () -> coplan().plans().search(PlanQuery.builder().codePrefix("HCMC IIA").text(" ").build()),
        "codePrefix:malformed",
        "text:blank");
    assertInvalid(() -> coplan().plans().search(null), "query:required");
    assertInvalid(() -> read(r -> r.plans().search(null)), "query:required");
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private CooperationPlan draft(String code, LocalizedText title, @Nullable String period) {
    return CooperationPlan.draft(
        new PlanId(nextId()),
        PlanCode.of(code),
        title,
        null,
        period == null ? null : DateSpan.parse(period));
  }

  /**
   * Stores a plan under a name used in expectations.
   *
   * @param name the name
   * @param plan a new plan
   */
  protected final void add(String name, CooperationPlan plan) {
    CooperationPlan p = insert(plan);
    names.put(p.id(), name);
    stored.add(p.id());
  }

  /**
   * The id of a named plan.
   *
   * @param name the name
   * @return the id
   */
  protected final PlanId byName(String name) {
    return names.entrySet().stream()
        .filter(e -> e.getValue().equals(name))
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  /**
   * The names of plans, in order.
   *
   * @param plans the plans
   * @return their names
   */
  protected final List<String> names(List<CooperationPlan> plans) {
    return plans.stream().map(p -> names.getOrDefault(p.id(), p.id().toString())).toList();
  }

  /**
   * One page of a look-up, read in its own unit.
   *
   * @param query the query
   * @return the page
   */
  protected final Page<CooperationPlan> page(PlanQuery query) {
    return read(r -> r.plans().search(query));
  }

  /**
   * Every page of a look-up, following the cursors; every page but the last must be full.
   *
   * @param query the criteria
   * @param pageSize the page size
   * @return the pages, in order
   */
  protected final List<Page<CooperationPlan>> pages(
      UnaryOperator<PlanQuery.Builder> query, int pageSize) {
    PlanQuery first = query.apply(PlanQuery.builder()).pageSize(pageSize).build();
    return Paging.pages(
        first.after() == null ? null : first.after().encode(),
        pageSize,
        cursor -> page(query.apply(PlanQuery.builder()).pageSize(pageSize).after(cursor).build()));
  }

  /**
   * Every row of a look-up, walking its pages.
   *
   * @param query the criteria
   * @param pageSize the page size
   * @return the rows, in order
   */
  protected final List<CooperationPlan> searchAll(
      UnaryOperator<PlanQuery.Builder> query, int pageSize) {
    return Paging.rows(pages(query, pageSize));
  }

  /**
   * The rows a query must give, by the core's reference semantics over every stored plan.
   *
   * @param query the query
   * @return the rows, in order
   */
  protected final List<CooperationPlan> reference(PlanQuery query) {
    return stored.stream()
        .map(this::stored)
        .filter(x -> PlanQuery.ForAdapters.matches(query, x))
        .sorted(query.sort().comparator())
        .toList();
  }

  private void assertSearch(UnaryOperator<PlanQuery.Builder> query, String... expected) {
    PlanQuery built = query.apply(PlanQuery.builder()).build();
    assertThat(names(reference(built)))
        .as("the reference semantics of %s", built)
        .containsExactly(expected);
    for (int pageSize : List.of(2, ActivityQuery.MAX_PAGE_SIZE)) {
      assertThat(names(searchAll(query, pageSize)))
          .as("look-up %s in pages of %d", built, pageSize)
          .containsExactly(expected);
      assertThat(pages(q -> query.apply(q).withTotal(), pageSize))
          .extracting(Page::total)
          .as("the totals of %s", built)
          .containsOnly((long) expected.length);
    }
  }

  private void assertSorted(PlanSort.Field field, String... ascending) {
    List<String> expected = List.of(ascending);
    assertThat(
            names(reference(PlanQuery.builder().sort(PlanSort.by(field, Direction.ASC)).build())))
        .containsExactlyElementsOf(expected);
    for (int pageSize : List.of(1, 2, 5, 6, 7, ActivityQuery.MAX_PAGE_SIZE)) {
      assertThat(names(searchAll(q -> q.sort(PlanSort.by(field, Direction.ASC)), pageSize)))
          .as("%s ascending in pages of %d", field, pageSize)
          .containsExactlyElementsOf(expected);
      assertThat(names(searchAll(q -> q.sort(PlanSort.by(field, Direction.DESC)), pageSize)))
          .as("%s descending in pages of %d", field, pageSize)
          .containsExactlyElementsOf(reversed(expected));
    }
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }
}

package io.github.coplan.domain.query;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.domain.shared.SearchFolding;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Typed criteria of a plan look-up. All given filters must hold (AND); an empty set means "any".
 *
 * <ul>
 *   <li>{@code codePrefix}: the plan's code starts with it, case included ({@code "HCMC-"}); a
 *       whole code finds that plan.
 *   <li>{@code statuses}: the plan's status is in the set.
 *   <li>{@code party}: that organisation is a party of the plan, in any role.
 *   <li>{@code from}/{@code to}: the plan's period overlaps the window: its earliest day is not
 *       after {@code to} and its latest day not before {@code from}; either bound may be left open.
 *       A plan without a period matches no window.
 *   <li>{@code text}: the {@linkplain SearchFolding folded} text occurs in the plan's {@linkplain
 *       CooperationPlan#searchText() folded title or summary}, in any language.
 * </ul>
 *
 * <p>Rows come in the order of {@link #sort()} (by code unless told otherwise), {@link #pageSize()}
 * at a time (1 to {@link ActivityQuery#MAX_PAGE_SIZE}), after {@link #after()} when given; with
 * {@link #countTotal()} the page also carries how many plans match. {@link ForAdapters#matches},
 * {@link ForAdapters#isAfterCursor} and {@link PlanSort#comparator()} are the reference semantics
 * every adapter reproduces. Built with {@link #builder()}.
 *
 * @param codePrefix the start of the code, or null
 * @param statuses plan statuses
 * @param party an organisation that must be a party, or null
 * @param from the window's first day, or null
 * @param to the window's last day, or null
 * @param text folded search text, or null
 * @param sort the order
 * @param pageSize rows per page
 * @param after where the page starts, or null for the first page
 * @param countTotal whether the page carries the total number of matching plans
 * @param visibleTo the principals of the acting person: only plans they may see match (open ones,
 *     and those on which one of them holds a grant); null for no such limit. The use cases set it
 *     from the actor on every search, replacing what the caller gave
 */
public record PlanQuery(
    @Nullable String codePrefix,
    Set<PlanStatus> statuses,
    @Nullable OrganisationId party,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String text,
    PlanSort sort,
    int pageSize,
    @Nullable LookupCursor after,
    boolean countTotal,
    @Nullable Set<Principal> visibleTo) {

  /**
   * Validates every part, folds the text and copies the set.
   *
   * @throws InvalidInputException listing every violation
   */
  public PlanQuery {
    Validation v = new Validation();
    if (codePrefix != null) {
      String raw = codePrefix;
      v.check("codePrefix", () -> new PlanCode(raw));
    }
    v.elements("statuses", statuses);
    Lookups.checkWindow(v, from, to);
    text = Lookups.check(v, sort, pageSize, text);
    v.require(
        after == null || sort == null || after.sort().equals(sort.cursorName()),
        "cursor",
        Violation.MALFORMED,
        "the cursor was made for another sort");
    if (visibleTo != null) {
      v.elements("visibleTo", visibleTo);
    }
    v.throwIfAny();
    visibleTo = visibleTo == null ? null : ImmutableSet.copyOf(visibleTo);
    statuses = statuses.isEmpty() ? Set.of() : Sets.immutableEnumSet(statuses);
  }

  /**
   * The same query limited to what principals may see, or with no such limit.
   *
   * @param principals the principals, or null for no limit
   * @return the query
   */
  public PlanQuery withVisibleTo(@Nullable Collection<Principal> principals) {
    return new PlanQuery(
        codePrefix,
        statuses,
        party,
        from,
        to,
        text,
        sort,
        pageSize,
        after,
        countTotal,
        principals == null ? null : new LinkedHashSet<>(principals));
  }

  /**
   * A builder, starting with no filters, the sort by code and 50 rows a page.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether a plan meets every filter (the sort and cursor aside).
   *
   * @param plan the plan
   * @return true if it matches
   */
  private boolean matches(CooperationPlan plan) {
    return (codePrefix == null || plan.code().value().startsWith(codePrefix))
        && (statuses.isEmpty() || statuses.contains(plan.status()))
        && (party == null || plan.party(party).isPresent())
        && Lookups.overlaps(plan.period(), from, to)
        && (text == null || plan.searchText().contains(text));
  }

  /**
   * Whether a plan comes after the cursor in this query's order; true when there is no cursor.
   *
   * @param plan the plan
   * @return true if it belongs on this page or a later one
   */
  private boolean isAfterCursor(CooperationPlan plan) {
    return Lookups.isAfter(sort.keyOf(plan), plan.id().value(), after, sort.direction());
  }

  /**
   * The page of rows from a list of matching rows that are sorted and after the cursor, of which at
   * most {@code pageSize + 1} need be given: the extra row only tells that there is a next page.
   *
   * @param rows the candidate rows, in order
   * @param total how many plans match, every page together, or null when {@link #countTotal()} is
   *     false
   * @return the page, with its next cursor when there are more rows
   */
  private Page<CooperationPlan> toPage(List<CooperationPlan> rows, @Nullable Long total) {
    return Lookups.page(
        rows,
        pageSize,
        total,
        last -> new LookupCursor(sort.cursorName(), sort.keyOf(last), last.id().value()));
  }

  /** Builds a {@link PlanQuery}; not thread-safe. */
  public static final class Builder {
    private @Nullable String codePrefix;
    private final Set<PlanStatus> statuses = EnumSet.noneOf(PlanStatus.class);
    private @Nullable OrganisationId party;
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private @Nullable String text;
    private PlanSort sort = PlanSort.DEFAULT;
    private int pageSize = ActivityQuery.DEFAULT_PAGE_SIZE;
    private @Nullable String after;
    private boolean countTotal;
    private @Nullable Set<Principal> visibleTo;

    private Builder() {}

    /**
     * Only plans whose code starts with a prefix, case included.
     *
     * @param prefix the start of a code, for example {@code "HCMC-"}, or null for any code
     * @return this builder
     */
    public Builder codePrefix(@Nullable String prefix) {
      this.codePrefix = prefix;
      return this;
    }

    /**
     * Only plans in these statuses.
     *
     * @param statuses the statuses
     * @return this builder
     * @throws InvalidInputException on the path {@code statuses} if one is missing
     */
    public Builder statuses(PlanStatus... statuses) {
      for (PlanStatus status : Validation.notNull("statuses", statuses)) {
        this.statuses.add(Validation.notNull("statuses", status));
      }
      return this;
    }

    /**
     * Only plans an organisation is a party of.
     *
     * @param organisation the organisation, or null for any
     * @return this builder
     */
    public Builder party(@Nullable OrganisationId organisation) {
      this.party = organisation;
      return this;
    }

    /**
     * Only plans whose period overlaps the window.
     *
     * @param from the first day, or null for no lower bound
     * @param to the last day, or null for no upper bound
     * @return this builder
     */
    public Builder window(@Nullable LocalDate from, @Nullable LocalDate to) {
      this.from = from;
      this.to = to;
      return this;
    }

    /**
     * Only plans whose period overlaps a span's days: from its earliest to its latest day, open at
     * the end when the span is.
     *
     * @param span the span
     * @return this builder
     * @throws InvalidInputException on the path {@code window} if the span is missing
     */
    public Builder window(DateSpan span) {
      Validation.notNull("window", span);
      this.from = span.earliestDay();
      this.to = span.end() != null ? span.latestDay() : null;
      return this;
    }

    /**
     * Only plans whose period overlaps a partial date's days, from its earliest to its latest.
     *
     * @param date the partial date, for example {@code PartialDate.parse("2018-Q4")}
     * @return this builder
     * @throws InvalidInputException on the path {@code window} if the date is missing
     */
    public Builder window(PartialDate date) {
      Validation.notNull("window", date);
      this.from = date.earliestDay();
      this.to = date.latestDay();
      return this;
    }

    /**
     * Only plans whose folded title or summary contains the folded text.
     *
     * @param text the text, or null for any
     * @return this builder
     */
    public Builder text(@Nullable String text) {
      this.text = text;
      return this;
    }

    /**
     * The order.
     *
     * @param sort the sort
     * @return this builder
     */
    public Builder sort(PlanSort sort) {
      this.sort = sort;
      return this;
    }

    /**
     * Rows per page, 1 to {@link ActivityQuery#MAX_PAGE_SIZE}.
     *
     * @param pageSize the page size
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Start after a cursor from an earlier page of the same look-up.
     *
     * @param cursor the cursor text, or null for the first page
     * @return this builder
     */
    public Builder after(@Nullable String cursor) {
      this.after = cursor;
      return this;
    }

    /**
     * Also count every matching plan: the page carries the total.
     *
     * @return this builder
     */
    public Builder withTotal() {
      this.countTotal = true;
      return this;
    }

    /**
     * Limits the search to what principals may see; the use cases set this from the acting person.
     *
     * @param principals the principals, or null for no limit
     * @return this builder
     */
    public Builder visibleTo(@Nullable Collection<Principal> principals) {
      this.visibleTo = principals == null ? null : new LinkedHashSet<>(principals);
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the validated query
     * @throws InvalidInputException listing every violation, the cursor's included
     */
    public PlanQuery build() {
      Validation v = new Validation();
      String cursorText = after;
      LookupCursor cursor =
          cursorText == null || sort == null
              ? null
              : v.check("", () -> LookupCursor.decode(cursorText, sort.cursorName()));
      return v.valueOrThrow(
          v.check(
              "",
              () ->
                  new PlanQuery(
                      codePrefix,
                      statuses,
                      party,
                      from,
                      to,
                      text,
                      sort,
                      pageSize,
                      cursor,
                      countTotal,
                      visibleTo)));
    }
  }

  /**
   * The reference semantics of a {@link PlanQuery}, for storage adapters: every adapter answers a
   * query with the rows these methods select, in the query's sort. Not for applications, which run
   * look-ups through the use cases.
   *
   * @since 0.1.0
   */
  public static final class ForAdapters {

    private ForAdapters() {}

    /**
     * Whether a plan meets every filter of a query (the sort and cursor aside).
     *
     * @param query the query
     * @param plan the plan
     * @return true if it matches
     */
    public static boolean matches(PlanQuery query, CooperationPlan plan) {
      return query.matches(plan);
    }

    /**
     * Whether a plan comes after the query's cursor in its order; true when there is no cursor.
     *
     * @param query the query
     * @param plan the plan
     * @return true if it belongs on this page or a later one
     */
    public static boolean isAfterCursor(PlanQuery query, CooperationPlan plan) {
      return query.isAfterCursor(plan);
    }

    /**
     * The page of rows from a list of matching rows that are sorted and after the cursor, of which
     * at most the page size plus one need be given: the extra row only tells that there is a next
     * page.
     *
     * @param query the query
     * @param rows the candidate rows, in order
     * @param total how many match, every page together, or null when {@link PlanQuery#countTotal()}
     *     is false
     * @return the page, with its next cursor when there are more rows
     */
    public static Page<CooperationPlan> toPage(
        PlanQuery query, List<CooperationPlan> rows, @Nullable Long total) {
      return query.toPage(rows, total);
    }
  }
}

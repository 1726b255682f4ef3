package io.github.coplan.domain.query;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.PlanId;
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
 * Typed criteria of an activity search. All given filters must hold (AND); an empty set means
 * "any".
 *
 * <ul>
 *   <li>{@code plan}: the activity belongs to that plan.
 *   <li>{@code contentAreas}, {@code types}, {@code statuses}: the activity's value is in the set.
 *   <li>{@code participant}: the activity has a participation of that participant, in any role and
 *       status.
 *   <li>{@code leadParty}: the activity is led by that party (its details name that organisation as
 *       lead party).
 *   <li>{@code from}/{@code to}: the planned span overlaps the window: its earliest day is not
 *       after {@code to} and its latest day not before {@code from}; either bound may be left open.
 *   <li>{@code text}: the {@linkplain SearchFolding folded} text occurs in the activity's
 *       {@linkplain Activity#searchText() folded title or description}, in any language.
 * </ul>
 *
 * <p>Rows come in the order of {@link #sort()}, {@link #pageSize()} at a time (1 to {@link
 * #MAX_PAGE_SIZE}), after {@link #after()} when given; with {@link #countTotal()} the page also
 * carries how many activities match, every page together. {@link ForAdapters#matches} and {@link
 * ActivitySort#comparator()} are the reference semantics every adapter reproduces.
 *
 * @param plan the plan, or null for every plan
 * @param contentAreas content-area numbers
 * @param types activity types
 * @param statuses activity statuses
 * @param participant a participant, or null
 * @param leadParty the organisation that leads the activity, or null
 * @param from the window's first day, or null
 * @param to the window's last day, or null
 * @param text folded search text, or null
 * @param sort the order
 * @param pageSize rows per page
 * @param after where the page starts, or null for the first page
 * @param countTotal whether the page carries the total number of matching activities
 * @param visibleTo the principals of the acting person: only what they may see matches (a plan that
 *     is open, or on which one of them holds a grant); null for no such limit. The use cases set it
 *     from the actor on every search, replacing what the caller gave
 */
public record ActivityQuery(
    @Nullable PlanId plan,
    Set<Integer> contentAreas,
    Set<ActivityType> types,
    Set<ActivityStatus> statuses,
    @Nullable Participant participant,
    @Nullable OrganisationId leadParty,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String text,
    ActivitySort sort,
    int pageSize,
    @Nullable Cursor after,
    boolean countTotal,
    @Nullable Set<Principal> visibleTo) {

  /** The largest page size. */
  public static final int MAX_PAGE_SIZE = 500;

  /** The page size when none is given. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  /**
   * Validates every part and copies the sets.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ActivityQuery {
    Validation v = new Validation();
    v.elements("contentAreas", contentAreas);
    v.elements("types", types);
    v.elements("statuses", statuses);
    v.required("sort", sort);
    v.require(
        pageSize >= 1 && pageSize <= MAX_PAGE_SIZE,
        "pageSize",
        Violation.OUT_OF_RANGE,
        "page size is 1 to " + MAX_PAGE_SIZE + ", was " + pageSize);
    v.require(
        from == null || to == null || !to.isBefore(from),
        "to",
        Violation.END_BEFORE_START,
        "the window ends before it starts");
    v.require(
        from == null || (from.getYear() >= 1 && from.getYear() <= 9999),
        "from",
        Violation.OUT_OF_RANGE,
        "year must be between 1 and 9999");
    v.require(
        to == null || (to.getYear() >= 1 && to.getYear() <= 9999),
        "to",
        Violation.OUT_OF_RANGE,
        "year must be between 1 and 9999");
    if (text != null) {
      String raw = text;
      text = v.check("text", () -> SearchFolding.fold(Texts.line("", raw)));
    }
    if (contentAreas != null) {
      for (Integer n : contentAreas) {
        v.require(
            n == null || (n >= 1 && n <= 999),
            "contentAreas",
            Violation.OUT_OF_RANGE,
            "a content area number is 1 to 999");
      }
    }
    v.require(
        after == null || sort == null || after.sort().equals(sort),
        "cursor",
        Violation.MALFORMED,
        "the cursor was made for another sort");
    if (visibleTo != null) {
      v.elements("visibleTo", visibleTo);
    }
    v.throwIfAny();
    visibleTo = visibleTo == null ? null : ImmutableSet.copyOf(visibleTo);
    contentAreas = ImmutableSortedSet.copyOf(contentAreas);
    types = types.isEmpty() ? Set.of() : Sets.immutableEnumSet(types);
    statuses = statuses.isEmpty() ? Set.of() : Sets.immutableEnumSet(statuses);
  }

  /**
   * The same query limited to what principals may see, or with no such limit.
   *
   * @param principals the principals, or null for no limit
   * @return the query
   */
  public ActivityQuery withVisibleTo(@Nullable Collection<Principal> principals) {
    return new ActivityQuery(
        plan,
        contentAreas,
        types,
        statuses,
        participant,
        leadParty,
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
   * A builder, starting with no filters, the default sort and page size.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActivityQuery}; not thread-safe. */
  public static final class Builder {
    private @Nullable PlanId plan;
    private final Set<Integer> contentAreas = new LinkedHashSet<>();
    private final Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
    private final Set<ActivityStatus> statuses = EnumSet.noneOf(ActivityStatus.class);
    private @Nullable Participant participant;
    private @Nullable OrganisationId leadParty;
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private @Nullable String text;
    private ActivitySort sort = ActivitySort.DEFAULT;
    private int pageSize = DEFAULT_PAGE_SIZE;
    private @Nullable String after;
    private boolean countTotal;
    private @Nullable Set<Principal> visibleTo;

    private Builder() {}

    /**
     * Only activities of a plan.
     *
     * @param plan the plan
     * @return this builder
     */
    public Builder plan(@Nullable PlanId plan) {
      this.plan = plan;
      return this;
    }

    /**
     * Only activities in these content areas.
     *
     * @param numbers content-area numbers
     * @return this builder
     */
    public Builder contentAreas(Integer... numbers) {
      this.contentAreas.addAll(
          java.util.Arrays.asList(Validation.notNull("contentAreas", numbers)));
      return this;
    }

    /**
     * Only activities of these types.
     *
     * @param types the types
     * @return this builder
     */
    public Builder types(ActivityType... types) {
      for (ActivityType t : Validation.notNull("types", types)) {
        this.types.add(Validation.notNull("types", t));
      }
      return this;
    }

    /**
     * Only activities in these statuses.
     *
     * @param statuses the statuses
     * @return this builder
     */
    public Builder statuses(ActivityStatus... statuses) {
      for (ActivityStatus st : Validation.notNull("statuses", statuses)) {
        this.statuses.add(Validation.notNull("statuses", st));
      }
      return this;
    }

    /**
     * Only activities a participant takes part in.
     *
     * @param participant the participant
     * @return this builder
     */
    public Builder participant(@Nullable Participant participant) {
      this.participant = participant;
      return this;
    }

    /**
     * Only activities that a party leads.
     *
     * @param organisation the party's organisation
     * @return this builder
     */
    public Builder leadParty(@Nullable OrganisationId organisation) {
      this.leadParty = organisation;
      return this;
    }

    /**
     * Only activities whose planned span overlaps the window.
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
     * Only activities whose planned span overlaps a span's days: from its earliest to its latest
     * day, open at the end when the span is.
     *
     * @param span the span, for example {@code DateSpan.parse("2018-11/..")}
     * @return this builder
     * @throws io.github.coplan.domain.error.InvalidInputException on the path {@code window} if the
     *     span is missing
     */
    public Builder window(DateSpan span) {
      Validation.notNull("window", span);
      this.from = span.earliestDay();
      this.to = span.end() != null ? span.latestDay() : null;
      return this;
    }

    /**
     * Only activities whose planned span overlaps a partial date's days, from its earliest to its
     * latest: {@code window(PartialDate.parse("2018-Q4"))} is 1 October to 31 December 2018.
     *
     * @param date the partial date
     * @return this builder
     * @throws io.github.coplan.domain.error.InvalidInputException on the path {@code window} if the
     *     date is missing
     */
    public Builder window(PartialDate date) {
      Validation.notNull("window", date);
      this.from = date.earliestDay();
      this.to = date.latestDay();
      return this;
    }

    /**
     * Only activities whose folded title or description contains the folded text.
     *
     * @param text the text, for example {@code "doi moi sang tao"}
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
    public Builder sort(ActivitySort sort) {
      this.sort = sort;
      return this;
    }

    /**
     * Rows per page, 1 to {@link #MAX_PAGE_SIZE}.
     *
     * @param pageSize the page size
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Start after a cursor from an earlier page of the same search.
     *
     * @param cursor the cursor text, or null for the first page
     * @return this builder
     */
    public Builder after(@Nullable String cursor) {
      this.after = cursor;
      return this;
    }

    /**
     * Also count every matching activity: the page carries the total.
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
     * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
     */
    public ActivityQuery build() {
      Validation v = new Validation();
      Cursor cursor =
          after == null || sort == null ? null : v.check("", () -> Cursor.decode(after, sort));
      v.throwIfAny();
      return new ActivityQuery(
          plan,
          contentAreas,
          types,
          statuses,
          participant,
          leadParty,
          from,
          to,
          text,
          sort,
          pageSize,
          cursor,
          countTotal,
          visibleTo);
    }
  }

  /**
   * For storage adapters only: how a store that evaluates a query in Java (as the in-memory store
   * does) filters, orders and pages by it. Part of the storage SPI (see {@code
   * io.github.coplan.port.storage}), not of the application API.
   *
   * @since 0.1.0
   */
  public static final class ForAdapters {

    private ForAdapters() {}

    /**
     * Whether an activity meets every filter (the sort and cursor aside).
     *
     * @param query the query
     * @param a the activity
     * @return true if it matches
     */
    public static boolean matches(ActivityQuery query, Activity a) {
      PlanId plan = query.plan();
      OrganisationId leadParty = query.leadParty();
      Participant participant = query.participant();
      LocalDate from = query.from();
      LocalDate to = query.to();
      String text = query.text();
      return (plan == null || plan.equals(a.plan()))
          && (query.contentAreas().isEmpty()
              || query.contentAreas().contains(a.details().contentArea()))
          && (query.types().isEmpty() || query.types().contains(a.details().type()))
          && (query.statuses().isEmpty() || query.statuses().contains(a.status()))
          && (participant == null
              || a.participations().stream().anyMatch(p -> p.participant().equals(participant)))
          && (leadParty == null || leadParty.equals(a.details().leadParty()))
          && (from == null || !a.details().planned().latestDay().isBefore(from))
          && (to == null || !a.details().planned().earliestDay().isAfter(to))
          && (text == null || a.searchText().contains(text));
    }

    /**
     * Whether an activity comes after the query's cursor in its order; true when there is no
     * cursor.
     *
     * @param query the query
     * @param a the activity
     * @return true if it belongs on this page or a later one
     */
    public static boolean isAfterCursor(ActivityQuery query, Activity a) {
      Cursor after = query.after();
      if (after == null) {
        return true;
      }
      ActivitySort sort = query.sort();
      int byKey =
          switch (sort.field()) {
            case PLANNED_START, PLANNED_END ->
                Long.compare(Long.parseLong(sort.keyOf(a)), after.epochDayKey());
            case TITLE -> ActivitySort.compareCodePoints(sort.keyOf(a), after.key());
            case CREATED -> 0;
          };
      int cmp = byKey != 0 ? byKey : ActivitySort.compareIds(a.id().value(), after.lastId());
      return sort.direction() == ActivitySort.Direction.ASC ? cmp > 0 : cmp < 0;
    }

    /**
     * The page of rows from a list of matching rows that are sorted and after the cursor, of which
     * at most the page size plus one need be given: the extra row only tells that there is a next
     * page.
     *
     * @param query the query
     * @param rows the candidate rows, in order
     * @return the page, with its next cursor when there are more rows
     */
    public static Page<Activity> toPage(ActivityQuery query, List<Activity> rows) {
      return toPage(query, rows, null);
    }

    /**
     * The page of rows, as {@link #toPage(ActivityQuery, List)} gives it, with the total the store
     * counted.
     *
     * @param query the query
     * @param rows the candidate rows, in order
     * @param total how many activities match, every page together, or null when {@link
     *     ActivityQuery#countTotal()} is false
     * @return the page
     */
    public static Page<Activity> toPage(
        ActivityQuery query, List<Activity> rows, @Nullable Long total) {
      if (rows.size() <= query.pageSize()) {
        return new Page<>(rows, null, total);
      }
      List<Activity> items = rows.subList(0, query.pageSize());
      return new Page<>(
          items, Cursor.after(query.sort(), items.get(query.pageSize() - 1)).encode(), total);
    }
  }
}

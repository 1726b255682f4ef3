package io.github.coplan.domain.query;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.SearchFolding;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Typed criteria of an organisation look-up. All given filters must hold (AND); an empty set means
 * "any".
 *
 * <ul>
 *   <li>{@code text}: the {@linkplain SearchFolding folded} text occurs in the organisation's
 *       {@linkplain Organisation#searchText() folded name (in any language), acronym or alternative
 *       names}: "sở khoa học", "dost" and "iia" all find what they name.
 *   <li>{@code countries}, {@code types}: the organisation's country or type is in the set.
 *   <li>{@code parent}: the organisation's parent is that organisation (its direct children only).
 * </ul>
 *
 * <p>Rows come in the order of {@link #sort()} (by folded name unless told otherwise), {@link
 * #pageSize()} at a time (1 to {@link ActivityQuery#MAX_PAGE_SIZE}), after {@link #after()} when
 * given; with {@link #countTotal()} the page also carries how many organisations match. {@link
 * ForAdapters#matches}, {@link ForAdapters#isAfterCursor} and {@link OrganisationSort#comparator()}
 * are the reference semantics every adapter reproduces. Built with {@link #builder()}.
 *
 * @param text folded search text, or null
 * @param countries countries
 * @param types organisation types
 * @param parent the parent organisation, or null
 * @param sort the order
 * @param pageSize rows per page
 * @param after where the page starts, or null for the first page
 * @param countTotal whether the page carries the total number of matching organisations
 */
public record OrganisationQuery(
    @Nullable String text,
    Set<CountryCode> countries,
    Set<OrganisationType> types,
    @Nullable OrganisationId parent,
    OrganisationSort sort,
    int pageSize,
    @Nullable LookupCursor after,
    boolean countTotal) {

  /**
   * Validates every part, folds the text and copies the sets.
   *
   * @throws InvalidInputException listing every violation
   */
  public OrganisationQuery {
    Validation v = new Validation();
    v.elements("countries", countries);
    v.elements("types", types);
    text = Lookups.check(v, sort, pageSize, text);
    v.require(
        after == null || sort == null || after.sort().equals(sort.cursorName()),
        "cursor",
        Violation.MALFORMED,
        "the cursor was made for another sort");
    v.throwIfAny();
    countries = ImmutableSortedSet.copyOf(countries);
    types = types.isEmpty() ? Set.of() : Sets.immutableEnumSet(types);
  }

  /**
   * A builder, starting with no filters, the sort by name and 50 rows a page.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether an organisation meets every filter (the sort and cursor aside).
   *
   * @param organisation the organisation
   * @return true if it matches
   */
  private boolean matches(Organisation organisation) {
    return (text == null || organisation.searchText().contains(text))
        && (countries.isEmpty() || countries.contains(organisation.profile().country()))
        && (types.isEmpty() || types.contains(organisation.profile().type()))
        && (parent == null || parent.equals(organisation.profile().parent()));
  }

  /**
   * Whether an organisation comes after the cursor in this query's order; true when there is no
   * cursor.
   *
   * @param organisation the organisation
   * @return true if it belongs on this page or a later one
   */
  private boolean isAfterCursor(Organisation organisation) {
    return Lookups.isAfter(
        sort.keyOf(organisation), organisation.id().value(), after, sort.direction());
  }

  /**
   * The page of rows from a list of matching rows that are sorted and after the cursor, of which at
   * most {@code pageSize + 1} need be given: the extra row only tells that there is a next page.
   *
   * @param rows the candidate rows, in order
   * @param total how many organisations match, every page together, or null when {@link
   *     #countTotal()} is false
   * @return the page, with its next cursor when there are more rows
   */
  private Page<Organisation> toPage(List<Organisation> rows, @Nullable Long total) {
    return Lookups.page(
        rows,
        pageSize,
        total,
        last -> new LookupCursor(sort.cursorName(), sort.keyOf(last), last.id().value()));
  }

  /** Builds an {@link OrganisationQuery}; not thread-safe. */
  public static final class Builder {
    private @Nullable String text;
    private final Set<CountryCode> countries = new LinkedHashSet<>();
    private final Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
    private @Nullable OrganisationId parent;
    private OrganisationSort sort = OrganisationSort.DEFAULT;
    private int pageSize = ActivityQuery.DEFAULT_PAGE_SIZE;
    private @Nullable String after;
    private boolean countTotal;

    private Builder() {}

    /**
     * Only organisations whose folded name, acronym or alternative name contains the folded text.
     *
     * @param text the text, or null for any
     * @return this builder
     */
    public Builder text(@Nullable String text) {
      this.text = text;
      return this;
    }

    /**
     * Only organisations based in these countries.
     *
     * @param countries the countries
     * @return this builder
     * @throws InvalidInputException on the path {@code countries} if one is missing
     */
    public Builder countries(CountryCode... countries) {
      for (CountryCode country : Validation.notNull("countries", countries)) {
        this.countries.add(Validation.notNull("countries", country));
      }
      return this;
    }

    /**
     * Only organisations of these types.
     *
     * @param types the types
     * @return this builder
     * @throws InvalidInputException on the path {@code types} if one is missing
     */
    public Builder types(OrganisationType... types) {
      for (OrganisationType type : Validation.notNull("types", types)) {
        this.types.add(Validation.notNull("types", type));
      }
      return this;
    }

    /**
     * Only the organisations whose parent is an organisation.
     *
     * @param parent the parent, or null for any
     * @return this builder
     */
    public Builder parent(@Nullable OrganisationId parent) {
      this.parent = parent;
      return this;
    }

    /**
     * The order.
     *
     * @param sort the sort
     * @return this builder
     */
    public Builder sort(OrganisationSort sort) {
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
     * Also count every matching organisation: the page carries the total.
     *
     * @return this builder
     */
    public Builder withTotal() {
      this.countTotal = true;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the validated query
     * @throws InvalidInputException listing every violation, the cursor's included
     */
    public OrganisationQuery build() {
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
                  new OrganisationQuery(
                      text, countries, types, parent, sort, pageSize, cursor, countTotal)));
    }
  }

  /**
   * The reference semantics of a {@link OrganisationQuery}, for storage adapters: every adapter
   * answers a query with the rows these methods select, in the query's sort. Not for applications,
   * which run look-ups through the use cases.
   *
   * @since 0.1.0
   */
  public static final class ForAdapters {

    private ForAdapters() {}

    /**
     * Whether a organisation meets every filter of a query (the sort and cursor aside).
     *
     * @param query the query
     * @param organisation the organisation
     * @return true if it matches
     */
    public static boolean matches(OrganisationQuery query, Organisation organisation) {
      return query.matches(organisation);
    }

    /**
     * Whether a organisation comes after the query's cursor in its order; true when there is no
     * cursor.
     *
     * @param query the query
     * @param organisation the organisation
     * @return true if it belongs on this page or a later one
     */
    public static boolean isAfterCursor(OrganisationQuery query, Organisation organisation) {
      return query.isAfterCursor(organisation);
    }

    /**
     * The page of rows from a list of matching rows that are sorted and after the cursor, of which
     * at most the page size plus one need be given: the extra row only tells that there is a next
     * page.
     *
     * @param query the query
     * @param rows the candidate rows, in order
     * @param total how many match, every page together, or null when {@link
     *     OrganisationQuery#countTotal()} is false
     * @return the page, with its next cursor when there are more rows
     */
    public static Page<Organisation> toPage(
        OrganisationQuery query, List<Organisation> rows, @Nullable Long total) {
      return query.toPage(rows, total);
    }
  }
}

package io.github.coplan.domain.query;

import com.google.common.collect.ImmutableSortedSet;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.SearchFolding;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Typed criteria of a person look-up. All given filters must hold (AND); an empty set means "any".
 *
 * <ul>
 *   <li>{@code text}: the {@linkplain SearchFolding folded} text occurs in the person's {@linkplain
 *       Person#foldedName() folded name}: "nguyen viet" finds "Nguyễn Việt Dũng".
 *   <li>{@code countries}: the person's country is in the set.
 *   <li>{@code affiliation}: the person {@linkplain Person#isAffiliatedWith is affiliated with}
 *       that organisation on the day {@code affiliatedOn}: one of their affiliations with it held
 *       then. The use cases take today, by their clock, when the query names no day; a store is
 *       given the day.
 * </ul>
 *
 * <p>Rows come in the order of {@link #sort()} (by folded name unless told otherwise), {@link
 * #pageSize()} at a time (1 to {@link ActivityQuery#MAX_PAGE_SIZE}), after {@link #after()} when
 * given; with {@link #countTotal()} the page also carries how many people match. {@link
 * ForAdapters#matches}, {@link ForAdapters#isAfterCursor} and {@link PersonSort#comparator()} are
 * the reference semantics every adapter reproduces. Built with {@link #builder()}.
 *
 * @param text folded search text, or null
 * @param countries countries
 * @param affiliation an organisation the person is affiliated with, or null
 * @param affiliatedOn the day the affiliation holds, or null for today (only with an affiliation)
 * @param sort the order
 * @param pageSize rows per page
 * @param after where the page starts, or null for the first page
 * @param countTotal whether the page carries the total number of matching people
 */
public record PersonQuery(
    @Nullable String text,
    Set<CountryCode> countries,
    @Nullable OrganisationId affiliation,
    @Nullable LocalDate affiliatedOn,
    PersonSort sort,
    int pageSize,
    @Nullable LookupCursor after,
    boolean countTotal) {

  /**
   * Validates every part, folds the text and copies the set.
   *
   * @throws InvalidInputException listing every violation
   */
  public PersonQuery {
    Validation v = new Validation();
    v.elements("countries", countries);
    v.require(
        affiliatedOn == null || affiliation != null,
        "affiliation",
        Violation.REQUIRED,
        "a day of affiliation needs an organisation");
    Lookups.checkDay(v, "affiliatedOn", affiliatedOn);
    text = Lookups.check(v, sort, pageSize, text);
    v.require(
        after == null || sort == null || after.sort().equals(sort.cursorName()),
        "cursor",
        Violation.MALFORMED,
        "the cursor was made for another sort");
    v.throwIfAny();
    countries = ImmutableSortedSet.copyOf(countries);
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
   * This query with the day of its affiliation filter set to {@code today} if it names an
   * affiliation and no day; what the use cases hand to the store.
   *
   * @param today the day to take
   * @return this query, or a copy with the day
   * @throws InvalidInputException if the day is missing or outside the years 1 to 9999
   */
  public PersonQuery affiliatedOnOr(LocalDate today) {
    Validation v = new Validation();
    v.required("affiliatedOn", today);
    Lookups.checkDay(v, "affiliatedOn", today);
    v.throwIfAny();
    if (affiliation == null || affiliatedOn != null) {
      return this;
    }
    return new PersonQuery(text, countries, affiliation, today, sort, pageSize, after, countTotal);
  }

  /**
   * Throws unless the affiliation filter, if any, has its day: a store answers only such a query.
   *
   * @throws InvalidInputException on the path {@code affiliatedOn} otherwise
   */
  public void requireDay() {
    if (affiliation != null && affiliatedOn == null) {
      throw InvalidInputException.of(
          "affiliatedOn",
          Violation.REQUIRED,
          "the store needs the day of the affiliation filter; the use cases give today's");
    }
  }

  /**
   * Whether a person meets every filter (the sort and cursor aside).
   *
   * @param person the person
   * @return true if it matches
   * @throws InvalidInputException if the affiliation filter has no day (see {@link #requireDay()})
   */
  private boolean matches(Person person) {
    requireDay();
    LocalDate day = affiliatedOn;
    return (text == null || person.foldedName().contains(text))
        && (countries.isEmpty() || countries.contains(person.profile().country()))
        && (affiliation == null || (day != null && person.isAffiliatedWith(affiliation, day)));
  }

  /**
   * Whether a person comes after the cursor in this query's order; true when there is no cursor.
   *
   * @param person the person
   * @return true if they belong on this page or a later one
   */
  private boolean isAfterCursor(Person person) {
    return Lookups.isAfter(sort.keyOf(person), person.id().value(), after, sort.direction());
  }

  /**
   * The page of rows from a list of matching rows that are sorted and after the cursor, of which at
   * most {@code pageSize + 1} need be given: the extra row only tells that there is a next page.
   *
   * @param rows the candidate rows, in order
   * @param total how many people match, every page together, or null when {@link #countTotal()} is
   *     false
   * @return the page, with its next cursor when there are more rows
   */
  private Page<Person> toPage(List<Person> rows, @Nullable Long total) {
    return Lookups.page(
        rows,
        pageSize,
        total,
        last -> new LookupCursor(sort.cursorName(), sort.keyOf(last), last.id().value()));
  }

  /** Builds a {@link PersonQuery}; not thread-safe. */
  public static final class Builder {
    private @Nullable String text;
    private final Set<CountryCode> countries = new LinkedHashSet<>();
    private @Nullable OrganisationId affiliation;
    private @Nullable LocalDate affiliatedOn;
    private PersonSort sort = PersonSort.DEFAULT;
    private int pageSize = ActivityQuery.DEFAULT_PAGE_SIZE;
    private @Nullable String after;
    private boolean countTotal;

    private Builder() {}

    /**
     * Only people whose folded name contains the folded text.
     *
     * @param text the text, or null for any
     * @return this builder
     */
    public Builder text(@Nullable String text) {
      this.text = text;
      return this;
    }

    /**
     * Only people of these countries.
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
     * Only people affiliated with an organisation today, by the clock of the use cases.
     *
     * @param organisation the organisation
     * @return this builder
     * @throws InvalidInputException on the path {@code affiliation} if it is missing
     */
    public Builder affiliatedWith(OrganisationId organisation) {
      this.affiliation = Validation.notNull("affiliation", organisation);
      this.affiliatedOn = null;
      return this;
    }

    /**
     * Only people affiliated with an organisation on a day.
     *
     * @param organisation the organisation
     * @param day the day
     * @return this builder
     * @throws InvalidInputException on the path {@code affiliation} or {@code affiliatedOn} if one
     *     is missing
     */
    public Builder affiliatedWith(OrganisationId organisation, LocalDate day) {
      this.affiliation = Validation.notNull("affiliation", organisation);
      this.affiliatedOn = Validation.notNull("affiliatedOn", day);
      return this;
    }

    /**
     * The order.
     *
     * @param sort the sort
     * @return this builder
     */
    public Builder sort(PersonSort sort) {
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
     * Also count every matching person: the page carries the total.
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
    public PersonQuery build() {
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
                  new PersonQuery(
                      text,
                      countries,
                      affiliation,
                      affiliatedOn,
                      sort,
                      pageSize,
                      cursor,
                      countTotal)));
    }
  }

  /**
   * The reference semantics of a {@link PersonQuery}, for storage adapters: every adapter answers a
   * query with the rows these methods select, in the query's sort. Not for applications, which run
   * look-ups through the use cases.
   *
   * @since 0.1.0
   */
  public static final class ForAdapters {

    private ForAdapters() {}

    /**
     * Whether a person meets every filter of a query (the sort and cursor aside).
     *
     * @param query the query
     * @param person the person
     * @return true if it matches
     */
    public static boolean matches(PersonQuery query, Person person) {
      return query.matches(person);
    }

    /**
     * Whether a person comes after the query's cursor in its order; true when there is no cursor.
     *
     * @param query the query
     * @param person the person
     * @return true if it belongs on this page or a later one
     */
    public static boolean isAfterCursor(PersonQuery query, Person person) {
      return query.isAfterCursor(person);
    }

    /**
     * The page of rows from a list of matching rows that are sorted and after the cursor, of which
     * at most the page size plus one need be given: the extra row only tells that there is a next
     * page.
     *
     * @param query the query
     * @param rows the candidate rows, in order
     * @param total how many match, every page together, or null when {@link
     *     PersonQuery#countTotal()} is false
     * @return the page, with its next cursor when there are more rows
     */
    public static Page<Person> toPage(PersonQuery query, List<Person> rows, @Nullable Long total) {
      return query.toPage(rows, total);
    }
  }
}

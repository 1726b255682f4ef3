package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.plan.PlanStatus;
import io.github.coplan.domain.query.ActivitySort.Direction;
import io.github.coplan.domain.query.LookupCursor;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.query.PlanSort;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.storage.jdbi.ActivitySearch.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of a look-up of plans, organisations or people, put together from the named parts of
 * {@code lookup.sql} as {@link ActivitySearch} puts an activity search together: what is put
 * together depends only on which filters the query has, how many values each set holds, and the
 * sort, whose key column comes from the fixed list {@code lookup.<kind>.key.<field>}; every value
 * of the query, the text and the cursor included, is a bound parameter. A look-up of plans limited
 * to what principals may see ({@link PlanQuery#visibleTo()}) keeps the plans that are open or on
 * which one of the principals holds a grant ({@code lookup.plan.visible}).
 *
 * <p>A page's rows come in the sort's order with the id as tie-breaker (the code, unique, needs
 * none), strictly after the cursor, {@code pageSize + 1} at most; the count has the same filters
 * without cursor, order and limit. Immutable.
 */
final class LookupSearch {

  private final Sql sql;
  private final String kind;
  private final String filters;
  private final List<Value> values;
  private final String key;
  private final boolean uniqueKey;
  private final Direction direction;
  private final @Nullable LookupCursor after;
  private final int pageSize;

  private LookupSearch(
      Sql sql,
      String kind,
      Filters filters,
      String keyField,
      boolean uniqueKey,
      Direction direction,
      @Nullable LookupCursor after,
      int pageSize) {
    this.sql = sql;
    this.kind = kind;
    this.filters = filters.text.toString();
    this.values = List.copyOf(filters.values);
    this.key = sql.get("lookup." + kind + ".key." + keyField);
    this.uniqueKey = uniqueKey;
    this.direction = direction;
    this.after = after;
    this.pageSize = pageSize;
  }

  /** The look-up of plans a query asks for. */
  static LookupSearch plans(Sql sql, PlanQuery query) {
    Filters f = new Filters(sql, "plan");
    if (query.codePrefix() != null) {
      // U+007F sorts after every character a code may hold: the range holds exactly the codes with
      // the prefix.
      f.and(
          "codePrefix",
          new Value(query.codePrefix(), String.class),
          new Value(query.codePrefix() + '\u007F', String.class));
    }
    f.in("statuses", query.statuses(), PlanStatus.class);
    if (query.party() != null) {
      f.and("party", new Value(query.party(), OrganisationId.class));
    }
    if (query.from() != null) {
      f.and("from", new Value(query.from(), LocalDate.class));
    }
    if (query.to() != null) {
      f.and("to", new Value(query.to(), LocalDate.class));
    }
    if (query.text() != null) {
      f.and("text", new Value(query.text(), String.class));
    }
    Set<Principal> visibleTo = query.visibleTo();
    if (visibleTo != null) {
      f.visible(visibleTo);
    }
    return new LookupSearch(
        sql,
        "plan",
        f,
        query.sort().field().name(),
        query.sort().field() == PlanSort.Field.CODE,
        query.sort().direction(),
        query.after(),
        query.pageSize());
  }

  /** The look-up of organisations a query asks for. */
  static LookupSearch organisations(Sql sql, OrganisationQuery query) {
    Filters f = new Filters(sql, "organisation");
    if (query.text() != null) {
      f.and("text", new Value(query.text(), String.class));
    }
    f.in("countries", query.countries(), CountryCode.class);
    f.in("types", query.types(), OrganisationType.class);
    if (query.parent() != null) {
      f.and("parent", new Value(query.parent(), OrganisationId.class));
    }
    return new LookupSearch(
        sql,
        "organisation",
        f,
        query.sort().field().name(),
        false,
        query.sort().direction(),
        query.after(),
        query.pageSize());
  }

  /** The look-up of people a query asks for; its affiliation filter, if any, has its day. */
  static LookupSearch people(Sql sql, PersonQuery query) {
    Filters f = new Filters(sql, "person");
    if (query.text() != null) {
      f.and("text", new Value(query.text(), String.class));
    }
    f.in("countries", query.countries(), CountryCode.class);
    if (query.affiliation() != null) {
      f.and(
          "affiliation",
          new Value(query.affiliation(), OrganisationId.class),
          new Value(query.affiliatedOn(), LocalDate.class),
          new Value(query.affiliatedOn(), LocalDate.class));
    }
    return new LookupSearch(
        sql,
        "person",
        f,
        query.sort().field().name(),
        false,
        query.sort().direction(),
        query.after(),
        query.pageSize());
  }

  /**
   * The statement of one page: the rows after the cursor, in order, one more than the page holds.
   */
  ActivitySearch page() {
    String id = sql.get("lookup." + kind + ".id");
    StringBuilder text = new StringBuilder(sql.get("lookup." + kind + ".select")).append(filters);
    List<Value> all = new ArrayList<>(values);
    boolean ascending = direction == Direction.ASC;
    if (after != null) {
      String part =
          (uniqueKey ? "lookup.uniqueAfter" : "lookup.after")
              + (ascending ? "Ascending" : "Descending");
      text.append(filters.isEmpty() ? "\nWHERE " : "\n  AND ")
          .append(sql.get(part).replace("KEY", key).replace("ID", id));
      all.add(new Value(after.key(), String.class));
      if (uniqueKey) {
        all.add(new Value(after.key(), String.class));
      }
      all.add(new Value(after.lastId(), UUID.class));
    }
    String dir = ascending ? " ASC" : " DESC";
    String order = uniqueKey ? key + dir : key + dir + ", " + id + dir;
    text.append("\nORDER BY ").append(order).append('\n').append(sql.get("lookup.limit"));
    all.add(new Value(pageSize + 1, Integer.class));
    return new ActivitySearch(text.toString(), order, List.copyOf(all));
  }

  /** The statement that counts every matching row; its one column is the total. */
  ActivitySearch count() {
    return new ActivitySearch(sql.get("lookup." + kind + ".count") + filters, "", values);
  }

  /** The filters of a look-up: its WHERE clause and its parameters. */
  private static final class Filters {
    private final Sql sql;
    private final String kind;
    private final StringBuilder text = new StringBuilder();
    private final List<Value> values = new ArrayList<>();

    Filters(Sql sql, String kind) {
      this.sql = sql;
      this.kind = kind;
    }

    void and(String part, Value... bound) {
      text.append(text.length() == 0 ? "\nWHERE " : "\n  AND ")
          .append(sql.get("lookup." + kind + "." + part));
      values.addAll(List.of(bound));
    }

    /**
     * The plans that principals may see: open ones, and those on which one of them holds a grant
     * ({@link ActivitySearch#visible}).
     */
    void visible(Set<Principal> principals) {
      text.append(text.length() == 0 ? "\nWHERE " : "\n  AND ")
          .append(
              ActivitySearch.visible(
                  sql,
                  "lookup." + kind + ".visible",
                  "lookup." + kind + ".visibleOpen",
                  principals,
                  values));
    }

    /** A set filter, followed by one parameter per value; none when the set is empty. */
    void in(String part, Collection<?> set, Class<?> type) {
      if (set.isEmpty()) {
        return;
      }
      text.append(text.length() == 0 ? "\nWHERE " : "\n  AND ")
          .append(sql.get("lookup." + kind + "." + part))
          .append(ActivitySearch.placeholders(set.size()));
      for (Object value : set) {
        values.add(new Value(value, type));
      }
    }
  }
}

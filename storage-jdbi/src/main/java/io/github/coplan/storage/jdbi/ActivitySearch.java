package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.Cursor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of an activity search, put together from the named parts of {@code search.sql}. What is
 * put together depends only on which filters the query has, how many values each set holds, and the
 * sort, whose key column comes from the fixed list {@code search.key.<field>}; every value of the
 * query, the text and the cursor included, is a bound parameter. No text of the query ever becomes
 * SQL. A query limited to what principals may see ({@link ActivityQuery#visibleTo()}) keeps the
 * activities of plans that are open or on which one of the principals holds a grant: {@code
 * search.visiblePlan} in a search of one plan, else {@code search.visible} in a page and {@code
 * search.visibleCount} in the total (the same plans, in the forms each database plans best there;
 * see {@code search.sql}).
 *
 * <p>The rows come in the sort's order with the id as tie-breaker, strictly after the cursor (a
 * row-value comparison on (key, id), which the key's index serves), {@code pageSize + 1} at most so
 * that {@link ActivityQuery.ForAdapters#toPage} can tell whether a next page follows.
 *
 * @param sql the statement, of the columns of {@code activity.select}
 * @param order the order of its rows, which a query around it repeats: {@code a.sort_title ASC,
 *     a.id ASC}
 * @param values its parameters, in order, each with the type JDBI binds it as
 */
record ActivitySearch(String sql, String order, List<Value> values) {

  /** One parameter, and the type JDBI binds it as. */
  record Value(@Nullable Object value, Class<?> type) {}

  /** Binds the parameters to a statement of {@link #sql}. */
  <S extends SqlStatement<S>> S bind(S statement) {
    for (int i = 0; i < values.size(); i++) {
      statement.bindByType(i, values.get(i).value(), values.get(i).type());
    }
    return statement;
  }

  static ActivitySearch of(Sql sql, ActivityQuery query) {
    return build(sql, query, false);
  }

  /**
   * The statement that counts what a search finds, every page together: {@code search.count} with
   * the search's filters, without its cursor, order and limit. Its one column is the total.
   */
  static ActivitySearch count(Sql sql, ActivityQuery query) {
    return build(sql, query, true);
  }

  private static ActivitySearch build(Sql sql, ActivityQuery query, boolean count) {
    StringBuilder text = new StringBuilder(sql.get(count ? "search.count" : "activity.select"));
    List<Value> values = new ArrayList<>();
    Where where = new Where(text);
    if (query.plan() != null) {
      where.and(sql.get("search.plan"));
      values.add(new Value(query.plan(), PlanId.class));
    }
    if (!query.contentAreas().isEmpty()) {
      where.and(sql.get("search.contentAreas")).append(placeholders(query.contentAreas().size()));
      for (Integer area : query.contentAreas()) {
        values.add(new Value(area, Integer.class));
      }
    }
    if (!query.types().isEmpty()) {
      where.and(sql.get("search.types")).append(placeholders(query.types().size()));
      for (ActivityType type : query.types()) {
        values.add(new Value(type, ActivityType.class));
      }
    }
    if (!query.statuses().isEmpty()) {
      where.and(sql.get("search.statuses")).append(placeholders(query.statuses().size()));
      for (ActivityStatus status : query.statuses()) {
        values.add(new Value(status, ActivityStatus.class));
      }
    }
    Participant participant = query.participant();
    if (participant != null) {
      where.and(sql.get("search.participant"));
      values.add(new Value(ParticipantKind.id(participant), UUID.class));
      values.add(new Value(ParticipantKind.of(participant), ParticipantKind.class));
    }
    if (query.leadParty() != null) {
      where.and(sql.get("search.leadParty"));
      values.add(new Value(query.leadParty(), OrganisationId.class));
    }
    if (query.from() != null) {
      where.and(sql.get("search.from"));
      values.add(new Value(query.from(), LocalDate.class));
    }
    if (query.to() != null) {
      where.and(sql.get("search.to"));
      values.add(new Value(query.to(), LocalDate.class));
    }
    if (query.text() != null) {
      where.and(sql.get("search.text"));
      values.add(new Value(query.text(), String.class));
    }
    Set<Principal> visibleTo = query.visibleTo();
    if (visibleTo != null) {
      if (query.plan() != null) {
        // One plan: whether the principals see it is asked once, by its key.
        values.add(new Value(query.plan(), PlanId.class));
        where.and(visible(sql, "search.visiblePlan", "search.visiblePlanOpen", visibleTo, values));
      } else {
        where.and(
            visible(
                sql,
                count ? "search.visibleCount" : "search.visible",
                "search.visibleOpen",
                visibleTo,
                values));
      }
    }
    if (count) {
      return new ActivitySearch(text.toString(), "", List.copyOf(values));
    }
    ActivitySort sort = query.sort();
    boolean ascending = sort.direction() == ActivitySort.Direction.ASC;
    String key =
        sort.field() == ActivitySort.Field.CREATED
            ? null
            : sql.get("search.key." + sort.field().name());
    Cursor after = query.after();
    if (after != null) {
      if (key == null) {
        where.and(sql.get(ascending ? "search.afterIdAscending" : "search.afterIdDescending"));
        values.add(new Value(after.lastId(), UUID.class));
      } else {
        where.and(
            sql.get(ascending ? "search.afterAscending" : "search.afterDescending")
                .replace("KEY", key));
        if (sort.field() == ActivitySort.Field.TITLE) {
          values.add(new Value(after.key(), String.class));
          values.add(new Value(after.lastId(), UUID.class));
        } else {
          values.add(new Value(Math.toIntExact(after.epochDayKey()), Integer.class));
          values.add(new Value(after.lastId(), UUID.class));
        }
      }
    }
    String direction = ascending ? " ASC" : " DESC";
    String order = (key == null ? "" : key + direction + ", ") + "a.id" + direction;
    text.append("\nORDER BY ").append(order).append('\n').append(sql.get("search.limit"));
    int limit = query.pageSize() + 1;
    values.add(new Value(limit, Integer.class));
    return new ActivitySearch(text.toString(), order, List.copyOf(values));
  }

  /**
   * A visibility filter: the statement {@code form}, whose {@code PRINCIPALS} become one parameter
   * per principal, its text form, added to {@code values}; with no principals the statement {@code
   * open}, which selects the open plans alone.
   */
  static String visible(
      Sql sql, String form, String open, Set<Principal> principals, List<Value> values) {
    if (principals.isEmpty()) {
      return sql.get(open);
    }
    for (Principal principal : principals) {
      values.add(new Value(Codec.encodePrincipal(principal), String.class));
    }
    return sql.get(form).replace("PRINCIPALS", placeholders(principals.size()).strip());
  }

  /** {@code (?, ?, …)} with {@code count} parameters. */
  static String placeholders(int count) {
    StringBuilder out = new StringBuilder(" (");
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "?" : ", ?");
    }
    return out.append(')').toString();
  }

  /** Joins conditions with WHERE, then AND. */
  private static final class Where {
    private final StringBuilder text;
    private boolean first = true;

    Where(StringBuilder text) {
      this.text = text;
    }

    StringBuilder and(String condition) {
      text.append(first ? "\nWHERE " : "\n  AND ").append(condition);
      first = false;
      return text;
    }
  }
}

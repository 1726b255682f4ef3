package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.SearchFolding;
import io.github.coplan.storage.jdbi.ActivitySearch.Value;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;

/**
 * The Java step of migration 4: fills the look-up columns of the plans, organisations and people
 * stored before it, from their stored values, with the values this version writes: {@link
 * CooperationPlan#sortTitle()}, {@link CooperationPlan#searchText()} and the period's earliest and
 * latest day; {@link Organisation#sortName()} and {@link Organisation#searchText()}; {@link
 * Person#foldedName()}. Folding is {@link SearchFolding}'s, never the database's. A text that this
 * version's rules refuse is folded as stored rather than stopping the migration, as {@link
 * Refolding} does. Rows are read in pages in id order and written in one batch per page; versions
 * do not change, since what the rows hold does not. Running it again changes nothing.
 */
final class LookupColumns {

  /**
   * Rows per page: memory stays bounded on a large table, and each page is one batch of updates.
   */
  static final int PAGE = 500;

  private static final System.Logger LOG = System.getLogger(LookupColumns.class.getName());

  private LookupColumns() {}

  /**
   * Fills the look-up columns of every plan, organisation and person.
   *
   * @param handle the migrating transaction's handle
   * @param sql the store's statements
   */
  static void fill(Handle handle, Sql sql) {
    int plans =
        fill(
            handle,
            sql,
            "Plans",
            "plan",
            (rs, ctx) -> {
              String title = rs.getString(2);
              String summary = rs.getString(3);
              DateSpan period = Columns.get(rs, 4, DateSpan.class);
              return new Row(
                  id(rs),
                  text(sortKey(title)),
                  text(folded(title) + (summary == null ? "" : "\n" + folded(summary))),
                  day(period == null ? null : period.earliestDay()),
                  day(period == null ? null : period.latestDay()));
            });
    int organisations =
        fill(
            handle,
            sql,
            "Organisations",
            "organisation",
            (rs, ctx) -> {
              String name = rs.getString(2);
              String acronym = rs.getString(3);
              StringBuilder text = new StringBuilder(folded(name));
              if (acronym != null) {
                text.append('\n').append(SearchFolding.fold(acronym));
              }
              for (String alternative : Codec.decodeList(rs.getString(4))) {
                text.append('\n').append(SearchFolding.fold(alternative));
              }
              return new Row(id(rs), text(sortKey(name)), text(text.toString()));
            });
    int people =
        fill(
            handle,
            sql,
            "People",
            "person",
            (rs, ctx) -> new Row(id(rs), text(SearchFolding.fold(rs.getString(2)))));
    LOG.log(
        System.Logger.Level.INFO,
        "filled the look-up columns of {0} plans, {1} organisations and {2} people",
        plans,
        organisations,
        people);
  }

  /**
   * A row's id and the values of its look-up columns, in the order {@code lookup.fill.<singular>}
   * sets them.
   */
  private record Row(UUID id, Value... values) {}

  private static Value text(String value) {
    return new Value(value, String.class);
  }

  private static Value day(@Nullable LocalDate value) {
    return new Value(value, LocalDate.class);
  }

  /**
   * Reads the rows of {@code lookup.fill.<plural>} a page at a time, maps each to its id and the
   * values of its columns, and writes them with {@code lookup.fill.<singular>}, the id last.
   *
   * @return how many rows were filled
   */
  private static int fill(
      Handle handle, Sql sql, String plural, String singular, RowMapper<Row> row) {
    String first = sql.get("lookup.fill.first" + plural);
    String next =
        sql.get("lookup.fill." + Character.toLowerCase(plural.charAt(0)) + plural.substring(1));
    String update = sql.get("lookup.fill." + singular);
    int count = 0;
    @Nullable UUID after = null;
    while (true) {
      List<Row> page =
          new ArrayList<>(
              after == null
                  ? handle.createQuery(first).bind(0, PAGE).map(row).list()
                  : handle.createQuery(next).bind(0, after).bind(1, PAGE).map(row).list());
      if (page.isEmpty()) {
        return count;
      }
      PreparedBatch batch = handle.prepareBatch(update);
      for (Row values : page) {
        for (int i = 0; i < values.values().length; i++) {
          batch.bindByType(i, values.values()[i].value(), values.values()[i].type());
        }
        batch.bind(values.values().length, values.id()).add();
      }
      batch.execute();
      count += page.size();
      after = page.get(page.size() - 1).id();
    }
  }

  private static UUID id(java.sql.ResultSet rs) throws SQLException {
    return Objects.requireNonNull(Columns.get(rs, 1, UUID.class));
  }

  /**
   * The folded original text of a stored localized text: what {@code sortTitle()} and {@code
   * sortName()} give.
   */
  private static String sortKey(String stored) {
    return Refolding.sortTitle(stored);
  }

  /**
   * Every translation of a stored localized text, folded and joined by line feeds: what {@link
   * LocalizedText#folded()} gives.
   */
  private static String folded(String stored) {
    return Refolding.folded(stored);
  }
}

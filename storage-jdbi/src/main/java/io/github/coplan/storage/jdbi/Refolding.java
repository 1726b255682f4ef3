package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.SearchFolding;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;

/**
 * The Java step of migration 3: folds every activity's sort title and search text again from its
 * stored title and description, by this library's {@link SearchFolding}, so that a search by the
 * folding of this version finds what a store of an earlier version wrote. The values are those that
 * {@link Activity#sortTitle()} and {@link Activity#searchText()} give, so the row is as this
 * version would write it; a text that this version's rules refuse (one with nothing visible) is
 * folded as stored, rather than stopping the migration. Rows are read in pages in id order, and
 * only those whose folded values change are written; the activity's version is not changed, since
 * what it holds is not. Running it again changes nothing.
 */
final class Refolding {

  /**
   * Rows per page: memory stays bounded on a large table, and each page is one batch of updates.
   */
  static final int PAGE = 500;

  private static final System.Logger LOG = System.getLogger(Refolding.class.getName());

  private Refolding() {}

  /** One activity row: its id, stored title and description, and the folded values it holds. */
  private record Row(
      UUID id, String title, @Nullable String description, String sortTitle, String searchText) {}

  /**
   * Folds every activity's sort title and search text again.
   *
   * @param handle the migrating transaction's handle
   * @param sql the store's statements
   */
  static void refold(Handle handle, Sql sql) {
    int read = 0;
    int changed = 0;
    @Nullable UUID after = null;
    while (true) {
      List<Row> page = page(handle, sql, after);
      if (page.isEmpty()) {
        break;
      }
      PreparedBatch batch = handle.prepareBatch(sql.get("refold.update"));
      int writes = 0;
      for (Row row : page) {
        String sortTitle = sortTitle(row.title());
        String searchText = searchText(row.title(), row.description());
        if (!sortTitle.equals(row.sortTitle()) || !searchText.equals(row.searchText())) {
          batch.bind(0, sortTitle).bind(1, searchText).bind(2, row.id()).add();
          writes++;
        }
      }
      if (writes > 0) {
        batch.execute();
      }
      read += page.size();
      changed += writes;
      after = page.get(page.size() - 1).id();
    }
    LOG.log(
        System.Logger.Level.INFO,
        "folded the search text of {0} activities again: {1} changed",
        read,
        changed);
  }

  private static List<Row> page(Handle handle, Sql sql, @Nullable UUID after) {
    var query =
        after == null
            ? handle.createQuery(sql.get("refold.first")).bind(0, PAGE)
            : handle.createQuery(sql.get("refold.next")).bind(0, after).bind(1, PAGE);
    return new ArrayList<>(
        query
            .map(
                (rs, ctx) ->
                    new Row(
                        Objects.requireNonNull(Columns.get(rs, 1, UUID.class)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
            .list());
  }

  /** What {@link Activity#sortTitle()} gives for a stored title. */
  static String sortTitle(String storedTitle) {
    try {
      return SearchFolding.fold(Codec.decodeText(storedTitle).original());
    } catch (InvalidInputException | SQLException refused) {
      return SearchFolding.fold(original(storedTitle));
    }
  }

  /** What {@link Activity#searchText()} gives for a stored title and description. */
  static String searchText(String storedTitle, @Nullable String storedDescription) {
    String title = folded(storedTitle);
    return storedDescription == null ? title : title + "\n" + folded(storedDescription);
  }

  /** What {@link LocalizedText#folded()} gives for a stored text. */
  static String folded(String stored) {
    try {
      return Codec.decodeText(stored).folded();
    } catch (InvalidInputException | SQLException refused) {
      return texts(stored).values().stream()
          .map(SearchFolding::fold)
          .collect(Collectors.joining("\n"));
    }
  }

  /** The stored text of the original language, unchecked. */
  private static String original(String stored) {
    String tag = stored.substring(0, Math.max(stored.indexOf(Codec.RECORD), 0));
    Map<String, String> texts = texts(stored);
    return texts.getOrDefault(tag, texts.isEmpty() ? "" : texts.values().iterator().next());
  }

  private static Map<String, String> texts(String stored) {
    try {
      return Codec.decodeTexts(stored);
    } catch (SQLException damaged) {
      // A text without a language is not Coplan's; fold it whole rather than stop the migration.
      return Map.of("", stored);
    }
  }
}

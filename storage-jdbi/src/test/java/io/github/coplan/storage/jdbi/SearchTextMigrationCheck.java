package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * Migration 3 on a database whose search text an earlier version folded: the folded title and
 * search text of every activity are folded again, in the migrating transaction, so that the search
 * of this version finds what the earlier one wrote. The earlier folding (lower-case, NFD, combining
 * marks stripped, {@code đ} to {@code d}, white space collapsed) is written here in SQL, as that
 * version would have stored it, and the history set back to version 2.
 */
abstract class SearchTextMigrationCheck {

  private static final JdbiOptions VALIDATE =
      JdbiOptions.builder().schemaMode(JdbiOptions.SchemaMode.VALIDATE).build();

  /** Opens this test's database, the same one every time, creating it on first use. */
  abstract JdbiStorage open(JdbiOptions options);

  /** What the test wrote with the current version. */
  private record Written(
      Activity fullWidth,
      Activity zeroWidthSpace,
      Activity softHyphen,
      Activity unchanged,
      List<Activity> many) {}

  private Written write(int many) {
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      UseCases coplan = Fixtures.coplan(storage);
      Organisation dost = Fixtures.register(coplan, Fixtures.dostHcmc());
      Organisation iia = Fixtures.register(coplan, Fixtures.israelInnovationAuthority());
      CooperationPlan plan = Fixtures.plan(coplan, "HCMC-IIA-2018", dost, iia);
      Activity fullWidth =
          propose(coplan, plan, LocalizedText.of("vi", "Hội thảo ＤＭＳＴ　２０１８"), null);
      Activity zeroWidthSpace =
          propose(
              coplan,
              plan,
              LocalizedText.of("vi", Map.of("vi", "Khởi\u200Bnghiệp sáng tạo", "en", "Renewal")),
              null);
      Activity softHyphen =
          propose(
              coplan,
              plan,
              LocalizedText.of("en", "Incu\u00ADbator week"),
              LocalizedText.of("en", "\uFB01nancing of start-ups"));
      Activity unchanged =
          propose(coplan, plan, LocalizedText.of("vi", "Đoàn khảo sát Hồ Chí Minh"), null);
      List<Activity> others = many == 0 ? List.of() : Fixtures.propose(coplan, plan.id(), many);
      return new Written(fullWidth, zeroWidthSpace, softHyphen, unchanged, others);
    }
  }

  private static Activity propose(
      UseCases coplan, CooperationPlan plan, LocalizedText title, LocalizedText description) {
    return coplan
        .activities()
        .propose(
            new ProposeActivity(
                plan.id(),
                ActivityDetails.builder()
                    .contentArea(1)
                    .type(ActivityType.WORKSHOP)
                    .title(title)
                    .description(description)
                    .planned(DateSpan.parse("2018-Q4"))
                    .build()));
  }

  /**
   * Writes the folded values of the earlier folding over the given activities', and sets the
   * history back to version 2, taking migration 4 away (or, as another tool would leave it, keeps
   * versions 3 and 4 without their checksums).
   *
   * @return the sort title and search text of every activity then, by id
   */
  private Map<UUID, List<String>> foldTheEarlierWay(
      List<Activity> activities, boolean keepVersion3) {
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      return storage.withHandle(
          false,
          h -> {
            for (Activity a : activities) {
              h.createUpdate(
                      "UPDATE coplan_activity SET sort_title = ?, search_text = ? WHERE id = ?")
                  .bind(0, earlierFold(a.details().title().original()))
                  .bind(1, earlierSearchText(a))
                  .bind(2, a.id())
                  .execute();
            }
            if (keepVersion3) {
              // As another tool leaves it: the scripts ran, their steps did not, no checksum was
              // recorded.
              h.createUpdate("UPDATE coplan_schema_history SET checksum = NULL WHERE version >= 3")
                  .execute();
            } else {
              // The database goes back to what migration 3 found: migration 4 came after it.
              LookupMigrationCheck.undoMigration4(h);
              h.createUpdate("DELETE FROM coplan_schema_history WHERE version = 3").execute();
            }
            return foldedColumns(h);
          });
    }
  }

  @Test
  void aDatabaseFoldedTheEarlierWayIsFoldedAgainAndFoundByTheNewFolding() {
    Written w = write(2 * Refolding.PAGE + 1);
    List<Activity> special =
        List.of(w.fullWidth(), w.zeroWidthSpace(), w.softHyphen(), w.unchanged());
    Map<UUID, List<String>> before = foldTheEarlierWay(special, false);
    assertThat(before.get(w.fullWidth().id().value()))
        .containsExactly("hoi thao ｄｍｓｔ ２０１８", "hoi thao ｄｍｓｔ ２０１８");
    assertThat(before.get(w.zeroWidthSpace().id().value()))
        .containsExactly("khoi\u200Bnghiep sang tao", "renewal\nkhoi\u200Bnghiep sang tao");
    assertThat(before.get(w.softHyphen().id().value()))
        .containsExactly(
            "incu\u00ADbator week", "incu\u00ADbator week\n\uFB01nancing of start-ups");

    try (JdbiStorage storage = open(VALIDATE)) {
      throw new AssertionError("a database at version 2 opened in VALIDATE mode: " + storage);
    } catch (StorageException expected) {
      assertThat(expected)
          .hasMessageContaining("is at version 2 but this library needs version 12");
    }
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      assertThat(storage.migrationsApplied()).isEqualTo(10);
      UseCases coplan = Fixtures.coplan(storage);

      assertThat(search(coplan, "dmst")).containsExactly(w.fullWidth().id());
      assertThat(search(coplan, "ＤＭＳＴ 2018")).containsExactly(w.fullWidth().id());
      assertThat(search(coplan, "khoi nghiep")).containsExactly(w.zeroWidthSpace().id());
      assertThat(search(coplan, "incubator")).containsExactly(w.softHyphen().id());
      assertThat(search(coplan, "Incu\u00ADbator")).containsExactly(w.softHyphen().id());
      assertThat(search(coplan, "financing")).containsExactly(w.softHyphen().id());
      assertThat(search(coplan, "ho chi minh")).containsExactly(w.unchanged().id());
      List<ActivityId> byTitle =
          coplan
              .activities()
              .search(
                  ActivityQuery.builder()
                      .text("a")
                      .sort(ActivitySort.by(ActivitySort.Field.TITLE, ActivitySort.Direction.ASC))
                      .pageSize(3)
                      .build())
              .items()
              .stream()
              .map(Activity::id)
              .toList();
      assertThat(byTitle)
          .containsExactly(w.unchanged().id(), w.fullWidth().id(), w.softHyphen().id());

      // Every row holds what this version writes, and no activity changed version.
      Map<UUID, List<String>> after = foldedColumns();
      assertThat(after).hasSize(special.size() + w.many().size());
      for (Activity a : concat(special, w.many())) {
        Activity read = storage.readOnly(r -> r.activities().findById(a.id())).orElseThrow();
        assertThat(read.version()).isEqualTo(a.version());
        assertThat(after.get(a.id().value()))
            .as("%s", a.details().title())
            .containsExactly(read.sortTitle(), read.searchText());
      }
      assertThat(after.get(w.fullWidth().id().value()))
          .containsExactly("hoi thao dmst 2018", "hoi thao dmst 2018");

      // The step changes nothing when it runs again.
      storage.withHandle(
          false,
          h -> {
            Refolding.refold(h, Sql.of(dialect()));
            return null;
          });
      assertThat(foldedColumns()).isEqualTo(after);
    }
    assertThat(history())
        .containsExactly(
            "1 init",
            "2 window search indexes",
            "3 refold search text",
            "4 lookup indexes",
            "5 history",
            "6 plan access",
            "7 market",
            "8 profile match index",
            "9 itinerary",
            "10 network",
            "11 results",
            "12 derived indicators");
    assertThat(checksum(3)).isEqualTo(Migrator.checksum(script("V3__refold_search_text.sql")));
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      assertThat(storage.migrationsApplied()).isZero();
    }
  }

  @Test
  void aDatabaseThatAnotherToolMigratedGetsTheStepWhenAStoreOpensItToMigrate() {
    Written w = write(0);
    foldTheEarlierWay(List.of(w.fullWidth(), w.zeroWidthSpace()), true);
    long checksum1 = checksum(1);

    try (JdbiStorage storage = open(VALIDATE)) {
      // Opens, as a database migrated by another tool does; the log says what is missing.
      assertThat(storage.migrationsApplied()).isZero();
      assertThat(search(Fixtures.coplan(storage), "dmst")).isEmpty();
    }
    assertThat(checksumOrNull(3)).isNull();
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      assertThat(storage.migrationsApplied()).isEqualTo(3);
      assertThat(search(Fixtures.coplan(storage), "dmst")).containsExactly(w.fullWidth().id());
      assertThat(search(Fixtures.coplan(storage), "khoi nghiep"))
          .containsExactly(w.zeroWidthSpace().id());
    }
    assertThat(checksum(3)).isEqualTo(Migrator.checksum(script("V3__refold_search_text.sql")));
    assertThat(checksum(1)).isEqualTo(checksum1);
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      assertThat(storage.migrationsApplied()).isZero();
    }
  }

  @Test
  void textThatTheRulesNowRefuseDoesNotStopTheMigration() {
    Written w = write(0);
    foldTheEarlierWay(List.of(w.fullWidth()), false);
    // An earlier version stored a title of nothing but a zero-width joiner, and a description of
    // combining marks.
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      storage.withHandle(
          false,
          h ->
              h.createUpdate(
                      "UPDATE coplan_activity SET title = ?, description = ?, sort_title = ?, search_text = ?"
                          + " WHERE id = ?")
                  .bind(0, "en\u001Een\u001F\u200D")
                  .bind(1, "vi\u001Een\u001FSeen\u001Evi\u001F\u0301\u0301")
                  .bind(2, "\u200D")
                  .bind(3, "\u200D\nseen\n")
                  .bind(4, w.unchanged().id())
                  .execute());
      storage.withHandle(
          false,
          h -> {
            LookupMigrationCheck.undoMigration4(h);
            return h.createUpdate("DELETE FROM coplan_schema_history WHERE version = 3").execute();
          });
    }

    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      assertThat(storage.migrationsApplied()).isEqualTo(10);
      assertThat(search(Fixtures.coplan(storage), "dmst")).containsExactly(w.fullWidth().id());
      assertThat(foldedColumns().get(w.unchanged().id().value())).containsExactly("", "\nseen\n");
      // Reading it, alone or in a search, is refused as stored data that is no longer valid;
      // nothing else is.
      assertThat(
              catchThrowable(
                  () -> storage.readOnly(r -> r.activities().findById(w.unchanged().id()))))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("the stored data is not valid (invalid input: en: blank");
      assertThat(catchThrowable(() -> search(Fixtures.coplan(storage), "seen")))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("the stored data is not valid (invalid input: en: blank");
      Optional<Activity> readable =
          storage.readOnly(r -> r.activities().findById(w.fullWidth().id()));
      assertThat(readable).isPresent();
    }
  }

  /** The dialect of this test's database. */
  abstract Dialect dialect();

  /** The shipped text of a migration script of this test's database. */
  private String script(String name) {
    return Sql.resource("sql/" + dialect().directory() + "/migration/" + name);
  }

  private static List<ActivityId> search(UseCases coplan, String text) {
    return coplan.activities().search(ActivityQuery.builder().text(text).build()).items().stream()
        .map(Activity::id)
        .toList();
  }

  /** The sort title and search text of every activity, by id. */
  private Map<UUID, List<String>> foldedColumns() {
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      return storage.withHandle(true, SearchTextMigrationCheck::foldedColumns);
    }
  }

  private static Map<UUID, List<String>> foldedColumns(Handle h) {
    Map<UUID, List<String>> rows = new LinkedHashMap<>();
    h.createQuery("SELECT id, sort_title, search_text FROM coplan_activity ORDER BY id")
        .map(
            (rs, ctx) ->
                Map.entry(
                    Columns.get(rs, 1, UUID.class), List.of(rs.getString(2), rs.getString(3))))
        .forEach(e -> rows.put(e.getKey(), e.getValue()));
    return rows;
  }

  private List<String> history() {
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      return storage.withHandle(
          true,
          h ->
              h.createQuery(
                      "SELECT version, description FROM coplan_schema_history ORDER BY version")
                  .map((rs, ctx) -> rs.getInt(1) + " " + rs.getString(2))
                  .list());
    }
  }

  private long checksum(int version) {
    Long checksum = checksumOrNull(version);
    assertThat(checksum).as("the checksum of version %d", version).isNotNull();
    return checksum;
  }

  private Long checksumOrNull(int version) {
    try (JdbiStorage storage = open(VALIDATE)) {
      return storage.withHandle(
          true,
          h ->
              h.createQuery("SELECT checksum FROM coplan_schema_history WHERE version = ?")
                  .bind(0, version)
                  .map(
                      (rs, ctx) -> {
                        long value = rs.getLong(1);
                        return rs.wasNull() ? null : value;
                      })
                  .one());
    }
  }

  /** The folding of Coplan before migration 3, as it stored it. */
  static String earlierFold(String text) {
    String stripped =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{Mn}+", "");
    StringBuilder out = new StringBuilder();
    boolean pendingSpace = false;
    for (int i = 0; i < stripped.length(); ) {
      int cp = stripped.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(cp == 'đ' || cp == 'ð' ? 'd' : cp);
    }
    return out.toString();
  }

  private static String earlierSearchText(Activity a) {
    List<String> parts = new ArrayList<>();
    a.details().title().texts().values().forEach(t -> parts.add(earlierFold(t)));
    if (a.details().description() != null) {
      a.details().description().texts().values().forEach(t -> parts.add(earlierFold(t)));
    }
    return String.join("\n", parts);
  }

  private static List<Activity> concat(List<Activity> a, List<Activity> b) {
    List<Activity> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}

package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;

/** The market's queries use their indexes on SQLite: {@code EXPLAIN QUERY PLAN} of each. */
class SqliteMarketQueryPlanTest extends MarketQueryPlanCheck {

  /** A step that reads a whole table: SQLite says {@code SCAN t} without {@code USING … INDEX}. */
  private static final Pattern FULL_SCAN =
      Pattern.compile(
          "SCAN (p|o|i|coplan_profile|coplan_profile_category|coplan_profile_keyword"
              + "|coplan_organisation|coplan_introduction)( |$)(?!.*INDEX)");

  @TempDir static Path dir;

  @Override
  JdbiStorage createStorage() {
    return JdbiStorage.sqlite(dir.resolve("market.db"));
  }

  @Override
  List<String> plan(Handle handle, String sql, List<ActivitySearch.Value> values) {
    return new ActivitySearch(sql, "", values)
        .bind(handle.createQuery("EXPLAIN QUERY PLAN " + sql))
        .map((rs, ctx) -> rs.getString(4))
        .list();
  }

  @Override
  void analyze(Handle handle) {
    handle.execute("ANALYZE");
  }

  /**
   * {@inheritDoc}
   *
   * <p>Each key's postings of a kind are one search of the posting index by key and kind, read in
   * its order; with several kinds, the few each yields are merged (sorting at most {@code perKey}
   * each). Only the candidates are grouped and sorted.
   */
  @Override
  void assertCandidatesUseIndexes(String name, List<String> plan) {
    assertThat(plan)
        .as("%s: %s", name, plan)
        .noneMatch(step -> FULL_SCAN.matcher(step).find())
        .allMatch(
            step ->
                !step.contains("coplan_profile_category")
                    || step.equals(
                        "SEARCH coplan_profile_category USING COVERING INDEX"
                            + " coplan_profile_category_posting (code=? AND kind=?)"))
        .allMatch(
            step ->
                !step.contains("coplan_profile_keyword")
                    || step.equals(
                        "SEARCH coplan_profile_keyword USING COVERING INDEX"
                            + " coplan_profile_keyword_posting (keyword=? AND kind=?)"))
        .anyMatch(step -> step.startsWith("SEARCH coplan_profile_category"))
        .anyMatch(step -> step.startsWith("SEARCH coplan_profile_keyword"))
        .anyMatch(step -> step.equals("SEARCH q USING COVERING INDEX coplan_profile_match (id=?)"))
        .anyMatch(
            step -> step.equals("SEARCH p USING INDEX sqlite_autoindex_coplan_profile_1 (id=?)"));
  }

  @Override
  void assertUsesIndex(String name, String index, List<String> plan) {
    assertThat(plan)
        .as("%s: %s", name, plan)
        .noneMatch(step -> FULL_SCAN.matcher(step).find())
        .anyMatch(
            step -> step.matches("(SEARCH|SCAN) \\w+ USING (COVERING )?INDEX " + index + "( .*)?"));
  }
}

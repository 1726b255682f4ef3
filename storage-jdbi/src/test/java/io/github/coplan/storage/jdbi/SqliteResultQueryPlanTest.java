package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;

/** The results framework's statements use migration 11's and 12's indexes on SQLite. */
class SqliteResultQueryPlanTest extends ResultQueryPlanCheck {

  @TempDir static Path dir;

  @Override
  JdbiStorage createStorage() {
    return JdbiStorage.sqlite(dir.resolve("results.db"));
  }

  @Override
  List<String> plan(Handle handle, String sql, Map<String, Object> values) {
    var q = handle.createQuery("EXPLAIN QUERY PLAN " + sql);
    values.forEach(q::bind);
    return q.map((rs, ctx) -> rs.getString(4)).list();
  }

  @Override
  void analyze(Handle handle) {
    handle.execute("ANALYZE");
  }

  @Override
  void assertUses(String name, String index, List<String> plan) {
    assertThat(plan)
        .as("%s: %s", name, plan)
        .noneMatch(
            step ->
                step.matches(
                        "SCAN (r|i|p|o|a|x|pe|coplan_result|coplan_indicator"
                            + "|coplan_indicator_period|coplan_observation|coplan_activity"
                            + "|coplan_participation|coplan_person|coplan_introduction)( .*)?")
                    && !step.contains("INDEX"))
        .anyMatch(step -> step.matches(".*(" + index + ").*"));
  }

  @Override
  void assertOrderedByTheIndex(String name, List<String> plan) {
    assertThat(plan)
        .as("%s needs no sort: %s", name, plan)
        .noneMatch(step -> step.contains("USE TEMP B-TREE FOR ORDER BY"));
  }
}

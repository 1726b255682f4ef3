package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, acceptance check 5, on SQLite: {@code EXPLAIN QUERY PLAN} of each search and report
 * query.
 */
class SqliteQueryPlanTest extends QueryPlanCheck {

  /** A step that reads a whole table: SQLite says {@code SCAN t} without {@code USING … INDEX}. */
  private static final Pattern FULL_SCAN =
      Pattern.compile(
          "SCAN (a|p|o|pe|pp|f|coplan_activity|coplan_participation|coplan_organisation"
              + "|coplan_person|coplan_plan|coplan_plan_party|coplan_person_affiliation)( |$)(?!.*INDEX)");

  @TempDir static Path dir;

  @Override
  JdbiStorage createStorage() {
    return JdbiStorage.sqlite(dir.resolve("plans.db"));
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

  @Override
  void assertParticipationsUseTheirKey(List<String> plan) {
    // The outer query scans the page it joins to (SCAN a, a subquery's rows), never the
    // participations.
    assertThat(plan)
        .as("activity.withParticipations: %s", plan)
        .noneMatch(
            step -> step.matches("SCAN (p|coplan_participation)( .*)?") && !step.contains("INDEX"))
        .anyMatch(step -> step.startsWith("SEARCH p USING PRIMARY KEY (activity_id=?)"));
  }

  @Override
  void assertSearchUsesIndexes(String name, boolean byPlan, List<String> plan) {
    // Starting from a participant's activities, only those are sorted: that is no sort of a whole
    // plan or table.
    boolean fromParticipant =
        plan.contains("SEARCH a USING INDEX sqlite_autoindex_coplan_activity_1 (id=?)")
            && plan.stream()
                .anyMatch(
                    step ->
                        step.startsWith(
                            "SEARCH p USING COVERING INDEX coplan_participation_participant"));
    // So are the activities of the plans the principals see, read per plan from its index.
    boolean fromVisiblePlans =
        !byPlan
            && plan.stream()
                .anyMatch(
                    step ->
                        step.matches(
                            "SEARCH a USING (COVERING )?INDEX coplan_activity_plan_\\w+ \\(plan_id=\\?.*"))
            && plan.stream()
                .anyMatch(
                    step -> step.contains("INDEX coplan_plan_access_visibility (visibility=?)"));
    assertThat(plan)
        .as("%s: %s", name, plan)
        .noneMatch(step -> FULL_SCAN.matcher(step).find())
        .noneMatch(
            step ->
                !fromParticipant
                    && !fromVisiblePlans
                    && step.contains("USE TEMP B-TREE FOR ORDER BY"))
        .anyMatch(
            step ->
                step.matches(
                        (byPlan ? "SEARCH" : "(SEARCH|SCAN)") + " a USING (COVERING )?INDEX .*")
                    || step.matches("SEARCH a USING INTEGER PRIMARY KEY .*"));
  }

  @Override
  void assertLookUpUsesIndex(String name, String index, boolean ordered, List<String> plan) {
    assertThat(plan)
        .as("%s: %s", name, plan)
        .noneMatch(step -> FULL_SCAN.matcher(step).find())
        .noneMatch(step -> ordered && step.contains("USE TEMP B-TREE FOR ORDER BY"))
        .anyMatch(
            step -> step.matches("(SEARCH|SCAN) \\w+ USING (COVERING )?INDEX " + index + "( .*)?"));
  }

  @Override
  String planCodeIndex() {
    return "sqlite_autoindex_coplan_plan_2";
  }

  @Override
  void assertReportUsesIndexes(String name, List<String> plan) {
    assertThat(plan)
        .as("%s: %s", name, plan)
        .noneMatch(step -> FULL_SCAN.matcher(step).find())
        .anyMatch(step -> step.matches("SEARCH (a|coplan_activity) USING (COVERING )?INDEX .*"));
  }
}

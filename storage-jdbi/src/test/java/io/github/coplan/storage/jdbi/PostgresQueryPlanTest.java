package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** Issue 3, acceptance check 5, on PostgreSQL: {@code EXPLAIN} of each search and report query. */
class PostgresQueryPlanTest extends QueryPlanCheck {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  JdbiStorage createStorage() {
    return SCHEMA.freshStore();
  }

  @Override
  List<String> plan(Handle handle, String sql, List<ActivitySearch.Value> values) {
    return new ActivitySearch(sql, "", values).bind(handle.createQuery("EXPLAIN " + sql)).mapTo(String.class).list();
  }

  /**
   * Copies the activities and participations nine times under new ids (in plans of their own), so
   * that the activity table has 60,000 rows: on a few thousand PostgreSQL rightly prefers reading
   * the whole table to an index.
   */
  @Override
  void grow(Handle session) {
    session.execute("""
        CREATE TEMPORARY TABLE copy_of AS
        SELECT a.id AS original, gen_random_uuid() AS id, n FROM coplan_activity a, generate_series(1, 9) AS n""");
    session.execute("""
        INSERT INTO coplan_activity (id, version, plan_id, content_area, type, status, title, description, planned, planned_earliest,
          planned_latest, location_country, location_city, location_venue, location_online, lead_party, parent_id, actual_start,
          actual_end, status_reason, sort_title, search_text)
        SELECT c.id, a.version, md5(a.plan_id::text || c.n)::uuid, a.content_area, a.type, a.status, a.title, a.description, a.planned,
          a.planned_earliest, a.planned_latest, a.location_country, a.location_city, a.location_venue, a.location_online,
          a.lead_party, a.parent_id, a.actual_start, a.actual_end, a.status_reason, a.sort_title, a.search_text
        FROM coplan_activity a JOIN copy_of c ON c.original = a.id""");
    session.execute("""
        INSERT INTO coplan_participation (activity_id, ordinal, participant_kind, participant_id, role, status, affiliation_organisation,
          affiliation_position)
        SELECT c.id, p.ordinal, p.participant_kind, p.participant_id, p.role, p.status, p.affiliation_organisation,
          p.affiliation_position
        FROM coplan_participation p JOIN copy_of c ON c.original = p.activity_id""");
    session.execute("DROP TABLE copy_of");
  }

  @Override
  void analyze(Handle handle) {
    handle.execute("VACUUM ANALYZE");
  }

  @Override
  void assertParticipationsUseTheirKey(List<String> plan) {
    assertThat(plan).as("activity.withParticipations: %s", String.join("\n", plan))
        .noneMatch(step -> step.contains("Seq Scan on coplan_participation"))
        .anyMatch(step -> step.matches(".*Index (Only )?Scan using coplan_participation_pkey on coplan_participation.*")
            || step.matches(".*Bitmap Index Scan on coplan_participation_pkey.*"));
  }

  @Override
  void assertSearchUsesIndexes(String name, boolean byPlan, List<String> plan) {
    assertThat(plan).as("%s: %s", name, String.join("\n", plan))
        .noneMatch(step -> step.contains("Seq Scan on coplan_activity"))
        .anyMatch(step -> step.matches(".*Index (Only )?Scan (Backward )?using coplan_activity_\\w+ on coplan_activity.*")
            || step.matches(".*Bitmap Index Scan on coplan_activity_\\w+.*"));
  }

  @Override
  void assertReportUsesIndexes(String name, List<String> plan) {
    assertSearchUsesIndexes(name, true, plan);
  }
}

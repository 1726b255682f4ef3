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
    return new ActivitySearch(sql, "", values)
        .bind(handle.createQuery("EXPLAIN " + sql))
        .mapTo(String.class)
        .list();
  }

  /**
   * Copies the activities and participations nine times under new ids (in plans of their own), so
   * that the activity table has 60,000 rows: on a few thousand PostgreSQL rightly prefers reading
   * the whole table to an index.
   */
  @Override
  void grow(Handle session) {
    session.execute(
        """
        CREATE TEMPORARY TABLE copy_of AS
        SELECT a.id AS original, gen_random_uuid() AS id, n FROM coplan_activity a, generate_series(1, 9) AS n""");
    session.execute(
        """
        INSERT INTO coplan_activity (id, version, plan_id, content_area, type, status, title, description, planned, planned_earliest,
          planned_latest, location_country, location_city, location_venue, location_online, lead_party, parent_id, actual_start,
          actual_end, status_reason, sort_title, search_text, itinerary)
        SELECT c.id, a.version, md5(a.plan_id::text || c.n)::uuid, a.content_area, a.type, a.status, a.title, a.description, a.planned,
          a.planned_earliest, a.planned_latest, a.location_country, a.location_city, a.location_venue, a.location_online,
          a.lead_party, a.parent_id, a.actual_start, a.actual_end, a.status_reason, a.sort_title, a.search_text,
          a.itinerary
        FROM coplan_activity a JOIN copy_of c ON c.original = a.id""");
    session.execute(
        """
        INSERT INTO coplan_participation (activity_id, ordinal, participant_kind, participant_id, role, status, affiliation_organisation,
          affiliation_position)
        SELECT c.id, p.ordinal, p.participant_kind, p.participant_id, p.role, p.status, p.affiliation_organisation,
          p.affiliation_position
        FROM coplan_participation p JOIN copy_of c ON c.original = p.activity_id""");
    session.execute("DROP TABLE copy_of");
    // The look-ups: 40 copies of every organisation and person, 250 of every plan, with their
    // affiliations and parties, each
    // with an organisation of its own.
    session.execute(
        """
        CREATE TEMPORARY TABLE copy_of AS
        SELECT o.id AS original, gen_random_uuid() AS id, n FROM coplan_organisation o, generate_series(1, 40) AS n""");
    session.execute(
        """
        INSERT INTO coplan_organisation (id, version, name, acronym, alternative_names, type, country, parent_id, website, sort_name, search_text)
        SELECT c.id, o.version, o.name, o.acronym, o.alternative_names, o.type, o.country, o.parent_id, o.website, o.sort_name || ' ' || c.n,
          o.search_text || ' ' || c.n
        FROM coplan_organisation o JOIN copy_of c ON c.original = o.id""");
    session.execute("DROP TABLE copy_of");
    session.execute(
        "CREATE TEMPORARY TABLE numbered AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM coplan_organisation");
    session.execute(
        """
        CREATE TEMPORARY TABLE copy_of AS
        SELECT p.id AS original, gen_random_uuid() AS id, n FROM coplan_person p, generate_series(1, 40) AS n""");
    session.execute(
        """
        INSERT INTO coplan_person (id, version, name, country, expertise, contact, consent_to_publish, folded_name)
        SELECT c.id, p.version, p.name, p.country, p.expertise, p.contact, p.consent_to_publish, p.folded_name || ' ' || c.n
        FROM coplan_person p JOIN copy_of c ON c.original = p.id""");
    session.execute(
        """
        INSERT INTO coplan_person_affiliation (person_id, ordinal, organisation_id, position, from_day, to_day)
        SELECT c.id, f.ordinal, o.id, f.position, f.from_day, f.to_day
        FROM coplan_person_affiliation f JOIN copy_of c ON c.original = f.person_id
        JOIN numbered o ON o.n = (hashtext(c.id::text) & 1048575) % (SELECT COUNT(*) FROM numbered)""");
    session.execute("DROP TABLE copy_of");
    session.execute(
        """
        CREATE TEMPORARY TABLE copy_of AS
        SELECT p.id AS original, gen_random_uuid() AS id, n FROM coplan_plan p, generate_series(1, 250) AS n""");
    session.execute(
        """
        INSERT INTO coplan_plan (id, version, code, title, summary, period, status, status_reason, sort_title, search_text, period_earliest,
          period_latest)
        SELECT c.id, p.version, p.code || '-' || c.n, p.title, p.summary, p.period, p.status, p.status_reason, p.sort_title || ' ' || c.n,
          p.search_text || ' ' || c.n, p.period_earliest, p.period_latest
        FROM coplan_plan p JOIN copy_of c ON c.original = p.id""");
    session.execute(
        """
        INSERT INTO coplan_plan_party (plan_id, ordinal, organisation_id, roles, signed_on)
        SELECT c.id, pp.ordinal, o.id, pp.roles, pp.signed_on
        FROM coplan_plan_party pp JOIN copy_of c ON c.original = pp.plan_id
        JOIN numbered o ON o.n = (hashtext(c.id::text || pp.ordinal) & 1048575) % (SELECT COUNT(*) FROM numbered)""");
    session.execute("DROP TABLE copy_of");
    session.execute("DROP TABLE numbered");
  }

  @Override
  void analyze(Handle handle) {
    handle.execute("VACUUM ANALYZE");
  }

  @Override
  void assertParticipationsUseTheirKey(List<String> plan) {
    assertThat(plan)
        .as("activity.withParticipations: %s", String.join("\n", plan))
        .noneMatch(step -> step.contains("Seq Scan on coplan_participation"))
        .anyMatch(
            step ->
                step.matches(
                        ".*Index (Only )?Scan using coplan_participation_pkey on coplan_participation.*")
                    || step.matches(".*Bitmap Index Scan on coplan_participation_pkey.*"));
  }

  @Override
  void assertSearchUsesIndexes(String name, boolean byPlan, List<String> plan) {
    assertThat(plan)
        .as("%s: %s", name, String.join("\n", plan))
        .noneMatch(step -> step.contains("Seq Scan on coplan_activity"))
        .anyMatch(
            step ->
                step.matches(
                        ".*Index (Only )?Scan (Backward )?using coplan_activity_\\w+ on coplan_activity.*")
                    || step.matches(".*Bitmap Index Scan on coplan_activity_\\w+.*"));
  }

  @Override
  void assertLookUpUsesIndex(String name, String index, boolean ordered, List<String> plan) {
    assertThat(plan)
        .as("%s: %s", name, String.join("\n", plan))
        .noneMatch(step -> step.matches(".*Seq Scan on coplan_\\w+ .*"))
        .noneMatch(step -> ordered && step.matches("\\s*(->\\s*)?(Incremental )?Sort .*"))
        .anyMatch(
            step ->
                step.matches(
                    ".*(Index (Only )?Scan (Backward )?using|Bitmap Index Scan on) "
                        + index
                        + " .*"));
  }

  @Override
  String planCodeIndex() {
    return "coplan_plan_code_key";
  }

  @Override
  void assertReportUsesIndexes(String name, List<String> plan) {
    assertSearchUsesIndexes(name, true, plan);
  }
}

package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The results framework's statements use migration 11's and 12's indexes on PostgreSQL, over the
 * rows the repository wrote copied 40 times under new ids (in plans of their own).
 */
class PostgresResultQueryPlanTest extends ResultQueryPlanCheck {

  private static final PostgresSchema SCHEMA = new PostgresSchema();

  @Override
  JdbiStorage createStorage() {
    return SCHEMA.freshStore();
  }

  @Override
  List<String> plan(Handle handle, String sql, Map<String, Object> values) {
    var q = handle.createQuery("EXPLAIN " + sql);
    values.forEach(q::bind);
    return q.mapTo(String.class).list();
  }

  @Override
  void grow(Handle session) {
    session.execute(
        """
        CREATE TEMPORARY TABLE copy_of AS
        SELECT r.id AS original, gen_random_uuid() AS id, n FROM coplan_result r, generate_series(1, 40) AS n""");
    session.execute(
        """
        INSERT INTO coplan_result (id, version, plan_id, content_area, type, title, description)
        SELECT c.id, r.version, md5(r.plan_id::text || c.n)::uuid, r.content_area, r.type, r.title, r.description
        FROM coplan_result r JOIN copy_of c ON c.original = r.id""");
    session.execute(
        """
        CREATE TEMPORARY TABLE indicator_copy AS
        SELECT i.id AS original, gen_random_uuid() AS id, c.id AS result_id
        FROM coplan_indicator i JOIN copy_of c ON c.original = i.result_id""");
    session.execute(
        """
        INSERT INTO coplan_indicator (id, result_id, ordinal, title, measure, unit, ascending, aggregation, baseline_date,
          baseline_kind, baseline_number, baseline_denominator, baseline_text, baseline_comment, dimensions)
        SELECT c.id, c.result_id, i.ordinal, i.title, i.measure, i.unit, i.ascending, i.aggregation, i.baseline_date,
          i.baseline_kind, i.baseline_number, i.baseline_denominator, i.baseline_text, i.baseline_comment, i.dimensions
        FROM coplan_indicator i JOIN indicator_copy c ON c.original = i.id""");
    session.execute(
        """
        INSERT INTO coplan_indicator_period (indicator_id, id, start_date, end_date, first_day, last_day, target_kind,
          target_number, target_denominator, target_text)
        SELECT c.id, p.id, p.start_date, p.end_date, p.first_day, p.last_day, p.target_kind, p.target_number,
          p.target_denominator, p.target_text
        FROM coplan_indicator_period p JOIN indicator_copy c ON c.original = p.indicator_id""");
    session.execute(
        """
        INSERT INTO coplan_observation (id, version, indicator_id, period_id, value_kind, value_number, value_denominator,
          value_text, observed_on, reporter, dimensions, status, note, recorded_second, recorded_nano)
        SELECT gen_random_uuid(), o.version, c.id, o.period_id, o.value_kind, o.value_number, o.value_denominator,
          o.value_text, o.observed_on, o.reporter, o.dimensions, o.status, o.note, o.recorded_second, o.recorded_nano
        FROM coplan_observation o JOIN indicator_copy c ON c.original = o.indicator_id""");
    session.execute("DROP TABLE indicator_copy");
    session.execute("DROP TABLE copy_of");
    // The records a derived indicator counts: the activities with their participations, the
    // introductions and the people, each copied 40 times, the first two into the copied plans.
    session.execute(
        """
        CREATE TEMPORARY TABLE copy_of AS
        SELECT a.id AS original, gen_random_uuid() AS id, n FROM coplan_activity a, generate_series(1, 40) AS n""");
    session.execute(
        """
        INSERT INTO coplan_activity (id, version, plan_id, content_area, type, status, title, description, planned, planned_earliest,
          planned_latest, location_country, location_city, location_venue, location_online, lead_party, parent_id, actual_start,
          actual_end, status_reason, sort_title, search_text, itinerary, met_day, met_earliest, met_key)
        SELECT c.id, a.version, md5(a.plan_id::text || c.n)::uuid, a.content_area, a.type, a.status, a.title, a.description, a.planned,
          a.planned_earliest, a.planned_latest, a.location_country, a.location_city, a.location_venue, a.location_online,
          a.lead_party, a.parent_id, a.actual_start, a.actual_end, a.status_reason, a.sort_title, a.search_text,
          a.itinerary, a.met_day, a.met_earliest, a.met_key
        FROM coplan_activity a JOIN copy_of c ON c.original = a.id""");
    session.execute(
        """
        INSERT INTO coplan_participation (activity_id, ordinal, participant_kind, participant_id, role, status, affiliation_organisation,
          affiliation_position, meets)
        SELECT c.id, p.ordinal, p.participant_kind, p.participant_id, p.role, p.status, p.affiliation_organisation,
          p.affiliation_position, p.meets
        FROM coplan_participation p JOIN copy_of c ON c.original = p.activity_id""");
    session.execute("DROP TABLE copy_of");
    session.execute(
        """
        INSERT INTO coplan_introduction (id, version, request_id, offer_id, plan_id, content_area, stage, suggested_on,
          interest_requester_on, interest_offerer_on, interest_on, meeting_id, met_on, agreement, document, agreed_on,
          declined_by, decline_reason, declined_on)
        SELECT gen_random_uuid(), i.version, gen_random_uuid(), i.offer_id, md5(i.plan_id::text || n)::uuid,
          i.content_area, i.stage, i.suggested_on, i.interest_requester_on, i.interest_offerer_on, i.interest_on,
          i.meeting_id, i.met_on, i.agreement, i.document, i.agreed_on, i.declined_by, i.decline_reason, i.declined_on
        FROM coplan_introduction i, generate_series(1, 40) AS n""");
    session.execute(
        """
        INSERT INTO coplan_person (id, version, name, country, expertise, contact, consent_to_publish, folded_name)
        SELECT gen_random_uuid(), p.version, p.name, p.country, p.expertise, p.contact, p.consent_to_publish,
          p.folded_name
        FROM coplan_person p, generate_series(1, 40) AS n""");
  }

  @Override
  void analyze(Handle handle) {
    handle.execute("VACUUM ANALYZE");
  }

  @Override
  void assertUses(String name, String index, List<String> plan) {
    assertThat(plan)
        .as("%s: %s", name, String.join("\n", plan))
        .noneMatch(
            step ->
                step.matches(
                    ".*Seq Scan on coplan_(result|indicator|indicator_period|observation"
                        + "|activity|participation|person|introduction) .*"))
        .anyMatch(
            step ->
                step.matches(
                    ".*(Index (Only )?Scan (Backward )?using|Bitmap Index Scan on) ("
                        + index
                        + ") .*"));
  }

  /**
   * PostgreSQL may read an indicator's handful of rows by a bitmap scan of the index and sort them,
   * which it rightly finds cheaper than an ordered index scan; nothing to check.
   */
  @Override
  void assertOrderedByTheIndex(String name, List<String> plan) {}
}

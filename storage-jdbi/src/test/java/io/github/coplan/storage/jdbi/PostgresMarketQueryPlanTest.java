package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** The market's queries use their indexes on PostgreSQL: {@code EXPLAIN} of each. */
class PostgresMarketQueryPlanTest extends MarketQueryPlanCheck {

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
   * Copies the profiles nine times under new ids, with their postings, so that the profile table
   * has 30,000 rows: on a few thousand PostgreSQL rightly prefers reading the whole table to an
   * index.
   */
  @Override
  void grow(Handle session) {
    session.execute(
        """
        CREATE TEMPORARY TABLE copy_of AS
        SELECT p.id AS original, gen_random_uuid() AS id, n FROM coplan_profile p, generate_series(1, 9) AS n""");
    session.execute(
        """
        INSERT INTO coplan_profile (id, version, owner_id, contact_id, plan_id, content_area, kind, status, published_on,
          extension_days, confirmed_on, ended_on, expires_on, title, summary, description, advantages, sought, categories,
          keywords, stage, ipr, partnerships, partner_types, partner_sizes, target_countries, open_for_interest, search_text)
        SELECT c.id, p.version, p.owner_id, p.contact_id, p.plan_id, p.content_area, p.kind, p.status, p.published_on,
          p.extension_days, p.confirmed_on, p.ended_on, p.expires_on, p.title, p.summary, p.description, p.advantages,
          p.sought, p.categories, p.keywords, p.stage, p.ipr, p.partnerships, p.partner_types, p.partner_sizes,
          p.target_countries, p.open_for_interest, p.search_text
        FROM coplan_profile p JOIN copy_of c ON c.original = p.id""");
    session.execute(
        """
        INSERT INTO coplan_profile_category (profile_id, code, kind, confirmed_on, published_on, expires_on, owner_id)
        SELECT c.id, x.code, x.kind, x.confirmed_on - c.n, x.published_on - c.n, x.expires_on - c.n, x.owner_id
        FROM coplan_profile_category x JOIN copy_of c ON c.original = x.profile_id""");
    session.execute(
        """
        INSERT INTO coplan_profile_keyword (profile_id, keyword, kind, confirmed_on, published_on, expires_on, owner_id)
        SELECT c.id, x.keyword, x.kind, x.confirmed_on - c.n, x.published_on - c.n, x.expires_on - c.n, x.owner_id
        FROM coplan_profile_keyword x JOIN copy_of c ON c.original = x.profile_id""");
    session.execute("DROP TABLE copy_of");
  }

  @Override
  void analyze(Handle handle) {
    handle.execute("VACUUM ANALYZE");
  }

  /**
   * {@inheritDoc}
   *
   * <p>Each key's postings of a kind are one scan of the posting index by key and kind, read in its
   * order; the candidates' rows are read by their key.
   */
  @Override
  void assertCandidatesUseIndexes(String name, List<String> plan) {
    assertThat(plan)
        .as("%s: %s", name, String.join("\n", plan))
        .noneMatch(step -> step.matches(".*Seq Scan on coplan_\\w+ .*"))
        .noneMatch(
            step -> step.matches(".*Bitmap Heap Scan on coplan_profile_(category|keyword) .*"))
        .anyMatch(
            step ->
                step.matches(
                    ".*Index (Only )?Scan using coplan_profile_category_posting on"
                        + " coplan_profile_category .*"))
        .anyMatch(
            step ->
                step.matches(
                    ".*Index (Only )?Scan using coplan_profile_keyword_posting on"
                        + " coplan_profile_keyword .*"))
        .anyMatch(
            step ->
                step.matches(
                    ".*Index (Only )?Scan using coplan_profile_(match|pkey) on coplan_profile q .*"))
        .anyMatch(
            step -> step.matches(".*Index Scan using coplan_profile_pkey on coplan_profile p .*"));
  }

  @Override
  void assertUsesIndex(String name, String index, List<String> plan) {
    assertThat(plan)
        .as("%s: %s", name, String.join("\n", plan))
        .noneMatch(step -> step.matches(".*Seq Scan on coplan_\\w+ .*"))
        .anyMatch(
            step ->
                step.matches(
                    ".*(Index (Only )?Scan (Backward )?using|Bitmap Index Scan on) "
                        + index
                        + " .*"));
  }
}

package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.domain.error.StorageException;
import org.junit.jupiter.api.Test;

/** The named statements: a common set, with each database's own forms where they differ. */
class SqlTest {

  @Test
  void eachDatabaseHasItsOwnFormOfTheTextFilterAndSharesTheRest() {
    assertThat(Sql.of(Dialect.SQLITE).get("search.text")).isEqualTo("instr(a.search_text, ?) > 0");
    assertThat(Sql.of(Dialect.POSTGRES).get("search.text"))
        .isEqualTo("strpos(a.search_text, ?) > 0");
    assertThat(Sql.of(Dialect.POSTGRES).get("activity.withParticipations"))
        .isEqualTo(Sql.of(Dialect.SQLITE).get("activity.withParticipations"));
    assertThat(Sql.of(Dialect.SQLITE).get("search.key.TITLE")).isEqualTo("a.sort_title");
  }

  @Test
  void statementsLoseTheirCommentsAndEndingSemicolon() {
    assertThat(Sql.of(Dialect.SQLITE).get("organisation.version"))
        .isEqualTo("SELECT version FROM coplan_organisation WHERE id = ?");
    assertThat(Sql.of(Dialect.POSTGRES).get("progress.byStatus"))
        .doesNotContain("--")
        .startsWith("SELECT content_area, status, COUNT(*),");
  }

  @Test
  void tableNamesTakeTheStoresPrefix() {
    assertThat(Sql.of(Dialect.SQLITE, "planning_").get("organisation.version"))
        .isEqualTo("SELECT version FROM planning_organisation WHERE id = ?");
    assertThat(Sql.of(Dialect.POSTGRES, "planning_").get("schema.version"))
        .isEqualTo("SELECT COALESCE(MAX(version), 0) FROM planning_schema_history");
    assertThat(Sql.of(Dialect.POSTGRES, "planning_").get("activity.select"))
        .doesNotContain("${prefix}")
        .doesNotContain("coplan_")
        .contains("FROM planning_activity a");
    assertThat(Sql.of(Dialect.POSTGRES, "planning_").get("activity.withParticipations"))
        .doesNotContain("coplan_")
        .contains("LEFT JOIN planning_participation p");
    assertThat(Sql.of(Dialect.SQLITE).prefix()).isEqualTo("coplan_");
  }

  @Test
  void anUnknownNameIsADefectReportedAsAStorageFailure() {
    assertThatThrownBy(() -> Sql.of(Dialect.SQLITE).get("search.key.DROP"))
        .isInstanceOf(StorageException.class)
        .hasMessage("no SQL statement named search.key.DROP for SQLite");
  }

  @Test
  void aSearchPutsTogetherOnlyFixedPartsAndPlaceholders() {
    var query =
        io.github.coplan.domain.query.ActivityQuery.builder()
            .contentAreas(1, 2)
            .text("'; DROP TABLE activity; --")
            .sort(io.github.coplan.domain.query.ActivitySort.parse("title,desc"))
            .pageSize(10)
            .build();

    ActivitySearch search = ActivitySearch.of(Sql.of(Dialect.SQLITE), query);

    assertThat(search.sql())
        .endsWith(
            """
        FROM coplan_activity a
        WHERE a.content_area IN (?, ?)
          AND instr(a.search_text, ?) > 0
        ORDER BY a.sort_title DESC, a.id DESC
        LIMIT ?""")
        .doesNotContain("DROP");
    assertThat(search.values())
        .extracting(ActivitySearch.Value::value)
        .containsExactly(1, 2, "'; drop table activity; --", 11);
  }

  @Test
  void aLookUpPutsTogetherOnlyFixedPartsAndPlaceholders() {
    var party =
        new io.github.coplan.domain.organisation.OrganisationId(
            java.util.UUID.fromString("01890000-0000-7000-8000-000000000001"));
    var last = java.util.UUID.fromString("01890000-0000-7000-8000-000000000002");
    var query =
        io.github.coplan.domain.query.PlanQuery.builder()
            .codePrefix("HCMC-")
            .statuses(
                io.github.coplan.domain.plan.PlanStatus.DRAFT,
                io.github.coplan.domain.plan.PlanStatus.ACTIVE)
            .party(party)
            .window(java.time.LocalDate.of(2018, 10, 1), java.time.LocalDate.of(2018, 12, 31))
            .text("'; DROP TABLE plan; --")
            .sort(io.github.coplan.domain.query.PlanSort.parse("title,desc"))
            .after(
                new io.github.coplan.domain.query.LookupCursor("plan:title,desc", "k'; --", last)
                    .encode())
            .pageSize(10)
            .build();

    LookupSearch search = LookupSearch.plans(Sql.of(Dialect.SQLITE), query);

    assertThat(search.page().sql())
        .isEqualTo(
            """
        SELECT p.id, p.version, p.code, p.title, p.summary, p.period, p.status, p.status_reason FROM coplan_plan p
        WHERE p.code >= ? AND p.code < ?
          AND p.status IN (?, ?)
          AND p.id IN (SELECT pp.plan_id FROM coplan_plan_party pp WHERE pp.organisation_id = ?)
          AND p.period_latest >= ?
          AND p.period_earliest <= ?
          AND instr(p.search_text, ?) > 0
          AND (p.sort_title, p.id) < (?, ?)
        ORDER BY p.sort_title DESC, p.id DESC
        LIMIT ?""");
    assertThat(search.page().values())
        .extracting(ActivitySearch.Value::value)
        .containsExactly(
            "HCMC-",
            "HCMC-\u007F",
            io.github.coplan.domain.plan.PlanStatus.DRAFT,
            io.github.coplan.domain.plan.PlanStatus.ACTIVE,
            party,
            java.time.LocalDate.of(2018, 10, 1),
            java.time.LocalDate.of(2018, 12, 31),
            "'; drop table plan; --",
            "k'; --",
            last,
            11);
    assertThat(search.count().sql())
        .isEqualTo(
            """
        SELECT COUNT(*) FROM coplan_plan p
        WHERE p.code >= ? AND p.code < ?
          AND p.status IN (?, ?)
          AND p.id IN (SELECT pp.plan_id FROM coplan_plan_party pp WHERE pp.organisation_id = ?)
          AND p.period_latest >= ?
          AND p.period_earliest <= ?
          AND instr(p.search_text, ?) > 0""");
    assertThat(search.count().values()).hasSize(8);
  }

  @Test
  void theCodeIsUniqueSoItsOrderNeedsNoTieBreakerButItsCursorDoes() {
    var last = java.util.UUID.fromString("01890000-0000-7000-8000-000000000002");
    var query =
        io.github.coplan.domain.query.PlanQuery.builder()
            .after(
                new io.github.coplan.domain.query.LookupCursor("plan:code,asc", "HCMC", last)
                    .encode())
            .build();

    ActivitySearch page = LookupSearch.plans(Sql.of(Dialect.POSTGRES), query).page();

    assertThat(page.sql())
        .endsWith(
            """
        FROM coplan_plan p
        WHERE p.code >= ? AND (p.code > ? OR p.id > ?)
        ORDER BY p.code ASC
        LIMIT ?""");
    assertThat(page.values())
        .extracting(ActivitySearch.Value::value)
        .containsExactly("HCMC", "HCMC", last, 51);
    assertThat(
            LookupSearch.plans(
                    Sql.of(Dialect.POSTGRES),
                    io.github.coplan.domain.query.PlanQuery.builder()
                        .sort(io.github.coplan.domain.query.PlanSort.parse("code,desc"))
                        .after(
                            new io.github.coplan.domain.query.LookupCursor(
                                    "plan:code,desc", "HCMC", last)
                                .encode())
                        .build())
                .page()
                .sql())
        .contains("WHERE p.code <= ? AND (p.code < ? OR p.id < ?)\nORDER BY p.code DESC\n");
  }

  @Test
  void organisationAndPersonLookUpsTakeEachDatabasesTextFilter() {
    var org =
        io.github.coplan.domain.query.OrganisationQuery.builder()
            .text("DOST")
            .countries(io.github.coplan.domain.shared.CountryCode.VN)
            .types(io.github.coplan.domain.organisation.OrganisationType.GOVERNMENT)
            .build();
    assertThat(LookupSearch.organisations(Sql.of(Dialect.SQLITE), org).page().sql())
        .contains(
            """
        WHERE instr(o.search_text, ?) > 0
          AND o.country IN (?)
          AND o.type IN (?)
        ORDER BY o.sort_name ASC, o.id ASC""");
    assertThat(LookupSearch.organisations(Sql.of(Dialect.POSTGRES), org).page().sql())
        .contains("WHERE strpos(o.search_text, ?) > 0\n");
    var day = java.time.LocalDate.of(2018, 8, 15);
    var employer =
        new io.github.coplan.domain.organisation.OrganisationId(
            java.util.UUID.fromString("01890000-0000-7000-8000-000000000001"));
    var person =
        io.github.coplan.domain.query.PersonQuery.builder()
            .text("Nguyễn")
            .affiliatedWith(employer, day)
            .build();
    ActivitySearch people = LookupSearch.people(Sql.of(Dialect.POSTGRES), person).page();
    assertThat(people.sql())
        .contains(
            """
        WHERE strpos(pe.folded_name, ?) > 0
          AND pe.id IN (SELECT f.person_id FROM coplan_person_affiliation f WHERE f.organisation_id = ?
          AND (f.from_day IS NULL OR f.from_day <= ?) AND (f.to_day IS NULL OR f.to_day >= ?))
        ORDER BY pe.folded_name ASC, pe.id ASC""");
    assertThat(people.values())
        .extracting(ActivitySearch.Value::value)
        .containsExactly("nguyen", employer, day, day, 51);
    assertThat(LookupSearch.people(Sql.of(Dialect.SQLITE), person).page().sql())
        .contains("WHERE instr(pe.folded_name, ?) > 0\n");
  }

  @Test
  void anActivitySearchCountsWithItsFiltersAlone() {
    var lead =
        new io.github.coplan.domain.organisation.OrganisationId(
            java.util.UUID.fromString("01890000-0000-7000-8000-000000000001"));
    var query =
        io.github.coplan.domain.query.ActivityQuery.builder()
            .leadParty(lead)
            .contentAreas(5)
            .after(
                io.github.coplan.domain.query.Cursor.decode(
                        new io.github.coplan.domain.query.Cursor(
                                io.github.coplan.domain.query.ActivitySort.DEFAULT,
                                "17805",
                                java.util.UUID.fromString("01890000-0000-7000-8000-000000000002"))
                            .encode(),
                        io.github.coplan.domain.query.ActivitySort.DEFAULT)
                    .encode())
            .withTotal()
            .build();

    ActivitySearch count = ActivitySearch.count(Sql.of(Dialect.SQLITE), query);

    assertThat(count.sql())
        .isEqualTo(
            """
        SELECT COUNT(*) FROM coplan_activity a
        WHERE a.content_area IN (?)
          AND a.lead_party = ?""");
    assertThat(count.values()).extracting(ActivitySearch.Value::value).containsExactly(5, lead);
    assertThat(ActivitySearch.of(Sql.of(Dialect.SQLITE), query).sql())
        .contains("  AND a.lead_party = ?\n  AND (a.planned_earliest, a.id) > (?, ?)");
  }
}

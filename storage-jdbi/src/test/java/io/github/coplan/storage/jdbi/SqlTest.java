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
    assertThat(Sql.of(Dialect.POSTGRES).get("search.text")).isEqualTo("strpos(a.search_text, ?) > 0");
    assertThat(Sql.of(Dialect.POSTGRES).get("activity.withParticipations")).isEqualTo(Sql.of(Dialect.SQLITE).get("activity.withParticipations"));
    assertThat(Sql.of(Dialect.SQLITE).get("search.key.TITLE")).isEqualTo("a.sort_title");
  }

  @Test
  void statementsLoseTheirCommentsAndEndingSemicolon() {
    assertThat(Sql.of(Dialect.SQLITE).get("organisation.version")).isEqualTo("SELECT version FROM coplan_organisation WHERE id = ?");
    assertThat(Sql.of(Dialect.POSTGRES).get("progress.byStatus")).doesNotContain("--").startsWith("SELECT content_area, status, COUNT(*),");
  }

  @Test
  void tableNamesTakeTheStoresPrefix() {
    assertThat(Sql.of(Dialect.SQLITE, "planning_").get("organisation.version")).isEqualTo("SELECT version FROM planning_organisation WHERE id = ?");
    assertThat(Sql.of(Dialect.POSTGRES, "planning_").get("schema.version")).isEqualTo("SELECT COALESCE(MAX(version), 0) FROM planning_schema_history");
    assertThat(Sql.of(Dialect.POSTGRES, "planning_").get("activity.select")).doesNotContain("${prefix}").doesNotContain("coplan_")
        .contains("FROM planning_activity a");
    assertThat(Sql.of(Dialect.POSTGRES, "planning_").get("activity.withParticipations")).doesNotContain("coplan_")
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
    var query = io.github.coplan.domain.query.ActivityQuery.builder()
        .contentAreas(1, 2)
        .text("'; DROP TABLE activity; --")
        .sort(io.github.coplan.domain.query.ActivitySort.parse("title,desc"))
        .pageSize(10)
        .build();

    ActivitySearch search = ActivitySearch.of(Sql.of(Dialect.SQLITE), query);

    assertThat(search.sql()).endsWith("""
        FROM coplan_activity a
        WHERE a.content_area IN (?, ?)
          AND instr(a.search_text, ?) > 0
        ORDER BY a.sort_title DESC, a.id DESC
        LIMIT ?""").doesNotContain("DROP");
    assertThat(search.values()).extracting(ActivitySearch.Value::value).containsExactly(1, 2, "'; drop table activity; --", 11);
  }
}

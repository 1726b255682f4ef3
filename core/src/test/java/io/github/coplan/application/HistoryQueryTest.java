package io.github.coplan.application;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HistoryQueryTest {

  private static final AggregateRef REF = AggregateRef.of(Fixtures.PLAN);

  @Test
  void theNewestPageOfFiftyByDefault() {
    HistoryQuery query = HistoryQuery.of(REF);

    assertThat(query.aggregate()).isEqualTo(REF);
    assertThat(query.pageSize()).isEqualTo(50);
    assertThat(query.cursor()).isNull();
    assertThat(HistoryQuery.DEFAULT_PAGE_SIZE).isEqualTo(50);
    assertThat(HistoryQuery.MAX_PAGE_SIZE).isEqualTo(500);
    assertThat(query).isEqualTo(new HistoryQuery(REF, 50, null));
  }

  @Test
  void aPageHoldsOneToFiveHundredRecords() {
    assertThat(HistoryQuery.of(REF).pageSize(1).pageSize()).isEqualTo(1);
    assertThat(HistoryQuery.of(REF).pageSize(500).pageSize()).isEqualTo(500);
    violation(() -> HistoryQuery.of(REF).pageSize(0), "pageSize", Violation.OUT_OF_RANGE);
    violation(() -> HistoryQuery.of(REF).pageSize(501), "pageSize", Violation.OUT_OF_RANGE);
    violation(() -> HistoryQuery.of(REF).pageSize(-1), "pageSize", Violation.OUT_OF_RANGE);
    violation(
        () -> HistoryQuery.of(REF).pageSize(Integer.MIN_VALUE), "pageSize", Violation.OUT_OF_RANGE);
    violation(
        () -> HistoryQuery.of(REF).pageSize(Integer.MAX_VALUE), "pageSize", Violation.OUT_OF_RANGE);
  }

  @Test
  void afterTakesTheCursorAndKeepsTheRest() {
    HistoryQuery query = HistoryQuery.of(REF).pageSize(2).after("v12");

    assertThat(query).isEqualTo(new HistoryQuery(REF, 2, "v12"));
    assertThat(query.pageSize(3)).isEqualTo(new HistoryQuery(REF, 3, "v12"));
    assertThat(query.after("v3").cursor()).isEqualTo("v3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1", "v9", "v10", "v12", "v999999999999999999"})
  void aCursorIsVAndAVersion(String cursor) {
    assertThat(HistoryQuery.of(REF).after(cursor).cursor()).isEqualTo(cursor);
    assertThat(new HistoryQuery(REF, 50, cursor).cursor()).isEqualTo(cursor);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "12",
        "v",
        "v0",
        "v01",
        "vx",
        "v-1",
        "v+1",
        "V12",
        " v12",
        "v12 ",
        "v1.5",
        "v1000000000000000000",
        "v9223372036854775807",
        "v12\n",
        "v١٢"
      })
  void anythingElseIsNoCursor(String cursor) {
    violation(() -> HistoryQuery.of(REF).after(cursor), "cursor", Violation.MALFORMED);
    violation(() -> new HistoryQuery(REF, 50, cursor), "cursor", Violation.MALFORMED);
  }

  @Test
  void afterRequiresACursor() {
    violation(() -> HistoryQuery.of(REF).after(null), "cursor", Violation.REQUIRED);
  }

  @Test
  void theAggregateIsRequired() {
    violation(() -> HistoryQuery.of(null), "aggregate", Violation.REQUIRED);
  }

  @Test
  void everyViolationIsListedAtOnce() {
    violations(
        () -> new HistoryQuery(null, 0, "12"),
        tuple("aggregate", Violation.REQUIRED),
        tuple("pageSize", Violation.OUT_OF_RANGE),
        tuple("cursor", Violation.MALFORMED));
  }
}

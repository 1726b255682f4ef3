package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.Cursor;
import io.github.coplan.domain.query.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, acceptance check 6: a search whose text, sort or cursor holds SQL returns the documented
 * error (an {@link InvalidInputException} on the path {@code sort} or {@code cursor}) or a page of
 * exactly the rows the text or key selects as plain text, and changes nothing.
 */
abstract class InjectionCheck {

  static final List<String> TABLES =
      List.of(
          "coplan_organisation",
          "coplan_organisation_identifier",
          "coplan_person",
          "coplan_person_affiliation",
          "coplan_plan",
          "coplan_plan_party",
          "coplan_plan_content_area",
          "coplan_plan_document",
          "coplan_activity",
          "coplan_participation",
          "coplan_change_record",
          "coplan_plan_access",
          "coplan_plan_grant",
          "coplan_category",
          "coplan_profile",
          "coplan_profile_category",
          "coplan_profile_keyword",
          "coplan_introduction",
          "coplan_relationship_type",
          "coplan_relationship",
          "coplan_stop_visit",
          "coplan_result",
          "coplan_indicator",
          "coplan_indicator_period",
          "coplan_observation",
          "coplan_schema_history");

  JdbiStorage storage;
  UseCases coplan;
  CooperationPlan plan;
  List<Activity> activities;
  Map<String, Long> before;

  abstract JdbiStorage createStorage();

  @BeforeEach
  void fill() {
    storage = createStorage();
    coplan = Fixtures.coplan(storage);
    Organisation dost = Fixtures.register(coplan, Fixtures.dostHcmc());
    Organisation iia = Fixtures.register(coplan, Fixtures.israelInnovationAuthority());
    plan = Fixtures.plan(coplan, "HCMC-IIA-2018", dost, iia);
    activities = Fixtures.propose(coplan, plan.id(), 5);
    before = counts();
  }

  @AfterEach
  void nothingChanged() {
    assertThat(counts()).as("rows per table").isEqualTo(before);
    Page<Activity> all =
        coplan.activities().search(ActivityQuery.builder().plan(plan.id()).build());
    assertThat(all.items()).containsExactlyInAnyOrderElementsOf(activities);
    storage.close();
  }

  @Test
  void sqlInTheTextIsSearchedForAsText() {
    for (String text :
        List.of(
            "'; DROP TABLE activity; --",
            "1 OR 1=1",
            "' OR '1'='1",
            "%",
            "_",
            "đổi mới%",
            "\\",
            "\"",
            ";")) {
      Page<Activity> page = coplan.activities().search(ActivityQuery.builder().text(text).build());
      assertThat(page.items()).as(text).isEmpty();
      assertThat(page.hasNext()).as(text).isFalse();
    }
    assertThat(
            coplan
                .activities()
                .search(ActivityQuery.builder().text("ĐỔI MỚI sáng tạo 3").build())
                .items())
        .containsExactly(activities.get(3));
  }

  @Test
  void sqlInTheSortIsRefused() {
    for (String sort :
        List.of(
            "title DESC; DELETE",
            "title; DELETE FROM activity",
            "plannedStart,asc; --",
            "(SELECT 1)",
            "title,desc,1")) {
      assertThatThrownBy(() -> ActivitySort.parse(sort))
          .as(sort)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::path, Violation::code)
                      .containsExactly(
                          org.assertj.core.groups.Tuple.tuple("sort", Violation.MALFORMED)));
    }
  }

  @Test
  void sqlAsTheCursorIsRefused() {
    for (String cursor : List.of("'; DROP TABLE activity; --", "1 OR 1=1", "title DESC; DELETE")) {
      assertThatThrownBy(() -> ActivityQuery.builder().plan(plan.id()).after(cursor).build())
          .as(cursor)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::path, Violation::code)
                      .containsExactly(
                          org.assertj.core.groups.Tuple.tuple("cursor", Violation.MALFORMED)));
    }
  }

  @Test
  void sqlInAWellFormedCursorKeyIsComparedAsText() {
    ActivitySort byTitle = ActivitySort.by(ActivitySort.Field.TITLE, ActivitySort.Direction.ASC);
    for (String key :
        List.of(
            "'; DROP TABLE activity; --", "tuan le doi moi sang tao 2' OR '1'='1", "zzz')) --")) {
      String cursor = new Cursor(byTitle, key, new UUID(0, 0)).encode();
      Page<Activity> page =
          coplan
              .activities()
              .search(ActivityQuery.builder().plan(plan.id()).sort(byTitle).after(cursor).build());
      List<Activity> expected =
          new ArrayList<>(
              activities.stream()
                  .filter(a -> ActivitySort.compareCodePoints(a.sortTitle(), key) > 0)
                  .toList());
      expected.sort(Comparator.comparing(Activity::sortTitle, ActivitySort::compareCodePoints));
      assertThat(page.items()).as(key).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void sqlInAnIdentifierIsLookedUpAsText() {
    Optional<Organisation> byValue =
        storage.readOnly(
            r ->
                r.organisations().findByIdentifier(ExternalIdentifier.of("VN-TAX", "' OR '1'='1")));
    Optional<Organisation> byScheme =
        storage.readOnly(
            r ->
                r.organisations()
                    .findByIdentifier(ExternalIdentifier.of("' OR 1=1 --", "0301234567")));
    assertThat(byValue).isEmpty();
    assertThat(byScheme).isEmpty();
    assertThatThrownBy(() -> PlanCode.of("X'; DROP TABLE plan; --"))
        .isInstanceOf(InvalidInputException.class);
  }

  private Map<String, Long> counts() {
    return storage.withHandle(
        true,
        session -> {
          Map<String, Long> counts = new LinkedHashMap<>();
          for (String table : TABLES) {
            counts.put(
                table,
                session.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
          }
          return counts;
        });
  }
}

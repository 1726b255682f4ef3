package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coplan.application.AddParty;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.error.StorageException;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.query.PersonSort;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.query.PlanSort;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * Migration 4 on a database that an earlier version filled: the look-up columns it adds are filled,
 * in the migrating transaction, from what each plan, organisation and person row holds, with the
 * values this version writes, so that the look-ups find what the earlier version stored. The
 * database is written by this version and then taken back to version 3 ({@link #undoMigration4}).
 */
abstract class LookupMigrationCheck {

  private static final JdbiOptions VALIDATE =
      JdbiOptions.builder().schemaMode(JdbiOptions.SchemaMode.VALIDATE).build();

  /** The indexes of migration 4. */
  static final List<String> INDEXES =
      List.of(
          "plan_title",
          "plan_status",
          "plan_party_organisation",
          "organisation_name",
          "organisation_country",
          "organisation_type",
          "organisation_parent",
          "person_name",
          "person_country",
          "person_affiliation_organisation",
          "activity_lead");

  /** Opens this test's database, the same one every time, creating it on first use. */
  abstract JdbiStorage open(JdbiOptions options);

  /**
   * Takes a database of the default prefix back to what migration 3 left: undoes migration 5
   * ({@link #undoMigration5}), then drops the indexes and columns of migration 4 and its line of
   * the history.
   *
   * @param h a handle on the database
   */
  static void undoMigration4(Handle h) {
    undoMigration5(h);
    for (String index : INDEXES) {
      h.execute("DROP INDEX coplan_" + index);
    }
    for (String column :
        List.of(
            "plan.sort_title",
            "plan.search_text",
            "plan.period_earliest",
            "plan.period_latest",
            "organisation.sort_name",
            "organisation.search_text",
            "person.folded_name")) {
      String[] parts = column.split("\\.");
      h.execute("ALTER TABLE coplan_" + parts[0] + " DROP COLUMN " + parts[1]);
    }
    h.execute("DELETE FROM coplan_schema_history WHERE version = 4");
  }

  /**
   * Takes a database of the default prefix back to what migration 4 left: undoes migration 6
   * ({@link #undoMigration6}), then drops the history's tables (their triggers and indexes with
   * them; on PostgreSQL the sequence the table owns, and the trigger function) and its line of the
   * history.
   *
   * @param h a handle on the database
   */
  static void undoMigration5(Handle h) {
    undoMigration6(h);
    boolean postgres;
    try {
      postgres = h.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    h.execute("DROP TABLE coplan_change_record");
    if (postgres) {
      h.execute("DROP FUNCTION coplan_change_record_append_only()");
    } else {
      h.execute("DROP TABLE coplan_history_erasure");
    }
    h.execute("DELETE FROM coplan_schema_history WHERE version = 5");
  }

  /**
   * Takes a database of the default prefix back to what migration 5 left: undoes migration 7
   * ({@link #undoMigration7}), then drops the tables of the plans' access (their indexes with them)
   * and its line of the history.
   *
   * @param h a handle on the database
   */
  static void undoMigration6(Handle h) {
    undoMigration7(h);
    h.execute("DROP TABLE coplan_plan_grant");
    h.execute("DROP TABLE coplan_plan_access");
    h.execute("DELETE FROM coplan_schema_history WHERE version = 6");
  }

  /**
   * Takes a database of the default prefix back to what migration 6 left: undoes migration 8
   * ({@link #undoMigration8}), then drops the market's tables (their indexes with them) and its
   * line of the history.
   *
   * @param h a handle on the database
   */
  static void undoMigration7(Handle h) {
    undoMigration8(h);
    h.execute("DROP TABLE coplan_introduction");
    h.execute("DROP TABLE coplan_profile_keyword");
    h.execute("DROP TABLE coplan_profile_category");
    h.execute("DROP TABLE coplan_profile");
    h.execute("DROP TABLE coplan_category");
    h.execute("DELETE FROM coplan_schema_history WHERE version = 7");
  }

  /**
   * Takes a database of the default prefix back to what migration 7 left: undoes migration 9
   * ({@link #undoMigration9}), then drops the profiles' match index and its line of the history.
   *
   * @param h a handle on the database
   */
  static void undoMigration8(Handle h) {
    undoMigration9(h);
    h.execute("DROP INDEX coplan_profile_match");
    h.execute("DELETE FROM coplan_schema_history WHERE version = 8");
  }

  /**
   * Takes a database of the default prefix back to what migration 8 left: undoes migration 10
   * ({@link #undoMigration10}), then drops the activities' itinerary column and its line of the
   * history.
   *
   * @param h a handle on the database
   */
  static void undoMigration9(Handle h) {
    undoMigration10(h);
    h.execute("ALTER TABLE coplan_activity DROP COLUMN itinerary");
    h.execute("DELETE FROM coplan_schema_history WHERE version = 9");
  }

  /**
   * Takes a database of the default prefix back to what migration 9 left: undoes migration 11
   * ({@link #undoMigration11}), then drops the network's tables, the derived stop visits, the
   * participations' covering index and meets column, the activities' meeting columns and their
   * index and its line of the history.
   *
   * @param h a handle on the database
   */
  static void undoMigration10(Handle h) {
    undoMigration11(h);
    h.execute("DROP TABLE coplan_stop_visit");
    h.execute("DROP TABLE coplan_relationship");
    h.execute("DROP TABLE coplan_relationship_type");
    h.execute("DROP INDEX coplan_participation_meets");
    h.execute("DROP INDEX coplan_activity_meeting");
    h.execute("ALTER TABLE coplan_participation DROP COLUMN meets");
    h.execute("ALTER TABLE coplan_activity DROP COLUMN met_day");
    h.execute("ALTER TABLE coplan_activity DROP COLUMN met_earliest");
    h.execute("ALTER TABLE coplan_activity DROP COLUMN met_key");
    h.execute("DELETE FROM coplan_schema_history WHERE version = 10");
  }

  /**
   * Takes a database of the default prefix back to what migration 10 left: undoes migration 12
   * ({@link #undoMigration12}), then drops the results framework's tables (their indexes with them)
   * and its line of the history.
   *
   * @param h a handle on the database
   */
  static void undoMigration11(Handle h) {
    undoMigration12(h);
    h.execute("DROP TABLE coplan_observation");
    h.execute("DROP TABLE coplan_indicator_period");
    h.execute("DROP TABLE coplan_indicator");
    h.execute("DROP TABLE coplan_result");
    h.execute("DELETE FROM coplan_schema_history WHERE version = 11");
  }

  /**
   * Takes a database of the default prefix back to what migration 11 left: drops the indexes that
   * derived indicators read, the indicators' rule columns and its line of the history.
   *
   * @param h a handle on the database
   */
  static void undoMigration12(Handle h) {
    h.execute("DROP INDEX coplan_introduction_agreed");
    h.execute("DROP INDEX coplan_activity_derived");
    h.execute("ALTER TABLE coplan_indicator DROP COLUMN rule_countries");
    h.execute("ALTER TABLE coplan_indicator DROP COLUMN rule_roles");
    h.execute("ALTER TABLE coplan_indicator DROP COLUMN rule_content_areas");
    h.execute("ALTER TABLE coplan_indicator DROP COLUMN rule_types");
    h.execute("ALTER TABLE coplan_indicator DROP COLUMN rule_kind");
    h.execute("DELETE FROM coplan_schema_history WHERE version = 12");
  }

  /** What the test wrote with the current version. */
  private record Written(
      CooperationPlan plan,
      CooperationPlan draft,
      Organisation dost,
      Organisation iia,
      Organisation sihub,
      List<PersonId> people) {}

  private Written write(int people) {
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      UseCases coplan = Fixtures.coplan(storage);
      Organisation dost = Fixtures.register(coplan, Fixtures.dostHcmc());
      Organisation iia = Fixtures.register(coplan, Fixtures.israelInnovationAuthority());
      Organisation sihub =
          coplan
              .organisations()
              .register(
                  new RegisterOrganisation(
                      OrganisationProfile.builder()
                          .name(LocalizedText.of("vi", "Trung tâm Hỗ trợ khởi nghiệp"))
                          .acronym("SIHUB")
                          .alternativeName("Saigon Innovation Hub")
                          .type(OrganisationType.OTHER_PUBLIC_SECTOR)
                          .country(CountryCode.VN)
                          .parent(dost.id())
                          .build()));
      CooperationPlan plan = Fixtures.plan(coplan, "HCMC-IIA-2018", dost, iia);
      CooperationPlan draft =
          coplan
              .plans()
              .draft(
                  new DraftPlan(
                          PlanCode.of("HCMC-SIHUB"), LocalizedText.of("vi", "Vườn ươm Đổi mới"))
                      .withSummary(LocalizedText.of("en", "Incubation summary")));
      coplan
          .plans()
          .addParty(new AddParty(draft.id(), Party.of(sihub.id(), PartyRole.IMPLEMENTING)));
      coplan
          .people()
          .register(
              new RegisterPerson(
                  PersonProfile.of("Nguyễn Việt Dũng", CountryCode.VN),
                  List.of(new Affiliation(dost.id(), "Giám đốc", LocalDate.of(2016, 1, 1), null))));
      List<PersonId> many = Fixtures.people(storage, people, sihub.id());
      return new Written(plan, draft, dost, iia, sihub, many);
    }
  }

  /** The look-up columns of every plan, organisation and person, by id. */
  private Map<UUID, List<String>> lookupColumns() {
    try (JdbiStorage storage = open(VALIDATE)) {
      return storage.withHandle(
          true,
          h -> {
            Map<UUID, List<String>> rows = new LinkedHashMap<>();
            h.createQuery(
                    "SELECT id, sort_title, search_text, period_earliest, period_latest FROM coplan_plan ORDER BY id")
                .map(
                    (rs, ctx) ->
                        Map.entry(
                            Columns.get(rs, 1, UUID.class),
                            List.of(
                                rs.getString(2),
                                rs.getString(3),
                                String.valueOf(rs.getObject(4)),
                                String.valueOf(rs.getObject(5)))))
                .forEach(e -> rows.put(e.getKey(), e.getValue()));
            h.createQuery("SELECT id, sort_name, search_text FROM coplan_organisation ORDER BY id")
                .map(
                    (rs, ctx) ->
                        Map.entry(
                            Columns.get(rs, 1, UUID.class),
                            List.of(rs.getString(2), rs.getString(3))))
                .forEach(e -> rows.put(e.getKey(), e.getValue()));
            h.createQuery("SELECT id, folded_name FROM coplan_person ORDER BY id")
                .map(
                    (rs, ctx) ->
                        Map.entry(Columns.get(rs, 1, UUID.class), List.of(rs.getString(2))))
                .forEach(e -> rows.put(e.getKey(), e.getValue()));
            return rows;
          });
    }
  }

  /** What this version writes in the look-up columns of what the store holds. */
  private static Map<UUID, List<String>> expected(
      JdbiStorage storage, Map<UUID, List<String>> ids) {
    Map<UUID, List<String>> rows = new LinkedHashMap<>();
    storage.readOnly(
        r -> {
          for (UUID id : ids.keySet()) {
            r.plans()
                .findById(new io.github.coplan.domain.plan.PlanId(id))
                .ifPresent(
                    p -> {
                      DateSpan period = p.period();
                      rows.put(
                          id,
                          List.of(
                              p.sortTitle(),
                              p.searchText(),
                              period == null
                                  ? "null"
                                  : String.valueOf(period.earliestDay().toEpochDay()),
                              period == null
                                  ? "null"
                                  : String.valueOf(period.latestDay().toEpochDay())));
                    });
            r.organisations()
                .findById(new io.github.coplan.domain.organisation.OrganisationId(id))
                .ifPresent(o -> rows.put(id, List.of(o.sortName(), o.searchText())));
            r.people()
                .findById(new PersonId(id))
                .ifPresent(p -> rows.put(id, List.of(p.foldedName())));
          }
          return null;
        });
    return rows;
  }

  @Test
  void aDatabaseOfVersion3GetsItsLookUpColumnsFilledAndIsFoundByTheLookUps() {
    Written w = write(2 * LookupColumns.PAGE + 1);
    Map<UUID, List<String>> written = lookupColumns();
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      storage.withHandle(
          false,
          h -> {
            undoMigration4(h);
            return null;
          });
    }

    assertThatThrownBy(() -> open(VALIDATE))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("is at version 3 but this library needs version 12");
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      assertThat(storage.migrationsApplied()).isEqualTo(9);
      UseCases coplan = Fixtures.coplan(storage);

      assertThat(coplan.plans().search(PlanQuery.builder().text("vuon uom").build()).items())
          .extracting(CooperationPlan::id)
          .containsExactly(w.draft().id());
      assertThat(coplan.plans().search(PlanQuery.builder().text("incubation").build()).items())
          .extracting(CooperationPlan::id)
          .containsExactly(w.draft().id());
      assertThat(
              coplan
                  .plans()
                  .search(
                      PlanQuery.builder()
                          .window(LocalDate.of(2021, 12, 31), null)
                          .withTotal()
                          .build()))
          .satisfies(
              p ->
                  assertThat(p.items())
                      .extracting(CooperationPlan::id)
                      .containsExactly(w.plan().id()))
          .satisfies(p -> assertThat(p.total()).isEqualTo(1L));
      assertThat(
              coplan
                  .plans()
                  .search(
                      PlanQuery.builder()
                          .sort(PlanSort.by(PlanSort.Field.TITLE, ActivitySort.Direction.ASC))
                          .build())
                  .items())
          .extracting(CooperationPlan::id)
          .containsExactly(w.plan().id(), w.draft().id());
      assertThat(
              coplan
                  .organisations()
                  .search(OrganisationQuery.builder().text("saigon").build())
                  .items())
          .extracting(Organisation::id)
          .containsExactly(w.sihub().id());
      assertThat(
              coplan
                  .organisations()
                  .search(OrganisationQuery.builder().text("iia").build())
                  .items())
          .extracting(Organisation::id)
          .containsExactly(w.iia().id());
      assertThat(coplan.organisations().search(OrganisationQuery.builder().build()).items())
          .extracting(Organisation::id)
          .containsExactly(w.dost().id(), w.sihub().id(), w.iia().id());
      assertThat(coplan.people().search(PersonQuery.builder().text("nguyen viet").build()).items())
          .extracting(p -> p.profile().name())
          .containsExactly("Nguyễn Việt Dũng");
      Page<Person> many =
          coplan
              .people()
              .search(
                  PersonQuery.builder()
                      .text("nguoi tham gia")
                      .sort(PersonSort.parse("name,desc"))
                      .pageSize(2)
                      .withTotal()
                      .build());
      assertThat(many.total()).isEqualTo(2L * LookupColumns.PAGE + 1);
      assertThat(many.items())
          .extracting(p -> p.profile().name())
          .containsExactly("Người tham gia 999", "Người tham gia 998");

      // Every row holds what this version writes, what was written before the columns were taken
      // away, and no version changed.
      Map<UUID, List<String>> after = lookupColumns();
      assertThat(after)
          .isEqualTo(written)
          .isEqualTo(expected(storage, after))
          .hasSize(2 + 3 + 1 + 2 * LookupColumns.PAGE + 1);
      assertThat(storage.readOnly(r -> r.plans().findById(w.plan().id())).orElseThrow().version())
          .isEqualTo(w.plan().version());

      // The step changes nothing when it runs again.
      storage.withHandle(
          false,
          h -> {
            LookupColumns.fill(h, storage.sql());
            return null;
          });
      assertThat(lookupColumns()).isEqualTo(after);
    }
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      assertThat(storage.migrationsApplied()).isZero();
    }
  }

  @Test
  void aDatabaseThatAnotherToolMigratedGetsTheStepWhenAStoreOpensItToMigrate() {
    Written w = write(0);
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      storage.withHandle(
          false,
          h -> {
            // As another tool leaves it: the script ran, the step did not, no checksum was
            // recorded.
            h.execute(
                "UPDATE coplan_plan SET sort_title = '', search_text = '', period_earliest = NULL, period_latest = NULL");
            h.execute("UPDATE coplan_organisation SET sort_name = '', search_text = ''");
            h.execute("UPDATE coplan_person SET folded_name = ''");
            h.execute("UPDATE coplan_schema_history SET checksum = NULL WHERE version = 4");
            return null;
          });
    }

    try (JdbiStorage storage = open(VALIDATE)) {
      assertThat(storage.migrationsApplied()).isZero();
      assertThat(
              Fixtures.coplan(storage)
                  .organisations()
                  .search(OrganisationQuery.builder().text("saigon").build())
                  .items())
          .isEmpty();
    }
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      assertThat(storage.migrationsApplied()).isEqualTo(1);
      assertThat(
              Fixtures.coplan(storage)
                  .organisations()
                  .search(OrganisationQuery.builder().text("saigon").build())
                  .items())
          .extracting(Organisation::id)
          .containsExactly(w.sihub().id());
      assertThat(lookupColumns()).isEqualTo(expected(storage, lookupColumns()));
    }
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      assertThat(storage.migrationsApplied()).isZero();
    }
  }

  @Test
  void textThatTheRulesNowRefuseDoesNotStopTheMigration() {
    Written w = write(0);
    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      storage.withHandle(
          false,
          h -> {
            undoMigration4(h);
            // An earlier version stored a name of nothing but a zero-width joiner beside one it
            // still reads.
            h.createUpdate("UPDATE coplan_organisation SET name = ? WHERE id = ?")
                .bind(0, "vi\u001Een\u001FSIHUB\u001Evi\u001F\u200D")
                .bind(1, w.sihub().id())
                .execute();
            return null;
          });
    }

    try (JdbiStorage storage = open(JdbiOptions.defaults())) {
      assertThat(storage.migrationsApplied()).isEqualTo(9);
      assertThat(lookupColumns().get(w.sihub().id().value()))
          .containsExactly("", "sihub\n\nsihub\nsaigon innovation hub");
      assertThat(
              Fixtures.coplan(storage)
                  .organisations()
                  .search(OrganisationQuery.builder().text("iia").build())
                  .items())
          .extracting(Organisation::id)
          .containsExactly(w.iia().id());
    }
  }
}

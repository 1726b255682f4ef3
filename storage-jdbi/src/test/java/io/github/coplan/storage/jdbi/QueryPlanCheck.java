package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.access.Visibility;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.Cursor;
import io.github.coplan.domain.query.LookupCursor;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.OrganisationSort;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.query.PlanQuery;
import io.github.coplan.domain.query.PlanSort;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.IdSource;
import io.github.coplan.domain.shared.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 3, acceptance check 5: every statement that filters or sorts activities, and every query of
 * the progress report, uses an index: the database's own plan of each is read ({@code EXPLAIN QUERY
 * PLAN} on SQLite, {@code EXPLAIN} on PostgreSQL) over 40 plans of 150 activities each (copied to
 * 60,000 on PostgreSQL), with statistics gathered, and no plan reads the whole activity table. On
 * SQLite no search sorts, except one that starts from a participant's activities and sorts those.
 * The plans are kept in {@code target/query-plans-<class>.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QueryPlanCheck {

  static final int PLANS = 40;
  static final int ORGANISATIONS = 500;
  static final int PEOPLE = 500;
  static final int ACTIVITIES_PER_PLAN = 150;

  JdbiStorage storage;
  final List<PlanId> plans = new ArrayList<>();
  final List<Activity> activities = new ArrayList<>();
  final List<Organisation> organisations = new ArrayList<>();
  final List<Person> people = new ArrayList<>();
  Participant person;
  Participant organisation;

  /** The administrator of plan 17 alone, which is restricted; every eighth plan is open. */
  Principal viewer;

  /** A fresh, empty store. */
  abstract JdbiStorage createStorage();

  /** The database's plan of a statement with its parameters bound, one line per step. */
  abstract List<String> plan(Handle handle, String sql, List<ActivitySearch.Value> values);

  /**
   * Adds rows beside the ones the repository wrote, where the planner needs more to prefer indexes.
   */
  void grow(Handle handle) {}

  /** Gathers the statistics the planner uses. */
  abstract void analyze(Handle handle);

  /** Fails unless the plan of a search uses an index for its filter and order. */
  abstract void assertSearchUsesIndexes(String name, boolean byPlan, List<String> plan);

  /** Fails unless the plan of a report query reads the plan's activities through an index. */
  abstract void assertReportUsesIndexes(String name, List<String> plan);

  /**
   * Fails unless the plan of reading an activity's participations reads them by their primary key.
   */
  abstract void assertParticipationsUseTheirKey(List<String> plan);

  /**
   * Fails unless the plan of a look-up reads no table whole, uses the index {@code index} (a
   * regular expression of its name), and, when {@code ordered}, needs no sort: the index gives the
   * order.
   */
  abstract void assertLookUpUsesIndex(
      String name, String index, boolean ordered, List<String> plan);

  /** The unique index of the plan code, as the database names it. */
  abstract String planCodeIndex();

  private static ActivitySearch.Value day(LocalDate day) {
    return new ActivitySearch.Value(day, LocalDate.class);
  }

  private static ActivitySearch.Value id(UUID id) {
    return new ActivitySearch.Value(id, UUID.class);
  }

  @BeforeAll
  void fill() {
    storage = createStorage();
    IdSource ids = IdSource.timeOrdered(Fixtures.CLOCK);
    storage.inTransaction(
        r -> {
          Organisation dost =
              r.organisations()
                  .insert(
                      Organisation.register(new OrganisationId(ids.nextId()), Fixtures.dostHcmc()));
          organisation = Participant.of(dost.id());
          organisations.add(dost);
          io.github.coplan.domain.organisation.OrganisationType[] organisationTypes =
              io.github.coplan.domain.organisation.OrganisationType.values();
          List<CountryCode> countries =
              List.of(
                  CountryCode.IL,
                  CountryCode.VN,
                  CountryCode.of("US"),
                  CountryCode.of("SG"),
                  CountryCode.of("JP"));
          for (int i = 0; i < ORGANISATIONS; i++) {
            organisations.add(
                r.organisations()
                    .insert(
                        Organisation.register(
                            new OrganisationId(ids.nextId()),
                            io.github.coplan.domain.organisation.OrganisationProfile.builder()
                                .name(LocalizedText.of("en", "Organisation " + i))
                                .acronym("O" + i)
                                .type(organisationTypes[i % organisationTypes.length])
                                .country(countries.get(i % countries.size()))
                                .parent(
                                    i % 10 == 0 || organisations.size() < 20
                                        ? null
                                        : organisations.get(i % 20).id())
                                .build())));
          }
          List<Participant> people = new ArrayList<>();
          List<Participant> participants = new ArrayList<>();
          for (int i = 0; i < PEOPLE; i++) {
            Person p =
                r.people()
                    .insert(
                        Person.register(
                            new PersonId(ids.nextId()),
                            PersonProfile.of("Người " + i, countries.get(i % countries.size())),
                            List.of(
                                new Affiliation(
                                    organisations.get(i % organisations.size()).id(),
                                    "Thành viên",
                                    LocalDate.of(2015 + i % 5, 1, 1),
                                    i % 3 == 0 ? LocalDate.of(2019, 12, 31) : null))));
            this.people.add(p);
            if (i < 50) {
              participants.add(Participant.of(p.id()));
            }
          }
          person = participants.get(7);
          viewer = Principal.person(this.people.get(17).id());
          ActivityType[] types = ActivityType.values();
          for (int plan = 0; plan < PLANS; plan++) {
            CooperationPlan stored =
                r.plans()
                    .insert(
                        CooperationPlan.draft(
                                new PlanId(ids.nextId()),
                                PlanCode.of("PLAN-" + plan),
                                LocalizedText.of("en", "Plan " + plan),
                                null,
                                DateSpan.parse((2015 + plan % 8) + "/" + (2018 + plan % 8)))
                            .addParty(Party.of(dost.id(), PartyRole.SIGNATORY))
                            .addParty(
                                Party.of(organisations.get(1 + plan).id(), PartyRole.FUNDING)));
            plans.add(stored.id());
            PlanAccess access =
                PlanAccess.of(
                    stored.id(),
                    List.of(
                        Grant.of(
                            Principal.person(this.people.get(plan).id()), PlanRole.ADMINISTRATOR)));
            r.access().insert(plan % 8 == 0 ? access.withVisibility(Visibility.OPEN) : access);
            for (int i = 0; i < ACTIVITIES_PER_PLAN; i++) {
              int month = 1 + (i * 7 + plan) % 36;
              Activity a =
                  Activity.propose(
                      new ActivityId(ids.nextId()),
                      stored.id(),
                      ActivityDetails.builder()
                          .contentArea(1 + i % 7)
                          .type(types[i % types.length])
                          .title(
                              Fixtures.viEn(
                                  "Hội thảo đổi mới sáng tạo " + plan + "-" + i,
                                  "Innovation workshop " + plan + "-" + i))
                          .planned(
                              DateSpan.parse(
                                  (2018 + (month - 1) / 12)
                                      + "-"
                                      + String.format(Locale.ROOT, "%02d", 1 + (month - 1) % 12)))
                          .leadParty(
                              i % 4 == 0
                                  ? dost.id()
                                  : i % 4 == 1 ? organisations.get(1 + plan).id() : null)
                          .build(),
                      null);
              a =
                  a.addParticipation(
                      new Participation(
                          participants.get((plan + i) % participants.size()),
                          ParticipationRole.ATTENDEE,
                          ParticipationStatus.INVITED,
                          null));
              if (i % 3 == 0) {
                a =
                    a.addParticipation(
                        new Participation(
                            organisation,
                            ParticipationRole.ORGANISER,
                            ParticipationStatus.CONFIRMED,
                            null));
              }
              if (i % 5 == 0) {
                a = a.plan(null);
              }
              activities.add(r.activities().insert(a));
            }
            // One record per activity, as its proposal would have appended.
            List<ChangeRecord> records = new ArrayList<>();
            for (Activity a :
                activities.subList(activities.size() - ACTIVITIES_PER_PLAN, activities.size())) {
              records.add(
                  new ChangeRecord(
                      0,
                      ids.nextId(),
                      Fixtures.ACTOR,
                      Fixtures.CLOCK.instant(),
                      AggregateRef.of(a.id()),
                      a.plan(),
                      1,
                      "ProposeActivity",
                      null,
                      List.of()));
            }
            r.history().append(records);
          }
          return null;
        });
    storage.withHandle(
        false,
        session -> {
          grow(session);
          analyze(session);
          return null;
        });
  }

  @AfterAll
  void close() {
    storage.close();
  }

  /** Keeps a plan in {@code target/query-plans-<class>.txt}, for the record. */
  private List<String> keep(String name, List<String> plan) {
    try {
      java.nio.file.Path file =
          java.nio.file.Path.of("target", "query-plans-" + getClass().getSimpleName() + ".txt");
      java.nio.file.Files.createDirectories(file.getParent());
      java.nio.file.Files.writeString(
          file,
          "## " + name + "\n" + String.join("\n", plan) + "\n\n",
          java.nio.charset.StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return plan;
  }

  @Test
  void everySearchUsesAnIndexForItsFilterAndOrder() {
    PlanId plan = plans.get(17);
    Activity middle = activities.get(17 * ACTIVITIES_PER_PLAN + 60);
    Map<String, ActivityQuery> byPlan = new LinkedHashMap<>();
    byPlan.put("plan", ActivityQuery.builder().plan(plan).build());
    byPlan.put(
        "plan and window",
        ActivityQuery.builder()
            .plan(plan)
            .window(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31))
            .build());
    byPlan.put(
        "plan, areas, types and statuses",
        ActivityQuery.builder()
            .plan(plan)
            .contentAreas(1, 2, 3)
            .types(ActivityType.WORKSHOP, ActivityType.STUDY_TOUR)
            .statuses(ActivityStatus.PROPOSED, ActivityStatus.PLANNED)
            .build());
    byPlan.put("plan and text", ActivityQuery.builder().plan(plan).text("đổi mới").build());
    byPlan.put(
        "plan and participant", ActivityQuery.builder().plan(plan).participant(person).build());
    for (ActivitySort.Field field : ActivitySort.Field.values()) {
      for (ActivitySort.Direction direction : ActivitySort.Direction.values()) {
        ActivitySort sort = ActivitySort.by(field, direction);
        byPlan.put(
            "plan, " + sort + ", after a cursor",
            ActivityQuery.builder()
                .plan(plan)
                .sort(sort)
                .after(Cursor.after(sort, middle).encode())
                .build());
      }
    }
    Map<String, ActivityQuery> acrossPlans = new LinkedHashMap<>();
    for (ActivitySort.Field field : ActivitySort.Field.values()) {
      ActivitySort sort = ActivitySort.by(field, ActivitySort.Direction.DESC);
      acrossPlans.put("every plan, " + sort, ActivityQuery.builder().sort(sort).build());
      acrossPlans.put(
          "every plan, " + sort + ", after a cursor",
          ActivityQuery.builder().sort(sort).after(Cursor.after(sort, middle).encode()).build());
    }
    acrossPlans.put("every plan, participant", ActivityQuery.builder().participant(person).build());
    acrossPlans.put(
        "every plan, window",
        ActivityQuery.builder()
            .window(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30))
            .build());

    storage.withHandle(
        true,
        session -> {
          for (Map.Entry<String, ActivityQuery> e : byPlan.entrySet()) {
            ActivitySearch search = ActivitySearch.of(storage.sql(), e.getValue());
            assertSearchUsesIndexes(
                e.getKey(), true, keep(e.getKey(), plan(session, search.sql(), search.values())));
            // The page's participations, joined to it, are read by their key.
            String whole =
                JdbiActivityRepository.withParticipations(
                    storage.sql(), search.sql(), "ORDER BY " + search.order());
            assertParticipationsUseTheirKey(
                keep(e.getKey() + ", with participations", plan(session, whole, search.values())));
          }
          for (Map.Entry<String, ActivityQuery> e : acrossPlans.entrySet()) {
            ActivitySearch search = ActivitySearch.of(storage.sql(), e.getValue());
            assertSearchUsesIndexes(
                e.getKey(), false, keep(e.getKey(), plan(session, search.sql(), search.values())));
          }
          return null;
        });
    // The plans were read with the very statements and parameters the repository runs: they answer
    // too.
    assertThat(
            storage
                .readOnly(r -> r.activities().search(byPlan.get("plan and participant")))
                .items())
        .allSatisfy(
            a ->
                assertThat(a.participations())
                    .anySatisfy(p -> assertThat(p.participant()).isEqualTo(person)));
  }

  /**
   * A search limited to what principals may see: of one plan, it reads that plan's activities from
   * the plan's index as without the limit; of every plan, it reads the activities of the plans they
   * see, or walks the sort's index, from an index either way.
   */
  @Test
  void everySearchLimitedToWhatPrincipalsSeeUsesAnIndex() {
    PlanId plan = plans.get(17);
    Activity middle = activities.get(17 * ACTIVITIES_PER_PLAN + 60);
    Set<Principal> principals = Set.of(viewer, Principal.staffOf(organisations.get(3).id()));
    Map<String, ActivityQuery> byPlan = new LinkedHashMap<>();
    byPlan.put(
        "plan, visible to a person",
        ActivityQuery.builder().plan(plan).visibleTo(principals).build());
    byPlan.put(
        "plan, visible to nobody in particular",
        ActivityQuery.builder().plan(plan).visibleTo(Set.of()).build());
    Map<String, ActivityQuery> acrossPlans = new LinkedHashMap<>();
    for (ActivitySort.Field field : ActivitySort.Field.values()) {
      ActivitySort sort = ActivitySort.by(field, ActivitySort.Direction.DESC);
      byPlan.put(
          "plan, " + sort + ", after a cursor, visible to a person",
          ActivityQuery.builder()
              .plan(plan)
              .sort(sort)
              .after(Cursor.after(sort, middle).encode())
              .visibleTo(principals)
              .build());
      acrossPlans.put(
          "every plan, " + sort + ", visible to a person",
          ActivityQuery.builder().sort(sort).visibleTo(principals).build());
    }
    acrossPlans.put(
        "every plan, window, visible to a person",
        ActivityQuery.builder()
            .window(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30))
            .visibleTo(principals)
            .build());
    acrossPlans.put(
        "every plan, visible to nobody in particular",
        ActivityQuery.builder().visibleTo(Set.of()).build());

    storage.withHandle(
        true,
        session -> {
          for (Map.Entry<String, ActivityQuery> e : byPlan.entrySet()) {
            for (ActivitySearch search :
                List.of(
                    ActivitySearch.of(storage.sql(), e.getValue()),
                    ActivitySearch.count(storage.sql(), e.getValue()))) {
              String name = e.getKey() + (search.order().isEmpty() ? ", total" : "");
              assertSearchUsesIndexes(
                  name, true, keep(name, plan(session, search.sql(), search.values())));
            }
          }
          for (Map.Entry<String, ActivityQuery> e : acrossPlans.entrySet()) {
            ActivitySearch search = ActivitySearch.of(storage.sql(), e.getValue());
            assertSearchUsesIndexes(
                e.getKey(), false, keep(e.getKey(), plan(session, search.sql(), search.values())));
          }
          return null;
        });
    // The same statements answer: the viewer sees plan 17 and the open plans.
    assertThat(
            storage
                .readOnly(
                    r ->
                        r.activities()
                            .search(
                                ActivityQuery.builder()
                                    .visibleTo(principals)
                                    .pageSize(ActivityQuery.MAX_PAGE_SIZE)
                                    .build()))
                .items())
        .hasSize(ActivityQuery.MAX_PAGE_SIZE)
        .extracting(Activity::plan)
        .isSubsetOf(plan, plans.get(0), plans.get(8), plans.get(16), plans.get(24), plans.get(32));
    assertThat(
            storage
                .readOnly(
                    r ->
                        r.activities()
                            .search(
                                ActivityQuery.builder()
                                    .plan(plans.get(18))
                                    .visibleTo(principals)
                                    .withTotal()
                                    .build()))
                .total())
        .isZero();
  }

  /** A look-up's statement, the index it must use, and whether that index must give its order. */
  private record LookUp(String name, ActivitySearch statement, String index, boolean ordered) {}

  @Test
  void everyLookUpUsesAnIndexForItsFilterAndOrder() {
    Sql sql = storage.sql();
    PlanId somePlan = plans.get(17);
    OrganisationId funder = organisations.get(18).id();
    OrganisationId employer = organisations.get(42).id();
    Organisation middleOrganisation = organisations.get(250);
    Person middlePerson = people.get(250);
    String code = planCodeIndex();
    PlanQuery ofAParty = PlanQuery.builder().party(funder).build();
    PersonQuery affiliatedOnADay =
        PersonQuery.builder().affiliatedWith(employer, LocalDate.of(2018, 8, 15)).build();
    List<LookUp> lookUps = new ArrayList<>();
    for (Map.Entry<String, PlanQuery> e :
        Map.of(
                "plans by code", PlanQuery.builder().build(),
                "plans by code, after a cursor",
                    PlanQuery.builder()
                        .after(
                            new LookupCursor("plan:code,asc", "PLAN-17", somePlan.value()).encode())
                        .build(),
                "plans by code descending, after a cursor",
                    PlanQuery.builder()
                        .sort(PlanSort.parse("code,desc"))
                        .after(
                            new LookupCursor("plan:code,desc", "PLAN-17", somePlan.value())
                                .encode())
                        .build(),
                "plans by code prefix", PlanQuery.builder().codePrefix("PLAN-1").build(),
                "plans in a window",
                    PlanQuery.builder()
                        .window(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31))
                        .build(),
                "plans by text", PlanQuery.builder().text("plan 1").build())
            .entrySet()) {
      lookUps.add(new LookUp(e.getKey(), LookupSearch.plans(sql, e.getValue()).page(), code, true));
    }
    lookUps.add(
        new LookUp(
            "plans by title",
            LookupSearch.plans(sql, PlanQuery.builder().sort(PlanSort.parse("title")).build())
                .page(),
            "coplan_plan_title",
            true));
    lookUps.add(
        new LookUp(
            "plans by title descending, after a cursor",
            LookupSearch.plans(
                    sql,
                    PlanQuery.builder()
                        .sort(PlanSort.parse("title,desc"))
                        .after(
                            new LookupCursor("plan:title,desc", "plan 17", somePlan.value())
                                .encode())
                        .build())
                .page(),
            "coplan_plan_title",
            true));
    lookUps.add(
        new LookUp(
            "plans of a status",
            LookupSearch.plans(
                    sql,
                    PlanQuery.builder()
                        .statuses(io.github.coplan.domain.plan.PlanStatus.DRAFT)
                        .build())
                .page(),
            "coplan_plan_status",
            true));
    lookUps.add(
        new LookUp(
            "plans of a party",
            LookupSearch.plans(sql, ofAParty).page(),
            "coplan_plan_party_organisation",
            false));
    lookUps.add(
        new LookUp(
            "plans of a party, counted",
            LookupSearch.plans(sql, ofAParty).count(),
            "coplan_plan_party_organisation",
            false));
    lookUps.add(
        new LookUp(
            "organisations by name",
            LookupSearch.organisations(sql, OrganisationQuery.builder().build()).page(),
            "coplan_organisation_name",
            true));
    lookUps.add(
        new LookUp(
            "organisations by name descending, after a cursor",
            LookupSearch.organisations(
                    sql,
                    OrganisationQuery.builder()
                        .sort(OrganisationSort.parse("name,desc"))
                        .after(
                            new LookupCursor(
                                    "organisation:name,desc",
                                    middleOrganisation.sortName(),
                                    middleOrganisation.id().value())
                                .encode())
                        .build())
                .page(),
            "coplan_organisation_name",
            true));
    lookUps.add(
        new LookUp(
            "organisations by text",
            LookupSearch.organisations(sql, OrganisationQuery.builder().text("o12").build()).page(),
            "coplan_organisation_name",
            true));
    OrganisationQuery ofACountry =
        OrganisationQuery.builder().countries(CountryCode.of("SG")).build();
    lookUps.add(
        new LookUp(
            "organisations of a country",
            LookupSearch.organisations(sql, ofACountry).page(),
            "coplan_organisation_country",
            true));
    lookUps.add(
        new LookUp(
            "organisations of a country, counted",
            LookupSearch.organisations(sql, ofACountry).count(),
            "coplan_organisation_country",
            false));
    lookUps.add(
        new LookUp(
            "organisations of a type",
            LookupSearch.organisations(
                    sql,
                    OrganisationQuery.builder()
                        .types(io.github.coplan.domain.organisation.OrganisationType.FOUNDATION)
                        .build())
                .page(),
            "coplan_organisation_type",
            true));
    lookUps.add(
        new LookUp(
            "organisations under a parent",
            LookupSearch.organisations(
                    sql, OrganisationQuery.builder().parent(organisations.get(3).id()).build())
                .page(),
            "coplan_organisation_parent",
            true));
    lookUps.add(
        new LookUp(
            "people by name",
            LookupSearch.people(sql, PersonQuery.builder().build()).page(),
            "coplan_person_name",
            true));
    lookUps.add(
        new LookUp(
            "people by name, after a cursor",
            LookupSearch.people(
                    sql,
                    PersonQuery.builder()
                        .after(
                            new LookupCursor(
                                    "person:name,asc",
                                    middlePerson.foldedName(),
                                    middlePerson.id().value())
                                .encode())
                        .build())
                .page(),
            "coplan_person_name",
            true));
    lookUps.add(
        new LookUp(
            "people by text",
            LookupSearch.people(sql, PersonQuery.builder().text("nguoi 12").build()).page(),
            "coplan_person_name",
            true));
    lookUps.add(
        new LookUp(
            "people of a country",
            LookupSearch.people(sql, PersonQuery.builder().countries(CountryCode.of("JP")).build())
                .page(),
            "coplan_person_country",
            true));
    lookUps.add(
        new LookUp(
            "people affiliated with an organisation on a day",
            LookupSearch.people(sql, affiliatedOnADay).page(),
            "coplan_person_affiliation_organisation",
            false));
    lookUps.add(
        new LookUp(
            "people affiliated with an organisation on a day, counted",
            LookupSearch.people(sql, affiliatedOnADay).count(),
            "coplan_person_affiliation_organisation",
            false));
    lookUps.add(
        new LookUp(
            "every plan, lead party",
            ActivitySearch.of(
                sql, ActivityQuery.builder().leadParty(organisations.get(7).id()).build()),
            "coplan_activity_lead",
            true));
    lookUps.add(
        new LookUp(
            "plan and lead party",
            ActivitySearch.of(
                sql,
                ActivityQuery.builder()
                    .plan(plans.get(5))
                    .leadParty(organisations.get(0).id())
                    .pageSize(1)
                    .build()),
            "coplan_activity_(plan_start|lead)",
            true));
    lookUps.add(
        new LookUp(
            "plan and status, counted",
            ActivitySearch.count(
                sql,
                ActivityQuery.builder()
                    .plan(plans.get(5))
                    .statuses(ActivityStatus.PROPOSED)
                    .build()),
            "coplan_activity_(progress|plan_\\w+)",
            false));

    storage.withHandle(
        true,
        session -> {
          for (LookUp l : lookUps) {
            assertLookUpUsesIndex(
                l.name(),
                l.index(),
                l.ordered(),
                keep(l.name(), plan(session, l.statement().sql(), l.statement().values())));
          }
          return null;
        });
    // The plans were read with the very statements and parameters the repositories run: they answer
    // too.
    assertThat(storage.readOnly(r -> r.plans().search(ofAParty)).items())
        .allSatisfy(p -> assertThat(p.party(funder)).isPresent())
        .extracting(CooperationPlan::id)
        .contains(plans.get(17));
    List<Person> affiliated = storage.readOnly(r -> r.people().search(affiliatedOnADay).items());
    assertThat(affiliated)
        .isNotEmpty()
        .allSatisfy(
            p -> assertThat(p.isAffiliatedWith(employer, LocalDate.of(2018, 8, 15))).isTrue());
  }

  @Test
  void everyQueryOfTheProgressReportUsesAnIndex() {
    UUID plan = plans.get(3).value();
    LocalDate asOf = LocalDate.of(2019, 6, 1);
    storage.withHandle(
        true,
        session -> {
          Sql sql = storage.sql();
          assertReportUsesIndexes(
              "progress.byStatus",
              keep(
                  "progress.byStatus",
                  plan(
                      session,
                      sql.get("progress.byStatus"),
                      List.of(day(asOf), day(asOf), day(asOf.plusDays(90)), id(plan)))));
          assertReportUsesIndexes(
              "progress.byCountry",
              keep(
                  "progress.byCountry",
                  plan(session, sql.get("progress.byCountry"), List.of(id(plan)))));
          assertReportUsesIndexes(
              "progress.byOrganisationType",
              keep(
                  "progress.byOrganisationType",
                  plan(session, sql.get("progress.byOrganisationType"), List.of(id(plan)))));
          return null;
        });
  }

  @Test
  void theListsOfTheProgressReportWalkAnIndexInTheirOrder() {
    UUID plan = plans.get(5).value();
    LocalDate asOf = LocalDate.of(2019, 6, 1);
    ActivitySearch.Value limit =
        new ActivitySearch.Value(ProgressQuery.DEFAULT_LIST_LIMIT, Integer.class);
    storage.withHandle(
        true,
        session -> {
          Sql sql = storage.sql();
          assertSearchUsesIndexes(
              "progress.overdue",
              true,
              keep(
                  "progress.overdue",
                  plan(
                      session,
                      sql.get("progress.overdue"),
                      List.of(id(plan), day(asOf), day(asOf), limit))));
          assertSearchUsesIndexes(
              "progress.upcoming",
              true,
              keep(
                  "progress.upcoming",
                  plan(
                      session,
                      sql.get("progress.upcoming"),
                      List.of(id(plan), day(asOf), day(asOf.plusDays(90)), limit))));
          return null;
        });
  }

  @Test
  void everyHistoryQueryUsesItsIndex() {
    ActivityId activity = activities.get(100).id();
    UUID plan = activities.get(100).plan().value();
    ActivitySearch.Value limit = new ActivitySearch.Value(51, Integer.class);
    storage.withHandle(
        true,
        session -> {
          Sql sql = storage.sql();
          assertHistoryUsesIndex(
              "history.ofAggregate",
              HISTORY_BY_AGGREGATE,
              keep(
                  "history.ofAggregate",
                  plan(
                      session,
                      sql.get("history.ofAggregate"),
                      List.of(
                          new ActivitySearch.Value("ACTIVITY", String.class),
                          id(activity.value()),
                          new ActivitySearch.Value(Long.MAX_VALUE, Long.class),
                          limit))));
          assertHistoryUsesIndex(
              "history.ofPlan",
              HISTORY_BY_PLAN,
              keep(
                  "history.ofPlan",
                  plan(
                      session,
                      sql.get("history.ofPlan"),
                      List.of(id(plan), new ActivitySearch.Value(0L, Long.class), limit))));
          return null;
        });
  }

  /** The index of an aggregate's history. */
  static final String HISTORY_BY_AGGREGATE = "coplan_change_record_aggregate";

  /** The index of a plan's feed. */
  static final String HISTORY_BY_PLAN = "coplan_change_record_plan";

  /** Asserts that a history query reads the named index in its order, without a sort. */
  private void assertHistoryUsesIndex(String name, String index, List<String> plan) {
    assertLookUpUsesIndex(name, index, true, plan);
  }

  @Test
  void readingAnActivityAndItsParticipationsUsesPrimaryKeys() {
    UUID id = activities.get(100).id().value();
    storage.withHandle(
        true,
        session -> {
          List<String> plan =
              keep(
                  "activity.find",
                  plan(
                      session,
                      JdbiActivityRepository.withParticipations(
                          storage.sql(), JdbiActivityRepository.find(storage.sql()), ""),
                      List.of(id(id))));
          assertReportUsesIndexes("activity.find", plan);
          assertParticipationsUseTheirKey(plan);
          return null;
        });
  }
}

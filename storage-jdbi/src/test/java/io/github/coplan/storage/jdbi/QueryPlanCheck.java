package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.Cursor;
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
  static final int ACTIVITIES_PER_PLAN = 150;

  JdbiStorage storage;
  final List<PlanId> plans = new ArrayList<>();
  final List<Activity> activities = new ArrayList<>();
  Participant person;
  Participant organisation;

  /** A fresh, empty store. */
  abstract JdbiStorage createStorage();

  /** The database's plan of a statement with its parameters bound, one line per step. */
  abstract List<String> plan(Handle handle, String sql, List<ActivitySearch.Value> values);

  /** Adds rows beside the ones the repository wrote, where the planner needs more to prefer indexes. */
  void grow(Handle handle) {}

  /** Gathers the statistics the planner uses. */
  abstract void analyze(Handle handle);

  /** Fails unless the plan of a search uses an index for its filter and order. */
  abstract void assertSearchUsesIndexes(String name, boolean byPlan, List<String> plan);

  /** Fails unless the plan of a report query reads the plan's activities through an index. */
  abstract void assertReportUsesIndexes(String name, List<String> plan);

  /** Fails unless the plan of reading an activity's participations reads them by their primary key. */
  abstract void assertParticipationsUseTheirKey(List<String> plan);

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
    storage.inTransaction(r -> {
      Organisation dost = r.organisations().insert(Organisation.register(new OrganisationId(ids.nextId()), Fixtures.dostHcmc()));
      organisation = Participant.of(dost.id());
      for (int i = 0; i < 50; i++) {
        r.organisations().insert(Organisation.register(new OrganisationId(ids.nextId()), io.github.coplan.domain.organisation.OrganisationProfile
            .builder().name(LocalizedText.of("en", "Organisation " + i)).type(io.github.coplan.domain.organisation.OrganisationType.ACADEMIC)
            .country(CountryCode.IL).build()));
      }
      List<Participant> people = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        Person p = r.people().insert(Person.register(new PersonId(ids.nextId()),
            PersonProfile.of("Người " + i, i % 2 == 0 ? CountryCode.VN : CountryCode.IL), List.of()));
        people.add(Participant.of(p.id()));
      }
      person = people.get(7);
      ActivityType[] types = ActivityType.values();
      for (int plan = 0; plan < PLANS; plan++) {
        CooperationPlan stored = r.plans().insert(CooperationPlan.draft(new PlanId(ids.nextId()), PlanCode.of("PLAN-" + plan),
            LocalizedText.of("en", "Plan " + plan), null, DateSpan.parse("2018/2021")));
        plans.add(stored.id());
        for (int i = 0; i < ACTIVITIES_PER_PLAN; i++) {
          int month = 1 + (i * 7 + plan) % 36;
          Activity a = Activity.propose(new ActivityId(ids.nextId()), stored.id(), ActivityDetails.builder()
              .contentArea(1 + i % 7)
              .type(types[i % types.length])
              .title(Fixtures.viEn("Hội thảo đổi mới sáng tạo " + plan + "-" + i, "Innovation workshop " + plan + "-" + i))
              .planned(DateSpan.parse((2018 + (month - 1) / 12) + "-" + String.format(Locale.ROOT, "%02d", 1 + (month - 1) % 12)))
              .build(), null);
          a = a.addParticipation(new Participation(people.get((plan + i) % people.size()), ParticipationRole.ATTENDEE,
              ParticipationStatus.INVITED, null));
          if (i % 3 == 0) {
            a = a.addParticipation(new Participation(organisation, ParticipationRole.ORGANISER, ParticipationStatus.CONFIRMED, null));
          }
          if (i % 5 == 0) {
            a = a.plan(null);
          }
          activities.add(r.activities().insert(a));
        }
      }
      return null;
    });
    storage.withHandle(false, session -> {
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
      java.nio.file.Path file = java.nio.file.Path.of("target", "query-plans-" + getClass().getSimpleName() + ".txt");
      java.nio.file.Files.createDirectories(file.getParent());
      java.nio.file.Files.writeString(file, "## " + name + "\n" + String.join("\n", plan) + "\n\n", java.nio.charset.StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
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
    byPlan.put("plan and window", ActivityQuery.builder().plan(plan).window(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)).build());
    byPlan.put("plan, areas, types and statuses", ActivityQuery.builder().plan(plan).contentAreas(1, 2, 3)
        .types(ActivityType.WORKSHOP, ActivityType.STUDY_TOUR).statuses(ActivityStatus.PROPOSED, ActivityStatus.PLANNED).build());
    byPlan.put("plan and text", ActivityQuery.builder().plan(plan).text("đổi mới").build());
    byPlan.put("plan and participant", ActivityQuery.builder().plan(plan).participant(person).build());
    for (ActivitySort.Field field : ActivitySort.Field.values()) {
      for (ActivitySort.Direction direction : ActivitySort.Direction.values()) {
        ActivitySort sort = ActivitySort.by(field, direction);
        byPlan.put("plan, " + sort + ", after a cursor", ActivityQuery.builder().plan(plan).sort(sort)
            .after(Cursor.after(sort, middle).encode()).build());
      }
    }
    Map<String, ActivityQuery> acrossPlans = new LinkedHashMap<>();
    for (ActivitySort.Field field : ActivitySort.Field.values()) {
      ActivitySort sort = ActivitySort.by(field, ActivitySort.Direction.DESC);
      acrossPlans.put("every plan, " + sort, ActivityQuery.builder().sort(sort).build());
      acrossPlans.put("every plan, " + sort + ", after a cursor", ActivityQuery.builder().sort(sort).after(Cursor.after(sort, middle).encode())
          .build());
    }
    acrossPlans.put("every plan, participant", ActivityQuery.builder().participant(person).build());
    acrossPlans.put("every plan, window", ActivityQuery.builder().window(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30)).build());

    storage.withHandle(true, session -> {
      for (Map.Entry<String, ActivityQuery> e : byPlan.entrySet()) {
        ActivitySearch search = ActivitySearch.of(storage.sql(), e.getValue());
        assertSearchUsesIndexes(e.getKey(), true, keep(e.getKey(), plan(session, search.sql(), search.values())));
        // The page's participations, joined to it, are read by their key.
        String whole = JdbiActivityRepository.withParticipations(storage.sql(), search.sql(), "ORDER BY " + search.order());
        assertParticipationsUseTheirKey(keep(e.getKey() + ", with participations", plan(session, whole, search.values())));
      }
      for (Map.Entry<String, ActivityQuery> e : acrossPlans.entrySet()) {
        ActivitySearch search = ActivitySearch.of(storage.sql(), e.getValue());
        assertSearchUsesIndexes(e.getKey(), false, keep(e.getKey(), plan(session, search.sql(), search.values())));
      }
      return null;
    });
    // The plans were read with the very statements and parameters the repository runs: they answer too.
    assertThat(storage.readOnly(r -> r.activities().search(byPlan.get("plan and participant"))).items())
        .allSatisfy(a -> assertThat(a.participations()).anySatisfy(p -> assertThat(p.participant()).isEqualTo(person)));
  }

  @Test
  void everyQueryOfTheProgressReportUsesAnIndex() {
    UUID plan = plans.get(3).value();
    LocalDate asOf = LocalDate.of(2019, 6, 1);
    storage.withHandle(true, session -> {
      Sql sql = storage.sql();
      assertReportUsesIndexes("progress.byStatus", keep("progress.byStatus", plan(session, sql.get("progress.byStatus"),
          List.of(day(asOf), day(asOf), day(asOf.plusDays(90)), id(plan)))));
      assertReportUsesIndexes("progress.byCountry", keep("progress.byCountry", plan(session, sql.get("progress.byCountry"), List.of(id(plan)))));
      assertReportUsesIndexes("progress.byOrganisationType", keep("progress.byOrganisationType",
          plan(session, sql.get("progress.byOrganisationType"), List.of(id(plan)))));
      return null;
    });
  }

  @Test
  void theListsOfTheProgressReportWalkAnIndexInTheirOrder() {
    UUID plan = plans.get(5).value();
    LocalDate asOf = LocalDate.of(2019, 6, 1);
    ActivitySearch.Value limit = new ActivitySearch.Value(ProgressQuery.DEFAULT_LIST_LIMIT, Integer.class);
    storage.withHandle(true, session -> {
      Sql sql = storage.sql();
      assertSearchUsesIndexes("progress.overdue", true, keep("progress.overdue", plan(session, sql.get("progress.overdue"),
          List.of(id(plan), day(asOf), day(asOf), limit))));
      assertSearchUsesIndexes("progress.upcoming", true, keep("progress.upcoming", plan(session, sql.get("progress.upcoming"),
          List.of(id(plan), day(asOf), day(asOf.plusDays(90)), limit))));
      return null;
    });
  }

  @Test
  void readingAnActivityAndItsParticipationsUsesPrimaryKeys() {
    UUID id = activities.get(100).id().value();
    storage.withHandle(true, session -> {
      List<String> plan = keep("activity.find", plan(session,
          JdbiActivityRepository.withParticipations(storage.sql(), JdbiActivityRepository.find(storage.sql()), ""), List.of(id(id))));
      assertReportUsesIndexes("activity.find", plan);
      assertParticipationsUseTheirKey(plan);
      return null;
    });
  }
}

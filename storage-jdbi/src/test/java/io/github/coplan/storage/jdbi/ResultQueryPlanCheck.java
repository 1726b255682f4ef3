package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.ObservationStatus;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
import io.github.coplan.domain.result.ResultType;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.result.Value;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every statement of the results framework that reads by a plan, a result, an indicator or an id
 * uses one of migration 11's keys or indexes and reads no table of it whole: the database's own
 * plan of each ({@code EXPLAIN QUERY PLAN} on SQLite, {@code EXPLAIN} on PostgreSQL) is read over
 * 60 plans of 4 results, 3 indicators each, with their periods and observations (copied many times
 * on PostgreSQL, which rightly reads a small table whole), with statistics gathered. So does every
 * statement of a derived indicator's rule, over the plans' activities with their participations,
 * people and introductions: one range of migration 12's indexes by plan and day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ResultQueryPlanCheck {

  static final int PLANS = 60;
  static final int RESULTS_PER_PLAN = 4;
  static final int INDICATORS_PER_RESULT = 3;
  static final int OBSERVATIONS_PER_INDICATOR = 4;
  static final int PEOPLE = 200;
  static final int ACTIVITIES_PER_PLAN = 25;
  static final int INTRODUCTIONS_PER_PLAN = 8;

  JdbiStorage storage;
  final List<PlanId> plans = new ArrayList<>();
  final List<Result> results = new ArrayList<>();

  abstract JdbiStorage createStorage();

  /** The database's plan of a statement with its named parameters bound, one line per step. */
  abstract List<String> plan(Handle handle, String sql, Map<String, Object> values);

  /** Adds rows beside the ones the repository wrote, where the planner needs more. */
  void grow(Handle handle) {}

  /** Gathers the statistics the planner uses. */
  abstract void analyze(Handle handle);

  /**
   * Fails if the plan reads one of the results framework's tables whole, or does not use the index
   * (a regular expression of its name).
   */
  abstract void assertUses(String name, String index, List<String> plan);

  /** Fails if the plan sorts rows that the index it reads gives in order, where it must not. */
  abstract void assertOrderedByTheIndex(String name, List<String> plan);

  @BeforeAll
  void fill() {
    storage = createStorage();
    Actor reporter = Actor.person(new PersonId(UUID.randomUUID()));
    storage.inTransaction(
        r -> {
          List<Participant> people = new ArrayList<>();
          List<CountryCode> countries =
              List.of(CountryCode.VN, CountryCode.IL, CountryCode.of("TH"), CountryCode.of("SG"));
          for (int i = 0; i < PEOPLE; i++) {
            PersonId person = new PersonId(UUID.randomUUID());
            r.people()
                .insert(
                    Person.register(
                        person,
                        PersonProfile.of("Người " + i, countries.get(i % countries.size())),
                        List.of()));
            people.add(Participant.of(person));
          }
          for (int p = 0; p < PLANS; p++) {
            PlanId plan = new PlanId(UUID.randomUUID());
            plans.add(plan);
            for (int n = 0; n < RESULTS_PER_PLAN; n++) {
              Result result =
                  Result.of(
                      new ResultId(UUID.randomUUID()),
                      plan,
                      n == 0 ? null : n,
                      ResultType.OUTPUT,
                      LocalizedText.of("en", "Result " + n));
              for (int i = 0; i < INDICATORS_PER_RESULT; i++) {
                result =
                    result.withIndicator(
                        Indicator.of(
                                new IndicatorId(UUID.randomUUID()),
                                LocalizedText.of("en", "Indicator " + i),
                                Measure.UNIT)
                            .withPeriod(
                                Period.of(
                                        new PeriodId(UUID.randomUUID()),
                                        PartialDate.parse("2020"),
                                        PartialDate.parse("2020"))
                                    .withTarget(Value.quantity(100))));
              }
              results.add(r.results().insertResult(result));
              if (n == 0) {
                records(r, plan, p, people);
              }
              for (Indicator indicator : result.indicators()) {
                for (int o = 0; o < OBSERVATIONS_PER_INDICATOR; o++) {
                  r.results()
                      .insertObservation(
                          new Observation(
                              new ObservationId(UUID.randomUUID()),
                              indicator.id(),
                              indicator.periods().get(0).id(),
                              Value.quantity(o),
                              LocalDate.of(2020, 1 + o, 1),
                              reporter,
                              new TreeMap<>(),
                              ObservationStatus.DRAFT,
                              null,
                              Instant.ofEpochSecond(1_600_000_000L + o),
                              0));
                }
              }
            }
          }
          return null;
        });
    storage.withHandle(
        false,
        h -> {
          grow(h);
          analyze(h);
          return null;
        });
  }

  /** A plan's activities, with their participations, and its introductions. */
  private static void records(
      io.github.coplan.port.storage.Repositories r, PlanId plan, int p, List<Participant> people) {
    ActivityType[] types = ActivityType.values();
    ParticipationRole[] roles = ParticipationRole.values();
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < ACTIVITIES_PER_PLAN; i++) {
      int k = p * ACTIVITIES_PER_PLAN + i;
      List<Participation> participations = new ArrayList<>();
      for (int j = 0; j < 3; j++) {
        participations.add(
            new Participation(
                people.get((k * 7 + j * 13) % people.size()),
                roles[(k + j) % roles.length],
                j == 2 ? ParticipationStatus.INVITED : ParticipationStatus.ATTENDED,
                null));
      }
      boolean completed = i % 2 == 0;
      activities.add(
          Activity.ForAdapters.restore(
              new ActivityId(UUID.randomUUID()),
              plan,
              new ActivityDetails(
                  1 + i % 3,
                  types[k % types.length],
                  LocalizedText.of("en", "Activity " + i),
                  null,
                  DateSpan.parse(
                      LocalDate.of(2018 + i % 4, 1 + k % 12, 1).toString().substring(0, 7)),
                  null,
                  null),
              null,
              completed ? ActivityStatus.COMPLETED : ActivityStatus.PLANNED,
              completed ? PartialDate.parse((2018 + i % 4) + "-Q" + (1 + k % 4)) : null,
              null,
              null,
              participations,
              0));
    }
    r.activities().insertAll(activities);
    for (int i = 0; i < INTRODUCTIONS_PER_PLAN; i++) {
      LocalDate agreed = i % 4 == 3 ? null : LocalDate.of(2018 + i % 4, 1 + p % 12, 1 + i);
      r.market()
          .insertIntroduction(
              DerivedSqlMatchesScanTest.introduction(
                  new IntroductionId(UUID.randomUUID()),
                  new ProfileId(UUID.randomUUID()),
                  new ProfileId(UUID.randomUUID()),
                  plan,
                  i % 5 == 4 ? null : 1 + i % 3,
                  LocalDate.of(2017, 6, 1),
                  agreed));
    }
  }

  @AfterAll
  void close() {
    storage.close();
  }

  private List<String> planOf(String sql, Map<String, Object> values) {
    return storage.withHandle(true, h -> plan(h, sql, values));
  }

  private String get(String name) {
    return storage.sql().get(name);
  }

  private String select(String select, String condition) {
    return get(select) + "\n" + get(condition);
  }

  @Test
  void aPlansResultsIndicatorsPeriodsAndObservationsAreReadThroughItsResults() {
    PlanId plan = plans.get(PLANS / 2);
    Map<String, Object> values = Map.of("plan", plan.value());
    assertUses(
        "result.byPlan",
        "coplan_result_plan",
        planOf(select("result.select", "result.byPlan"), values));
    List<String> indicators = planOf(select("indicator.select", "indicator.byPlan"), values);
    assertUses("indicator.byPlan", "coplan_result_plan", indicators);
    assertUses("indicator.byPlan", "coplan_indicator_result", indicators);
    List<String> periods = planOf(select("period.select", "period.byPlan"), values);
    assertUses("period.byPlan", "coplan_indicator_result", periods);
    assertUses(
        "period.byPlan",
        "coplan_indicator_period_pkey|sqlite_autoindex_coplan_indicator_period_1|PRIMARY KEY",
        periods);
    List<String> observations = planOf(select("observation.select", "observation.byPlan"), values);
    assertUses("observation.byPlan", "coplan_indicator_result", observations);
    assertUses("observation.byPlan", "coplan_observation_indicator", observations);
  }

  @Test
  void aResultIsReadByItsKeyAndItsIndicatorsByTheirIndex() {
    Result result = results.get(results.size() / 3);
    UUID id = result.id().value();
    assertUses(
        "result.byId",
        "coplan_result_pkey|sqlite_autoindex_coplan_result_1",
        planOf(select("result.select", "result.byId"), Map.of("id", id)));
    assertUses(
        "indicator.byResult",
        "coplan_indicator_result",
        planOf(select("indicator.select", "indicator.byResult"), Map.of("result", id)));
    assertUses(
        "period.byResult",
        "coplan_indicator_result",
        planOf(select("period.select", "period.byResult"), Map.of("result", id)));
    assertUses(
        "result.byIndicator",
        "coplan_indicator_pkey|sqlite_autoindex_coplan_indicator_1",
        planOf(
            select("result.select", "result.byIndicator"),
            Map.of("indicator", result.indicators().get(1).id().value())));
    assertUses(
        "period.deleteOfResult",
        "coplan_indicator_result",
        planOf(get("period.deleteOfResult"), Map.of("result", id)));
    assertUses(
        "indicator.deleteOfResult",
        "coplan_indicator_result",
        planOf(get("indicator.deleteOfResult"), Map.of("result", id)));
  }

  @Test
  void anIndicatorsObservationsAreOneRangeOfTheirIndexInOrder() {
    UUID indicator = results.get(7).indicators().get(2).id().value();
    List<String> plan =
        planOf(
            select("observation.select", "observation.byIndicator"),
            Map.of("indicator", indicator));
    assertUses("observation.byIndicator", "coplan_observation_indicator", plan);
    assertOrderedByTheIndex("observation.byIndicator", plan);
  }

  @Test
  void aRulesCountsAndEvidenceAreRangesOfTheIndexesByPlanAndDay() {
    PlanId plan = plans.get(PLANS / 2);
    List<Period> periods =
        List.of(
            Period.of(
                new PeriodId(UUID.randomUUID()),
                PartialDate.parse("2019-Q1"),
                PartialDate.parse("2019-Q1")),
            Period.of(
                new PeriodId(UUID.randomUUID()),
                PartialDate.parse("2019-Q2"),
                PartialDate.parse("2019-H2")),
            Period.of(
                new PeriodId(UUID.randomUUID()),
                PartialDate.parse("2020"),
                PartialDate.parse("2020")));
    LocalDate from = LocalDate.of(2019, 1, 1);
    LocalDate to = LocalDate.of(2019, 12, 31);
    List<Rule> activityRules =
        List.of(
            Rule.CompletedActivities.ofTypes(),
            Rule.CompletedActivities.ofTypes(ActivityType.WORKSHOP, ActivityType.STUDY_TOUR)
                .inAreas(1, 2),
            Rule.Attendees.ofTypes(),
            Rule.Attendees.ofTypes(ActivityType.WORKSHOP)
                .inAreas(2)
                .withRoles(ParticipationRole.EXPERT, ParticipationRole.SPEAKER)
                .from(CountryCode.VN, CountryCode.IL));
    List<Rule> introductionRules =
        List.of(Rule.AgreedIntroductions.inAreas(), Rule.AgreedIntroductions.inAreas(1, 3));
    for (Rule rule : activityRules) {
      checkRule(rule, plan, periods, from, to, "coplan_activity_derived");
    }
    for (Rule rule : introductionRules) {
      checkRule(rule, plan, periods, from, to, "coplan_introduction_agreed");
    }
    List<JdbiResultRepository.Span> spans = JdbiResultRepository.Span.ofPeriods(periods);
    Map<String, String> grouped =
        Map.of(
            "derive.completedActivitiesByGroup", "coplan_activity_derived",
            "derive.agreedIntroductionsByGroup", "coplan_introduction_agreed");
    for (Map.Entry<String, String> e : grouped.entrySet()) {
      JdbiResultRepository.RuleStatement statement =
          JdbiResultRepository.grouping(storage.sql(), plan, spans, e.getKey());
      assertUses(e.getKey(), e.getValue(), planOf(statement.sql(), statement.values()));
    }
  }

  private void checkRule(
      Rule rule, PlanId plan, List<Period> periods, LocalDate from, LocalDate to, String index) {
    JdbiResultRepository.RuleStatement derive =
        JdbiResultRepository.deriving(
            storage.sql(), plan, rule, JdbiResultRepository.Span.ofPeriods(periods));
    assertUses("derive: " + rule.describe(), index, planOf(derive.sql(), derive.values()));
    JdbiResultRepository.RuleStatement evidence =
        JdbiResultRepository.evidencing(storage.sql(), plan, rule, from, to);
    assertUses("evidence: " + rule.describe(), index, planOf(evidence.sql(), evidence.values()));
  }
}

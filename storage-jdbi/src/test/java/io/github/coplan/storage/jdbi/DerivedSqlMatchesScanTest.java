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
import io.github.coplan.domain.market.AgreementKind;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.IntroductionStage;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Evidence;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.RuleScan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The derived indicators' counts and evidence computed in SQL ({@code derive.*}, {@code
 * evidence.*}) equal those {@link RuleScan} computes in Java over the same aggregates, exactly: a
 * seeded random plan of 200 activities of every type, area and status, met on days given as a day,
 * a month, a quarter, a half or a year, with participations of people from several countries (some
 * not stored), organisations, every role and status and people attending twice, beside a second
 * plan's activities, and introductions with and without an agreement and a content area, is asked a
 * dozen rules over several periods and windows, on SQLite and on PostgreSQL.
 */
class DerivedSqlMatchesScanTest {

  private static final PostgresSchema SCHEMA = new PostgresSchema();
  private static final LocalizedText TITLE = LocalizedText.of("en", "An activity");
  private static final String[] PLANNED = {
    "2019-01",
    "2019-02-03/2019-02-05",
    "2019",
    "2019-03-15",
    "2019-Q2",
    "2019-H2",
    "2018-12-31",
    "2020-Q1",
    "2020",
    "2021-06-30",
    "2019-04-01",
    "2019-06-30~"
  };
  private static final String[] ACTUAL = {
    "2019-03-14", "2019-06", "2019-07-01", "2019-Q3", "2020-01", "2018", "2019-04-01", "2019-06-30"
  };
  private static final List<CountryCode> COUNTRIES =
      List.of(CountryCode.VN, CountryCode.IL, CountryCode.of("TH"), CountryCode.of("DE"));

  @TempDir java.nio.file.Path dir;

  private final List<Activity> activities = new ArrayList<>();
  private final List<Introduction> introductions = new ArrayList<>();
  private final Map<PersonId, CountryCode> countries = new HashMap<>();
  private final List<Person> people = new ArrayList<>();
  private PlanId plan;
  private PlanId other;

  @Test
  void sqliteCountsAndGivesTheEvidenceTheScanDoes() {
    try (JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("coplan.db"))) {
      compare(storage);
    }
  }

  @Test
  void postgresCountsAndGivesTheEvidenceTheScanDoes() {
    try (JdbiStorage storage = SCHEMA.freshStore()) {
      compare(storage);
    }
  }

  private void compare(JdbiStorage storage) {
    seed(new Random(20190401));
    storage.inTransaction(
        r -> {
          for (Person p : people) {
            r.people().insert(p);
          }
          r.activities().insertAll(activities.subList(0, 120));
          for (Activity a : activities.subList(120, activities.size())) {
            r.activities().insert(a);
          }
          for (Introduction i : introductions) {
            r.market().insertIntroduction(i);
          }
          return null;
        });
    RuleScan.Held held = held();
    List<Period> periods =
        List.of(
            period(1, "2019-Q1", "2019-Q1"),
            period(2, "2019-Q2", "2019-Q2"),
            period(3, "2019-Q3", "2019-Q4"),
            period(4, "2020", "2020"),
            period(5, "2017", "2017"),
            period(6, "2018-07", "2019-06"),
            period(7, "2019-03-15", "2019-03-15"),
            period(8, "2018", "2021"));
    List<LocalDate[]> windows =
        List.of(
            new LocalDate[] {LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31)},
            new LocalDate[] {LocalDate.of(2019, 4, 1), LocalDate.of(2019, 6, 30)},
            new LocalDate[] {LocalDate.of(2019, 3, 15), LocalDate.of(2019, 3, 15)},
            new LocalDate[] {LocalDate.of(2019, 6, 30), LocalDate.of(2019, 4, 1)});
    long counted = 0;
    long pieces = 0;
    for (Rule rule : rules()) {
      for (PlanId p : List.of(plan, other)) {
        Map<PeriodId, Long> expected = RuleScan.derive(held, p, rule, periods);
        Map<PeriodId, Long> actual = storage.readOnly(r -> r.results().derive(p, rule, periods));
        assertThat(actual).as("%s in %s", rule.describe(), p).isEqualTo(expected);
        assertThat(List.copyOf(actual.keySet())).isEqualTo(List.copyOf(expected.keySet()));
        long sum = expected.values().stream().mapToLong(Long::longValue).sum();
        if (p.equals(plan)) {
          assertThat(sum).as("%s counts something", rule.describe()).isPositive();
        }
        counted += sum;
        for (LocalDate[] w : windows) {
          List<Evidence> want = RuleScan.evidence(held, p, rule, w[0], w[1]);
          List<Evidence> got = storage.readOnly(r -> r.results().evidence(p, rule, w[0], w[1]));
          assertThat(got)
              .as("%s in %s from %s to %s", rule.describe(), p, w[0], w[1])
              .containsExactlyElementsOf(want);
          pieces += want.size();
        }
      }
    }
    // Every rule counted together, by one indicator of each period (they overlap) and one of the
    // first four (they do not): what each counts alone.
    for (PlanId p : List.of(plan, other)) {
      List<Indicator> indicators = new ArrayList<>();
      Map<IndicatorId, Map<PeriodId, Long>> expected = new LinkedHashMap<>();
      int n = 0;
      for (Rule rule : rules()) {
        List<List<Period>> asked = new ArrayList<>();
        for (Period period : periods) {
          asked.add(List.of(period));
        }
        asked.add(periods.subList(0, 4));
        for (List<Period> some : asked) {
          Indicator indicator =
              Indicator.of(
                      new IndicatorId(new UUID(7, n++)), LocalizedText.of("en", "i"), Measure.UNIT)
                  .derivedBy(rule);
          for (Period period : some) {
            indicator = indicator.withPeriod(period);
          }
          indicators.add(indicator);
          expected.put(indicator.id(), RuleScan.derive(held, p, rule, some));
        }
      }
      Map<IndicatorId, Map<PeriodId, Long>> actual =
          storage.readOnly(r -> r.results().deriveAll(p, indicators));
      assertThat(actual).as("every rule together in %s", p).isEqualTo(expected);
      assertThat(List.copyOf(actual.keySet())).isEqualTo(List.copyOf(expected.keySet()));
    }
    // The seed makes a store where every rule counts something: the figures are those of the scan.
    assertThat(counted).isEqualTo(1146);
    assertThat(pieces).isEqualTo(1498);
  }

  private static List<Rule> rules() {
    return List.of(
        Rule.CompletedActivities.ofTypes(),
        Rule.CompletedActivities.ofTypes(ActivityType.WORKSHOP, ActivityType.STUDY_TOUR),
        Rule.CompletedActivities.ofTypes().inAreas(2),
        Rule.CompletedActivities.ofTypes(ActivityType.TRAINING_COURSE).inAreas(1, 3),
        Rule.Attendees.ofTypes(),
        Rule.Attendees.ofTypes(ActivityType.WORKSHOP).inAreas(1, 2),
        Rule.Attendees.ofTypes().withRoles(ParticipationRole.EXPERT, ParticipationRole.SPEAKER),
        Rule.Attendees.ofTypes().from(CountryCode.VN),
        Rule.Attendees.ofTypes(ActivityType.STUDY_TOUR, ActivityType.DELEGATION_VISIT)
            .inAreas(1, 2, 3)
            .withRoles(ParticipationRole.values())
            .from(CountryCode.VN, CountryCode.IL),
        Rule.AgreedIntroductions.inAreas(),
        Rule.AgreedIntroductions.inAreas(2),
        Rule.AgreedIntroductions.inAreas(1, 3, 4));
  }

  private static Period period(int n, String start, String end) {
    return Period.of(
        new PeriodId(new UUID(0, n)), PartialDate.parse(start), PartialDate.parse(end));
  }

  private static UUID id(Random random) {
    return new UUID(random.nextLong(), random.nextLong());
  }

  /** The plans' activities, people and introductions, from the seed. */
  private void seed(Random random) {
    activities.clear();
    introductions.clear();
    countries.clear();
    people.clear();
    plan = new PlanId(id(random));
    other = new PlanId(id(random));
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      PersonId person = new PersonId(id(random));
      participants.add(Participant.of(person));
      // The last four are no one the store holds: no country of theirs counts.
      if (i < 20) {
        CountryCode country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        countries.put(person, country);
        people.add(Person.register(person, PersonProfile.of("Người " + i, country), List.of()));
      }
    }
    for (int i = 0; i < 4; i++) {
      participants.add(Participant.of(new OrganisationId(id(random))));
    }
    ActivityType[] types = ActivityType.values();
    ActivityStatus[] statuses = ActivityStatus.values();
    ParticipationRole[] roles = ParticipationRole.values();
    ParticipationStatus[] participationStatuses = ParticipationStatus.values();
    for (int i = 0; i < 240; i++) {
      List<Participation> participations = new ArrayList<>();
      int n = random.nextInt(9);
      for (int j = 0; j < n; j++) {
        Participant who = participants.get(random.nextInt(participants.size()));
        ParticipationStatus status =
            random.nextInt(10) < 6
                ? ParticipationStatus.ATTENDED
                : participationStatuses[random.nextInt(participationStatuses.length)];
        participations.add(
            new Participation(who, roles[random.nextInt(roles.length)], status, null));
        if (status == ParticipationStatus.ATTENDED && random.nextInt(6) == 0) {
          // The same person attends again in another role: still one piece of evidence.
          participations.add(
              new Participation(
                  who, roles[random.nextInt(roles.length)], ParticipationStatus.ATTENDED, null));
        }
      }
      ActivityStatus status =
          random.nextInt(3) == 0
              ? ActivityStatus.COMPLETED
              : statuses[random.nextInt(statuses.length)];
      boolean started =
          status == ActivityStatus.COMPLETED ? random.nextInt(4) > 0 : random.nextInt(4) == 0;
      activities.add(
          Activity.ForAdapters.restore(
              new ActivityId(id(random)),
              i < 200 ? plan : other,
              new ActivityDetails(
                  1 + random.nextInt(4),
                  types[random.nextInt(types.length)],
                  TITLE,
                  null,
                  DateSpan.parse(PLANNED[random.nextInt(PLANNED.length)]),
                  null,
                  null),
              null,
              status,
              started ? PartialDate.parse(ACTUAL[random.nextInt(ACTUAL.length)]) : null,
              null,
              null,
              participations,
              0));
    }
    for (int i = 0; i < 60; i++) {
      LocalDate agreed =
          random.nextInt(3) == 0
              ? null
              : LocalDate.of(2018, 12, 1).plusDays(random.nextInt(500 + i % 7));
      introductions.add(
          introduction(
              new IntroductionId(id(random)),
              new ProfileId(id(random)),
              new ProfileId(id(random)),
              i % 10 == 9 ? other : i % 10 == 8 ? null : plan,
              random.nextInt(5) == 0 ? null : 1 + random.nextInt(4),
              LocalDate.of(2018, 11, 1),
              agreed));
    }
  }

  /**
   * A new introduction between two profiles, suggested on a day, with a licence agreed on a day or
   * still only suggested.
   */
  static Introduction introduction(
      IntroductionId id,
      ProfileId offer,
      ProfileId request,
      @Nullable PlanId plan,
      @Nullable Integer contentArea,
      LocalDate suggested,
      @Nullable LocalDate agreed) {
    return Introduction.ForAdapters.restore(
        id,
        offer,
        request,
        plan,
        contentArea,
        agreed == null ? IntroductionStage.SUGGESTED : IntroductionStage.AGREEMENT,
        suggested,
        Map.of(),
        null,
        null,
        agreed == null ? null : AgreementKind.LICENCE,
        null,
        agreed,
        null,
        null,
        null,
        0);
  }

  private RuleScan.Held held() {
    return new RuleScan.Held() {
      @Override
      public Collection<Activity> activitiesOf(PlanId p) {
        return activities.stream().filter(a -> a.plan().equals(p)).toList();
      }

      @Override
      public @Nullable CountryCode countryOf(PersonId person) {
        return countries.get(person);
      }

      @Override
      public Collection<Introduction> introductionsOf(PlanId p) {
        return introductions.stream().filter(i -> p.equals(i.plan())).toList();
      }
    };
  }
}

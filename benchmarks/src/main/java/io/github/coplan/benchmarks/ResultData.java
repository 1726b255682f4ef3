package io.github.coplan.benchmarks;

import io.github.coplan.Coplan;
import io.github.coplan.application.GrantRole;
import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.market.AgreementKind;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.Side;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Aggregation;
import io.github.coplan.domain.result.Baseline;
import io.github.coplan.domain.result.Dimension;
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
import io.github.coplan.port.storage.Storage;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A generated plan with a results framework, the same for the same seed: one plan of seven content
 * areas and {@link #ACTIVITIES} activities planned in 2018–2021, of every type and status (three in
 * five completed), each with up to eight participations of people from Viet Nam, Israel and
 * elsewhere (and now and then an organisation) in various roles, seven in ten attended; {@link
 * #INTRODUCTIONS} marketplace introductions of the plan, about half of which reached an agreement;
 * and {@link #RESULTS} results with five indicators each, {@link #INDICATORS} in all, every one
 * with four yearly periods (2018 to 2021), most with targets.
 *
 * <p>Half the indicators are observed: sums of quantities (some broken down by sex, some with a
 * baseline), latest values (descending, with a baseline) and percentages combined as the ratio of
 * sums or the latest ratio; about six observations per period, seven in ten approved, the others
 * drafts, submitted or returned, and now and then a period with none. The other half are derived,
 * by rules of the three kinds with type, content area, role and country filters: completed
 * activities, distinct attendees and agreed introductions.
 *
 * <p>The activities are written through the store's repositories, so that the columns it derives
 * from an activity (the day it met) are its own. The introductions refer to request and offer
 * profiles that are not stored: neither the store nor a rule reads them.
 */
final class ResultData {

  /** The activities of the plan. */
  static final int ACTIVITIES = 10_000;

  /** The content areas of the plan. */
  static final int CONTENT_AREAS = 7;

  /** The people who take part; {@link #viewer} is one more. */
  static final int PEOPLE = 3_000;

  /** The organisations who take part. */
  static final int ORGANISATIONS = 200;

  /** The plan's marketplace introductions. */
  static final int INTRODUCTIONS = 600;

  /** The results; each holds {@link #PER_RESULT} indicators. */
  static final int RESULTS = 20;

  /** The indicators of a result. */
  static final int PER_RESULT = 5;

  /** The indicators of the plan, the odd ones derived. */
  static final int INDICATORS = RESULTS * PER_RESULT;

  /** The first year of the plan; it runs {@link #YEARS} years. */
  static final int FIRST_YEAR = 2018;

  /** The years of the plan, each a period of every indicator. */
  static final int YEARS = 4;

  /** The observations reported for a period of an observed indicator, of every status. */
  static final int PER_PERIOD = 6;

  private static final int RESULT = 20;
  private static final int INDICATOR = 21;
  private static final int PERIOD = 22;
  private static final int OBSERVATION = 23;
  private static final int INTRODUCTION = 24;
  private static final int PROFILE = 25;

  private static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
  private static final int DAYS =
      (int) (LocalDate.of(FIRST_YEAR + YEARS, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());
  private static final String[] OTHER_COUNTRIES = {"TH", "SG", "DE", "US", "JP", "KR"};
  private static final ParticipationRole[] ROLES = {
    ParticipationRole.ATTENDEE,
    ParticipationRole.ATTENDEE,
    ParticipationRole.ATTENDEE,
    ParticipationRole.DELEGATE,
    ParticipationRole.DELEGATE,
    ParticipationRole.SPEAKER,
    ParticipationRole.EXPERT,
    ParticipationRole.HEAD_OF_DELEGATION,
    ParticipationRole.ORGANISER,
    ParticipationRole.INTERPRETER
  };
  private static final ParticipationStatus[] PARTICIPATION_STATUSES = {
    ParticipationStatus.ATTENDED,
    ParticipationStatus.ATTENDED,
    ParticipationStatus.ATTENDED,
    ParticipationStatus.ATTENDED,
    ParticipationStatus.ATTENDED,
    ParticipationStatus.ATTENDED,
    ParticipationStatus.ATTENDED,
    ParticipationStatus.CONFIRMED,
    ParticipationStatus.NO_SHOW,
    ParticipationStatus.WITHDRAWN
  };
  private static final ActivityStatus[] STATUSES = {
    ActivityStatus.COMPLETED,
    ActivityStatus.COMPLETED,
    ActivityStatus.COMPLETED,
    ActivityStatus.COMPLETED,
    ActivityStatus.COMPLETED,
    ActivityStatus.COMPLETED,
    ActivityStatus.IN_PROGRESS,
    ActivityStatus.CANCELLED,
    ActivityStatus.POSTPONED,
    ActivityStatus.PLANNED
  };

  private ResultData() {}

  /** The plan. */
  static PlanId planId(long seed) {
    return Data.planId(seed, 0);
  }

  /** The person who holds a viewer's role on the plan: the actor of the benchmark. */
  static PersonId viewer(long seed) {
    return Data.personId(seed, PEOPLE);
  }

  static CooperationPlan plan(long seed) {
    CooperationPlan plan =
        CooperationPlan.draft(
            planId(seed),
            PlanCode.of("RESULTS-" + FIRST_YEAR),
            LocalizedText.of("en", "Innovation cooperation " + FIRST_YEAR + "–2021"),
            null,
            null);
    for (int area = 1; area <= CONTENT_AREAS; area++) {
      plan = plan.addContentArea(new ContentArea(area, LocalizedText.of("en", "Area " + area)));
    }
    return plan;
  }

  /** A person: two in five from Viet Nam, three in ten from Israel, the others from elsewhere. */
  static Person person(long seed, int i) {
    int roll = Ids.pick(seed, 60, i, 10);
    String country =
        roll < 4
            ? "VN"
            : roll < 7 ? "IL" : OTHER_COUNTRIES[Ids.pick(seed, 61, i, OTHER_COUNTRIES.length)];
    return Person.register(
        Data.personId(seed, i),
        PersonProfile.of("Person " + i, CountryCode.of(country)),
        List.of());
  }

  static Organisation organisation(long seed, int i) {
    OrganisationType[] types = OrganisationType.values();
    return Organisation.register(
        Data.organisationId(seed, i),
        OrganisationProfile.builder()
            .name(LocalizedText.of("en", "Organisation " + i))
            .type(types[Ids.pick(seed, 62, i, types.length)])
            .country(CountryCode.of(Ids.pick(seed, 63, i, 2) == 0 ? "VN" : "IL"))
            .build());
  }

  /**
   * An activity of the plan: planned to start on a day of 2018–2021 (one in eight only to the
   * month), started up to three weeks late when it started, with up to eight participations.
   */
  static Activity activity(long seed, int i) {
    ActivityType[] types = ActivityType.values();
    LocalDate start = FIRST_DAY.plusDays(Ids.pick(seed, 64, i, DAYS));
    PartialDate plannedStart =
        Ids.pick(seed, 65, i, 8) == 0
            ? PartialDate.ofMonth(start.getYear(), start.getMonthValue())
            : PartialDate.ofDay(start);
    LocalDate end = start.plusDays(Ids.pick(seed, 66, i, 10));
    ActivityDetails details =
        new ActivityDetails(
            1 + Ids.pick(seed, 67, i, CONTENT_AREAS),
            types[Ids.pick(seed, 68, i, types.length)],
            LocalizedText.of("en", "Activity " + i),
            null,
            DateSpan.of(plannedStart, PartialDate.ofDay(end)),
            null,
            null);
    ActivityStatus status = STATUSES[Ids.pick(seed, 69, i, STATUSES.length)];
    PartialDate actualStart = null;
    PartialDate actualEnd = null;
    if (status == ActivityStatus.COMPLETED || status == ActivityStatus.IN_PROGRESS) {
      LocalDate started = start.plusDays(Ids.pick(seed, 70, i, 22));
      actualStart = PartialDate.ofDay(started);
      if (status == ActivityStatus.COMPLETED) {
        actualEnd = PartialDate.ofDay(started.plusDays(Ids.pick(seed, 71, i, 10)));
      }
    }
    String reason =
        status == ActivityStatus.CANCELLED || status == ActivityStatus.POSTPONED ? "funding" : null;
    int count = Ids.pick(seed, 72, i, 9);
    List<Participation> participations = new ArrayList<>(count);
    int first = Ids.pick(seed, 73, i, PEOPLE);
    for (int k = 0; k < count; k++) {
      long n = (long) i * 16 + k;
      Participant who =
          k == 0 && Ids.pick(seed, 74, i, 3) == 0
              ? Participant.of(Data.organisationId(seed, Ids.pick(seed, 75, i, ORGANISATIONS)))
              : Participant.of(Data.personId(seed, (first + k * 37) % PEOPLE));
      participations.add(
          new Participation(
              who,
              ROLES[Ids.pick(seed, 76, n, ROLES.length)],
              PARTICIPATION_STATUSES[Ids.pick(seed, 77, n, PARTICIPATION_STATUSES.length)],
              null));
    }
    return Activity.ForAdapters.restore(
        Data.activityId(seed, i),
        planId(seed),
        details,
        null,
        status,
        actualStart,
        actualEnd,
        reason,
        participations,
        0);
  }

  /**
   * An introduction of the plan, under a content area (one in eight under none), suggested in
   * 2017–2021; about half reached an agreement, a few of them after 2021.
   */
  static Introduction introduction(long seed, int i) {
    Integer area = Ids.pick(seed, 80, i, 8) == 0 ? null : 1 + Ids.pick(seed, 81, i, CONTENT_AREAS);
    LocalDate suggested =
        LocalDate.of(FIRST_YEAR - 1, 10, 1).plusDays(Ids.pick(seed, 82, i, DAYS + 60));
    Introduction x =
        Introduction.suggest(
            new IntroductionId(Ids.of(seed, INTRODUCTION, i)),
            new ProfileId(Ids.of(seed, PROFILE, 2L * i)),
            new ProfileId(Ids.of(seed, PROFILE, 2L * i + 1)),
            planId(seed),
            area,
            suggested);
    int stage = Ids.pick(seed, 83, i, 10);
    if (stage == 0) {
      return x;
    }
    LocalDate interest = suggested.plusDays(1 + Ids.pick(seed, 84, i, 30));
    x = x.expressInterest(Side.REQUESTER, interest);
    if (stage == 1) {
      return x.decline(Side.OFFERER, "no fit", interest.plusDays(5));
    }
    if (stage < 4) {
      return x;
    }
    LocalDate met = interest.plusDays(1 + Ids.pick(seed, 85, i, 40));
    x = x.recordMeeting(Data.activityId(seed, Ids.pick(seed, 86, i, ACTIVITIES)), met);
    if (stage == 4) {
      return x;
    }
    LocalDate agreed = met.plusDays(1 + Ids.pick(seed, 87, i, 90));
    AgreementKind[] kinds = AgreementKind.values();
    return x.recordAgreement(
        kinds[Ids.pick(seed, 88, i, kinds.length)],
        URI.create("https://docs.example.org/agreements/" + i),
        agreed);
  }

  /** The rule of a derived indicator, by the number of the derived indicator (0 … 49). */
  static Rule rule(int d, @Nullable Integer resultArea) {
    ActivityType[] types = ActivityType.values();
    Set<Integer> areas =
        resultArea != null
            ? Set.of(resultArea)
            : d % 4 == 0 ? Set.of() : Set.of(1 + d % CONTENT_AREAS, 1 + (d + 3) % CONTENT_AREAS);
    Set<ActivityType> someTypes =
        d % 3 == 0
            ? Set.of()
            : d % 3 == 1
                ? Set.of(types[d % types.length])
                : Set.of(types[d % types.length], types[(d + 4) % types.length]);
    return switch (d % 5) {
      case 0, 1 -> new Rule.CompletedActivities(someTypes, areas);
      case 2, 3 -> {
        Set<ParticipationRole> roles =
            switch (d % 4) {
              case 0 -> Set.of();
              case 1 -> EnumSet.of(ParticipationRole.ATTENDEE, ParticipationRole.DELEGATE);
              case 2 -> EnumSet.of(ParticipationRole.SPEAKER, ParticipationRole.EXPERT);
              default -> EnumSet.of(ParticipationRole.HEAD_OF_DELEGATION);
            };
        Set<CountryCode> countries =
            switch ((d / 4) % 4) {
              case 0 -> Set.of();
              case 1 -> Set.of(CountryCode.VN);
              case 2 -> Set.of(CountryCode.of("IL"));
              default -> Set.of(CountryCode.VN, CountryCode.of("IL"));
            };
        yield new Rule.Attendees(someTypes, areas, roles, countries);
      }
      default -> new Rule.AgreedIntroductions(resultArea != null || d % 2 == 0 ? areas : Set.of());
    };
  }

  /** The content area of a result: the first six are of the plan as a whole. */
  static @Nullable Integer resultArea(int r) {
    return r < 6 ? null : 1 + (r - 6) % CONTENT_AREAS;
  }

  static ResultId resultId(long seed, int r) {
    return new ResultId(Ids.of(seed, RESULT, r));
  }

  static IndicatorId indicatorId(long seed, int j) {
    return new IndicatorId(Ids.of(seed, INDICATOR, j));
  }

  static PeriodId periodId(long seed, int j, int year) {
    return new PeriodId(Ids.of(seed, PERIOD, (long) j * YEARS + year));
  }

  /** Whether indicator {@code j} (0 … 99) is derived: the odd ones. */
  static boolean derived(int j) {
    return j % 2 == 1;
  }

  /** The rules of the derived indicators, by indicator. */
  static Map<IndicatorId, Rule> rules(long seed) {
    Map<IndicatorId, Rule> rules = new LinkedHashMap<>();
    for (int r = 0; r < RESULTS; r++) {
      for (int k = 0; k < PER_RESULT; k++) {
        int j = r * PER_RESULT + k;
        if (derived(j)) {
          rules.put(indicatorId(seed, j), rule(j / 2, resultArea(r)));
        }
      }
    }
    return rules;
  }

  /** A result with its five indicators and their periods. */
  static Result result(long seed, int r) {
    ResultType[] types = ResultType.values();
    Result result =
        Result.of(
            resultId(seed, r),
            planId(seed),
            resultArea(r),
            types[r % 3],
            LocalizedText.of("en", "Result " + r));
    for (int k = 0; k < PER_RESULT; k++) {
      int j = r * PER_RESULT + k;
      result = result.withIndicator(indicator(seed, j, resultArea(r)));
    }
    return result;
  }

  /** The shape of observed indicator {@code j}: which of the five kinds. */
  private static int shape(int j) {
    return (j / 2) % 5;
  }

  static Indicator indicator(long seed, int j, @Nullable Integer resultArea) {
    IndicatorId id = indicatorId(seed, j);
    LocalizedText title = LocalizedText.of("en", "Indicator " + j);
    PartialDate baselineDay = PartialDate.ofYear(FIRST_YEAR - 1);
    Indicator indicator;
    if (derived(j)) {
      indicator =
          Indicator.of(id, title, Measure.UNIT)
              .withUnit("count")
              .derivedBy(rule(j / 2, resultArea));
      if (j % 3 == 0) {
        indicator = indicator.withBaseline(Baseline.of(baselineDay, Value.quantity(20)));
      }
    } else {
      indicator =
          switch (shape(j)) {
            case 0 ->
                Indicator.of(id, title, Measure.UNIT)
                    .withUnit("people")
                    .withDimension(Dimension.of("sex", "female", "male"));
            case 1 ->
                Indicator.of(id, title, Measure.UNIT)
                    .withUnit("USD thousand")
                    .withBaseline(Baseline.of(baselineDay, Value.quantity(150)));
            case 2 ->
                Indicator.of(id, title, Measure.UNIT)
                    .withUnit("days")
                    .withAggregation(Aggregation.LATEST)
                    .descending()
                    .withBaseline(Baseline.of(baselineDay, Value.quantity(400)));
            case 3 -> Indicator.of(id, title, Measure.PERCENTAGE);
            default ->
                Indicator.of(id, title, Measure.PERCENTAGE)
                    .withAggregation(Aggregation.LATEST)
                    .withBaseline(Baseline.of(baselineDay, Value.quantity(20)));
          };
    }
    for (int y = 0; y < YEARS; y++) {
      Period period =
          Period.of(
              periodId(seed, j, y),
              PartialDate.ofYear(FIRST_YEAR + y),
              PartialDate.ofYear(FIRST_YEAR + y));
      if ((j + y) % 7 != 0) {
        period = period.withTarget(target(j, y));
      }
      indicator = indicator.withPeriod(period);
    }
    return indicator;
  }

  private static Value target(int j, int y) {
    if (derived(j)) {
      return Value.quantity(
          switch ((j / 2) % 5) {
            case 0, 1 -> 300 + 10L * y;
            case 2, 3 -> 400 + 20L * y;
            default -> 25;
          });
    }
    return switch (shape(j)) {
      case 0 -> Value.quantity(1_200 + 100L * y);
      case 1 -> Value.quantity(1_500);
      case 2 -> Value.quantity(250 - 25L * y);
      case 3 -> Value.quantity(60);
      default -> Value.ratio(3, 4);
    };
  }

  /**
   * The observations of observed indicator {@code j}'s period of year {@code y}: {@link
   * #PER_PERIOD} totals of every status (none at all for a few periods of 2021), and for the
   * indicators broken down by sex two breakdowns.
   */
  static List<Observation> observations(long seed, int j, int y, Indicator indicator) {
    List<Observation> out = new ArrayList<>();
    if (y == YEARS - 1 && j % 9 == 0) {
      return out;
    }
    LocalDate first = LocalDate.of(FIRST_YEAR + y, 1, 1);
    int days = first.lengthOfYear();
    int breakdowns = shape(j) == 0 ? 2 : 0;
    for (int k = 0; k < PER_PERIOD + breakdowns; k++) {
      long n = ((long) j * YEARS + y) * 16 + k;
      LocalDate observedOn = first.plusDays(Ids.pick(seed, 90, n, days));
      int roll = Ids.pick(seed, 91, n, 10);
      ObservationStatus status =
          roll == 0
              ? ObservationStatus.SUBMITTED
              : roll == 1
                  ? ObservationStatus.DRAFT
                  : roll == 2 ? ObservationStatus.RETURNED : ObservationStatus.APPROVED;
      Map<String, String> dimensions =
          k < PER_PERIOD ? Map.of() : Map.of("sex", k == PER_PERIOD ? "female" : "male");
      out.add(
          new Observation(
              new ObservationId(Ids.of(seed, OBSERVATION, n)),
              indicator.id(),
              periodId(seed, j, y),
              value(seed, j, n),
              observedOn,
              Ids.pick(seed, 92, n, 3) == 0
                  ? Actor.system("import")
                  : Actor.person(Data.personId(seed, Ids.pick(seed, 93, n, 50))),
              new TreeMap<>(dimensions),
              status,
              status == ObservationStatus.RETURNED ? "the figures do not add up" : null,
              observedOn
                  .atStartOfDay()
                  .toInstant(ZoneOffset.UTC)
                  .plusSeconds(3_600 + Ids.pick(seed, 94, n, 80_000))
                  .plusNanos(1_000L * k),
              0));
    }
    return out;
  }

  private static Value value(long seed, int j, long n) {
    return switch (shape(j)) {
      case 0 -> Value.quantity(20 + Ids.pick(seed, 95, n, 400));
      case 1 -> new Value.Quantity(BigDecimal.valueOf(1_000 + Ids.pick(seed, 95, n, 9_000), 1));
      case 2 -> Value.quantity(120 + Ids.pick(seed, 95, n, 300));
      default -> {
        int denominator = 10 + Ids.pick(seed, 96, n, 190);
        yield Value.ratio(Ids.pick(seed, 95, n, denominator + 1), denominator);
      }
    };
  }

  /**
   * Writes the plan through a store's repositories, in units of 1,000: people and organisations,
   * the plan and its viewer's grant, the activities, the introductions, the results and the
   * observations.
   */
  @SuppressWarnings("NullAway") // units of work return null; see Fixtures#writeParties
  static void load(Storage storage, long seed) {
    storage.inTransaction(
        r -> {
          for (int i = 0; i < ORGANISATIONS; i++) {
            r.organisations().insert(organisation(seed, i));
          }
          for (int i = 0; i < PEOPLE; i++) {
            r.people().insert(person(seed, i));
          }
          r.people()
              .insert(
                  Person.register(
                      viewer(seed),
                      PersonProfile.of("Monitoring officer", CountryCode.VN),
                      List.of()));
          r.plans().insert(plan(seed));
          return null;
        });
    Coplan.builder()
        .storage(storage)
        .recordHistory(false)
        .build()
        .actingAs(Actor.system("fixtures"))
        .plans()
        .grant(
            new GrantRole(planId(seed), Grant.of(Principal.person(viewer(seed)), PlanRole.VIEWER)));
    for (int from = 0; from < ACTIVITIES; from += 1_000) {
      int first = from;
      storage.inTransaction(
          r -> {
            for (int i = first; i < first + 1_000; i++) {
              r.activities().insert(activity(seed, i));
            }
            return null;
          });
    }
    storage.inTransaction(
        r -> {
          for (int i = 0; i < INTRODUCTIONS; i++) {
            r.market().insertIntroduction(introduction(seed, i));
          }
          return null;
        });
    storage.inTransaction(
        r -> {
          for (int k = 0; k < RESULTS; k++) {
            Result result = r.results().insertResult(result(seed, k));
            for (Indicator indicator : result.indicators()) {
              int j = indexOf(seed, indicator.id());
              if (!indicator.derived()) {
                for (int y = 0; y < YEARS; y++) {
                  for (Observation o : observations(seed, j, y, indicator)) {
                    r.results().insertObservation(o);
                  }
                }
              }
            }
          }
          return null;
        });
  }

  private static int indexOf(long seed, IndicatorId id) {
    for (int j = 0; j < INDICATORS; j++) {
      if (indicatorId(seed, j).equals(id)) {
        return j;
      }
    }
    throw new IllegalStateException("not a generated indicator: " + id);
  }
}

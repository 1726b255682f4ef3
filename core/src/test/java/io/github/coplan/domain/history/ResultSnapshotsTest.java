package io.github.coplan.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.ParticipationRole;
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
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResultSnapshotsTest {

  private static final PlanId PLAN = PlanId.of("00000000-0000-7000-8000-000000000001");
  private static final ResultId RESULT =
      new ResultId(UUID.fromString("00000000-0000-7000-8000-000000000002"));
  private static final IndicatorId MONTHS =
      new IndicatorId(UUID.fromString("00000000-0000-7000-8000-000000000003"));
  private static final IndicatorId STORY =
      new IndicatorId(UUID.fromString("00000000-0000-7000-8000-000000000004"));
  private static final PeriodId Y2020 =
      new PeriodId(UUID.fromString("00000000-0000-7000-8000-000000000005"));
  private static final PeriodId Y2021 =
      new PeriodId(UUID.fromString("00000000-0000-7000-8000-000000000006"));

  @Test
  void aResultsFieldsHoldItsIndicatorsAsJson() {
    Indicator months =
        Indicator.of(MONTHS, LocalizedText.of("en", "Months to a pilot"), Measure.UNIT)
            .withUnit("months")
            .descending()
            .withAggregation(Aggregation.LATEST)
            .withBaseline(new Baseline(PartialDate.ofYear(2018), Value.quantity("18.5"), "survey"))
            .withDimension(Dimension.of("sector", "health", "transport"))
            .withPeriod(
                Period.of(Y2020, PartialDate.ofYear(2020), PartialDate.ofYear(2020))
                    .withTarget(Value.quantity(12)))
            .withPeriod(Period.of(Y2021, PartialDate.ofQuarter(2021, 1), PartialDate.ofYear(2021)));
    Indicator story =
        Indicator.of(STORY, LocalizedText.of("vi", "Câu chuyện"), Measure.QUALITATIVE);
    Result result =
        Result.of(RESULT, PLAN, 4, ResultType.OUTCOME, LocalizedText.of("en", "Pilots"))
            .withDescription(LocalizedText.of("en", "Faster pilots"))
            .withIndicator(months)
            .withIndicator(story);

    Map<String, String> f = Snapshots.ofAny(result);

    assertThat(f)
        .containsOnlyKeys("plan", "contentArea", "type", "title", "description", "indicators");
    assertThat(f.get("plan")).isEqualTo(PLAN.toString());
    assertThat(f.get("contentArea")).isEqualTo("4");
    assertThat(f.get("type")).isEqualTo("OUTCOME");
    assertThat(f.get("title")).isEqualTo("{\"original\":\"en\",\"texts\":{\"en\":\"Pilots\"}}");
    assertThat(f.get("description"))
        .isEqualTo("{\"original\":\"en\",\"texts\":{\"en\":\"Faster pilots\"}}");
    assertThat(f.get("indicators"))
        .isEqualTo(
            "[{\"id\":\"00000000-0000-7000-8000-000000000003\","
                + "\"title\":\"{\\\"original\\\":\\\"en\\\",\\\"texts\\\":{\\\"en\\\":\\\"Months to a pilot\\\"}}\","
                + "\"measure\":\"UNIT\",\"unit\":\"months\",\"ascending\":false,\"aggregation\":\"LATEST\","
                + "\"baseline\":{\"date\":\"2018\",\"value\":\"18.5\",\"comment\":\"survey\"},"
                + "\"dimensions\":{\"sector\":[\"health\",\"transport\"]},"
                + "\"periods\":[{\"id\":\"00000000-0000-7000-8000-000000000005\",\"start\":\"2020\","
                + "\"end\":\"2020\",\"target\":\"12\"},"
                + "{\"id\":\"00000000-0000-7000-8000-000000000006\",\"start\":\"2021-Q1\","
                + "\"end\":\"2021\",\"target\":null}]},"
                + "{\"id\":\"00000000-0000-7000-8000-000000000004\","
                + "\"title\":\"{\\\"original\\\":\\\"vi\\\",\\\"texts\\\":{\\\"vi\\\":\\\"Câu chuyện\\\"}}\","
                + "\"measure\":\"QUALITATIVE\",\"unit\":null,\"ascending\":true,\"aggregation\":\"LATEST\","
                + "\"baseline\":null,\"dimensions\":{},\"periods\":[]}]");
  }

  @Test
  void aDerivedIndicatorsRuleIsInItsIndicatorAfterItsAggregation() {
    Indicator attendees =
        Indicator.of(MONTHS, LocalizedText.of("en", "Delegates"), Measure.UNIT)
            .withPeriod(Period.of(Y2020, PartialDate.ofYear(2020), PartialDate.ofYear(2020)))
            .derivedBy(
                Rule.Attendees.ofTypes(ActivityType.STUDY_TOUR)
                    .inAreas(2, 1)
                    .withRoles(ParticipationRole.DELEGATE)
                    .from(CountryCode.VN, CountryCode.IL));
    Indicator deals =
        Indicator.of(STORY, LocalizedText.of("en", "Deals"), Measure.UNIT)
            .derivedBy(Rule.AgreedIntroductions.inAreas());
    Result result =
        Result.of(RESULT, PLAN, null, ResultType.OUTPUT, LocalizedText.of("en", "Reach"))
            .withIndicator(attendees)
            .withIndicator(deals);

    assertThat(Snapshots.of(result).get("indicators"))
        .isEqualTo(
            "[{\"id\":\"00000000-0000-7000-8000-000000000003\","
                + "\"title\":\"{\\\"original\\\":\\\"en\\\",\\\"texts\\\":{\\\"en\\\":\\\"Delegates\\\"}}\","
                + "\"measure\":\"UNIT\",\"unit\":null,\"ascending\":true,\"aggregation\":\"SUM\","
                + "\"rule\":\"Attendees[types=[STUDY_TOUR], contentAreas=[1, 2], roles=[DELEGATE],"
                + " countries=[IL, VN]]\","
                + "\"baseline\":null,\"dimensions\":{},"
                + "\"periods\":[{\"id\":\"00000000-0000-7000-8000-000000000005\",\"start\":\"2020\","
                + "\"end\":\"2020\",\"target\":null}]},"
                + "{\"id\":\"00000000-0000-7000-8000-000000000004\","
                + "\"title\":\"{\\\"original\\\":\\\"en\\\",\\\"texts\\\":{\\\"en\\\":\\\"Deals\\\"}}\","
                + "\"measure\":\"UNIT\",\"unit\":null,\"ascending\":true,\"aggregation\":\"SUM\","
                + "\"rule\":\"AgreedIntroductions[contentAreas=[]]\","
                + "\"baseline\":null,\"dimensions\":{},\"periods\":[]}]");
  }

  @Test
  void anObservedIndicatorHasNoRuleMember() {
    Result result =
        Result.of(RESULT, PLAN, null, ResultType.OUTPUT, LocalizedText.of("en", "Reach"))
            .withIndicator(Indicator.of(MONTHS, LocalizedText.of("en", "Months"), Measure.UNIT));

    assertThat(Snapshots.of(result).get("indicators"))
        .doesNotContain("rule")
        .contains("\"aggregation\":\"SUM\",\"baseline\":null,");
  }

  @Test
  void aPlanWideResultHasNoContentAreaOrDescriptionField() {
    Result result = Result.of(RESULT, PLAN, null, ResultType.IMPACT, LocalizedText.of("en", "X"));

    assertThat(Snapshots.of(result)).containsOnlyKeys("plan", "type", "title", "indicators");
    assertThat(Snapshots.of(result).get("indicators")).isEqualTo("[]");
  }

  @Test
  void anObservationsFieldsNameItsReviewAndBreakdown() {
    Observation o =
        new Observation(
            new ObservationId(UUID.fromString("00000000-0000-7000-8000-000000000007")),
            MONTHS,
            Y2020,
            Value.quantity(14),
            LocalDate.of(2020, 6, 30),
            Actor.system("importer"),
            new TreeMap<>(Map.of("sector", "health")),
            ObservationStatus.RETURNED,
            "count again",
            Instant.parse("2020-07-01T08:00:00Z"),
            2);

    assertThat(Snapshots.ofAny(o))
        .containsExactly(
            Map.entry("dimensions", "{\"sector\":\"health\"}"),
            Map.entry("indicator", MONTHS.toString()),
            Map.entry("note", "count again"),
            Map.entry("observedOn", "2020-06-30"),
            Map.entry("period", Y2020.toString()),
            Map.entry("recordedAt", "2020-07-01T08:00:00Z"),
            Map.entry("reporter", "system:importer"),
            Map.entry("status", "RETURNED"),
            Map.entry("value", "14"));
  }

  @Test
  void eachKindOfValueHasItsTextForm() {
    assertThat(Snapshots.value(Value.quantity("2.50"))).isEqualTo("2.5");
    assertThat(Snapshots.value(Value.ratio(3, 10))).isEqualTo("3/10");
    assertThat(Snapshots.value(new Value.Score(4))).isEqualTo("#4");
    assertThat(Snapshots.value(Value.narrative(LocalizedText.of("en", "Two pilots"))))
        .isEqualTo("{\"original\":\"en\",\"texts\":{\"en\":\"Two pilots\"}}");
  }

  @Test
  void refsOfResultsAndObservationsHaveTheirKinds() {
    assertThat(AggregateRef.of(RESULT))
        .isEqualTo(new AggregateRef(AggregateKind.RESULT, RESULT.value()));
    ObservationId o = new ObservationId(UUID.fromString("00000000-0000-7000-8000-000000000008"));
    assertThat(AggregateRef.of(o))
        .isEqualTo(new AggregateRef(AggregateKind.OBSERVATION, o.value()));
    assertThat(List.of(AggregateKind.RESULT.name(), AggregateKind.OBSERVATION.name()))
        .containsExactly("RESULT", "OBSERVATION");
  }
}

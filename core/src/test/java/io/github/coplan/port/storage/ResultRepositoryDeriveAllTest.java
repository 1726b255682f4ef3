package io.github.coplan.port.storage;

import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Fixtures.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityStatus;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.result.Indicator;
import io.github.coplan.domain.result.IndicatorId;
import io.github.coplan.domain.result.Measure;
import io.github.coplan.domain.result.Period;
import io.github.coplan.domain.result.PeriodId;
import io.github.coplan.domain.result.Rule;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.testing.FakeStorage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The default {@link ResultRepository#deriveAll}, over a store that has only {@code derive}: each
 * indicator's counts, in the list's order, and the refusals of {@link
 * ResultRepository#checkDerived}.
 */
class ResultRepositoryDeriveAllTest {

  private final FakeStorage storage = new FakeStorage();

  private static final Period Y2019 = period(1, "2019");
  private static final Period Y2020 = period(2, "2020");

  private static Period period(int n, String year) {
    return new Period(
        new PeriodId(new UUID(0x7000L, 0x8000_0000_0000_0f00L | n)),
        PartialDate.parse(year),
        PartialDate.parse(year),
        null);
  }

  private static Indicator indicator(int n, @Nullable Rule rule, Period... periods) {
    Indicator indicator =
        Indicator.of(
            new IndicatorId(new UUID(0x7000L, 0x8000_0000_0000_0e00L | n)),
            LocalizedText.of("en", "Indicator " + n),
            Measure.UNIT);
    if (rule != null) {
      indicator = indicator.derivedBy(rule);
    }
    for (Period p : periods) {
      indicator = indicator.withPeriod(p);
    }
    return indicator;
  }

  /** A study tour of area 1, completed, started on 4 March 2019. */
  private void storeACompletedTour() {
    ActivityDetails details =
        ActivityDetails.builder()
            .contentArea(1)
            .type(ActivityType.STUDY_TOUR)
            .title(LocalizedText.of("vi", "Chuyến khảo sát"))
            .planned(DateSpan.parse("2019"))
            .build();
    Activity tour =
        Activity.ForAdapters.restore(
            new ActivityId(new UUID(0x7000L, 0x8000_0000_0000_0001L)),
            PLAN,
            details,
            null,
            ActivityStatus.COMPLETED,
            PartialDate.parse("2019-03-04"),
            null,
            null,
            List.of(),
            0);
    storage.inTransaction(r -> r.activities().insert(tour));
  }

  @Test
  void eachIndicatorGetsWhatDeriveCountsInItsPeriodsInTheListsOrder() {
    storeACompletedTour();
    Indicator tours =
        indicator(1, Rule.CompletedActivities.ofTypes(ActivityType.STUDY_TOUR), Y2020, Y2019);
    Indicator agreements = indicator(2, Rule.AgreedIntroductions.inAreas(), Y2019);
    Indicator none = indicator(3, Rule.CompletedActivities.ofTypes());

    Map<IndicatorId, Map<PeriodId, Long>> counts =
        storage.readOnly(r -> r.results().deriveAll(PLAN, List.of(agreements, tours, none)));

    assertThat(counts)
        .containsExactly(
            Map.entry(agreements.id(), Map.of(Y2019.id(), 0L)),
            Map.entry(tours.id(), Map.of(Y2020.id(), 0L, Y2019.id(), 1L)),
            Map.entry(none.id(), Map.of()));
    assertThat(counts.getOrDefault(tours.id(), Map.of()).keySet())
        .containsExactly(Y2019.id(), Y2020.id());
    assertThat(counts).isUnmodifiable();
    assertThat(counts.getOrDefault(tours.id(), Map.of())).isUnmodifiable();
    Map<IndicatorId, Map<PeriodId, Long>> empty =
        storage.readOnly(r -> r.results().deriveAll(PLAN, List.of()));
    assertThat(empty).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void aMissingPlanListOrIndicatorIsInvalidInputAtItsPath() {
    Indicator tours = indicator(1, Rule.CompletedActivities.ofTypes(), Y2019);

    violation(
        () -> storage.readOnly(r -> r.results().deriveAll(null, List.of(tours))),
        "plan",
        Violation.REQUIRED);
    violation(
        () -> storage.readOnly(r -> r.results().deriveAll(PLAN, null)),
        "indicators",
        Violation.REQUIRED);
    violation(
        () -> storage.readOnly(r -> r.results().deriveAll(PLAN, Arrays.asList(tours, null))),
        "indicators[1]",
        Violation.REQUIRED);
  }

  @Test
  void anIndicatorWithoutARuleIsRefused() {
    Indicator tours = indicator(1, Rule.CompletedActivities.ofTypes(), Y2019);
    Indicator observed = indicator(2, null, Y2019);

    rule(
        () -> storage.readOnly(r -> r.results().deriveAll(PLAN, List.of(tours, observed))),
        RuleCode.INDICATOR_NOT_DERIVED);
    assertThat(ResultRepository.checkDerived(PLAN, List.of(tours)))
        .containsExactly(tours)
        .isUnmodifiable();
  }
}

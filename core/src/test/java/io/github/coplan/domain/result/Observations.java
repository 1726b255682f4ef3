package io.github.coplan.domain.result;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Indicators and observations for the tests of actuals and progress. */
final class Observations {

  static final IndicatorId INDICATOR =
      new IndicatorId(UUID.fromString("00000000-0000-7000-8000-0000000000a1"));
  static final PeriodId Y2019 =
      new PeriodId(UUID.fromString("00000000-0000-7000-8000-0000000000b1"));
  static final PeriodId Y2020 =
      new PeriodId(UUID.fromString("00000000-0000-7000-8000-0000000000b2"));
  static final Actor ANH = Actor.person(PersonId.of("00000000-0000-7000-8000-0000000000c1"));
  static final Actor BINH = Actor.person(PersonId.of("00000000-0000-7000-8000-0000000000c2"));
  static final Instant NOON = Instant.parse("2020-01-15T12:00:00Z");

  private static int next = 1;

  private Observations() {}

  /** An indicator with the two yearly periods 2019 and 2020, without targets. */
  static Indicator indicator(Measure measure) {
    return Indicator.of(INDICATOR, LocalizedText.of("en", "Officials trained"), measure)
        .withPeriod(Period.of(Y2019, PartialDate.ofYear(2019), PartialDate.ofYear(2019)))
        .withPeriod(Period.of(Y2020, PartialDate.ofYear(2020), PartialDate.ofYear(2020)));
  }

  /** The indicator with a target on the 2019 period. */
  static Indicator target(Indicator indicator, Value target) {
    Period p = indicator.period(Y2019).withTarget(target);
    return new Indicator(
        indicator.id(),
        indicator.title(),
        indicator.measure(),
        indicator.unit(),
        indicator.ascending(),
        indicator.aggregation(),
        indicator.baseline(),
        indicator.dimensions(),
        java.util.List.of(p, indicator.period(Y2020)));
  }

  /** An approved observation of the 2019 period by Anh. */
  static Observation approved(Value value, String day) {
    return of(Y2019, value, day, ANH, ObservationStatus.APPROVED, Map.of());
  }

  static Observation of(
      PeriodId period,
      Value value,
      String day,
      Actor reporter,
      ObservationStatus status,
      Map<String, String> dimensions) {
    return new Observation(
        id(),
        INDICATOR,
        period,
        value,
        LocalDate.parse(day),
        reporter,
        new TreeMap<>(dimensions),
        status,
        status == ObservationStatus.RETURNED ? "check the count" : null,
        NOON,
        1);
  }

  static ObservationId id() {
    return new ObservationId(
        UUID.fromString(
            String.format(java.util.Locale.ROOT, "00000000-0000-7000-8000-%012d", next++)));
  }
}

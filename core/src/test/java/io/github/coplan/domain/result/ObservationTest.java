package io.github.coplan.domain.result;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.rule;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.access.Actor;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An observation: its draft against the indicator, its canonical checks, and its review. */
class ObservationTest {

  private static final ObservationId ID =
      new ObservationId(UUID.fromString("01890000-0000-7000-8000-000000000701"));
  private static final IndicatorId INDICATOR =
      new IndicatorId(UUID.fromString("01890000-0000-7000-8000-000000000501"));
  private static final PeriodId P2019 =
      new PeriodId(UUID.fromString("01890000-0000-7000-8000-000000000601"));
  private static final PeriodId P2020 =
      new PeriodId(UUID.fromString("01890000-0000-7000-8000-000000000602"));
  private static final PeriodId UNKNOWN =
      new PeriodId(UUID.fromString("01890000-0000-7000-8000-000000000699"));
  private static final Actor ANH =
      Actor.person(new PersonId(UUID.fromString("01890000-0000-7000-8000-000000000101")));
  private static final Actor IMPORTER = Actor.system("importer");
  private static final Instant NOON = Instant.parse("2020-01-15T12:00:00Z");
  private static final LocalDate JUNE_1 = LocalDate.of(2019, 6, 1);
  private static final Indicator UNIT =
      Indicator.of(INDICATOR, LocalizedText.of("en", "Officials trained"), Measure.UNIT)
          .withDimension(Dimension.of("sex", "female", "male"))
          .withDimension(Dimension.of("country", "VN", "IL"))
          .withPeriod(Period.of(P2019, PartialDate.parse("2019"), PartialDate.parse("2019")))
          .withPeriod(Period.of(P2020, PartialDate.parse("2020"), PartialDate.parse("2020")));

  private static Observation draft(Indicator indicator, Value value) {
    return Observation.draft(ID, indicator, P2019, value, JUNE_1, ANH, Map.of(), NOON);
  }

  private static Observation draftOn(LocalDate day) {
    return Observation.draft(ID, UNIT, P2019, Value.quantity(5), day, ANH, Map.of(), NOON);
  }

  private static Observation in(ObservationStatus status) {
    return new Observation(
        ID,
        INDICATOR,
        P2019,
        Value.quantity(5),
        JUNE_1,
        IMPORTER,
        new TreeMap<>(Map.of("sex", "female")),
        status,
        status == ObservationStatus.RETURNED ? "wrong year" : null,
        NOON,
        7);
  }

  private static Observation with(ObservationStatus status, String note) {
    return new Observation(
        ID,
        INDICATOR,
        P2019,
        Value.quantity(5),
        JUNE_1,
        IMPORTER,
        new TreeMap<>(Map.of("sex", "female")),
        status,
        note,
        NOON,
        7);
  }

  // ---- drafts ----------------------------------------------------------------------------------

  @Test
  void aDraftHoldsWhatWasGivenAndIsNotYetStored() {
    Observation o =
        Observation.draft(
            ID,
            UNIT,
            P2020,
            Value.quantity(12),
            LocalDate.of(2020, 3, 1),
            IMPORTER,
            Map.of(),
            NOON);

    assertThat(o.id()).isEqualTo(ID);
    assertThat(o.indicator()).isEqualTo(INDICATOR);
    assertThat(o.period()).isEqualTo(P2020);
    assertThat(o.value()).isEqualTo(Value.quantity(12));
    assertThat(o.observedOn()).isEqualTo(LocalDate.of(2020, 3, 1));
    assertThat(o.reporter()).isEqualTo(IMPORTER);
    assertThat(o.dimensions()).isEmpty();
    assertThat(o.status()).isEqualTo(ObservationStatus.DRAFT);
    assertThat(o.note()).isNull();
    assertThat(o.recordedAt()).isEqualTo(NOON);
    assertThat(o.version()).isZero();
    assertThat(o.counts()).isFalse();
  }

  @Test
  void theDimensionsOfADraftAreSortedByName() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("sex", "male");
    given.put("country", "VN");

    Observation o = Observation.draft(ID, UNIT, P2019, Value.quantity(3), JUNE_1, ANH, given, NOON);

    assertThat(o.dimensions()).containsExactly(entry("country", "VN"), entry("sex", "male"));
    assertThat(o.dimensions().firstKey()).isEqualTo("country");
    given.put("sex", "female");
    assertThat(o.dimensions()).containsEntry("sex", "male");
    assertThatThrownBy(() -> o.dimensions().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void eachMeasureTakesItsKindOfObservation() {
    assertThat(draft(UNIT, Value.quantity(3)).value()).isEqualTo(Value.quantity(3));
    assertThat(draft(measured(Measure.PERCENTAGE), Value.ratio(1, 2)).value())
        .isEqualTo(Value.ratio(1, 2));
    assertThat(draft(measured(Measure.ORDINAL), Value.score("4")).value())
        .isEqualTo(Value.score("4"));
    assertThat(draft(measured(Measure.NOMINAL), Value.score("2")).value())
        .isEqualTo(Value.score("2"));
    Value done = Value.narrative(LocalizedText.of("en", "Signed"));
    assertThat(draft(measured(Measure.QUALITATIVE), done).value()).isEqualTo(done);
  }

  @Test
  void aValueOfAnotherKindIsOutOfRange() {
    assertThat(invalidInput(() -> draft(UNIT, Value.ratio(1, 2))).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("value", Violation.OUT_OF_RANGE, "a UNIT indicator does not take Ratio"));
    assertThat(
            invalidInput(() -> draft(measured(Measure.PERCENTAGE), Value.quantity(50)))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "value", Violation.OUT_OF_RANGE, "a PERCENTAGE indicator does not take Quantity"));
    violation(
        () -> draft(measured(Measure.QUALITATIVE), Value.score("1")),
        "value",
        Violation.OUT_OF_RANGE);
  }

  private static Indicator measured(Measure m) {
    return Indicator.of(INDICATOR, LocalizedText.of("en", "Measured"), m)
        .withPeriod(Period.of(P2019, PartialDate.parse("2019"), PartialDate.parse("2019")));
  }

  @Test
  void theFirstAndLastDayOfThePeriodAreInsideIt() {
    assertThat(draftOn(LocalDate.of(2019, 1, 1)).observedOn()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(draftOn(LocalDate.of(2019, 12, 31)).observedOn())
        .isEqualTo(LocalDate.of(2019, 12, 31));
  }

  @Test
  void aDayOutsideThePeriodIsOutOfRange() {
    assertThat(invalidInput(() -> draftOn(LocalDate.of(2018, 12, 31))).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "observedOn",
                Violation.OUT_OF_RANGE,
                "2018-12-31 lies outside the period 2019-01-01 to 2019-12-31"));
    assertThat(invalidInput(() -> draftOn(LocalDate.of(2020, 1, 1))).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "observedOn",
                Violation.OUT_OF_RANGE,
                "2020-01-01 lies outside the period 2019-01-01 to 2019-12-31"));
  }

  @Test
  void aDimensionTheIndicatorDoesNotHaveOrAValueItDoesNotAllowIsOutOfRange() {
    Map<String, String> given = new TreeMap<>(Map.of("region", "north", "sex", "other"));

    assertThat(
            invalidInput(
                    () ->
                        Observation.draft(
                            ID, UNIT, P2019, Value.quantity(3), JUNE_1, ANH, given, NOON))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "dimensions.region", Violation.OUT_OF_RANGE, "the indicator has no such dimension"),
            tuple(
                "dimensions.sex",
                Violation.OUT_OF_RANGE,
                "the dimension sex allows [female, male], not other"));
    violation(
        () ->
            Observation.draft(
                ID, UNIT, P2019, Value.quantity(3), JUNE_1, ANH, Map.of("country", "vn"), NOON),
        "dimensions.country",
        Violation.OUT_OF_RANGE);
  }

  @Test
  void aDimensionValueIsComparedWithTheTrimmedValuesOfTheDimension() {
    Indicator spaced = UNIT.withDimension(Dimension.of("level", " central ", "local"));

    assertThat(
            Observation.draft(
                    ID,
                    spaced,
                    P2019,
                    Value.quantity(1),
                    JUNE_1,
                    ANH,
                    Map.of("level", "central"),
                    NOON)
                .dimensions())
        .containsExactly(entry("level", "central"));
  }

  @Test
  void everyAllowedDimensionValueIsAccepted() {
    for (String sex : new String[] {"female", "male"}) {
      for (String country : new String[] {"VN", "IL"}) {
        Map<String, String> given = Map.of("sex", sex, "country", country);
        assertThat(
                Observation.draft(ID, UNIT, P2019, Value.quantity(1), JUNE_1, ANH, given, NOON)
                    .dimensions())
            .containsExactly(entry("country", country), entry("sex", sex));
      }
    }
  }

  @Test
  void anUnknownPeriodIsNotFound() {
    NotFoundException e =
        catchThrowableOfType(
            () -> Observation.draft(null, UNIT, UNKNOWN, null, null, ANH, Map.of(), NOON),
            NotFoundException.class);

    assertThat(e.kind()).isEqualTo("period");
    assertThat(e.id()).isEqualTo("01890000-0000-7000-8000-000000000699");
  }

  @Test
  void everyMissingPartOfADraftIsListed() {
    violations(
        () -> Observation.draft(null, UNIT, null, null, null, null, null, null),
        tuple("id", Violation.REQUIRED),
        tuple("value", Violation.REQUIRED),
        tuple("observedOn", Violation.REQUIRED),
        tuple("reporter", Violation.REQUIRED),
        tuple("dimensions", Violation.REQUIRED),
        tuple("recordedAt", Violation.REQUIRED),
        tuple("period", Violation.REQUIRED));
    violations(
        () -> Observation.draft(ID, UNIT, null, Value.ratio(1, 2), JUNE_1, ANH, Map.of(), NOON),
        tuple("period", Violation.REQUIRED),
        tuple("value", Violation.OUT_OF_RANGE));
    violation(
        () -> Observation.draft(ID, null, P2019, Value.quantity(1), JUNE_1, ANH, Map.of(), NOON),
        "indicator",
        Violation.REQUIRED);
  }

  @Test
  void everyViolationOfADraftIsListedInOrder() {
    violations(
        () ->
            Observation.draft(
                null,
                UNIT,
                P2019,
                Value.score("3"),
                LocalDate.of(2020, 1, 1),
                ANH,
                Map.of("sex", "x"),
                NOON),
        tuple("id", Violation.REQUIRED),
        tuple("value", Violation.OUT_OF_RANGE),
        tuple("observedOn", Violation.OUT_OF_RANGE),
        tuple("dimensions.sex", Violation.OUT_OF_RANGE));
  }

  @Test
  void aDraftWithoutADayOrValueIsNotCheckedAgainstThePeriod() {
    violations(
        () -> Observation.draft(ID, UNIT, P2019, null, null, ANH, new HashMap<>(), NOON),
        tuple("value", Violation.REQUIRED),
        tuple("observedOn", Violation.REQUIRED));
  }

  // ---- the canonical constructor ---------------------------------------------------------------

  @Test
  void everyMissingPartIsListed() {
    violations(
        () -> new Observation(null, null, null, null, null, null, null, null, null, null, -1),
        tuple("id", Violation.REQUIRED),
        tuple("indicator", Violation.REQUIRED),
        tuple("period", Violation.REQUIRED),
        tuple("value", Violation.REQUIRED),
        tuple("observedOn", Violation.REQUIRED),
        tuple("reporter", Violation.REQUIRED),
        tuple("dimensions", Violation.REQUIRED),
        tuple("status", Violation.REQUIRED),
        tuple("recordedAt", Violation.REQUIRED),
        tuple("version", Violation.OUT_OF_RANGE));
  }

  @Test
  void theVersionIsZeroOrMore() {
    assertThat(
            new Observation(
                    ID,
                    INDICATOR,
                    P2019,
                    Value.quantity(5),
                    JUNE_1,
                    ANH,
                    new TreeMap<>(),
                    ObservationStatus.DRAFT,
                    null,
                    NOON,
                    0)
                .version())
        .isZero();
    assertThat(
            invalidInput(
                    () ->
                        new Observation(
                            ID,
                            INDICATOR,
                            P2019,
                            Value.quantity(5),
                            JUNE_1,
                            ANH,
                            new TreeMap<>(),
                            ObservationStatus.DRAFT,
                            null,
                            NOON,
                            -1))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("version", Violation.OUT_OF_RANGE, "a version is 0 or more"));
  }

  @Test
  void theDimensionsAreAnUnmodifiableCopy() {
    SortedMap<String, String> given = new TreeMap<>(Map.of("sex", "female"));
    Observation o =
        new Observation(
            ID,
            INDICATOR,
            P2019,
            Value.quantity(5),
            JUNE_1,
            ANH,
            given,
            ObservationStatus.DRAFT,
            null,
            NOON,
            3);
    given.put("country", "VN");

    assertThat(o.dimensions()).containsExactly(entry("sex", "female"));
    assertThatThrownBy(() -> o.dimensions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aReturnedObservationHasATrimmedNote() {
    assertThat(with(ObservationStatus.RETURNED, "  wrong year ").note()).isEqualTo("wrong year");
    assertThat(invalidInput(() -> with(ObservationStatus.RETURNED, null)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("note", Violation.REQUIRED, "a value is required"));
    violation(() -> with(ObservationStatus.RETURNED, " "), "note", Violation.BLANK);
    violation(() -> with(ObservationStatus.RETURNED, "a\nb"), "note", Violation.CONTROL_CHARACTER);
  }

  @ParameterizedTest
  @EnumSource(
      value = ObservationStatus.class,
      names = {"DRAFT", "SUBMITTED", "APPROVED"})
  void onlyAReturnedObservationHasANote(ObservationStatus status) {
    assertThat(with(status, null).note()).isNull();
    assertThat(invalidInput(() -> with(status, "why")).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("note", Violation.OUT_OF_RANGE, "only a returned observation has a note"));
  }

  // ---- review ----------------------------------------------------------------------------------

  @Test
  void aDraftIsSubmittedThenApprovedAndCounts() {
    Observation draft = in(ObservationStatus.DRAFT);

    Observation submitted = draft.submit();
    Observation approved = submitted.approve();

    assertThat(submitted).isEqualTo(in(ObservationStatus.SUBMITTED));
    assertThat(approved).isEqualTo(in(ObservationStatus.APPROVED));
    assertThat(draft).isEqualTo(in(ObservationStatus.DRAFT));
    assertThat(approved.counts()).isTrue();
  }

  @Test
  void anApprovalIsTakenBackToSubmitted() {
    Observation unapproved = in(ObservationStatus.APPROVED).unapprove();

    assertThat(unapproved).isEqualTo(in(ObservationStatus.SUBMITTED));
    assertThat(unapproved.counts()).isFalse();
    assertThat(unapproved.approve()).isEqualTo(in(ObservationStatus.APPROVED));
  }

  @Test
  void aSubmittedObservationIsReturnedWithATrimmedNote() {
    Observation returned = in(ObservationStatus.SUBMITTED).returnWith("  wrong year  ");

    assertThat(returned).isEqualTo(in(ObservationStatus.RETURNED));
    assertThat(returned.note()).isEqualTo("wrong year");
    assertThat(returned.counts()).isFalse();
  }

  @Test
  void aDraftFromADraftGoesThroughTheWholeReview() {
    Observation o = draftOn(JUNE_1).submit().returnWith("why");

    assertThat(o)
        .isEqualTo(
            new Observation(
                ID,
                INDICATOR,
                P2019,
                Value.quantity(5),
                JUNE_1,
                ANH,
                new TreeMap<>(),
                ObservationStatus.RETURNED,
                "why",
                NOON,
                0));
  }

  @ParameterizedTest
  @EnumSource(value = ObservationStatus.class, names = "APPROVED")
  void onlyAnApprovedObservationCounts(ObservationStatus status) {
    for (ObservationStatus s : ObservationStatus.values()) {
      assertThat(in(s).counts()).as(s.toString()).isEqualTo(s == status);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ObservationStatus.class,
      names = {"SUBMITTED", "APPROVED", "RETURNED"})
  void onlyADraftIsSubmitted(ObservationStatus status) {
    assertThat(
            rule(() -> in(status).submit(), RuleCode.OBSERVATION_ILLEGAL_TRANSITION).getMessage())
        .isEqualTo(
            "observation.illegal-transition: an observation goes to SUBMITTED from DRAFT, and this"
                + " one is "
                + status);
  }

  @ParameterizedTest
  @EnumSource(
      value = ObservationStatus.class,
      names = {"DRAFT", "APPROVED", "RETURNED"})
  void onlyASubmittedObservationIsApproved(ObservationStatus status) {
    assertThat(
            rule(() -> in(status).approve(), RuleCode.OBSERVATION_ILLEGAL_TRANSITION).getMessage())
        .isEqualTo(
            "observation.illegal-transition: an observation goes to APPROVED from SUBMITTED, and"
                + " this one is "
                + status);
  }

  @ParameterizedTest
  @EnumSource(
      value = ObservationStatus.class,
      names = {"DRAFT", "SUBMITTED", "RETURNED"})
  void onlyAnApprovedObservationIsUnapproved(ObservationStatus status) {
    assertThat(
            rule(() -> in(status).unapprove(), RuleCode.OBSERVATION_ILLEGAL_TRANSITION)
                .getMessage())
        .isEqualTo(
            "observation.illegal-transition: an observation goes to SUBMITTED from APPROVED, and"
                + " this one is "
                + status);
  }

  @ParameterizedTest
  @EnumSource(
      value = ObservationStatus.class,
      names = {"DRAFT", "APPROVED", "RETURNED"})
  void onlyASubmittedObservationIsReturned(ObservationStatus status) {
    assertThat(
            rule(() -> in(status).returnWith("why"), RuleCode.OBSERVATION_ILLEGAL_TRANSITION)
                .getMessage())
        .isEqualTo(
            "observation.illegal-transition: an observation goes to RETURNED from SUBMITTED, and"
                + " this one is "
                + status);
  }

  @Test
  void theRuleIsTheObservationsIllegalTransition() {
    assertThat(RuleCode.OBSERVATION_ILLEGAL_TRANSITION.code())
        .isEqualTo("observation.illegal-transition");
  }

  @ParameterizedTest
  @EnumSource(ObservationStatus.class)
  void aReturnNeedsANoteWhateverTheStatus(ObservationStatus status) {
    Observation o = in(status);

    assertThat(invalidInput(() -> o.returnWith(null)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("note", Violation.REQUIRED, "a value is required"));
    violation(() -> o.returnWith(" "), "note", Violation.BLANK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb", "a\tb"})
  void aReturnsNoteIsOneLine(String note) {
    violation(
        () -> in(ObservationStatus.SUBMITTED).returnWith(note),
        "note",
        Violation.CONTROL_CHARACTER);
  }

  @Test
  void aReturnsNoteIsAtMostALine() {
    assertThat(in(ObservationStatus.SUBMITTED).returnWith("x".repeat(500)).note())
        .isEqualTo("x".repeat(500));
    violation(
        () -> in(ObservationStatus.SUBMITTED).returnWith("x".repeat(501)),
        "note",
        Violation.TOO_LONG);
  }

  // ---- ids -------------------------------------------------------------------------------------

  @Test
  void theObservationAndPeriodIdsAreUuids() {
    assertThat(ObservationId.of("01890000-0000-7000-8000-000000000701")).isEqualTo(ID);
    assertThat(ID.value()).isEqualTo(UUID.fromString("01890000-0000-7000-8000-000000000701"));
    assertThat(ID.toString()).isEqualTo("01890000-0000-7000-8000-000000000701");
    assertThat(PeriodId.of("01890000-0000-7000-8000-000000000601")).isEqualTo(P2019);
    assertThat(P2019.value()).isEqualTo(UUID.fromString("01890000-0000-7000-8000-000000000601"));
    assertThat(P2019.toString()).isEqualTo("01890000-0000-7000-8000-000000000601");
    violation(() -> ObservationId.of("x"), "", Violation.MALFORMED);
    violation(() -> PeriodId.of(null), "", Violation.REQUIRED);
    violation(() -> new ObservationId(null), "", Violation.REQUIRED);
    violation(() -> new PeriodId(null), "", Violation.REQUIRED);
  }

  @Test
  void aDerivedIndicatorTakesNoObservation() {
    Indicator derived =
        Indicator.of(INDICATOR, LocalizedText.of("en", "Deals"), Measure.UNIT)
            .withPeriod(Period.of(P2019, PartialDate.parse("2019"), PartialDate.parse("2019")))
            .derivedBy(Rule.AgreedIntroductions.inAreas());

    assertThat(
            rule(() -> draft(derived, Value.quantity(3)), RuleCode.INDICATOR_DERIVED).getMessage())
        .isEqualTo(
            "indicator.derived: indicator 01890000-0000-7000-8000-000000000501 is derived from the"
                + " plan's records by"
                + " its rule; it takes no observations");
    rule(
        () -> Observation.draft(null, derived, null, null, null, null, null, null),
        RuleCode.INDICATOR_DERIVED);
  }
}

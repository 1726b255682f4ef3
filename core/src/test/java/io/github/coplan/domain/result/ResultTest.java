package io.github.coplan.domain.result;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static io.github.coplan.testing.Fixtures.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A result: its parts, its checks, and how its indicators are added, replaced and found. */
class ResultTest {

  private static final ResultId ID =
      new ResultId(UUID.fromString("01890000-0000-7000-8000-000000000401"));
  private static final LocalizedText TITLE = LocalizedText.of("en", "Officials are trained");
  private static final LocalizedText DESCRIPTION =
      LocalizedText.of("en", "Officials of both ministries learn the procedures");
  private static final Indicator TRAINED = indicator("01890000-0000-7000-8000-000000000501", "A");
  private static final Indicator AGREEMENTS =
      indicator("01890000-0000-7000-8000-000000000502", "B");
  private static final Indicator PILOTS = indicator("01890000-0000-7000-8000-000000000503", "C");

  private static Indicator indicator(String id, String title) {
    return Indicator.of(IndicatorId.of(id), LocalizedText.of("en", title), Measure.UNIT);
  }

  private static Result full(List<Indicator> indicators) {
    return new Result(ID, PLAN, 3, ResultType.OUTCOME, TITLE, DESCRIPTION, indicators, 7);
  }

  // ---- building --------------------------------------------------------------------------------

  @Test
  void ofMakesANewResultWithoutDescriptionOrIndicators() {
    Result r = Result.of(ID, PLAN, 2, ResultType.OUTPUT, TITLE);

    assertThat(r.id()).isEqualTo(ID);
    assertThat(r.plan()).isEqualTo(PLAN);
    assertThat(r.contentArea()).isEqualTo(2);
    assertThat(r.type()).isEqualTo(ResultType.OUTPUT);
    assertThat(r.title()).isEqualTo(TITLE);
    assertThat(r.description()).isNull();
    assertThat(r.indicators()).isEmpty();
    assertThat(r.version()).isZero();
  }

  @Test
  void aResultOfThePlanAsAWholeHasNoContentArea() {
    assertThat(Result.of(ID, PLAN, null, ResultType.IMPACT, TITLE).contentArea()).isNull();
  }

  @Test
  void aContentAreaIsNumberedFromOne() {
    assertThat(Result.of(ID, PLAN, 1, ResultType.OUTPUT, TITLE).contentArea()).isEqualTo(1);
    assertThat(invalidInput(() -> Result.of(ID, PLAN, 0, ResultType.OUTPUT, TITLE)).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("contentArea", Violation.OUT_OF_RANGE, "a content area's number is 1 or more"));
    violation(
        () -> Result.of(ID, PLAN, -1, ResultType.OUTPUT, TITLE),
        "contentArea",
        Violation.OUT_OF_RANGE);
  }

  @Test
  void theVersionIsZeroOrMore() {
    assertThat(full(List.of()).version()).isEqualTo(7);
    assertThat(new Result(ID, PLAN, 1, ResultType.OTHER, TITLE, null, List.of(), 0).version())
        .isZero();
    assertThat(
            invalidInput(
                    () -> new Result(ID, PLAN, 1, ResultType.OTHER, TITLE, null, List.of(), -1))
                .violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("version", Violation.OUT_OF_RANGE, "a version is 0 or more"));
  }

  @Test
  void theTitleAndDescriptionAreOneLineEach() {
    violation(
        () -> Result.of(ID, PLAN, 1, ResultType.OUTPUT, LocalizedText.of("en", "a\nb")),
        "title.en",
        Violation.CONTROL_CHARACTER);
    violation(
        () -> Result.of(ID, PLAN, 1, ResultType.OUTPUT, TITLE.with("vi", "x".repeat(501))),
        "title.vi",
        Violation.TOO_LONG);
    Result r = Result.of(ID, PLAN, 1, ResultType.OUTPUT, TITLE);
    violation(
        () -> r.withDescription(LocalizedText.of("en", "first\nsecond")),
        "description.en",
        Violation.CONTROL_CHARACTER);
    assertThat(r.withDescription(LocalizedText.of("en", "x".repeat(2000))).description())
        .isEqualTo(LocalizedText.of("en", "x".repeat(2000)));
  }

  @Test
  void everyMissingPartIsListed() {
    violations(
        () -> new Result(null, null, null, null, null, null, null, 0),
        tuple("id", Violation.REQUIRED),
        tuple("plan", Violation.REQUIRED),
        tuple("type", Violation.REQUIRED),
        tuple("title", Violation.REQUIRED),
        tuple("indicators", Violation.REQUIRED));
    violations(
        () ->
            new Result(
                ID,
                PLAN,
                0,
                ResultType.OUTPUT,
                LocalizedText.of("en", "a\tb"),
                LocalizedText.of("en", "c\nd"),
                Arrays.asList(TRAINED, null, TRAINED),
                -1),
        tuple("title.en", Violation.CONTROL_CHARACTER),
        tuple("description.en", Violation.CONTROL_CHARACTER),
        tuple("contentArea", Violation.OUT_OF_RANGE),
        tuple("version", Violation.OUT_OF_RANGE),
        tuple("indicators[1]", Violation.REQUIRED),
        tuple("indicators[2]", Violation.DUPLICATE));
  }

  @Test
  void anIndicatorGivenTwiceIsADuplicate() {
    assertThat(invalidInput(() -> full(List.of(TRAINED, AGREEMENTS, TRAINED))).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                "indicators[2]",
                Violation.DUPLICATE,
                "the indicator 01890000-0000-7000-8000-000000000501 is given twice"));
  }

  @Test
  void theIndicatorsAreACopy() {
    List<Indicator> given = new ArrayList<>(List.of(TRAINED));
    Result r = full(given);
    given.add(AGREEMENTS);

    assertThat(r.indicators()).containsExactly(TRAINED);
    assertThatThrownBy(() -> r.indicators().add(PILOTS))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // ---- changes ---------------------------------------------------------------------------------

  @Test
  void aDescriptionIsSetOrRemovedWithoutChangingTheRest() {
    Result r = full(List.of(TRAINED));
    LocalizedText other = LocalizedText.of("vi", "Cán bộ được đào tạo");

    assertThat(r.withDescription(other))
        .isEqualTo(new Result(ID, PLAN, 3, ResultType.OUTCOME, TITLE, other, List.of(TRAINED), 7));
    assertThat(r.withDescription(null))
        .isEqualTo(new Result(ID, PLAN, 3, ResultType.OUTCOME, TITLE, null, List.of(TRAINED), 7));
    assertThat(r).isEqualTo(full(List.of(TRAINED)));
  }

  @Test
  void anIndicatorIsAddedAtTheEnd() {
    Result r = full(List.of(TRAINED));

    assertThat(r.withIndicator(AGREEMENTS)).isEqualTo(full(List.of(TRAINED, AGREEMENTS)));
    assertThat(r.withIndicator(AGREEMENTS).withIndicator(PILOTS).indicators())
        .containsExactly(TRAINED, AGREEMENTS, PILOTS);
    assertThat(
            Result.of(ID, PLAN, null, ResultType.OTHER, TITLE).withIndicator(PILOTS).indicators())
        .containsExactly(PILOTS);
    assertThat(r.indicators()).containsExactly(TRAINED);
  }

  @Test
  void anIndicatorOfAHeldIdIsReplacedInItsPlace() {
    Result r = full(List.of(TRAINED, AGREEMENTS, PILOTS));
    Indicator first = TRAINED.withUnit("people");
    Indicator middle = AGREEMENTS.descending();
    Indicator last = PILOTS.withUnit("pilots");

    assertThat(r.withIndicator(first)).isEqualTo(full(List.of(first, AGREEMENTS, PILOTS)));
    assertThat(r.withIndicator(middle)).isEqualTo(full(List.of(TRAINED, middle, PILOTS)));
    assertThat(r.withIndicator(last)).isEqualTo(full(List.of(TRAINED, AGREEMENTS, last)));
    violation(() -> r.withIndicator(null), "indicator", Violation.REQUIRED);
  }

  // ---- finding ---------------------------------------------------------------------------------

  @Test
  void anIndicatorIsFoundByItsId() {
    Result r = full(List.of(TRAINED, AGREEMENTS));

    assertThat(r.findIndicator(TRAINED.id())).contains(TRAINED);
    assertThat(r.findIndicator(AGREEMENTS.id())).contains(AGREEMENTS);
    assertThat(r.findIndicator(PILOTS.id())).isEmpty();
    assertThat(r.indicator(TRAINED.id())).isEqualTo(TRAINED);
    assertThat(r.indicator(AGREEMENTS.id())).isEqualTo(AGREEMENTS);
  }

  @Test
  void anUnknownIndicatorIsNotFound() {
    Result r = full(List.of(TRAINED));

    NotFoundException e =
        catchThrowableOfType(() -> r.indicator(PILOTS.id()), NotFoundException.class);

    assertThat(e.kind()).isEqualTo("indicator");
    assertThat(e.id()).isEqualTo("01890000-0000-7000-8000-000000000503");
    assertThat(e.getMessage())
        .isEqualTo("indicator not found: 01890000-0000-7000-8000-000000000503");
    violation(() -> r.indicator(null), "indicator", Violation.REQUIRED);
  }

  // ---- a line of the plan's results -------------------------------------------------------------

  @Test
  void aLineOfThePlansResultsHoldsItsParts() {
    PeriodId y2019 = new PeriodId(UUID.fromString("01890000-0000-7000-8000-000000000601"));
    Period period = Period.of(y2019, PartialDate.ofYear(2019), PartialDate.ofYear(2019));
    Indicator indicator = TRAINED.withPeriod(period);
    Progress progress = Progress.of(indicator, y2019, List.of());

    IndicatorProgress line = new IndicatorProgress(ID, 3, indicator, period, progress);

    assertThat(line.result()).isEqualTo(ID);
    assertThat(line.contentArea()).isEqualTo(3);
    assertThat(line.indicator()).isEqualTo(indicator);
    assertThat(line.period()).isEqualTo(period);
    assertThat(line.progress()).isEqualTo(progress);
    assertThat(new IndicatorProgress(ID, null, indicator, period, progress).contentArea()).isNull();
    violations(
        () -> new IndicatorProgress(null, null, null, null, null),
        tuple("result", Violation.REQUIRED),
        tuple("indicator", Violation.REQUIRED),
        tuple("period", Violation.REQUIRED),
        tuple("progress", Violation.REQUIRED));
  }

  // ---- ids -------------------------------------------------------------------------------------

  @Test
  void aResultIdIsAUuid() {
    ResultId id = ResultId.of("01890000-0000-7000-8000-000000000401");

    assertThat(id).isEqualTo(ID);
    assertThat(id.value()).isEqualTo(UUID.fromString("01890000-0000-7000-8000-000000000401"));
    assertThat(id.toString()).isEqualTo("01890000-0000-7000-8000-000000000401");
    violation(() -> new ResultId(null), "", Violation.REQUIRED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "result-1", "01890000-0000-7000-8000-00000000040"})
  void aResultIdOfAnotherFormIsMalformed(String text) {
    violation(() -> ResultId.of(text), "", Violation.MALFORMED);
  }
}

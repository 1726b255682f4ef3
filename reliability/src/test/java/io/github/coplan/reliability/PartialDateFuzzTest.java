package io.github.coplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.coplan.domain.error.CoplanException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import java.util.Set;

/**
 * Fuzzes the partial-date and date-span parsers: any text either parses to a value that prints back
 * as the same text and parses to an equal value, with its earliest day not after its latest, or is
 * refused with an {@link InvalidInputException} of a documented code. Nothing else may come out.
 *
 * <p>In a normal build the seed corpus ({@code PartialDateFuzzTestInputs}) and every finding kept
 * there is replayed; with {@code JAZZER_FUZZ=1} Jazzer fuzzes for 1,000,000 runs (see {@code
 * docs/reliability.md}).
 */
class PartialDateFuzzTest {

  private static final Set<String> PARSE_CODES =
      Set.of(
          Violation.MALFORMED,
          Violation.OUT_OF_RANGE,
          Violation.REQUIRED,
          Violation.END_BEFORE_START);

  @DictionaryEntries({
    "-H1", "-H2", "-Q4", "-Q0", "-02-29", "-12-31", "~", "?", "%", "/..", "/", "0000", "9999",
    "10000"
  })
  @FuzzTest(maxDuration = "2h", maxExecutions = 1_000_000)
  void partialDatesAndSpans(byte[] input) {
    String text = FuzzInput.text(input);
    try {
      PartialDate date = PartialDate.parse(text);
      assertThat(date.toString()).as("printed form of %s", text).isEqualTo(text);
      assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
      assertThat(date.earliestDay()).isBeforeOrEqualTo(date.latestDay());
      assertThat(date.contains(date.earliestDay())).isTrue();
      assertThat(date.compareTo(PartialDate.parse(text))).isZero();
      assertThat(date.earliestDay().getYear())
          .isBetween(PartialDate.MIN_YEAR, PartialDate.MAX_YEAR);
    } catch (CoplanException refused) {
      assertDocumented(refused);
    }
    try {
      DateSpan span = DateSpan.parse(text);
      assertThat(DateSpan.parse(span.toString())).isEqualTo(span);
      assertThat(span.earliestDay()).isBeforeOrEqualTo(span.latestDay());
      assertThat(span.overlaps(span.earliestDay(), span.earliestDay())).isTrue();
    } catch (CoplanException refused) {
      assertDocumented(refused);
    }
  }

  private static void assertDocumented(CoplanException refused) {
    assertThat(refused).isInstanceOf(InvalidInputException.class);
    assertThat(((InvalidInputException) refused).violations())
        .allSatisfy(v -> assertThat(v.code()).isIn(PARSE_CODES));
  }
}

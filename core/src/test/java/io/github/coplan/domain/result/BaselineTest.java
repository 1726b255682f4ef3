package io.github.coplan.domain.result;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.PartialDate;
import org.junit.jupiter.api.Test;

/** A baseline: a value on a date, with an optional comment. */
class BaselineTest {

  private static final PartialDate Y2018 = PartialDate.parse("2018");

  @Test
  void aBaselineWithoutAComment() {
    Baseline b = Baseline.of(Y2018, Value.quantity(12));

    assertThat(b.date()).isEqualTo(Y2018);
    assertThat(b.value()).isEqualTo(Value.quantity(12));
    assertThat(b.comment()).isNull();
    assertThat(b).isEqualTo(new Baseline(Y2018, Value.quantity(12), null));
  }

  @Test
  void aCommentIsOneTrimmedLine() {
    assertThat(new Baseline(Y2018, Value.quantity(12), "  from the 2018 survey ").comment())
        .isEqualTo("from the 2018 survey");
    violation(() -> new Baseline(Y2018, Value.quantity(1), " "), "comment", Violation.BLANK);
    violation(
        () -> new Baseline(Y2018, Value.quantity(1), "a\nb"),
        "comment",
        Violation.CONTROL_CHARACTER);
    violation(
        () -> new Baseline(Y2018, Value.quantity(1), "x".repeat(501)),
        "comment",
        Violation.TOO_LONG);
  }

  @Test
  void everyMissingPartIsListed() {
    violations(
        () -> new Baseline(null, null, ""),
        tuple("date", Violation.REQUIRED),
        tuple("value", Violation.REQUIRED),
        tuple("comment", Violation.BLANK));
    violation(() -> Baseline.of(Y2018, null), "value", Violation.REQUIRED);
  }
}

package io.github.coplan.domain.internal;

import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.PartialDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

  @Test
  void collectsEveryViolationWithItsPathInOrder() {
    violations(
        () -> {
          Validation v = new Validation();
          v.required("plan", null);
          v.line("title", "\u00A0");
          v.text("summary", "x".repeat(11), 10, true);
          v.require(false, "pageSize", Violation.OUT_OF_RANGE, "too big");
          v.elements("roles", Arrays.asList("a", null, "c", null));
          v.elements("types", null);
          v.check("start", () -> PartialDate.parse("2018-13"));
          v.check("planned", () -> DateSpan.parse("2021/2018"));
          v.throwIfAny();
        },
        tuple("plan", Violation.REQUIRED),
        tuple("title", Violation.BLANK),
        tuple("summary", Violation.TOO_LONG),
        tuple("pageSize", Violation.OUT_OF_RANGE),
        tuple("roles[1]", Violation.REQUIRED),
        tuple("roles[3]", Violation.REQUIRED),
        tuple("types", Violation.REQUIRED),
        tuple("start", Violation.OUT_OF_RANGE),
        tuple("planned.end", Violation.END_BEFORE_START));
  }

  @Test
  void acceptedValuesAreReturnedAndNothingIsThrown() {
    Validation v = new Validation();

    assertThat(v.required("plan", "p")).isEqualTo("p");
    assertThat(v.line("title", " Hồ Chí Minh ")).isEqualTo("Hồ Chí Minh");
    assertThat(v.check("start", () -> PartialDate.parse("2018-11")))
        .isEqualTo(PartialDate.ofMonth(2018, 11));
    assertThat(v.elements("roles", List.of("a"))).containsExactly("a");
    v.require(true, "x", Violation.OUT_OF_RANGE, "never");
    v.throwIfAny();
  }

  @Test
  void valueOrThrowGivesWhatTheChecksBuiltOrThrowsEveryViolation() {
    Validation ok = new Validation();
    assertThat(ok.valueOrThrow(ok.check("start", () -> PartialDate.parse("2018-11"))))
        .isEqualTo(PartialDate.ofMonth(2018, 11));

    Validation bad = new Validation();
    PartialDate refused = bad.check("start", () -> PartialDate.parse("x"));
    bad.line("title", " ");
    violations(
        () -> bad.valueOrThrow(refused),
        tuple("start", Violation.MALFORMED),
        tuple("title", Violation.BLANK));

    assertThatThrownBy(() -> new Validation().valueOrThrow(null))
        .isInstanceOf(AssertionError.class)
        .hasMessage("a check that recorded no violation gave no value");
  }

  @Test
  void refusedValuesComeBackAsNull() {
    Validation v = new Validation();

    assertThat(v.line("title", " ")).isNull();
    assertThat(v.check("start", () -> PartialDate.parse("x"))).isNull();
  }

  @Test
  void notNullRefusesAMissingArgumentOnItsPath() {
    assertThat(Validation.notNull("party", "p")).isEqualTo("p");
    violation(() -> Validation.notNull("party", null), "party", Violation.REQUIRED);
  }

  @Test
  void violationsNestUnderAPrefix() {
    Violation v = new Violation("end", Violation.END_BEFORE_START, "m");

    assertThat(v.under("planned").path()).isEqualTo("planned.end");
    assertThat(v.under("").path()).isEqualTo("end");
    assertThat(new Violation("", Violation.REQUIRED, "m").under("title").path()).isEqualTo("title");
    assertThat(new Violation("[2]", Violation.REQUIRED, "m").under("roles").path())
        .isEqualTo("roles[2]");
    assertThat(v.under("a").under("b").path()).isEqualTo("b.a.end");
    assertThat(v).hasToString("end: end-before-start (m)");
  }
}

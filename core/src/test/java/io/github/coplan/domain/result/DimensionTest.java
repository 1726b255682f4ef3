package io.github.coplan.domain.result;

import static io.github.coplan.testing.Expect.invalidInput;
import static io.github.coplan.testing.Expect.violation;
import static io.github.coplan.testing.Expect.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coplan.domain.error.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dimension: its name and the values it allows, each once. */
class DimensionTest {

  @Test
  void aDimensionKeepsItsValuesInTheOrderGiven() {
    Dimension d = Dimension.of("sex", "male", "female");

    assertThat(d.name()).isEqualTo("sex");
    assertThat(d.values()).containsExactly("male", "female");
    assertThat(d).isEqualTo(new Dimension("sex", List.of("male", "female")));
  }

  @Test
  void theNameAndValuesAreTrimmed() {
    Dimension d = Dimension.of("  country ", " VN", "IL  ");

    assertThat(d.name()).isEqualTo("country");
    assertThat(d.values()).containsExactly("VN", "IL");
    assertThat(d).isEqualTo(Dimension.of("country", "VN", "IL"));
  }

  @Test
  void theValuesAreKeptInTheirNormalForm() {
    assertThat(Dimension.of("city", "Ha\u0300 No\u0323\u0302i").values())
        .containsExactly("H\u00e0 N\u1ed9i");
  }

  @Test
  void theValuesAreACopy() {
    List<String> given = new ArrayList<>(List.of("a", "b"));
    Dimension d = new Dimension("level", given);
    given.add("c");

    assertThat(d.values()).containsExactly("a", "b");
    assertThatThrownBy(() -> d.values().add("z")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aDimensionAllowsSomeValues() {
    assertThat(invalidInput(() -> Dimension.of("sex")).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("values", Violation.REQUIRED, "a dimension allows some values"));
    violation(() -> new Dimension("sex", null), "values", Violation.REQUIRED);
    assertThat(Dimension.of("sex", "any").values()).containsExactly("any");
  }

  @Test
  void aValueGivenTwiceIsADuplicate() {
    assertThat(invalidInput(() -> Dimension.of("sex", "male", "female", "male")).violations())
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(tuple("values[2]", Violation.DUPLICATE, "the value male is given twice"));
    violation(() -> Dimension.of("sex", "male", " male "), "values[1]", Violation.DUPLICATE);
  }

  @Test
  void everyRefusedValueIsListedOnceByItsPlace() {
    violations(
        () -> new Dimension(" ", Arrays.asList("a", null, " ", "a", " ", "x".repeat(101))),
        tuple("name", Violation.BLANK),
        tuple("values[1]", Violation.REQUIRED),
        tuple("values[2]", Violation.BLANK),
        tuple("values[3]", Violation.DUPLICATE),
        tuple("values[4]", Violation.BLANK),
        tuple("values[5]", Violation.TOO_LONG));
    violations(() -> new Dimension(null, List.of("a")), tuple("name", Violation.REQUIRED));
    violation(() -> Dimension.of("x".repeat(101), "a"), "name", Violation.TOO_LONG);
    assertThat(Dimension.of("x".repeat(100), "y".repeat(100)).values())
        .containsExactly("y".repeat(100));
    violation(() -> Dimension.of("a\tb", "a"), "name", Violation.CONTROL_CHARACTER);
  }
}

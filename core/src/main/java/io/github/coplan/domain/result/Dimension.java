package io.github.coplan.domain.result;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A way an indicator's observations may be broken down, with the values it allows: {@code sex} with
 * {@code female} and {@code male}, {@code country} with country codes.
 *
 * @param name the name, unique within an indicator
 * @param values the values allowed, at least one, each once, in the order given, trimmed
 * @since 0.5.0
 */
public record Dimension(String name, List<String> values) {

  /**
   * Checks the parts.
   *
   * @throws InvalidInputException listing a missing or refused name, no values, or a value that is
   *     missing, refused or given twice
   */
  public Dimension {
    Validation v = new Validation();
    name = v.text("name", name, Texts.TOKEN_LIMIT, false);
    List<String> given = v.elements("values", values);
    List<String> checkedValues = new ArrayList<>();
    if (given != null) {
      v.require(!given.isEmpty(), "values", Violation.REQUIRED, "a dimension allows some values");
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < given.size(); i++) {
        String value = given.get(i);
        if (value != null) {
          String checked = v.text("values[" + i + "]", value, Texts.TOKEN_LIMIT, false);
          v.require(
              checked == null || seen.add(checked),
              "values[" + i + "]",
              Violation.DUPLICATE,
              "the value " + value + " is given twice");
          if (checked != null) {
            checkedValues.add(checked);
          }
        }
      }
    }
    v.throwIfAny();
    values = List.copyOf(checkedValues);
  }

  /**
   * A dimension.
   *
   * @param name the name
   * @param values the values allowed
   * @return the dimension
   */
  public static Dimension of(String name, String... values) {
    return new Dimension(name, List.of(values));
  }
}

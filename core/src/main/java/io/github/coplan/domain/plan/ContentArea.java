package io.github.coplan.domain.plan;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.LocalizedText;

/**
 * One of the numbered main contents a plan commits to ("the 7 main contents").
 *
 * @param number its number in the plan, 1 to {@link #MAX_NUMBER}
 * @param title its title, a single line per language
 */
public record ContentArea(int number, LocalizedText title) {

  /** The largest content-area number. */
  public static final int MAX_NUMBER = 999;

  /**
   * Validates every part.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ContentArea {
    Validation v = new Validation();
    v.require(
        number >= 1 && number <= MAX_NUMBER,
        "number",
        Violation.OUT_OF_RANGE,
        "a content area number is 1 to " + MAX_NUMBER);
    if (v.required("title", title) != null) {
      v.check("title", () -> title.requireLine("", Texts.LINE_LIMIT));
    }
    v.throwIfAny();
  }
}

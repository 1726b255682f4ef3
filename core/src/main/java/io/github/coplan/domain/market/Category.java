package io.github.coplan.domain.market;

import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A category of a hierarchical technology taxonomy, which the application loads ({@code
 * MarketUseCases.loadTaxonomy}). A category keeps its parent once stored, so that what a profile's
 * categories share with another's (the same category, the same parent, the same root) never changes
 * behind the profiles; its name may change.
 *
 * @param code its code
 * @param parent its parent's code, or null for a root
 * @param name its name, one line per language
 * @since 0.3.0
 */
public record Category(CategoryCode code, @Nullable CategoryCode parent, LocalizedText name) {

  /**
   * Validates every part.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public Category {
    Validation v = new Validation();
    v.required("code", code);
    if (v.required("name", name) != null) {
      v.check("name", () -> name.requireLine("", Texts.LINE_LIMIT));
    }
    v.require(
        code == null || !code.equals(parent),
        "parent",
        io.github.coplan.domain.error.Violation.OUT_OF_RANGE,
        "a category cannot be its own parent");
    v.throwIfAny();
  }
}

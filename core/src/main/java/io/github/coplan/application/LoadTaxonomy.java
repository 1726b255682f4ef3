package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads categories of the technology taxonomy, in order: a category's parent is stored already or
 * comes earlier in the list. A category stored already is renamed; it keeps its parent.
 *
 * @param categories the categories, 1 to {@value #LIMIT}, each code once
 * @since 0.3.0
 */
public record LoadTaxonomy(List<Category> categories) {

  /** The most categories one command loads. */
  public static final int LIMIT = 10_000;

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public LoadTaxonomy {
    Validation v = new Validation();
    if (v.elements("categories", categories) != null) {
      v.require(
          !categories.isEmpty() && categories.size() <= LIMIT,
          "categories",
          io.github.coplan.domain.error.Violation.OUT_OF_RANGE,
          "1 to " + LIMIT + " categories, was " + categories.size());
      Set<CategoryCode> seen = new HashSet<>();
      for (int i = 0; i < categories.size(); i++) {
        Category c = categories.get(i);
        v.require(
            c == null || seen.add(c.code()),
            "categories[" + i + "].code",
            io.github.coplan.domain.error.Violation.DUPLICATE,
            "category " + (c == null ? "" : c.code()) + " is given twice");
      }
    }
    v.throwIfAny();
    categories = List.copyOf(categories);
  }
}

package io.github.coplan.domain.market;

import io.github.coplan.domain.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Where a category sits in its taxonomy: the category, its parent and its root (the category itself
 * for a root, and its parent's root otherwise). Stores keep this beside each category a profile is
 * filed under, so that matching finds profiles filed under the same parent or root with an index,
 * without walking the taxonomy.
 *
 * @param code the category
 * @param parent its parent, or null for a root
 * @param root its root
 * @since 0.3.0
 */
public record CategoryLineage(CategoryCode code, @Nullable CategoryCode parent, CategoryCode root) {

  /** Checks that the code and the root are present. */
  public CategoryLineage {
    Validation v = new Validation();
    v.required("code", code);
    v.required("root", root);
    v.throwIfAny();
  }
}

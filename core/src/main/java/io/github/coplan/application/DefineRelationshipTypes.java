package io.github.coplan.application;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Defines relationship types beside the {@linkplain RelationshipType#STANDARD standard} ones, or
 * relabels defined ones. A defined type keeps the kinds of its sides and whether it is symmetric:
 * the relationships stored with it depend on them.
 *
 * @param types the types, 1 to {@value #LIMIT}, each code once
 * @since 0.4.0
 */
public record DefineRelationshipTypes(List<RelationshipType> types) {

  /** The most types one command defines. */
  public static final int LIMIT = 1_000;

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public DefineRelationshipTypes {
    Validation v = new Validation();
    if (v.elements("types", types) != null) {
      v.require(
          !types.isEmpty() && types.size() <= LIMIT,
          "types",
          Violation.OUT_OF_RANGE,
          "1 to " + LIMIT + " types, was " + types.size());
      Set<RelationshipTypeCode> seen = new HashSet<>();
      for (int i = 0; i < types.size(); i++) {
        RelationshipType t = types.get(i);
        v.require(
            t == null || seen.add(t.code()),
            "types[" + i + "].code",
            Violation.DUPLICATE,
            "type " + (t == null ? "" : t.code()) + " is given twice");
      }
    }
    v.throwIfAny();
    types = List.copyOf(types);
  }
}

package io.github.coplan.domain.access;

import com.google.common.collect.ImmutableSortedSet;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.ContentArea;
import java.util.Set;

/**
 * A role on a plan held by a principal, optionally only in some content areas.
 *
 * @param principal who holds it
 * @param role the role
 * @param areas the content-area numbers it covers, sorted; empty for every area. Only a {@link
 *     PlanRole#COORDINATOR} or {@link PlanRole#REPORTER} grant may be limited to some areas
 */
public record Grant(Principal principal, PlanRole role, Set<Integer> areas) {

  /**
   * Checks the grant.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing, an area
   *     number is out of range, or an administrator's or viewer's grant names areas
   */
  public Grant {
    Validation v = new Validation();
    v.required("principal", principal);
    v.required("role", role);
    if (v.elements("areas", areas) != null) {
      for (Integer area : areas) {
        v.require(
            area == null || (area >= 1 && area <= ContentArea.MAX_NUMBER),
            "areas",
            Violation.OUT_OF_RANGE,
            "a content area number is 1 to " + ContentArea.MAX_NUMBER + ", was " + area);
      }
      v.require(
          areas.isEmpty()
              || role == null
              || role == PlanRole.COORDINATOR
              || role == PlanRole.REPORTER,
          "areas",
          Violation.OUT_OF_RANGE,
          "only a coordinator's or a reporter's grant is limited to content areas");
    }
    v.throwIfAny();
    areas = ImmutableSortedSet.copyOf(areas);
  }

  /**
   * A grant in every content area.
   *
   * @param principal who holds it
   * @param role the role
   * @return the grant
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing
   */
  public static Grant of(Principal principal, PlanRole role) {
    return new Grant(principal, role, Set.of());
  }

  /**
   * Whether the grant covers a content area.
   *
   * @param area the area's number
   * @return true if it covers every area or this one
   */
  public boolean covers(int area) {
    return areas.isEmpty() || areas.contains(area);
  }
}

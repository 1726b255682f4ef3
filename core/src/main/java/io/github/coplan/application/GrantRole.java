package io.github.coplan.application;

import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanId;
import org.jspecify.annotations.Nullable;

/**
 * Grants a role on a plan to a person or to an organisation's staff; a grant of the same role to
 * the same principal is replaced (its content areas change). Needs {@link
 * io.github.coplan.domain.access.Permission#MANAGE_ACCESS}.
 *
 * @param plan which plan
 * @param grant the principal, role and content areas
 * @param expectedVersion the version of the plan's access the change is based on, or null to change
 *     whatever version is stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record GrantRole(PlanId plan, Grant grant, @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public GrantRole {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("grant", grant);
    Commands.checkVersion(v, expectedVersion);
    v.throwIfAny();
  }

  /**
   * Grants the role whatever the access's stored version.
   *
   * @param plan which plan
   * @param grant the principal, role and content areas
   */
  public GrantRole(PlanId plan, Grant grant) {
    this(plan, grant, null);
  }

  /**
   * This command, refused if the access's version is no longer {@code version}.
   *
   * @param version the version the change is based on
   * @return the command with the expected version
   */
  public GrantRole expecting(long version) {
    return new GrantRole(plan, grant, version);
  }
}

package io.github.coplan.application;

import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanId;
import org.jspecify.annotations.Nullable;

/**
 * Revokes a role on a plan from a principal. Needs {@link
 * io.github.coplan.domain.access.Permission#MANAGE_ACCESS}; a principal without that grant is a
 * {@link io.github.coplan.domain.error.RuleViolationException} ({@code access.no-such-grant}).
 *
 * @param plan which plan
 * @param principal who holds the role
 * @param role the role
 * @param expectedVersion the version of the plan's access the change is based on, or null
 */
public record RevokeRole(
    PlanId plan, Principal principal, PlanRole role, @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public RevokeRole {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("principal", principal);
    v.required("role", role);
    Commands.checkVersion(v, expectedVersion);
    v.throwIfAny();
  }

  /**
   * Revokes the role whatever the access's stored version.
   *
   * @param plan which plan
   * @param principal who holds the role
   * @param role the role
   */
  public RevokeRole(PlanId plan, Principal principal, PlanRole role) {
    this(plan, principal, role, null);
  }

  /**
   * This command, refused if the access's version is no longer {@code version}.
   *
   * @param version the version the change is based on
   * @return the command with the expected version
   */
  public RevokeRole expecting(long version) {
    return new RevokeRole(plan, principal, role, version);
  }
}

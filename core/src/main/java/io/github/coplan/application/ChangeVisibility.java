package io.github.coplan.application;

import io.github.coplan.domain.access.Visibility;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanId;
import org.jspecify.annotations.Nullable;

/**
 * Opens a plan to every actor of the store, or restricts it to its grantees. Needs {@link
 * io.github.coplan.domain.access.Permission#MANAGE_ACCESS}.
 *
 * @param plan which plan
 * @param visibility the new visibility
 * @param expectedVersion the version of the plan's access the change is based on, or null
 */
public record ChangeVisibility(PlanId plan, Visibility visibility, @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ChangeVisibility {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("visibility", visibility);
    Commands.checkVersion(v, expectedVersion);
    v.throwIfAny();
  }

  /**
   * Changes the visibility whatever the access's stored version.
   *
   * @param plan which plan
   * @param visibility the new visibility
   */
  public ChangeVisibility(PlanId plan, Visibility visibility) {
    this(plan, visibility, null);
  }

  /**
   * This command, refused if the access's version is no longer {@code version}.
   *
   * @param version the version the change is based on
   * @return the command with the expected version
   */
  public ChangeVisibility expecting(long version) {
    return new ChangeVisibility(plan, visibility, version);
  }
}

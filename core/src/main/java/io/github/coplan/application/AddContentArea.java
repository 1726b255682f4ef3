package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.PlanId;
import org.jspecify.annotations.Nullable;

/**
 * Adds a numbered content area to a plan.
 *
 * @param plan which plan
 * @param contentArea the content area
 * @param expectedVersion the version the change is based on, or null to change whatever version is
 *     stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record AddContentArea(PlanId plan, ContentArea contentArea, @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public AddContentArea {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("contentArea", contentArea);
    v.throwIfAny();
  }

  /**
   * Adds the content area to whatever version is stored.
   *
   * @param plan which plan
   * @param contentArea the content area
   */
  public AddContentArea(PlanId plan, ContentArea contentArea) {
    this(plan, contentArea, null);
  }

  /**
   * This command, refused if the plan's version is no longer {@code version}.
   *
   * @param version the version the change is based on
   * @return the command with the expected version
   */
  public AddContentArea expecting(long version) {
    return new AddContentArea(plan, contentArea, version);
  }
}

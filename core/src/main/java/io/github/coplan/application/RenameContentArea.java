package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Gives a content area of a plan a new title; its number stays.
 *
 * @param plan which plan
 * @param number the content area's number
 * @param title its new title, a single line per language
 * @param expectedVersion the plan's version the change is based on, or null to change whatever
 *     version is stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record RenameContentArea(
    PlanId plan, int number, LocalizedText title, @Nullable Long expectedVersion) {

  /**
   * Validates the command, the number and the title as a {@link ContentArea} checks them.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public RenameContentArea {
    Validation v = new Validation();
    v.required("plan", plan);
    int n = number;
    LocalizedText t = title;
    v.check("", () -> new ContentArea(n, t));
    Commands.checkVersion(v, expectedVersion);
    v.throwIfAny();
  }

  /**
   * Renames the content area in whatever version of the plan is stored.
   *
   * @param plan which plan
   * @param number the content area's number
   * @param title its new title
   */
  public RenameContentArea(PlanId plan, int number, LocalizedText title) {
    this(plan, number, title, null);
  }

  /**
   * This command, refused unless the plan is stored at a version.
   *
   * @param version the version the change is based on
   * @return the command with that expected version
   * @throws io.github.coplan.domain.error.InvalidInputException if the version is less than 1
   */
  public RenameContentArea expecting(long version) {
    return new RenameContentArea(plan, number, title, version);
  }

  /**
   * The content area as it is to be.
   *
   * @return the number with the new title
   */
  public ContentArea contentArea() {
    return new ContentArea(number, title);
  }
}

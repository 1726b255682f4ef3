package io.github.coplan.application;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.ResultType;
import io.github.coplan.domain.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Defines a result of a plan: {@code DefineResult.of(plan, contentArea, type, title)}, then {@link
 * #describedAs}.
 *
 * @param plan the plan
 * @param contentArea the number of one of its content areas, or null for the plan as a whole
 * @param type what kind of result
 * @param title the title
 * @param description the description, or null
 * @since 0.5.0
 */
public record DefineResult(
    PlanId plan,
    @Nullable Integer contentArea,
    ResultType type,
    LocalizedText title,
    @Nullable LocalizedText description) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public DefineResult {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("type", type);
    LocalizedText givenTitle = title;
    if (v.required("title", givenTitle) != null) {
      title = v.check("title", () -> givenTitle.requireLine("", Texts.LINE_LIMIT));
    }
    LocalizedText givenDescription = description;
    if (givenDescription != null) {
      description =
          v.check("description", () -> givenDescription.requireLine("", Texts.PARAGRAPH_LIMIT));
    }
    v.require(
        contentArea == null || contentArea >= 1,
        "contentArea",
        Violation.OUT_OF_RANGE,
        "a content area's number is 1 or more");
    v.throwIfAny();
  }

  /**
   * A result without a description.
   *
   * @param plan the plan
   * @param contentArea the content area's number, or null for the plan as a whole
   * @param type the type
   * @param title the title
   * @return the command
   */
  public static DefineResult of(
      PlanId plan, @Nullable Integer contentArea, ResultType type, LocalizedText title) {
    return new DefineResult(plan, contentArea, type, title, null);
  }

  /**
   * This command with a description.
   *
   * @param newDescription the description
   * @return the command
   */
  public DefineResult describedAs(LocalizedText newDescription) {
    return new DefineResult(
        plan, contentArea, type, title, Validation.notNull("description", newDescription));
  }
}

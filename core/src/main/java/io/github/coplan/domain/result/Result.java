package io.github.coplan.domain.result;

import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.LocalizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A result a plan means to achieve, in one of its content areas or across the plan, measured by its
 * {@link Indicator}s. Immutable: every change returns a new result with the same id and version;
 * the store gives it its next version when it is saved.
 *
 * @param id the id
 * @param plan the plan
 * @param contentArea the number of the content area, or null for the plan as a whole
 * @param type what kind of result it is
 * @param title the title, in its languages
 * @param description the description, or null
 * @param indicators its indicators, each id once, in the order given
 * @param version the stored version, 0 before it is first stored
 * @since 0.5.0
 */
public record Result(
    ResultId id,
    PlanId plan,
    @Nullable Integer contentArea,
    ResultType type,
    LocalizedText title,
    @Nullable LocalizedText description,
    List<Indicator> indicators,
    long version) {

  /**
   * Checks the whole result.
   *
   * @throws InvalidInputException listing every violation: a missing part, a refused title or
   *     description, a content area below 1, an indicator id given twice, a negative version
   */
  public Result {
    Validation v = new Validation();
    v.required("id", id);
    v.required("plan", plan);
    v.required("type", type);
    LocalizedText givenTitle = title;
    if (v.required("title", givenTitle) != null) {
      v.check("title", () -> givenTitle.requireLine("", Texts.LINE_LIMIT));
    }
    LocalizedText givenDescription = description;
    if (givenDescription != null) {
      v.check("description", () -> givenDescription.requireLine("", Texts.PARAGRAPH_LIMIT));
    }
    v.require(
        contentArea == null || contentArea >= 1,
        "contentArea",
        Violation.OUT_OF_RANGE,
        "a content area's number is 1 or more");
    v.require(version >= 0, "version", Violation.OUT_OF_RANGE, "a version is 0 or more");
    List<Indicator> given = v.elements("indicators", indicators);
    if (given != null) {
      Set<IndicatorId> ids = new HashSet<>();
      for (int i = 0; i < given.size(); i++) {
        Indicator indicator = given.get(i);
        v.require(
            indicator == null || ids.add(indicator.id()),
            "indicators[" + i + "]",
            Violation.DUPLICATE,
            "the indicator " + (indicator == null ? "" : indicator.id()) + " is given twice");
      }
    }
    v.throwIfAny();
    indicators = List.copyOf(Validation.notNull("indicators", given));
  }

  /**
   * A new result, not yet stored, without description or indicators.
   *
   * @param id the id
   * @param plan the plan
   * @param contentArea the content area's number, or null for the plan as a whole
   * @param type the type
   * @param title the title
   * @return the result
   * @throws InvalidInputException if a part is missing or refused
   */
  public static Result of(
      ResultId id,
      PlanId plan,
      @Nullable Integer contentArea,
      ResultType type,
      LocalizedText title) {
    return new Result(id, plan, contentArea, type, title, null, List.of(), 0);
  }

  /**
   * This result with a description.
   *
   * @param newDescription the description, or null for none
   * @return the result
   */
  public Result withDescription(@Nullable LocalizedText newDescription) {
    return new Result(id, plan, contentArea, type, title, newDescription, indicators, version);
  }

  /**
   * This result with an indicator added, or replaced if one with its id is held.
   *
   * @param indicator the indicator
   * @return the result
   */
  public Result withIndicator(Indicator indicator) {
    Indicator given = Validation.notNull("indicator", indicator);
    List<Indicator> next = new ArrayList<>(indicators);
    int at = -1;
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i).id().equals(given.id())) {
        at = i;
      }
    }
    if (at < 0) {
      next.add(given);
    } else {
      next.set(at, given);
    }
    return new Result(id, plan, contentArea, type, title, description, next, version);
  }

  /**
   * Finds an indicator.
   *
   * @param indicator its id
   * @return the indicator, or empty
   */
  public Optional<Indicator> findIndicator(IndicatorId indicator) {
    return indicators.stream().filter(i -> i.id().equals(indicator)).findFirst();
  }

  /**
   * An indicator.
   *
   * @param indicator its id
   * @return the indicator
   * @throws NotFoundException if the result has no indicator with that id
   */
  public Indicator indicator(IndicatorId indicator) {
    return findIndicator(Validation.notNull("indicator", indicator))
        .orElseThrow(() -> new NotFoundException("indicator", indicator.toString()));
  }
}

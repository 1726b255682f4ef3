package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.plan.PlanId;
import org.jspecify.annotations.Nullable;

/**
 * Adds a document to a plan.
 *
 * @param plan which plan
 * @param document the document
 * @param expectedVersion the version the change is based on, or null to change whatever version is
 *     stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record AddDocument(PlanId plan, PlanDocument document, @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public AddDocument {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("document", document);
    v.throwIfAny();
  }

  /**
   * Adds the document to whatever version is stored.
   *
   * @param plan which plan
   * @param document the document
   */
  public AddDocument(PlanId plan, PlanDocument document) {
    this(plan, document, null);
  }

  /**
   * This command, refused if the plan's version is no longer {@code version}.
   *
   * @param version the version the change is based on
   * @return the command with the expected version
   */
  public AddDocument expecting(long version) {
    return new AddDocument(plan, document, version);
  }
}

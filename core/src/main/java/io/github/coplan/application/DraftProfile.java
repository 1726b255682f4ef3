package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import org.jspecify.annotations.Nullable;

/**
 * Drafts a technology profile of an organisation. It is matched once published ({@link
 * ChangeProfileStatus#publish}).
 *
 * @param owner the organisation it belongs to
 * @param contact the person to contact about it
 * @param plan the plan it is part of, or null
 * @param contentArea the number of the plan's content area, or null; only with a plan
 * @param content what it says
 * @since 0.3.0
 */
public record DraftProfile(
    OrganisationId owner,
    PersonId contact,
    @Nullable PlanId plan,
    @Nullable Integer contentArea,
    ProfileContent content) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public DraftProfile {
    Validation v = new Validation();
    v.required("owner", owner);
    v.required("contact", contact);
    v.required("content", content);
    v.require(
        contentArea == null || plan != null,
        "contentArea",
        io.github.coplan.domain.error.Violation.OUT_OF_RANGE,
        "a content area is a plan's: name the plan too");
    v.require(
        contentArea == null || contentArea >= 1,
        "contentArea",
        io.github.coplan.domain.error.Violation.OUT_OF_RANGE,
        "content areas are numbered from 1, was " + contentArea);
    v.throwIfAny();
  }

  /**
   * A profile of an organisation that is part of no plan.
   *
   * @param owner the organisation
   * @param contact the contact
   * @param content what it says
   * @return the command
   */
  public static DraftProfile of(OrganisationId owner, PersonId contact, ProfileContent content) {
    return new DraftProfile(owner, contact, null, null, content);
  }
}

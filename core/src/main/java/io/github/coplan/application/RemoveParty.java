package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.PlanId;
import org.jspecify.annotations.Nullable;

/**
 * Removes a party from a plan. Refused while an activity of the plan is led by it ({@link
 * io.github.coplan.domain.error.RuleCode#PLAN_PARTY_LEADS_ACTIVITY}), and when an agreed plan would
 * be left with fewer than two parties.
 *
 * @param plan which plan
 * @param organisation the party's organisation
 * @param expectedVersion the plan's version the change is based on, or null to change whatever
 *     version is stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record RemoveParty(
    PlanId plan, OrganisationId organisation, @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public RemoveParty {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("organisation", organisation);
    Commands.checkVersion(v, expectedVersion);
    v.throwIfAny();
  }

  /**
   * Removes the party from whatever version of the plan is stored.
   *
   * @param plan which plan
   * @param organisation the party's organisation
   */
  public RemoveParty(PlanId plan, OrganisationId organisation) {
    this(plan, organisation, null);
  }

  /**
   * This command, refused unless the plan is stored at a version.
   *
   * @param version the version the change is based on
   * @return the command with that expected version
   * @throws io.github.coplan.domain.error.InvalidInputException if the version is less than 1
   */
  public RemoveParty expecting(long version) {
    return new RemoveParty(plan, organisation, version);
  }
}

package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PlanId;
import org.jspecify.annotations.Nullable;

/**
 * Changes what a party of a plan holds: its roles and its signing date. The party is named by its
 * organisation, which stays the same.
 *
 * @param plan which plan
 * @param party the party's organisation with its new roles and signing date
 * @param expectedVersion the plan's version the change is based on, or null to change whatever
 *     version is stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record ChangeParty(PlanId plan, Party party, @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public ChangeParty {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("party", party);
    Commands.checkVersion(v, expectedVersion);
    v.throwIfAny();
  }

  /**
   * Changes the party in whatever version of the plan is stored.
   *
   * @param plan which plan
   * @param party the party's organisation with its new roles and signing date
   */
  public ChangeParty(PlanId plan, Party party) {
    this(plan, party, null);
  }

  /**
   * This command, refused unless the plan is stored at a version.
   *
   * @param version the version the change is based on
   * @return the command with that expected version
   * @throws io.github.coplan.domain.error.InvalidInputException if the version is less than 1
   */
  public ChangeParty expecting(long version) {
    return new ChangeParty(plan, party, version);
  }
}

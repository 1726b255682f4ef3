package io.github.coplan.application;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PlanId;
import org.jspecify.annotations.Nullable;

/**
 * Adds an existing organisation to a plan as a party.
 *
 * @param plan which plan
 * @param party the organisation and its roles
 * @param expectedVersion the version the change is based on, or null to change whatever version is
 *     stored; when given and stale, the change is refused with a {@link
 *     io.github.coplan.domain.error.ConflictException}
 */
public record AddParty(PlanId plan, Party party, @Nullable Long expectedVersion) {

  /**
   * Validates the command.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException listing every violation
   */
  public AddParty {
    Validation v = new Validation();
    v.required("plan", plan);
    v.required("party", party);
    v.throwIfAny();
  }

  /**
   * Adds the party to whatever version is stored.
   *
   * @param plan which plan
   * @param party the organisation and its roles
   */
  public AddParty(PlanId plan, Party party) {
    this(plan, party, null);
  }

  /**
   * This command, refused if the plan's version is no longer {@code version}.
   *
   * @param version the version the change is based on
   * @return the command with the expected version
   */
  public AddParty expecting(long version) {
    return new AddParty(plan, party, version);
  }
}

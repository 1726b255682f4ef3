package io.github.coplan.domain.history;

import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import java.util.UUID;

/**
 * Which aggregate a change record is about: its kind and id.
 *
 * @param kind the kind
 * @param id the aggregate's id
 */
public record AggregateRef(AggregateKind kind, UUID id) {

  /**
   * Checks that both parts are present.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if one is missing
   */
  public AggregateRef {
    Validation v = new Validation();
    v.required("kind", kind);
    v.required("id", id);
    v.throwIfAny();
  }

  /**
   * An organisation.
   *
   * @param id its id
   * @return the reference
   */
  public static AggregateRef of(OrganisationId id) {
    return new AggregateRef(AggregateKind.ORGANISATION, Validation.notNull("id", id).value());
  }

  /**
   * A person.
   *
   * @param id their id
   * @return the reference
   */
  public static AggregateRef of(PersonId id) {
    return new AggregateRef(AggregateKind.PERSON, Validation.notNull("id", id).value());
  }

  /**
   * A plan.
   *
   * @param id its id
   * @return the reference
   */
  public static AggregateRef of(PlanId id) {
    return new AggregateRef(AggregateKind.PLAN, Validation.notNull("id", id).value());
  }

  /**
   * An activity.
   *
   * @param id its id
   * @return the reference
   */
  public static AggregateRef of(ActivityId id) {
    return new AggregateRef(AggregateKind.ACTIVITY, Validation.notNull("id", id).value());
  }

  /**
   * A plan's access: its visibility and grants.
   *
   * @param plan the plan's id
   * @return the reference
   */
  public static AggregateRef accessOf(PlanId plan) {
    return new AggregateRef(AggregateKind.PLAN_ACCESS, Validation.notNull("id", plan).value());
  }

  /** {@return the kind in lower case, a colon and the id: {@code plan:0190…}} */
  /**
   * The reference of a technology profile.
   *
   * @param id its id
   * @return the reference
   * @since 0.3.0
   */
  public static AggregateRef of(io.github.coplan.domain.market.ProfileId id) {
    return new AggregateRef(AggregateKind.PROFILE, Validation.notNull("id", id).value());
  }

  /**
   * The reference of an introduction.
   *
   * @param id its id
   * @return the reference
   * @since 0.3.0
   */
  public static AggregateRef of(io.github.coplan.domain.market.IntroductionId id) {
    return new AggregateRef(AggregateKind.INTRODUCTION, Validation.notNull("id", id).value());
  }

  /**
   * The reference of a relationship.
   *
   * @param id its id
   * @return the reference
   * @since 0.4.0
   */
  public static AggregateRef of(io.github.coplan.domain.network.RelationshipId id) {
    return new AggregateRef(AggregateKind.RELATIONSHIP, Validation.notNull("id", id).value());
  }

  /**
   * The reference of a result.
   *
   * @param id its id
   * @return the reference
   * @since 0.5.0
   */
  public static AggregateRef of(io.github.coplan.domain.result.ResultId id) {
    return new AggregateRef(AggregateKind.RESULT, Validation.notNull("id", id).value());
  }

  /**
   * The reference of an observation.
   *
   * @param id its id
   * @return the reference
   * @since 0.5.0
   */
  public static AggregateRef of(io.github.coplan.domain.result.ObservationId id) {
    return new AggregateRef(AggregateKind.OBSERVATION, Validation.notNull("id", id).value());
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }
}

package io.github.coplan.port.storage;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.plan.CooperationPlan;

/**
 * For storage adapters: an aggregate with the version its store assigned it. A repository's {@code
 * insert} returns what it was given at version 1, and its {@code update} at the stored version plus
 * one; these make those values. To rebuild an aggregate from what a store holds, see each
 * aggregate's {@code ForAdapters} ({@link Activity.ForAdapters#restore}, {@link
 * CooperationPlan.ForAdapters#restore}, {@link Person.ForAdapters#restore}, {@link
 * Organisation.ForAdapters#restore}).
 *
 * @since 0.1.0
 */
public final class Aggregates {

  private Aggregates() {}

  /**
   * The organisation at another version.
   *
   * @param organisation the organisation
   * @param version the version the store assigned
   * @return the organisation at that version
   */
  public static Organisation withVersion(Organisation organisation, long version) {
    return Organisation.ForAdapters.withVersion(organisation, version);
  }

  /**
   * The person at another version.
   *
   * @param person the person
   * @param version the version the store assigned
   * @return the person at that version
   */
  public static Person withVersion(Person person, long version) {
    return Person.ForAdapters.withVersion(person, version);
  }

  /**
   * The plan at another version.
   *
   * @param plan the plan
   * @param version the version the store assigned
   * @return the plan at that version
   */
  public static CooperationPlan withVersion(CooperationPlan plan, long version) {
    return CooperationPlan.ForAdapters.withVersion(plan, version);
  }

  /**
   * The activity at another version.
   *
   * @param activity the activity
   * @param version the version the store assigned
   * @return the activity at that version
   */
  public static Activity withVersion(Activity activity, long version) {
    return Activity.ForAdapters.withVersion(activity, version);
  }
}

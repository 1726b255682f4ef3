package io.github.coplan.port.storage;

/**
 * The repositories of one unit of work. Valid only during the unit of work; not thread-safe.
 *
 * @since 0.1.0
 */
public interface Repositories {

  /**
   * The organisations.
   *
   * @return the organisation repository
   */
  OrganisationRepository organisations();

  /**
   * The people.
   *
   * @return the person repository
   */
  PersonRepository people();

  /**
   * The plans.
   *
   * @return the plan repository
   */
  PlanRepository plans();

  /**
   * The activities.
   *
   * @return the activity repository
   */
  ActivityRepository activities();

  /**
   * The history of changes.
   *
   * @return the history
   * @since 0.2.0
   */
  HistoryRepository history();

  /**
   * The access of each plan.
   *
   * @return the access repository
   * @since 0.2.0
   */
  AccessRepository access();

  /**
   * The technology marketplace.
   *
   * @return the market repository
   * @since 0.3.0
   */
  MarketRepository market();

  /**
   * The network: relationship types, relationships, and the connections derived from participations
   * and stops.
   *
   * @return the network repository
   * @since 0.4.0
   */
  NetworkRepository network();

  /**
   * The results framework: results with their indicators and periods, and observations.
   *
   * @return the result repository
   * @since 0.5.0
   */
  ResultRepository results();
}

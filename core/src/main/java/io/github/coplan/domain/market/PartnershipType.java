package io.github.coplan.domain.market;

/**
 * A kind of partnership a profile seeks; a profile seeks one to three.
 *
 * @since 0.3.0
 */
public enum PartnershipType {
  /** Financial investment. */
  INVESTMENT,
  /** A commercial agreement with technical assistance (licensing, for example). */
  COMMERCIAL_WITH_TECHNICAL_ASSISTANCE,
  /** Research-and-development cooperation. */
  RESEARCH_COOPERATION,
  /** A commercial agreement (distribution, sales). */
  COMMERCIAL,
  /** Outsourcing. */
  OUTSOURCING,
  /** Supplying. */
  SUPPLIER
}

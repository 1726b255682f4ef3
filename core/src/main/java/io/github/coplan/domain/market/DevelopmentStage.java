package io.github.coplan.domain.market;

/**
 * How far a technology has come, in order: each stage is further than the one before. On a request
 * it is the least stage the requester accepts.
 *
 * @since 0.3.0
 */
public enum DevelopmentStage {
  /** An idea or a concept. */
  CONCEPT,
  /** Under development. */
  UNDER_DEVELOPMENT,
  /** Tested in a laboratory. */
  LAB_TESTED,
  /** A prototype is available for demonstration. */
  AVAILABLE_FOR_DEMONSTRATION,
  /** Already on the market. */
  ON_THE_MARKET
}

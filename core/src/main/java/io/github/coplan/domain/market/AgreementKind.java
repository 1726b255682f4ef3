package io.github.coplan.domain.market;

/**
 * What an introduction's agreement is.
 *
 * @since 0.3.0
 */
public enum AgreementKind {
  /** A licence of the technology. */
  LICENCE,
  /** Joint development of the technology. */
  JOINT_DEVELOPMENT,
  /** An investment. */
  INVESTMENT,
  /** A commercial agreement: distribution, supply, outsourcing. */
  COMMERCIAL,
  /** Any other agreement. */
  OTHER
}

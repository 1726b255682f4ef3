package io.github.coplan.domain.market;

/**
 * A size of partner organisation, by staff, in the European Union's bands.
 *
 * @since 0.3.0
 */
public enum CompanySize {
  /** Fewer than 10 staff. */
  MICRO,
  /** 10 to 49 staff. */
  SMALL,
  /** 50 to 249 staff. */
  MEDIUM,
  /** 250 staff or more. */
  LARGE
}

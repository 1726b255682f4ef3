package io.github.coplan.domain.market;

import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * What the marketplace produced for one content area of a plan in a period: the profiles published,
 * and the introductions that reached each stage, each counted in the period its step is dated in.
 * An introduction counts at every stage it reached in the period: one suggested, met and agreed in
 * the same period counts once in each of those columns.
 *
 * @param contentArea the content area's number, or null for the plan's profiles and introductions
 *     filed under no content area
 * @param profilesPublished profiles published in the period
 * @param suggested introductions suggested in the period
 * @param interestExpressed introductions where interest was first expressed in the period
 * @param meetings introductions whose two sides met in the period
 * @param agreements introductions that reached an agreement in the period
 * @param declined introductions declined in the period
 * @since 0.3.0
 */
public record MarketCounts(
    @Nullable Integer contentArea,
    long profilesPublished,
    long suggested,
    long interestExpressed,
    long meetings,
    long agreements,
    long declined) {

  /** Checks that no count is negative. */
  public MarketCounts {
    Validation v = new Validation();
    v.require(
        profilesPublished >= 0
            && suggested >= 0
            && interestExpressed >= 0
            && meetings >= 0
            && agreements >= 0
            && declined >= 0,
        "counts",
        Violation.OUT_OF_RANGE,
        "a count is 0 or more");
    v.throwIfAny();
  }
}
